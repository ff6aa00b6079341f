// bench: runs every benchmark once (`npm run bench`): CLI start-up beside `node -e 0`, build throughput, parallel
// builds (1M and 5M words), incremental builds, memory of a 5M-word build, ForceAtlas2 layout (graphology's and
// kg's), then, when their files exist, the query, GEXF export and viewer benchmarks (load, and issue 17's goals at
// 50k nodes in viewer-scale), each skipped with a message if missing. Results go to bench/results/*.json. Set
// KG_BENCH_QUICK=1 for smaller sizes.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const quick = process.env.KG_BENCH_QUICK === '1';

type RunFn = (options?: Record<string, unknown>) => Promise<unknown>;

interface Entry {
  file: string;
  exportName: string;
  options?: Record<string, unknown>;
}

const ENTRIES: Entry[] = [
  { file: 'cli-startup.ts', exportName: 'run', ...(quick ? { options: { runs: 5 } } : {}) },
  { file: 'build-throughput.ts', exportName: 'run', ...(quick ? { options: { sizes: [100_000] } } : {}) },
  { file: 'build-parallel.ts', exportName: 'run', ...(quick ? { options: { words: 200_000 } } : {}) },
  { file: 'build-parallel.ts', exportName: 'run', options: { words: quick ? 500_000 : 5_000_000, threads: [1, 2], sameProcess: false, repeat: 2, name: 'build-parallel-5m' } },
  { file: 'build-incremental.ts', exportName: 'run', ...(quick ? { options: { words: 200_000 } } : {}) },
  { file: 'build-memory.ts', exportName: 'run', ...(quick ? { options: { words: 500_000 } } : {}) },
  { file: 'layout-forceatlas2.ts', exportName: 'run', ...(quick ? { options: { nodes: [10_000] } } : {}) },
  { file: 'query-paths.ts', exportName: 'run' },
  { file: 'export-gexf.ts', exportName: 'run' },
  { file: 'viewer-load.ts', exportName: 'runViewerLoadBench' },
  { file: 'viewer-scale.ts', exportName: 'run', ...(quick ? { options: { nodes: 10_000, edges: 40_000, layoutMs: 6000 } } : {}) },
];

/** Loads and runs one benchmark; a missing file or export is skipped with a message, a failure is reported. */
async function runEntry(entry: Entry): Promise<'ok' | 'skipped' | 'failed'> {
  const path = join(HERE, entry.file);
  if (!existsSync(path)) {
    process.stdout.write(`\n== ${entry.file}: skipped (file not present) ==\n`);
    return 'skipped';
  }
  const t0 = performance.now();
  try {
    const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    const fn = mod[entry.exportName];
    if (typeof fn !== 'function') {
      process.stdout.write(`\n== ${entry.file}: skipped (no exported ${entry.exportName}) ==\n`);
      return 'skipped';
    }
    await (fn as RunFn)(entry.options);
    process.stdout.write(`  (${entry.file} took ${((performance.now() - t0) / 1000).toFixed(1)}s)\n`);
    return 'ok';
  } catch (error) {
    process.stdout.write(`\n== ${entry.file}: FAILED: ${(error as Error)?.stack ?? String(error)} ==\n`);
    return 'failed';
  }
}

const t0 = performance.now();
const outcomes: string[] = [];
for (const entry of ENTRIES) outcomes.push(`${entry.file}: ${await runEntry(entry)}`);
process.stdout.write(`\nbench: ${outcomes.join(', ')} in ${((performance.now() - t0) / 1000).toFixed(0)}s\n`);
if (outcomes.some((o) => o.endsWith('failed'))) process.exitCode = 1;
