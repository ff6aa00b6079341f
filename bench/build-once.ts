// bench: one whole build in this (fresh) process, for build-parallel's cold runs: prints its timings and the
// hash of graph.json as one JSON line. Usage: node bin/run-ts.mjs bench/build-once.ts <corpus dir> <threads>.
import { buildGraph } from '../src/build.js';
import { serializeGraphJson } from '../src/export/index.js';
import { hashContent } from '../src/util/content-hash.js';

const [dir, threads] = process.argv.slice(2);
if (!dir || !threads) {
  process.stderr.write('usage: node bin/run-ts.mjs bench/build-once.ts <corpus dir> <threads>\n');
  process.exit(2);
}
const cpu = process.cpuUsage();
const t0 = performance.now();
const r = await buildGraph([dir], { workers: Number(threads) });
const ms = performance.now() - t0;
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({
    ms,
    cpuMs: (used.user + used.system) / 1000,
    words: r.words,
    extractMs: r.timings.extractMs,
    graphMs: r.timings.graphMs,
    hash: hashContent([...serializeGraphJson(r.graph)].join('')),
  })}\n`,
);
