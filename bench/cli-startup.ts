// bench: start-up time of the compiled CLI (dist/cli/bin.js) next to `node -e 0` in the same process: `kg --help`,
// `kg --version`, `kg build --help` (its pipeline is not loaded) and `kg query path` on the bundled graph, plus
// the CLI run from source through tsx for comparison. Median of N fresh processes each, run interleaved so load
// on the machine hits every command alike. Builds dist/ first when it is older than src/. Asserts nothing.
// Run: node bin/run-ts.mjs bench/cli-startup.ts [--runs N].
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { reportResult, round, type BenchOptions, type BenchResult, type Row } from './build-common.js';
import { isMain } from './query-common.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
const GRAPH = join(ROOT, 'graph', 'graph.json');

export interface CliStartupOptions extends BenchOptions {
  /** Fresh processes per command (default 15). */
  runs?: number;
  /** Rebuild dist/ when src/ is newer (default true). */
  ensureBuilt?: boolean;
}

export const CLI_STARTUP_DEFAULTS = { runs: 15, ensureBuilt: true };

/** Targets of issue 16: how much slower than `node -e 0` each command may start. */
const TARGET_MS: Record<string, number> = { 'kg --help': 100, 'kg query path': 200 };

/** The newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    t = Math.max(t, stat.isDirectory() ? newest(path) : stat.mtimeMs);
  }
  return t;
}

/** Builds dist/ (npm run build:package) unless it is newer than every source file. */
function ensureDist(notes: string[]): void {
  if (existsSync(BIN) && statSync(BIN).mtimeMs >= newest(join(ROOT, 'src'))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'build-package.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench/cli-startup: building dist/ failed:\n${r.stdout}${r.stderr}`);
  notes.push('dist/ was older than src/: rebuilt it first');
}

/** Wall-clock milliseconds of one fresh process; throws when it fails. */
function timeOnce(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`bench/cli-startup: "node ${args.join(' ')}" exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The two most central entities of the bundled graph when a path joins them, else the ends of its first relation. */
function pickQueryPair(): [string, string] {
  const stats = spawnSync(process.execPath, [BIN, 'stats', '--graph', GRAPH, '--json', '--top', '2'], { cwd: ROOT, encoding: 'utf8' });
  const top = (JSON.parse(stats.stdout) as { top: { node: string }[] }).top.map((t) => t.node);
  if (top.length === 2 && spawnSync(process.execPath, [BIN, 'query', 'path', top[0]!, top[1]!, '--graph', GRAPH], { cwd: ROOT }).status === 0) return [top[0]!, top[1]!];
  const graph = JSON.parse(readFileSync(GRAPH, 'utf8')) as { edges: { source: string; target: string; attributes: { type: string } }[] };
  const edge = graph.edges.find((e) => e.attributes.type !== 'co_mentioned');
  if (!edge) throw new Error('bench/cli-startup: the bundled graph has no relation to query');
  return [edge.source, edge.target];
}

/** Runs the benchmark; returns (and by default prints and writes) its result. */
export async function run(options: CliStartupOptions = {}): Promise<BenchResult> {
  const p = { ...CLI_STARTUP_DEFAULTS, ...options };
  const notes: string[] = [];
  if (p.ensureBuilt) ensureDist(notes);
  const [a, b] = pickQueryPair();
  const COMMANDS: { name: string; args: string[] }[] = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'kg --help', args: [BIN, '--help'] },
    { name: 'kg --version', args: [BIN, '--version'] },
    { name: 'kg build --help', args: [BIN, 'build', '--help'] },
    { name: 'kg query path', args: [BIN, 'query', 'path', a, b, '--graph', GRAPH] },
    { name: 'kg --help (source, tsx)', args: [join(ROOT, 'bin', 'kg.mjs'), '--help'] },
  ];

  // Warm-up (file cache, tsx's transform cache), then interleaved timed runs
  for (const c of COMMANDS) timeOnce(c.args);
  const times = COMMANDS.map(() => [] as number[]);
  for (let i = 0; i < p.runs; i++) COMMANDS.forEach((c, j) => times[j]!.push(timeOnce(c.args)));

  const base = median(times[0]!);
  const rows: Row[] = COMMANDS.map((c, j) => {
    const m = median(times[j]!);
    const target = TARGET_MS[c.name];
    const row: Row = { command: c.name, median_ms: round(m, 1), min_ms: round(Math.min(...times[j]!), 1), vs_node_ms: round(m - base, 1), ratio: round(m / base, 2) };
    if (target !== undefined) row.target = `<= +${target} ms: ${m - base <= target ? 'met' : 'NOT met'}`;
    return row;
  });
  notes.push(`${p.runs} runs per command (median); kg query path "${a}" "${b}" on graph/graph.json`);
  return reportResult({ name: 'cli-startup', date: new Date().toISOString(), params: { runs: p.runs }, rows, notes }, options);
}

if (isMain(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  await run(i > 0 ? { runs: Number(process.argv[i + 1]) } : {});
}
