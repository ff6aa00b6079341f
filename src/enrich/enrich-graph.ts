// kg/enrich: adds degree, pagerank, Louvain communities, colours, sizes and ForceAtlas2 + noverlap positions
// to an assembled graph, in place. Layout cost is bounded (LAYOUT_BUDGET node-iterations) so big graphs stay cheap.
// Seeded and rounded so the same graph always gets the same numbers.
// Co-mention edges count for nothing here: only explicit relations shape metrics and layout.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import louvainModule from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import { TYPE_COLORS } from '../model/palette.js';
import type { KgGraph } from '../model/types.js';
import { interopDefault } from '../util/interop-default.js';
import { createRng, hashSeed } from '../util/random.js';

const forceAtlas2 = interopDefault(forceAtlas2Module);
const noverlap = interopDefault(noverlapModule);
const pagerank = interopDefault(pagerankModule);
const louvain = interopDefault(louvainModule);

export interface EnrichOptions {
  /** ForceAtlas2 iterations (default: scaled to graph size). */
  iterations?: number;
  seed?: number;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** A simple undirected weighted projection of the explicit relations (parallel edges summed). */
function projectRelations(graph: KgGraph): UndirectedGraph {
  const g = new UndirectedGraph();
  graph.forEachNode((n) => g.addNode(n));
  graph.forEachEdge((_e, a, s, t) => {
    if (a.type === 'co_mentioned') return;
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, 'weight', (w: number | undefined) => (w ?? 0) + 1);
    else g.addEdge(s, t, { weight: 1 });
  });
  return g;
}

/** ForceAtlas2 work budget in node-iterations: small graphs get 500 iterations, big ones at least 10. */
export const LAYOUT_BUDGET = 100_000;
/** noverlap runs only up to this many connected nodes (its cost grows fast with crowding). */
export const NOVERLAP_MAX_NODES = 2_000;

/** ForceAtlas2 iterations for a graph of `order` connected nodes, within LAYOUT_BUDGET. */
export const chooseLayoutIterations = (order: number): number => Math.max(10, Math.min(500, Math.round(LAYOUT_BUDGET / Math.max(1, order))));

/** Positions every node of the projection (x, y), seeded per node key. */
function layoutProjection(projection: UndirectedGraph, seed: number, iterations?: number): void {
  const connected = new UndirectedGraph();
  projection.forEachNode((n) => {
    if (projection.degree(n) === 0) return;
    const rng = createRng(hashSeed(n) ^ seed);
    connected.addNode(n, { x: rng() * 100 - 50, y: rng() * 100 - 50, size: 1 });
  });
  projection.forEachEdge((_e, a, s, t) => connected.addEdge(s, t, { weight: a.weight as number }));
  if (connected.order > 1) {
    const settings = forceAtlas2.inferSettings(connected);
    forceAtlas2.assign(connected, {
      iterations: iterations ?? chooseLayoutIterations(connected.order),
      settings: { ...settings, barnesHutTheta: connected.order > 2000 ? 1 : 0.5, getEdgeWeight: 'weight' } as never,
    });
    if (connected.order <= NOVERLAP_MAX_NODES) {
      connected.forEachNode((n) => connected.setNodeAttribute(n, 'size', 4 + 14 * Math.sqrt(connected.degree(n) / Math.max(1, connected.size))));
      noverlap.assign(connected, { maxIterations: 50, settings: { ratio: 1.2, margin: 1 } });
    }
  }
  // Isolated nodes: on a ring just outside the connected layout, at an angle seeded by their key
  let radius = 50;
  connected.forEachNode((_n, a) => (radius = Math.max(radius, Math.hypot(a.x as number, a.y as number))));
  projection.forEachNode((n) => {
    if (connected.hasNode(n)) {
      const a = connected.getNodeAttributes(n);
      projection.mergeNodeAttributes(n, { x: a.x, y: a.y });
      return;
    }
    const rng = createRng(hashSeed(n) ^ seed);
    const angle = rng() * 2 * Math.PI;
    const r = radius * (1.1 + 0.3 * rng());
    projection.mergeNodeAttributes(n, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
}

/** Enriches the graph in place. */
export function enrichGraph(graph: KgGraph, options: EnrichOptions = {}): KgGraph {
  const seed = options.seed ?? 42;
  const projection = projectRelations(graph);

  // Metrics
  const ranks = projection.order > 0 ? pagerank(projection, { getEdgeWeight: 'weight' }) : {};
  const communities =
    projection.size > 0 ? louvain(projection, { rng: createRng(seed), getEdgeWeight: 'weight' }) : ({} as Record<string, number>);
  let maxDegree = 1;
  projection.forEachNode((n) => (maxDegree = Math.max(maxDegree, projection.degree(n))));

  // Layout: connected nodes by ForceAtlas2 (+ noverlap when small), isolated nodes on a ring around them
  layoutProjection(projection, seed, options.iterations);
  projection.forEachNode((n) => {
    const degree = projection.degree(n);
    projection.setNodeAttribute(n, 'size', round(4 + 14 * Math.sqrt(degree / maxDegree), 2));
  });

  graph.forEachNode((n, a) => {
    const p = projection.getNodeAttributes(n);
    graph.mergeNodeAttributes(n, {
      x: round(p.x as number, 3),
      y: round(p.y as number, 3),
      size: p.size as number,
      color: TYPE_COLORS[a.type] ?? TYPE_COLORS.Other,
      degree: projection.degree(n),
      pagerank: round(ranks[n] ?? 0, 6),
      community: communities[n] ?? 0,
    });
  });
  return graph;
}
