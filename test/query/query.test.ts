// Tests of the query API (shortestPath, allPaths, neighbors, egoGraph, summarizeGraph) on the fixture graph and on
// seeded random graphs checked against naive reference searches; errors are tested by code. No CLI here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KgError, type KgErrorCode } from '../../src/model/errors.js';
import type { KgGraph } from '../../src/model/types.js';
import { allPaths, createTraversal, egoGraph, iterateSimplePaths, neighbors, shortestPath, summarizeGraph } from '../../src/query/index.js';
import type { PathOptions } from '../../src/query/index.js';
import { findShortestNodes } from '../../src/query/paths.js';
import { loadFixtureGraph } from '../fixtures/graphs/fixture-graph.js';
import { generateGraph } from '../fixtures/graphs/generate-graph.js';

const graph = loadFixtureGraph();

const codeOf = (fn: () => unknown): KgErrorCode | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof KgError) return error.code;
    throw error;
  }
  return undefined;
};

/** Naive reference: every simple path up to maxDepth by plain DFS over allowed steps. */
function naivePaths(g: KgGraph, s: string, t: string, maxDepth: number, options: PathOptions = {}): string[] {
  const tr = createTraversal(g, options);
  const out: string[] = [];
  const walk = (path: string[]): void => {
    const node = path[path.length - 1]!;
    if (node === t) return void out.push(path.join('>'));
    if (path.length - 1 >= maxDepth) return;
    const next = new Set<string>();
    const visit = (_e: string, a: Parameters<typeof tr.allow>[0], src: string, dst: string): void => {
      if (!tr.allow(a)) return;
      if (tr.direction !== 'in' && src === node) next.add(dst);
      if (tr.direction !== 'out' && dst === node) next.add(src);
    };
    g.forEachEdge(node, visit);
    for (const n of next) if (!path.includes(n)) walk([...path, n]);
  };
  walk([s]);
  return out.sort();
}

/** Naive reference: hop distance by one-sided BFS. */
function naiveDistance(g: KgGraph, s: string, t: string, options: PathOptions): number | undefined {
  const tr = createTraversal(g, options);
  const dist = new Map([[s, 0]]);
  const queue = [s];
  while (queue.length) {
    const node = queue.shift()!;
    g.forEachEdge(node, (_e, a, src, dst) => {
      if (!tr.allow(a)) return;
      const candidates = [...(tr.direction !== 'in' && src === node ? [dst] : []), ...(tr.direction !== 'out' && dst === node ? [src] : [])];
      for (const n of candidates) {
        if (dist.has(n)) continue;
        dist.set(n, dist.get(node)! + 1);
        queue.push(n);
      }
    });
  }
  return dist.get(t);
}

describe('query/shortestPath', () => {
  const CASES: { a: string; b: string; options?: PathOptions; hops?: number; error?: KgErrorCode }[] = [
    { a: 'Guaido', b: 'Russia', hops: 2 },
    { a: 'Guaido', b: 'Russia', options: { exclude: [] }, hops: 1 },
    { a: 'Guaido', b: 'Russia', options: { direction: 'out' }, error: 'NO_PATH' },
    { a: 'United States', b: 'Russia', options: { directed: true }, hops: 1 },
    { a: 'Russia', b: 'United States', options: { direction: 'in' }, hops: 1 },
    { a: 'Guaido', b: 'Russia', options: { from: '2020' }, error: 'NO_PATH' },
    { a: 'Guaido', b: 'Russia', options: { from: '2019-01-23', to: '2019-03' }, hops: 2 },
    { a: 'Maduro', b: 'Russia', options: { types: ['holds_office', 'partner_of'] }, hops: 2 },
    { a: 'Nowhere', b: 'Russia', error: 'NO_PATH' },
    { a: 'Guaydo', b: 'Russia', error: 'UNKNOWN_NODE' },
    { a: 'Russia', b: 'Russia', hops: 0 },
    { a: 'Russia', b: 'Venezuela', options: { from: 'May 2001' }, error: 'INVALID_OPTION' },
    { a: 'Russia', b: 'Venezuela', options: { from: '2020', to: '2019' }, error: 'INVALID_OPTION' },
    { a: 'Russia', b: 'Venezuela', options: { direction: 'sideways' as never }, error: 'INVALID_OPTION' },
    { a: 'Russia', b: 'Venezuela', options: { types: 'supports' as never }, error: 'INVALID_OPTION' },
  ];
  it.each(CASES)('should go from $a to $b with $options in $hops hops (or fail with $error)', ({ a, b, options, hops, error }) => {
    if (error) return void expect(codeOf(() => shortestPath(graph, a, b, options))).toBe(error);
    const path = shortestPath(graph, a, b, options);
    expect(path.hops).toHaveLength(hops!);
    for (const hop of path.hops) expect(hop.relations.length).toBeGreaterThan(0);
  });

  it('should list every parallel relation of a hop with its evidence', () => {
    const path = shortestPath(graph, 'Venezuela', 'Russia');
    expect(path.hops[0]!.relations.map((r) => r.type).sort()).toEqual(['allied_with', 'partner_of']);
    expect(path.hops[0]!.relations.every((r) => r.direction === 'backward' && r.evidence.length === 1)).toBe(true);
  });

  it('should suggest close names when a node is unknown', () => {
    try {
      shortestPath(graph, 'Guaydo', 'Russia');
    } catch (error) {
      expect((error as KgError).details?.suggestions).toContain('Juan Guaidó');
    }
  });

  it('should find paths as short as a plain breadth-first search on random graphs', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const g = generateGraph({ nodes: 300, edges: 400, seed });
      for (const options of [{}, { direction: 'out' as const }, { direction: 'in' as const }, { from: '2001', to: '2010' }]) {
        const t = createTraversal(g, options);
        for (let i = 0; i < 30; i++) {
          const s = `n${(i * 37 + seed) % 300}`;
          const d = `n${(i * 91 + 7 * seed) % 300}`;
          const nodes = findShortestNodes(t, s, d);
          expect(nodes ? nodes.length - 1 : undefined).toBe(naiveDistance(g, s, d, options));
          if (nodes) expect(nodes[0]).toBe(s), expect(nodes[nodes.length - 1]).toBe(d);
        }
      }
    }
  });
});

describe('query/allPaths', () => {
  it('should list simple paths shortest first within maxDepth', () => {
    const { paths, end } = allPaths(graph, 'Maduro', 'Russia', { maxDepth: 3, limit: 100 });
    expect(end).toBe('complete');
    expect(paths[0]!.labels).toEqual(['Nicolás Maduro', 'Russia']);
    const lengths = paths.map((p) => p.hops.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
    expect(paths.map((p) => p.nodes.join('>')).sort()).toEqual(naivePaths(graph, 'nicolas-maduro', 'russia', 3));
  });

  it('should match a naive enumeration on random graphs, in every direction', () => {
    for (const seed of [11, 12, 13]) {
      const g = generateGraph({ nodes: 40, edges: 90, seed });
      for (const options of [{}, { direction: 'out' as const }, { direction: 'in' as const }, { exclude: [] }]) {
        const t = createTraversal(g, options);
        for (let i = 0; i < 10; i++) {
          const s = `n${(i * 7 + seed) % 40}`;
          const d = `n${(i * 13 + 3) % 40}`;
          const found = [...iterateSimplePaths(t, s, d, 4)].map((p) => p.join('>')).sort();
          expect(found).toEqual(naivePaths(g, s, d, 4, options));
        }
      }
    }
  });

  it('should stop at the limit and say so', () => {
    const { paths, end } = allPaths(graph, 'Maduro', 'Russia', { maxDepth: 4, limit: 2 });
    expect(paths).toHaveLength(2);
    expect(end).toBe('limit');
  });

  it('should stop at the time budget and say so', () => {
    const g = generateGraph({ nodes: 3000, edges: 30_000, seed: 21 });
    const { end } = allPaths(g, 'n1', 'n2', { maxDepth: 8, limit: 100_000, timeoutMs: 20 });
    expect(end).toBe('timeout');
  });

  it.each([
    [{ maxDepth: 0 }, 'INVALID_OPTION'],
    [{ maxDepth: 2.5 }, 'INVALID_OPTION'],
    [{ limit: -1 }, 'INVALID_OPTION'],
    [{ timeoutMs: 0 }, 'INVALID_OPTION'],
    [{ maxDepth: 1 }, 'NO_PATH'],
  ] as const)('should reject %j with %s', (options, code) => {
    expect(codeOf(() => allPaths(graph, 'Guaido', 'Russia', options))).toBe(code);
  });
});

describe('query/neighbors and egoGraph', () => {
  it('should list direct neighbours with every relation, co-mentions excluded', () => {
    const result = neighbors(graph, 'Venezuela');
    const byLabel = new Map(result.neighbors.map((n) => [n.label, n]));
    expect(byLabel.get('Russia')!.relations.map((r) => r.type).sort()).toEqual(['allied_with', 'partner_of']);
    expect(byLabel.has('United States')).toBe(false);
    expect(result.neighbors.every((n) => n.depth === 1 && n.via === 'venezuela')).toBe(true);
  });

  it('should reach further with depth, nearest first, and filter by type and direction', () => {
    const result = neighbors(graph, 'Venezuela', { depth: 2 });
    expect(result.neighbors.map((n) => n.depth)).toEqual([...result.neighbors.map((n) => n.depth)].sort());
    expect(result.neighbors.find((n) => n.label === 'Sergei Lavrov')).toMatchObject({ depth: 2, via: 'russia' });
    expect(neighbors(graph, 'Venezuela', { types: ['signed'] }).neighbors.map((n) => n.node)).toEqual(['treaty-on-strategic-partnership']);
    expect(neighbors(graph, 'Venezuela', { direction: 'out' }).neighbors.map((n) => n.node).sort()).toEqual([
      'military-technical-cooperation-agreement',
      'treaty-on-strategic-partnership',
    ]);
    expect(codeOf(() => neighbors(graph, 'Venezuela', { depth: 7 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => neighbors(graph, 'Venezuala2'))).toBe('UNKNOWN_NODE');
  });

  it('should build the ego network with every allowed relation among its nodes', () => {
    const ego = egoGraph(graph, 'Venezuela', 1);
    expect(ego.nodes().sort()).toEqual(['military-technical-cooperation-agreement', 'nicolas-maduro', 'russia', 'treaty-on-strategic-partnership', 'venezuela']);
    // Russia-Maduro and Russia-agreement relations are among ego nodes too
    expect(ego.edges().sort()).toEqual(['e0', 'e1', 'e10', 'e2', 'e5', 'e7', 'e8', 'e9']);
    expect(ego.getNodeAttribute('russia', 'label')).toBe('Russia');
  });
});

describe('query/summarizeGraph', () => {
  it('should count by type and rank the top entities by pagerank', () => {
    const s = summarizeGraph(graph, { top: 3 });
    expect(s).toMatchObject({ nodes: 10, edges: 14, relations: 12, documents: 2, rankedBy: 'pagerank' });
    expect(s.nodesByType).toEqual({ Country: 3, Agreement: 2, Person: 3, Organization: 1, Place: 1 });
    expect(s.edgesByType.co_mentioned).toBe(2);
    expect(s.top.map((n) => n.label)).toEqual(['Russia', 'Venezuela', 'United States']);
  });
});

describe('query: browser safety', () => {
  it('should import nothing from node: in src/query', () => {
    const dir = resolve(import.meta.dirname, '../../src/query');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/from ['"]node:|require\(['"]node:/);
    }
  });
});

describe('query/adjacency cache', () => {
  it('should see edges added or retyped after a first query', () => {
    const g = loadFixtureGraph();
    expect(codeOf(() => shortestPath(g, 'Nowhere', 'Russia'))).toBe('NO_PATH');
    g.addEdgeWithKey('new', 'isolated-place', 'russia', { type: 'located_in', label: 'located in', evidence: [], confidence: 1, weight: 1 });
    expect(shortestPath(g, 'Nowhere', 'Russia').hops).toHaveLength(1);
    g.setEdgeAttribute('new', 'type', 'co_mentioned');
    expect(codeOf(() => shortestPath(g, 'Nowhere', 'Russia'))).toBe('NO_PATH');
    g.dropEdge('new');
    expect(codeOf(() => shortestPath(g, 'Nowhere', 'Russia', { exclude: [] }))).toBe('NO_PATH');
  });
});
