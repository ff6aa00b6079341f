// bench: one whole build (no cache) with its wall and CPU time, stage timings and the hash of graph.json.
// build-parallel runs it in this process and, through the command line, in a fresh one (cold, as `kg build`
// runs): node bin/run-ts.mjs bench/build-once.ts <corpus dir> <threads> prints the result as one JSON line.
import { buildGraph } from '../src/build.js';
import { serializeGraphJson } from '../src/export/index.js';
import { hashContent } from '../src/util/content-hash.js';

export interface OnceResult {
  ms: number;
  cpuMs: number;
  words: number;
  readMs: number;
  extractMs: number;
  graphMs: number;
  enrichMs: number;
  hash: string;
}

/** Builds the graph of `dir` with `threads` extraction threads and times it. */
export async function buildOnce(dir: string, threads: number): Promise<OnceResult> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const r = await buildGraph([dir], { workers: threads });
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    words: r.words,
    readMs: r.timings.readMs,
    extractMs: r.timings.extractMs,
    graphMs: r.timings.graphMs,
    enrichMs: r.timings.enrichMs,
    hash: hashContent([...serializeGraphJson(r.graph)].join('')),
  };
}

if (process.argv[1]?.endsWith('build-once.ts')) {
  const [dir, threads] = process.argv.slice(2);
  if (!dir || !threads) {
    process.stderr.write('usage: node bin/run-ts.mjs bench/build-once.ts <corpus dir> <threads>\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await buildOnce(dir, Number(threads)))}\n`);
}
