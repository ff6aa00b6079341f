// bench: viewer load time and panning frame rate in headless Chromium on a seeded synthetic graph (default 50k
// nodes / 200k edges, clustered, with positions), served to the built viewer through a routed URL. Prints a table
// and writes bench/results/viewer-load.json. Measures only; asserts nothing. Needs /usr/bin/chromium.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SerializedKgGraph } from '../src/model/index.js';
import { createRng } from '../src/util/random.js';
import { ROOT, hasChromium, launchBrowser, openViewer, startViewer } from '../test/browser/harness.js';
import { reportResult, round, type BenchOptions, type BenchResult } from './build-common.js';

export interface ViewerLoadOptions extends BenchOptions {
  nodes?: number;
  edges?: number;
  seed?: number;
  /** How long to pan (ms) for the frame-rate measurement (default 3000). */
  panMs?: number;
}

const TYPES = ['Person', 'Country', 'Organization', 'Agreement', 'Event', 'Place'] as const;
const RELATIONS = ['supports', 'opposes', 'partner_of', 'member_of', 'visits', 'signed', 'co_mentioned'];

/** A seeded clustered graph in graph.json form: nodes in ~sqrt(n) Gaussian clusters, 90% of edges inside a cluster. */
export function generateGraph(nodes: number, edges: number, seed = 42): SerializedKgGraph {
  const rand = createRng(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand());
  const clusters = Math.max(1, Math.round(Math.sqrt(nodes) / 2));
  const centers = Array.from({ length: clusters }, () => [gauss() * 1000, gauss() * 1000] as const);
  const members: number[][] = Array.from({ length: clusters }, () => []);
  const out: SerializedKgGraph = { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: { generator: 'bench/viewer-load' }, nodes: [], edges: [] };
  const cluster: number[] = [];
  for (let i = 0; i < nodes; i++) {
    const c = Math.floor(rand() * clusters);
    cluster.push(c);
    members[c]!.push(i);
    const [cx, cy] = centers[c]!;
    const type = TYPES[Math.floor(rand() * TYPES.length)]!;
    out.nodes.push({
      key: `n${i}`,
      attributes: { label: `${type} ${i}`, type, aliases: [], mentions: 1, documents: ['bench.md'], x: cx + gauss() * 60, y: cy + gauss() * 60 },
    });
  }
  for (let j = 0; j < edges; j++) {
    const s = Math.floor(rand() * nodes);
    const inside = rand() < 0.9 ? members[cluster[s]!]! : undefined;
    let t = inside && inside.length > 1 ? inside[Math.floor(rand() * inside.length)]! : Math.floor(rand() * nodes);
    if (t === s) t = (s + 1) % nodes;
    const year = 2000 + Math.floor(rand() * 26);
    out.edges.push({
      key: `e${j}`,
      source: `n${s}`,
      target: `n${t}`,
      attributes: { type: RELATIONS[j % RELATIONS.length]!, label: 'related', evidence: [], date: `${year}-0${1 + Math.floor(rand() * 9)}`, confidence: 0.5, weight: 1 },
    });
  }
  return out;
}

/** Counts animation frames in the page while `action` runs; returns frames per second. */
async function measureFps(page: Page, action: () => Promise<void>): Promise<{ fps: number; frames: number; ms: number }> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const t0 = Date.now();
  await action();
  const ms = Date.now() - t0;
  const frames = await page.evaluate<number>('window.__counting = false, window.__frames');
  return { fps: (frames * 1000) / ms, frames, ms };
}

/** Drags the stage in circles for `ms` milliseconds (a user panning). */
async function pan(page: Page, ms: number): Promise<void> {
  const box = (await page.locator('#graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const t0 = Date.now();
  let i = 0;
  while (Date.now() - t0 < ms) {
    i++;
    await page.mouse.move(cx + Math.cos(i / 6) * 150, cy + Math.sin(i / 6) * 100);
  }
  await page.mouse.up();
}

/** Runs the benchmark once on a generated graph; `{ nodes: 50, edges: 100 }` runs in a few seconds. */
export async function runViewerLoadBench(options: ViewerLoadOptions = {}): Promise<BenchResult> {
  const nodes = options.nodes ?? 50_000;
  const edges = options.edges ?? 200_000;
  const panMs = options.panMs ?? 3000;
  if (!hasChromium()) throw new Error('bench/viewer-load: /usr/bin/chromium is missing (apt-get install -y chromium)');

  // Generating the graph
  const t0 = performance.now();
  const json = JSON.stringify(generateGraph(nodes, edges, options.seed ?? 42));
  const generateMs = performance.now() - t0;

  // The graph is written into the built viewer so vite preview serves it like graph/graph.json
  const outDir = join(ROOT, `test-output/bench-viewer-dist-${process.pid}`);
  const [server, session] = await Promise.all([startViewer(outDir), launchBrowser({ width: 1280, height: 800 })]);
  writeFileSync(join(outDir, 'bench-graph.json'), json);
  try {
    const page = await session.context.newPage();

    // Loading: navigation to first frame drawn after mount
    const l0 = Date.now();
    await openViewer(page, server.url, '?graph=bench-graph.json', '', 300_000);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const loadMs = Date.now() - l0;
    const inPage = await page.evaluate(() => ({ loadMs: window.__kg.loadMs ?? NaN, nodes: window.__kg.nodeCount ?? 0, error: window.__kg.error, timings: window.__kg.timings ?? {} }));
    if (inPage.error) throw new Error(`bench/viewer-load: the viewer reported "${inPage.error}"`);

    await page.screenshot({ path: join(ROOT, 'test-output/screenshots', `viewer-load-${nodes}.png`) });

    // Panning with the mouse (edges and labels hidden while moving), then idle redraw rate
    const panning = await measureFps(page, () => pan(page, panMs));
    await page.waitForTimeout(300);
    const zooming = await measureFps(page, async () => {
      await page.evaluate(async () => {
        const r = window.__kg.renderer as { getCamera(): { animate(s: object, o: object): Promise<void> } };
        await r.getCamera().animate({ ratio: 0.5 }, { duration: 1000 });
        await r.getCamera().animate({ ratio: 1 }, { duration: 1000 });
      });
    });

    const result: BenchResult = {
      name: 'viewer-load',
      date: new Date().toISOString(),
      rows: [
        {
          nodes: inPage.nodes,
          edges,
          'graph.json MB': round(json.length / 1e6, 1),
          'generate ms': Math.round(generateMs),
          'load ms (nav to first frame)': loadMs,
          'load ms (fetch+parse+mount)': Math.round(inPage.loadMs),
          'pan fps': round(panning.fps, 1),
          'zoom fps': round(zooming.fps, 1),
        },
      ],
      notes: [
        'Headless Chromium with --disable-gpu: WebGL runs on SwiftShader (CPU), so frame rates are a floor for real GPUs.',
        `Load phases (ms): ${Object.entries(inPage.timings).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
        'Pan fps is measured while dragging with the mouse (hideEdgesOnMove/hideLabelsOnMove on); zoom fps during a camera animation.',
      ],
    };
    return reportResult(result, options);
  } finally {
    await session.close();
    await server.close();
  }
}

/** bench/run-all.ts convention: `run(options)`. */
export const run = runViewerLoadBench;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runViewerLoadBench();
}
