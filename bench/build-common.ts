// bench: helpers shared by the build and layout benchmarks: timing (wall and CPU), generated corpora cached
// in the temp directory, a plain-text table printer and the JSON results writer. Not part of the library.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus-gen.js';

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');

export type Row = Record<string, string | number>;

/** What every benchmark's `run` returns (and writes as JSON). */
export interface BenchResult {
  name: string;
  date: string;
  /** The sizes and settings the benchmark ran with, when it reports them. */
  params?: Record<string, unknown>;
  rows: Row[];
  notes: string[];
}

export interface BenchOptions {
  /** Where to write <name>.json (default bench/results); false writes nothing. */
  resultsDir?: string | false;
  /** Prints the table (default true). */
  print?: boolean;
}

/** Times an async or sync function: wall-clock and process CPU milliseconds. */
export async function measure<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Returns a directory holding a generated corpus of about `words` words (generated once per seed and size). */
export function ensureCorpus(words: number, seed = 1): { dir: string; files: number; words: number } {
  const dir = join(tmpdir(), 'kg-bench', `corpus-${words}-${seed}`);
  const marker = join(dir, '.complete.json');
  if (existsSync(marker)) return { dir, ...(JSON.parse(readFileSync(marker, 'utf8')) as { files: number; words: number }) };
  const info = writeCorpus(dir, { words, seed });
  writeFileSync(marker, JSON.stringify({ files: info.files, words: info.words }));
  return { dir, files: info.files, words: info.words };
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Formats rows as an aligned plain-text table. */
export function formatTable(title: string, rows: Row[]): string {
  if (rows.length === 0) return `${title}\n  (no rows)`;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: string | number | undefined): string => (v === undefined ? '' : typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 2 }) : v);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => cell(r[k]).length)));
  const line = (vals: string[]): string => `  ${vals.map((v, i) => v.padEnd(widths[i]!)).join('  ')}`;
  return [title, line(keys), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(keys.map((k) => cell(r[k]))))].join('\n');
}

/** Prints and writes a benchmark's result according to `options`; returns it. */
export function reportResult<R extends BenchResult>(result: R, options: BenchOptions = {}): R {
  // Other processes on the machine skew every figure: say how busy it was.
  result.notes.push(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) at the end`);
  if (options.print !== false) {
    process.stdout.write(`\n${formatTable(`== ${result.name} ==`, result.rows)}\n`);
    for (const n of result.notes) process.stdout.write(`  note: ${n}\n`);
  }
  const dir = options.resultsDir === undefined ? RESULTS_DIR : options.resultsDir;
  if (dir !== false) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${result.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  }
  return result;
}
