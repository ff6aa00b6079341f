// bench: incremental builds of the 1M-word generated corpus with the cache warm: the full build (2 threads,
// filling the cache) as the reference, then adding one document, changing one and removing one, each as the
// next `kg build` runs it (its state read back from the output directory), each as a share of the full build;
// how far the nodes that exist before and after moved (median, p95, max); the same three changes with the
// state kept in memory (`kg build --watch`); and `kg build` end to end in fresh processes (node start-up and
// writing graph.json, GEXF and the state included). Measures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, type BuildResult } from '../src/build.js';
import { writeGexf, writeGraphJson } from '../src/export/index.js';
import type { KgGraph } from '../src/model/types.js';
import type { BuildState } from '../src/pipeline/build-state.js';
import { loadBuildState, saveBuildState } from '../src/pipeline/state-file.js';
import { ensureCorpus, measure, reportResult, round, type BenchOptions, type BenchResult, type Row } from './build-common.js';
import { generateCorpus } from './corpus-gen.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface IncrementalOptions extends BenchOptions {
  /** Corpus size in words (default 1M). */
  words?: number;
  /** Extraction threads of the builds (default: every core, at least 2). */
  threads?: number;
  /** Also time `kg build` end to end in fresh processes (default true). */
  cli?: boolean;
}

/** The goal of issue 15: each incremental build within this share of the full build. */
export const INCREMENTAL_GOAL = 0.05;

/** How far nodes present in both graphs moved: median, p95, max (layout units and typical edge lengths). */
function displacement(before: Map<string, [number, number]>, after: KgGraph, edgeLength: number): Row {
  const d: number[] = [];
  after.forEachNode((n, a) => {
    const p = before.get(n);
    if (p) d.push(Math.hypot(a.x! - p[0], a.y! - p[1]));
  });
  d.sort((x, y) => x - y);
  const at = (q: number): number => d[Math.min(d.length - 1, Math.floor(q * d.length))] ?? 0;
  const moved = d.filter((x) => x > 0).length;
  return {
    'nodes kept': d.length,
    moved,
    'move median': round(at(0.5), 2),
    'move p95': round(at(0.95), 2),
    'move max': round(d[d.length - 1] ?? 0, 1),
    'max / edge length': round((d[d.length - 1] ?? 0) / edgeLength, 2),
  };
}

const positionsOf = (g: KgGraph): Map<string, [number, number]> => new Map(g.mapNodes((n, a) => [n, [a.x!, a.y!]] as [string, [number, number]]));

/** Mean length of the explicit relations in the layout (the scale displacements are read against). */
function meanEdgeLength(g: KgGraph): number {
  let total = 0;
  let count = 0;
  g.forEachEdge((_e, a, _s, _t, sa, ta) => {
    if (a.type === 'co_mentioned') return;
    total += Math.hypot(sa.x! - ta.x!, sa.y! - ta.y!);
    count++;
  });
  return count ? total / count : 1;
}

/** Writes graph.json, GEXF and the state as `kg build` does; returns the milliseconds it took. */
function writeOutputs(result: BuildResult, out: string): number {
  const t0 = performance.now();
  writeGraphJson(result.graph, join(out, 'graph.json'));
  writeGexf(result.graph, join(out, 'graph.gexf'));
  saveBuildState(out, result.state!);
  return performance.now() - t0;
}

/** Runs the incremental benchmark. */
export async function run(options: IncrementalOptions = {}): Promise<BenchResult> {
  const words = options.words ?? 1_000_000;
  const threads = options.threads ?? Math.max(2, availableParallelism());
  const source = ensureCorpus(words);
  const work = mkdtempSync(join(tmpdir(), 'kg-bench-incremental-'));
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    // A copy of the corpus to change, its files dated before the first build (as files of a real corpus are)
    const dir = join(work, 'corpus');
    cpSync(source.dir, dir, { recursive: true });
    const past = new Date(Date.now() - 3_600_000);
    const names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
    for (const n of names) utimesSync(join(dir, n), past, past);
    const out = join(work, 'out');
    const cacheDir = join(out, '.kg-cache');

    // The full build: every document extracted (filling the cache), resolved, laid out
    const full = await measure(() => buildGraph([dir], { workers: threads, cacheDir, keepState: true }));
    const fullWrite = writeOutputs(full.value, out);
    delete full.value.state; // as a new kg build process would, start from the state on disk only
    rows.push({
      build: `full, ${threads} threads, cache filled`,
      seconds: round(full.ms / 1000, 2),
      'read s': round(full.value.timings.readMs / 1000, 3),
      'extract s': round(full.value.timings.extractMs / 1000, 3),
      'graph s': round(full.value.timings.graphMs / 1000, 3),
      'write s': round(fullWrite / 1000, 2),
      'share of full': '100%',
    });
    const edgeLength = meanEdgeLength(full.value.graph);

    // The three changes, each built as the next `kg build` would: state read back from disk
    const added = generateCorpus({ words: 1200, seed: 777 })[0]!;
    const edited = generateCorpus({ words: 300, seed: 778 })[0]!.content.split('---\n')[2]!.split('\n\n')[0]!;
    const changes: [string, () => void, () => void][] = [
      [
        '+1 document',
        () => writeFileSync(join(dir, 'zz-added.md'), added.content),
        () => rmSync(join(dir, 'zz-added.md')),
      ],
      [
        '~1 document (a paragraph appended)',
        () => appendFileSync(join(dir, names[Math.floor(names.length / 3)]!), `\n${edited}\n`),
        () => writeFileSync(join(dir, names[Math.floor(names.length / 3)]!), readFileSync(join(source.dir, names[Math.floor(names.length / 3)]!))),
      ],
      [
        '-1 document',
        () => rmSync(join(dir, names[Math.floor((2 * names.length) / 3)]!)),
        () => writeFileSync(join(dir, names[Math.floor((2 * names.length) / 3)]!), readFileSync(join(source.dir, names[Math.floor((2 * names.length) / 3)]!))),
      ],
    ];
    let graph = full.value.graph;
    let worst = 0;
    for (const [label, apply] of changes) {
      const before = positionsOf(graph);
      apply();
      let loadMs = 0;
      const m = await measure(async () => {
        const t0 = performance.now();
        const loaded = loadBuildState(out);
        loadMs = performance.now() - t0;
        if (!('state' in loaded)) throw new Error(`bench: no state to build from (${loaded.reason})`);
        return buildGraph([dir], { workers: threads, cacheDir, keepState: true, previous: loaded.state });
      });
      const r = m.value;
      if (r.mode !== 'incremental') throw new Error(`bench: ${label} was not incremental (${r.notIncremental})`);
      const writeMs = writeOutputs(r, out);
      delete r.state;
      worst = Math.max(worst, m.ms / full.ms);
      rows.push({
        build: `${label}, state from disk`,
        seconds: round(m.ms / 1000, 3),
        'load state s': round(loadMs / 1000, 3),
        'read s': round(r.timings.readMs / 1000, 3),
        'extract s': round(r.timings.extractMs / 1000, 3),
        'graph s': round((r.timings.graphMs - r.timings.enrichMs) / 1000, 3),
        'layout+metrics s': round(r.timings.enrichMs / 1000, 3),
        'write s': round(writeMs / 1000, 2),
        'share of full': `${round((100 * m.ms) / full.ms, 1)}%`,
        ...displacement(before, r.graph, edgeLength),
      });
      graph = r.graph;
    }
    notes.push(
      `incremental builds (state read from disk, as the next kg build runs): at most ${round(100 * worst, 1)}% of the full build (goal <= ${100 * INCREMENTAL_GOAL}%: ${worst <= INCREMENTAL_GOAL ? 'met' : 'NOT met'}); writing graph.json, GEXF and the state is not included on either side`,
    );
    notes.push(`displacements are in layout units; the mean relation length of the full layout is ${round(edgeLength, 1)}`);

    // The same changes undone, with the state kept in memory (kg build --watch)
    const loaded = loadBuildState(out);
    let state: BuildState | undefined = 'state' in loaded ? loaded.state : undefined;
    for (const [label, , undo] of changes) {
      undo();
      const m = await measure(() => buildGraph([dir], { workers: threads, cacheDir, keepState: true, ...(state ? { previous: state } : {}) }));
      state = m.value.state;
      rows.push({ build: `undo ${label}, state in memory (--watch)`, seconds: round(m.ms / 1000, 3), 'layout+metrics s': round(m.value.timings.enrichMs / 1000, 3), 'share of full': `${round((100 * m.ms) / full.ms, 1)}%` });
    }

    // kg build end to end, fresh processes: a full build, then one document added
    if (options.cli !== false) {
      const cliOut = join(work, 'cli-out');
      const kg = (): number => {
        const t0 = performance.now();
        execFileSync(process.execPath, [join(ROOT, 'bin/kg.mjs'), 'build', dir, '--out', cliOut, '--workers', String(threads), '--quiet'], { stdio: 'ignore' });
        return performance.now() - t0;
      };
      const cliFull = kg();
      writeFileSync(join(dir, 'zz-added-cli.md'), added.content.replace('Generated document', 'Added document'));
      const cliAdd = kg();
      rows.push({ build: 'kg build (fresh process, writes included), full', seconds: round(cliFull / 1000, 2), 'share of full': '100%' });
      rows.push({ build: 'kg build (fresh process, writes included), +1 document', seconds: round(cliAdd / 1000, 2), 'share of full': `${round((100 * cliAdd) / cliFull, 1)}%` });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return reportResult({ name: 'build-incremental', date: new Date().toISOString(), params: { words, threads }, rows, notes }, options);
}

if (process.argv[1]?.endsWith('build-incremental.ts')) await run();
