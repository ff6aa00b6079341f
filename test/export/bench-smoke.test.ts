// Smoke test of the query and export benchmarks: each `run` works once on a tiny graph (no Python, no results
// file) and reports rows for kg. Timings are not asserted; the full benchmarks are scripts (npm run bench).
import { describe, expect, it } from 'vitest';
import { run as runExportGexf } from '../../bench/export-gexf.js';
import { run as runQueryPaths } from '../../bench/query-paths.js';

describe('bench smoke', () => {
  it('should run bench/query-paths on a tiny graph', async () => {
    const result = await runQueryPaths({ nodes: 200, edges: 800, pairs: 20, python: false, resultsDir: false, print: false });
    expect(result.name).toBe('query-paths');
    expect(result.rows.map((r) => r.implementation)).toEqual(['kg', 'kg findShortestNodes', 'kg']);
  });

  it('should run bench/export-gexf on a tiny graph', async () => {
    const result = await runExportGexf({ nodes: 100, edges: 300, python: false, resultsDir: false, print: false });
    expect(result.name).toBe('export-gexf');
    expect(result.rows[0]!.implementation).toMatch(/^kg writeGexf/);
  });
});
