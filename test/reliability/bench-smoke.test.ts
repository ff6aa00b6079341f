// test/reliability: runs each build/layout benchmark once on a tiny input and checks it produced a results
// object (rows, notes). No timing assertions: speed is the benchmarks' business, not the test suite's.
import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../../bench/build-common.js';

const QUIET = { resultsDir: false as const, print: false };

const BENCHES: { name: string; load: () => Promise<(options: object) => Promise<BenchResult>>; options: object }[] = [
  { name: 'build-throughput', load: async () => (await import('../../bench/build-throughput.js')).run, options: { sizes: [2_000], nerSampleWords: 200 } },
  { name: 'build-parallel', load: async () => (await import('../../bench/build-parallel.js')).run, options: { words: 4_000, threads: [1, 2] } },
  { name: 'build-incremental', load: async () => (await import('../../bench/build-incremental.js')).run, options: { words: 4_000, threads: 1, cli: false } },
  { name: 'build-memory', load: async () => (await import('../../bench/build-memory.js')).run, options: { words: 2_000, threads: 1 } },
  { name: 'layout-forceatlas2', load: async () => (await import('../../bench/layout-forceatlas2.js')).run, options: { nodes: [200], iterations: 3 } },
  { name: 'cli-startup', load: async () => (await import('../../bench/cli-startup.js')).run, options: { runs: 1 } },
];

describe('benchmarks on tiny inputs', () => {
  for (const b of BENCHES) {
    it(`should run ${b.name} and return its results`, async () => {
      const run = await b.load();
      const result = await run({ ...b.options, ...QUIET });
      expect(result.name).toBe(b.name);
      expect(result.rows.length).toBeGreaterThan(0);
      for (const row of result.rows) expect(Object.keys(row).length).toBeGreaterThan(2);
      expect(Array.isArray(result.notes)).toBe(true);
    }, 120_000);
  }
});
