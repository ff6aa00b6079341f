// bench: helpers the query and export benchmarks share: percentiles, seeded node pairs, and running a Python comparison script with Debian's /usr/bin/python3 (skipped with a message when
// the interpreter or a module is missing). Not part of the library; asserts nothing.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from '../src/util/random.js';
import type { BenchOptions, BenchResult as BuildBenchResult } from './build-common.js';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const PYTHON = '/usr/bin/python3';

// The table printer and results writer are the build benchmarks' own (one format for every benchmark)
export { formatTable, reportResult, RESULTS_DIR, type Row } from './build-common.js';

/** What `run` returns and writes to bench/results/<name>.json. */
export interface BenchResult extends BuildBenchResult {
  params: Record<string, unknown>;
}

export interface BenchOutput extends BenchOptions {
  /** Run the Python comparisons (default true; skipped with a note when unavailable). */
  python?: boolean;
}

/** The q-quantile (0..1) of `values` by nearest rank; NaN when empty. */
export function percentile(values: number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const round = (x: number, digits = 3): number => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

/** `count` seeded random pairs of distinct indices below `n`. */
export function pickPairs(n: number, count: number, seed: number): [number, number][] {
  const rng = createRng(seed);
  const pairs: [number, number][] = [];
  while (pairs.length < count && n > 1) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a !== b) pairs.push([a, b]);
  }
  return pairs;
}

/** Which Python modules are importable by /usr/bin/python3 (empty when there is no interpreter). */
export function probePythonModules(modules: string[]): Set<string> {
  const found = new Set<string>();
  for (const m of modules) {
    const r = spawnSync(PYTHON, ['-c', `import ${m}`], { encoding: 'utf8' });
    if (!r.error && r.status === 0) found.add(m);
  }
  return found;
}

/** Runs a Python script with JSON on stdout; returns the parsed value or an error message. */
export function runPythonJson<T>(script: string, args: string[]): { value?: T; error?: string } {
  const r = spawnSync(PYTHON, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) return { error: `${PYTHON}: ${r.error.message}` };
  if (r.status !== 0) return { error: r.stderr.trim().split('\n').slice(-3).join(' | ') };
  return { value: JSON.parse(r.stdout) as T };
}

/** Whether this module is the script node was asked to run (bench files run directly and are imported). */
export const isMain = (metaUrl: string): boolean => process.argv[1] !== undefined && fileURLToPath(metaUrl) === process.argv[1];
