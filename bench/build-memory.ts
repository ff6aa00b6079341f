// bench: memory of a big build (5M words by default): runs the whole build and the streamed writers in a
// child process capped at --max-old-space-size=2048, sampling the heap at every progress report, and
// reports peak heap and peak RSS (worker threads included). Measures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus, measure, reportResult, round, type BenchOptions, type BenchResult } from './build-common.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const HEAP_LIMIT_MB = 2048;

export interface MemoryOptions extends BenchOptions {
  /** Corpus size in words (default 5M). */
  words?: number;
  /** Extraction threads (default 2). */
  threads?: number;
}

interface ChildReport {
  documents: number;
  words: number;
  entities: number;
  peakHeapMb: number;
  maxRssMb: number;
  timings: Record<string, number>;
}

/** The child side: builds `dir` into `out` and prints a ChildReport as JSON. */
async function runChild(dir: string, out: string, threads: number): Promise<void> {
  const { buildGraph } = await import('../src/build.js');
  const { writeGexf, writeGraphJson } = await import('../src/export/index.js');
  let peak = 0;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const result = await buildGraph([dir], { workers: threads, onProgress: sample });
  sample();
  writeGraphJson(result.graph, join(out, 'graph.json'));
  sample();
  writeGexf(result.graph, join(out, 'graph.gexf'));
  sample();
  const report: ChildReport = {
    documents: result.documents,
    words: result.words,
    entities: result.graph.order,
    peakHeapMb: round(peak / 2 ** 20, 1),
    maxRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
    timings: result.timings as unknown as Record<string, number>,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/** Runs the memory benchmark. */
export async function run(options: MemoryOptions = {}): Promise<BenchResult> {
  const words = options.words ?? 5_000_000;
  const threads = options.threads ?? 2;
  const corpus = ensureCorpus(words);
  const out = mkdtempSync(join(tmpdir(), 'kg-bench-memory-'));
  try {
    const m = await measure(() =>
      execFileSync(
        process.execPath,
        [`--max-old-space-size=${HEAP_LIMIT_MB}`, join(ROOT, 'bin', 'run-ts.mjs'), join(ROOT, 'bench', 'build-memory.ts'), '--child', corpus.dir, out, String(threads)],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      ),
    );
    const report = JSON.parse(m.value.trim().split('\n').pop()!) as ChildReport;
    return reportResult(
      {
        name: 'build-memory',
        date: new Date().toISOString(),
        rows: [
          {
            words: report.words,
            documents: report.documents,
            entities: report.entities,
            threads,
            seconds: round(m.ms / 1000, 1),
            'heap limit MB': HEAP_LIMIT_MB,
            'peak heap MB (main)': report.peakHeapMb,
            'peak RSS MB (all threads)': report.maxRssMb,
          },
        ],
        notes: [`built and wrote graph.json + graph.gexf within --max-old-space-size=${HEAP_LIMIT_MB}`],
      },
      options,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('build-memory.ts')) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') await runChild(args[1]!, args[2]!, Number(args[3] ?? 2));
  else await run();
}
