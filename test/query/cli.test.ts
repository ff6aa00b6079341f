// Tests of `kg query`, `kg export` and `kg stats` through runCli (no child process): human sentences, the stable
// --json shapes documented in docs/cli-json.md, exit codes, and one-line errors without stack traces.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { FIXTURE_GRAPH_PATH } from '../fixtures/graphs/fixture-graph.js';

const FIXTURE = FIXTURE_GRAPH_PATH;
const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function kg(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), tty: false });
  return { code, out: out.join('\n'), err };
}

describe('cli/query path', () => {
  it('should print the shortest path as quoted sentences with evidence', async () => {
    const r = await kg('query', 'path', 'Guaido', 'Russia', '--graph', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('"Juan Guaidó" is connected to "Russia" in 2 hops:');
    expect(r.out).toContain('"United States" recognizes "Juan Guaidó" (2019-01-23).');
    expect(r.out).toContain('Evidence: "Washington accused Moscow of meddling." (2019-venezuela.txt)');
  });

  it('should print stable JSON for the shortest path', async () => {
    const r = await kg('query', 'path', 'Guaido', 'Russia', '--graph', FIXTURE, '--json');
    const data = JSON.parse(r.out);
    expect(Object.keys(data)).toEqual(['query', 'source', 'target', 'end', 'paths']);
    expect(data).toMatchObject({ query: 'shortest-path', source: { key: 'juan-guaido', label: 'Juan Guaidó' }, target: { key: 'russia' }, end: 'complete' });
    expect(data.paths[0].nodes).toEqual(['juan-guaido', 'united-states', 'russia']);
    expect(Object.keys(data.paths[0].hops[0].relations[0])).toEqual(['edge', 'type', 'label', 'direction', 'source', 'target', 'date', 'evidence']);
  });

  it('should list all paths with --all, bounded by --max-depth and --limit', async () => {
    const r = await kg('query', 'path', 'Maduro', 'Russia', '--all', '--max-depth', '3', '--limit', '2', '--graph', FIXTURE);
    expect(r.out).toContain('2 paths from "Nicolás Maduro" to "Russia", shortest first:');
    expect(r.out).toContain('Stopped at --limit 2; more paths may exist.');
    const json = JSON.parse((await kg('query', 'path', 'Maduro', 'Russia', '--all', '--max-depth', '3', '--limit', '50', '--json', '-g', FIXTURE)).out);
    expect(json.query).toBe('all-paths');
    expect(json.end).toBe('complete');
    expect(json.paths.length).toBeGreaterThan(2);
  });

  it('should follow co-mentions only when asked', async () => {
    const r = await kg('query', 'path', 'Guaido', 'Russia', '--co-mentions', '--json', '-g', FIXTURE);
    expect(JSON.parse(r.out).paths[0].hops).toHaveLength(1);
    const t = await kg('query', 'path', 'Guaido', 'Russia', '--types', 'co_mentioned', '--json', '-g', FIXTURE);
    expect(JSON.parse(t.out).paths[0].hops[0].relations[0].type).toBe('co_mentioned');
  });
});

describe('cli/query neighbors and stats', () => {
  it('should print neighbours as sentences and as JSON', async () => {
    const r = await kg('query', 'neighbors', 'Venezuela', '-g', FIXTURE);
    expect(r.out).toContain('"Venezuela" has 4 neighbours within 1 hop:');
    expect(r.out).toContain('"Russia" is partner of "Venezuela" (2019-03-23).');
    const json = JSON.parse((await kg('query', 'neighbors', 'Venezuela', '--depth', '2', '--json', '-g', FIXTURE)).out);
    expect(Object.keys(json)).toEqual(['query', 'center', 'depth', 'neighbors']);
    expect(Object.keys(json.neighbors[0])).toEqual(['node', 'label', 'type', 'depth', 'via', 'relations']);
  });

  it('should summarize the graph', async () => {
    const r = await kg('stats', '-g', FIXTURE, '--top', '2');
    expect(r.out).toContain('holds 10 entities and 14 edges: 12 relations (9 dated) and 2 co-mentions, from 2 documents.');
    expect(r.out).toContain('1. "Russia" (Country): pagerank 0.2000, 8 edges');
    const json = JSON.parse((await kg('stats', '-g', FIXTURE, '--json')).out);
    expect(Object.keys(json)).toEqual(['graph', 'nodes', 'edges', 'relations', 'datedRelations', 'documents', 'nodesByType', 'edgesByType', 'rankedBy', 'top']);
    expect(json.top).toHaveLength(10);
  });
});

describe('cli/export', () => {
  it.each([
    ['gexf', 'g.gexf', ['g.gexf']],
    ['graphml', 'g.graphml', ['g.graphml']],
    ['json', 'g.json', ['g.json']],
    ['csv', 'g', ['g-nodes.csv', 'g-edges.csv']],
    ['csv', 'tables/', ['tables/nodes.csv', 'tables/edges.csv']],
  ])('should export %s to %s', async (format, out, files) => {
    const r = await kg('export', '-g', FIXTURE, '--format', format, '--out', join(dir, out), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ format, files: files.map((f) => join(dir, f)) });
    for (const f of files) expect(existsSync(join(dir, f))).toBe(true);
  });

  it('should explain the CSV naming in --help', async () => {
    const r = await kg('export', '--help');
    expect(r.out).toContain('graph-nodes.csv and graph-edges.csv');
    expect(r.out).toContain('--format');
    expect((await kg('--help')).out).toMatch(/export[\s\S]*stats/);
  });

  it('should write a GEXF the build can also write', async () => {
    await kg('export', '-g', FIXTURE, '-f', 'gexf', '-o', join(dir, 'x.gexf'));
    expect(readFileSync(join(dir, 'x.gexf'), 'utf8')).toContain('<gexf xmlns="http://gexf.net/1.3"');
  });
});

describe('cli errors', () => {
  const ERRORS: [string[], number][] = [
    [['query', 'path', 'Guaydo', 'Russia', '-g', FIXTURE], 4],
    [['query', 'path', 'Nowhere', 'Russia', '-g', FIXTURE], 4],
    [['query', 'path', 'Guaido', '-g', FIXTURE], 2],
    [['query', 'path', 'Guaido', 'Russia', '--all', '--max-depth', '0', '-g', FIXTURE], 2],
    [['query', 'path', 'Guaido', 'Russia', '--from', 'yesterday', '-g', FIXTURE], 2],
    [['query', 'path', 'Guaido', 'Russia', '--direction', 'up', '-g', FIXTURE], 2],
    [['query', 'neighbors', 'Venezuela', '--depth', '99', '-g', FIXTURE], 2],
    [['query', 'walk', 'A', '-g', FIXTURE], 2],
    [['query', 'path', 'Guaido', 'Russia', '--max-depth', '3', '-g', FIXTURE], 2],
    [['query', 'path', 'A', 'B', '-g', join(dir, 'missing.json')], 3],
    [['stats', '-g', resolve(import.meta.dirname, '../fixtures/graphs/generate-graph.ts')], 3],
    [['stats', '--top', '-1', '-g', FIXTURE], 2],
    [['export', '-g', FIXTURE, '--format', 'dot', '--out', join(dir, 'x')], 2],
    [['export', '-g', FIXTURE, '--out', join(dir, 'x')], 2],
    [['export', '-g', FIXTURE, '--format', 'gexf'], 2],
  ];
  it.each(ERRORS)('should fail %j with exit %i and one line on stderr', async (argv, code) => {
    const r = await kg(...argv);
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^kg[ /:]/);
    expect(r.err[0]).not.toMatch(/\n|\bat \S+:\d+/);
  });

  it('should name the CLI flag, not the library option, in option errors', async () => {
    const r = await kg('query', 'path', 'Guaido', 'Russia', '--all', '--timeout', '0', '-g', FIXTURE);
    expect(r.err[0]).toMatch(/^kg query path: option --timeout must be/);
  });
});
