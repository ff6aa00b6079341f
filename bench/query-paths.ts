// bench: query latency on a seeded graph (default 100k nodes / 1M edges): kg's shortestPath and bounded allPaths,
// p50/p95 over random pairs, next to networkx and python-igraph on the same edge list (Debian's /usr/bin/python3;
// skipped with a note when absent). Prints a table with ratios and writes bench/results/query-paths.json.
// Run: node bin/run-ts.mjs bench/query-paths.ts [--nodes N --edges M --pairs P]. Asserts nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allPaths, shortestPath } from '../src/query/index.js';
import { createTraversal, findShortestNodes } from '../src/query/paths.js';
import { isKgError } from '../src/model/errors.js';
import { generateGraph } from '../test/fixtures/graphs/generate-graph.js';
import { BENCH_DIR, isMain, percentile, pickPairs, probePythonModules, reportResult, round, runPythonJson, type BenchOutput, type BenchResult, type Row } from './query-common.js';

export interface QueryPathsOptions extends BenchOutput {
  nodes?: number;
  edges?: number;
  /** Random node pairs to time (default 1000). */
  pairs?: number;
  /** allPaths bounds (defaults 4 hops, 100 paths, 5 s per pair). */
  maxDepth?: number;
  limit?: number;
  timeoutMs?: number;
  /** Pairs for networkx's pure-Python all_simple_paths (default 100: it takes ~0.1-1 s a pair here). */
  networkxAllPathsPairs?: number;
  seed?: number;
}

export const QUERY_PATHS_DEFAULTS = { nodes: 100_000, edges: 1_000_000, pairs: 1000, maxDepth: 4, limit: 100, timeoutMs: 5000, networkxAllPathsPairs: 100, seed: 42 };

interface PythonTimes {
  version: string;
  load_ms: number;
  shortest_ms: number[];
  lengths: number[];
  all_paths_ms: number[];
  counts: number[];
}

const stats = (times: number[]): { p50: number; p95: number; mean: number } => ({
  p50: round(percentile(times, 0.5)),
  p95: round(percentile(times, 0.95)),
  mean: round(times.reduce((s, x) => s + x, 0) / Math.max(1, times.length)),
});

/** Runs the benchmark; returns (and by default prints and writes) its result. */
export async function run(options: QueryPathsOptions = {}): Promise<BenchResult> {
  const p = { ...QUERY_PATHS_DEFAULTS, ...options };
  const notes: string[] = [];

  // Graph and pairs
  let t0 = performance.now();
  const graph = generateGraph({ nodes: p.nodes, edges: p.edges, seed: p.seed, lean: true });
  const generateMs = performance.now() - t0;
  const pairs = pickPairs(p.nodes, p.pairs, p.seed + 1);

  // Warm-up, untimed: the first query builds the cached integer adjacency, the next ones let the JIT settle
  t0 = performance.now();
  const probe = (fn: () => unknown): void => {
    try {
      fn();
    } catch (error) {
      if (!isKgError(error) || error.code !== 'NO_PATH') throw error;
    }
  };
  probe(() => shortestPath(graph, 'n0', 'n1'));
  notes.push(`first query (builds kg's adjacency cache of the graph) took ${Math.round(performance.now() - t0)} ms; excluded below`);
  for (const [a, b] of pickPairs(p.nodes, 20, p.seed + 2)) {
    probe(() => shortestPath(graph, `n${a}`, `n${b}`));
    probe(() => allPaths(graph, `n${a}`, `n${b}`, { maxDepth: p.maxDepth, limit: p.limit, timeoutMs: p.timeoutMs }));
  }

  // kg: shortest paths
  const kgShortest: number[] = [];
  const kgLengths: number[] = [];
  for (const [a, b] of pairs) {
    t0 = performance.now();
    try {
      kgLengths.push(shortestPath(graph, `n${a}`, `n${b}`).hops.length);
    } catch (error) {
      if (!isKgError(error) || error.code !== 'NO_PATH') throw error;
      kgLengths.push(-1);
    }
    kgShortest.push(performance.now() - t0);
  }

  // kg: the node sequence alone (what networkx and igraph return), without hop details and evidence
  const kgNodesOnly: number[] = [];
  const traversal = createTraversal(graph);
  for (const [a, b] of pairs) {
    t0 = performance.now();
    findShortestNodes(traversal, `n${a}`, `n${b}`);
    kgNodesOnly.push(performance.now() - t0);
  }

  // kg: bounded all simple paths
  const kgAll: number[] = [];
  const kgCounts: number[] = [];
  let timeouts = 0;
  for (const [a, b] of pairs) {
    t0 = performance.now();
    try {
      const r = allPaths(graph, `n${a}`, `n${b}`, { maxDepth: p.maxDepth, limit: p.limit, timeoutMs: p.timeoutMs });
      kgCounts.push(r.paths.length);
      if (r.end === 'timeout') timeouts++;
    } catch (error) {
      if (!isKgError(error) || error.code !== 'NO_PATH') throw error;
      kgCounts.push(0);
    }
    kgAll.push(performance.now() - t0);
  }
  if (timeouts) notes.push(`kg allPaths hit its ${p.timeoutMs} ms budget on ${timeouts} pairs`);

  // Python libraries on the same edge list (undirected, co-mentions dropped, parallel edges merged: the kg defaults)
  const python: Record<string, PythonTimes> = {};
  if (options.python !== false) {
    const available = probePythonModules(['networkx', 'igraph']);
    for (const m of ['networkx', 'igraph']) if (!available.has(m)) notes.push(`${m} skipped: /usr/bin/python3 cannot import it (apt-get install -y python3-${m})`);
    if (available.size) {
      const dir = mkdtempSync(join(tmpdir(), 'kg-bench-paths-'));
      try {
        const seen = new Set<string>();
        const lines: string[] = [];
        graph.forEachEdge((_e, a, s, t) => {
          if (a.type === 'co_mentioned' || s === t) return;
          const [x, y] = [Number(s.slice(1)), Number(t.slice(1))].sort((u, v) => u - v) as [number, number];
          const key = `${x} ${y}`;
          if (!seen.has(key)) seen.add(key), lines.push(key);
        });
        writeFileSync(join(dir, 'edges.txt'), `${lines.join('\n')}\n`);
        writeFileSync(join(dir, 'pairs.txt'), `${pairs.map((x) => x.join(' ')).join('\n')}\n`);
        const args = [join(dir, 'edges.txt'), join(dir, 'pairs.txt'), String(p.nodes), String(p.maxDepth), String(p.limit), String(p.networkxAllPathsPairs), ...available];
        const r = runPythonJson<Record<string, PythonTimes>>(join(BENCH_DIR, 'query-paths.py'), args);
        if (r.error) notes.push(`python comparison failed: ${r.error}`);
        else Object.assign(python, r.value);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }

  // Table: one row per operation and implementation, ratios against kg's p50 (above 1: kg is faster)
  const rows: Row[] = [];
  const kgS = stats(kgShortest);
  const kgA = stats(kgAll);
  rows.push({ operation: 'shortest path', implementation: 'kg', pairs: pairs.length, p50_ms: kgS.p50, p95_ms: kgS.p95, mean_ms: kgS.mean, found: kgLengths.filter((l) => l >= 0).length, 'p50 / kg p50': 1 });
  const kgN = stats(kgNodesOnly);
  rows.push({ operation: 'shortest path, nodes only', implementation: 'kg findShortestNodes', pairs: pairs.length, p50_ms: kgN.p50, p95_ms: kgN.p95, mean_ms: kgN.mean, found: kgLengths.filter((l) => l >= 0).length, 'p50 / kg p50': round(kgN.p50 / kgS.p50, 2) });
  for (const [name, py] of Object.entries(python)) {
    const s = stats(py.shortest_ms);
    notes.push(`${name} shortest path p50 / kg node-sequence p50: ${round(s.p50 / kgN.p50, 1)}x (both return the node list only)`);
  }
  for (const [name, py] of Object.entries(python)) {
    const s = stats(py.shortest_ms);
    rows.push({ operation: 'shortest path', implementation: `${name} ${py.version}`, pairs: py.shortest_ms.length, p50_ms: s.p50, p95_ms: s.p95, mean_ms: s.mean, found: py.lengths.filter((l) => l >= 0).length, 'p50 / kg p50': round(s.p50 / kgS.p50, 2) });
    const mismatches = py.lengths.filter((l, i) => l !== kgLengths[i]).length;
    notes.push(`${name}: loaded in ${Math.round(py.load_ms)} ms; shortest-path lengths differing from kg: ${mismatches}`);
  }
  const label = `all paths <= ${p.maxDepth} hops, limit ${p.limit}`;
  rows.push({ operation: label, implementation: 'kg', pairs: pairs.length, p50_ms: kgA.p50, p95_ms: kgA.p95, mean_ms: kgA.mean, found: kgCounts.reduce((s, c) => s + c, 0), 'p50 / kg p50': 1 });
  for (const [name, py] of Object.entries(python)) {
    const s = stats(py.all_paths_ms);
    const ours = kgCounts.slice(0, py.counts.length).reduce((x, c) => x + c, 0);
    const theirs = py.counts.reduce((x, c) => x + c, 0);
    rows.push({ operation: label, implementation: `${name} ${py.version}`, pairs: py.all_paths_ms.length, p50_ms: s.p50, p95_ms: s.p95, mean_ms: s.mean, found: theirs, 'p50 / kg p50': round(s.p50 / kgA.p50, 2) });
    notes.push(`${name}: all-paths counts over its ${py.counts.length} pairs: ${theirs} (kg on the same pairs: ${ours})`);
  }
  notes.push(`graph generated in ${Math.round(generateMs)} ms (${p.nodes} nodes, ${p.edges} edges, 20% co-mentions excluded by default)`);
  if (python.igraph) notes.push('igraph get_all_simple_paths has no limit: it enumerates every path up to the depth, counted up to the limit');

  return reportResult({ name: 'query-paths', date: new Date().toISOString(), params: { ...p, resultsDir: undefined, print: undefined, python: undefined }, rows, notes }, options);
}

if (isMain(import.meta.url)) {
  const arg = (name: string): number | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const sizes = Object.fromEntries(['nodes', 'edges', 'pairs'].map((k) => [k, arg(k)]).filter(([, v]) => v !== undefined));
  await run(sizes);
}
