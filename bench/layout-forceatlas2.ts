// bench: ForceAtlas2 (graphology-layout-forceatlas2) for N iterations on seeded random graphs (10k and 50k
// nodes by default), on the main thread vs in a worker_thread running the same layout (the package's own
// worker needs a browser Worker). The worker time includes sending the graph and getting positions back.
// Then kg's own typed-array ForceAtlas2 (src/enrich/forceatlas2.ts, used by enrich above 2,000 nodes and by the
// viewer's layout worker) on the same graph with its settings scaled to the graph; the goal is < 100 ms/iteration
// at 50k nodes.
import { Worker } from 'node:worker_threads';
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { interopDefault } from '../src/util/interop-default.js';
import { createRng } from '../src/util/random.js';
import { createLayoutState, inferLayoutSettings, runLayout } from '../src/enrich/forceatlas2.js';
import { measure, reportResult, round, type BenchOptions, type BenchResult, type Row } from './build-common.js';

const forceAtlas2 = interopDefault(forceAtlas2Module);

export interface LayoutOptions extends BenchOptions {
  /** Node counts (default 10k and 50k). */
  nodes?: number[];
  /** ForceAtlas2 iterations (default 100). */
  iterations?: number;
  /** Average degree of the random graphs (default 3). */
  degree?: number;
}

/** A seeded random graph with a few hubs (preferential attachment), like an entity graph. */
export function createRandomGraph(order: number, degree: number, seed = 7): UndirectedGraph {
  const rng = createRng(seed);
  const g = new UndirectedGraph();
  const ends: number[] = [];
  for (let i = 0; i < order; i++) g.addNode(`n${i}`, { x: rng() * 1000 - 500, y: rng() * 1000 - 500, size: 1 });
  for (let i = 1; i < order; i++) {
    const links = Math.max(1, Math.round((degree / 2) * (0.5 + rng())));
    for (let k = 0; k < links; k++) {
      const j = ends.length > 0 && rng() < 0.5 ? ends[Math.floor(rng() * ends.length)]! : Math.floor(rng() * i);
      if (j === i || g.hasEdge(`n${i}`, `n${j}`)) continue;
      g.addEdge(`n${i}`, `n${j}`);
      ends.push(i, j);
    }
  }
  return g;
}

function layoutInWorker(graph: UndirectedGraph, iterations: number, settings: object): Promise<Record<string, { x: number; y: number }>> {
  const worker = new Worker(new URL('./layout-worker.mjs', import.meta.url));
  return new Promise((resolve, reject) => {
    worker.once('message', (positions: Record<string, { x: number; y: number }>) => {
      void worker.terminate();
      resolve(positions);
    });
    worker.once('error', reject);
    worker.postMessage({ serialized: graph.export(), iterations, settings });
  }).finally(() => void worker.terminate()) as Promise<Record<string, { x: number; y: number }>>;
}

/** Runs the layout benchmark. */
export async function run(options: LayoutOptions = {}): Promise<BenchResult> {
  const sizes = options.nodes ?? [10_000, 50_000];
  const iterations = options.iterations ?? 100;
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const order of sizes) {
    const graph = createRandomGraph(order, options.degree ?? 3);
    const settings = forceAtlas2.inferSettings(graph);
    const main = await measure(() => forceAtlas2(graph.copy(), { iterations, settings }));
    const inWorker = await measure(() => layoutInWorker(graph, iterations, settings));
    const same = Object.keys(main.value).every((n) => main.value[n]!.x === inWorker.value[n]!.x && main.value[n]!.y === inWorker.value[n]!.y);
    if (!same) notes.push(`${order} nodes: worker positions differ from the main thread's`);
    for (const [where, m] of [
      ['main thread', main],
      ['worker_thread', inWorker],
    ] as const) {
      rows.push({
        nodes: order,
        edges: graph.size,
        iterations,
        where,
        seconds: round(m.ms / 1000, 2),
        'ms/iteration': round(m.ms / iterations, 1),
        'vs main': `${round(m.ms / main.ms, 2)}x`,
      });
    }
    // kg's typed-array ForceAtlas2: same graph, same start positions, settings scaled to the graph
    const index = new Map(graph.nodes().map((n, i) => [n, i]));
    const source: number[] = [];
    const target: number[] = [];
    graph.forEachEdge((_e, _a, s, t) => {
      source.push(index.get(s)!);
      target.push(index.get(t)!);
    });
    const kgSettings = inferLayoutSettings(graph.order, graph.size);
    const kg = await measure(() => {
      const state = createLayoutState(
        graph.mapNodes((_n, a) => a.x as number),
        graph.mapNodes((_n, a) => a.y as number),
        source,
        target,
        kgSettings,
      );
      runLayout(state, iterations);
      return state;
    });
    rows.push({
      nodes: order,
      edges: graph.size,
      iterations,
      where: `kg typed-array (theta ${kgSettings.barnesHutTheta})`,
      seconds: round(kg.ms / 1000, 2),
      'ms/iteration': round(kg.ms / iterations, 1),
      'vs main': `${round(kg.ms / main.ms, 2)}x`,
    });
  }
  notes.push(`graphology settings: inferSettings (Barnes-Hut theta 0.5 above 2,000 nodes); kg: inferLayoutSettings (theta 0.6-1.2 by size)`);
  notes.push('worker_thread: same result, main thread stays responsive; cost = graph transfer + thread start-up');
  return reportResult({ name: 'layout-forceatlas2', date: new Date().toISOString(), rows, notes }, options);
}

if (process.argv[1]?.endsWith('layout-forceatlas2.ts')) await run();
