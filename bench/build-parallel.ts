// bench: parallel and incremental builds of a generated corpus (1M words by default): the whole build with
// 1 thread vs N threads, each in a fresh process as `kg build` runs (speed-up, and whether graph.json comes out
// byte-identical), the same in this process (its main thread already warm), then a cached rebuild after
// adding one document (its time as a share of the full build). Measures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../src/build.js';
import { buildOnce, type OnceResult } from './build-once.js';
import { ensureCorpus, measure, reportResult, round, type BenchOptions, type BenchResult, type Row } from './build-common.js';
import { generateCorpus } from './corpus-gen.js';

export interface ParallelOptions extends BenchOptions {
  /** Corpus size in words (default 1M). */
  words?: number;
  /** Thread counts to compare (default 1 and every core). */
  threads?: number[];
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One build in a child process (bench/build-once.ts); its own timings, without node's start-up. */
function buildInFreshProcess(dir: string, threads: number): OnceResult {
  const out = execFileSync(process.execPath, [join(ROOT, 'bin/run-ts.mjs'), join(ROOT, 'bench/build-once.ts'), dir, String(threads)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as OnceResult;
}

/** Runs the parallel + incremental benchmark. */
export async function run(options: ParallelOptions = {}): Promise<BenchResult> {
  const words = options.words ?? 1_000_000;
  const threads = options.threads ?? [1, Math.max(2, availableParallelism())];
  const corpus = ensureCorpus(words);
  const rows: Row[] = [];
  const notes: string[] = [];
  const work = mkdtempSync(join(tmpdir(), 'kg-bench-parallel-'));
  try {
    // Parallel: the whole build, no cache, each thread count in a fresh process (cold, as the CLI runs), then
    // in this process (its main thread already compiled while workers start cold)
    const hashes = new Set<string>();
    const modes = [
      ['fresh process', (n: number) => Promise.resolve(buildInFreshProcess(corpus.dir, n))],
      ['same process', (n: number) => buildOnce(corpus.dir, n)],
    ] as const;
    for (const [where, build] of modes) {
      let baseMs = 0;
      for (const n of threads) {
        const m = await build(n);
        hashes.add(m.hash);
        baseMs ||= m.ms;
        rows.push({
          build: `full, ${n} thread(s), ${where}`,
          words: m.words,
          seconds: round(m.ms / 1000, 2),
          'extract s': round(m.extractMs / 1000, 2),
          'graph s': round(m.graphMs / 1000, 2),
          'cpu s': round(m.cpuMs / 1000, 2),
          'speed-up': `${round(baseMs / m.ms, 2)}x`,
        });
      }
    }
    notes.push(hashes.size === 1 ? 'graph.json byte-identical across thread counts and processes' : `graph.json DIFFERS across thread counts (${hashes.size} variants)`);

    // Incremental: fill the cache, then add one document and rebuild
    const cacheDir = join(work, 'cache');
    const n = threads[threads.length - 1]!;
    const cold = await measure(() => buildGraph([corpus.dir], { workers: n, cacheDir }));
    const added = generateCorpus({ words: 1200, seed: 777 })[0]!;
    writeFileSync(join(work, 'added.md'), added.content);
    const warm = await measure(() => buildGraph([corpus.dir, join(work, 'added.md')], { workers: n, cacheDir }));
    for (const [label, m] of [
      [`cold, cache filled, ${n} thread(s)`, cold],
      ['+1 document, cached', warm],
    ] as const) {
      rows.push({
        build: label,
        words: m.value.words,
        seconds: round(m.ms / 1000, 2),
        'read s': round(m.value.timings.readMs / 1000, 2),
        'extract s': round(m.value.timings.extractMs / 1000, 2),
        'graph s': round(m.value.timings.graphMs / 1000, 2),
        'cache hits': `${m.value.cache?.hits ?? 0}/${(m.value.cache?.hits ?? 0) + (m.value.cache?.misses ?? 0)}`,
        'share of full': `${round((100 * m.ms) / cold.ms, 1)}%`,
      });
    }
    notes.push(`adding one document rebuilt in ${round((100 * warm.ms) / cold.ms, 1)}% of the full ${n}-thread build time`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return reportResult({ name: 'build-parallel', date: new Date().toISOString(), rows, notes }, options);
}

if (process.argv[1]?.endsWith('build-parallel.ts')) await run();
