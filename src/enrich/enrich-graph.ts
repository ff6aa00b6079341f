// kg/enrich: adds degree, pagerank, Louvain communities, colours, sizes and ForceAtlas2 + noverlap positions
// to an assembled graph, in place. Seeded and rounded so the same graph always gets the same numbers.
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

/** Enriches the graph in place. */
export function enrichGraph(graph: KgGraph, options: EnrichOptions = {}): KgGraph {
  const seed = options.seed ?? 42;
  const projection = projectRelations(graph);

  // Metrics
  const ranks = projection.order > 0 ? pagerank(projection, { getEdgeWeight: 'weight' }) : {};
  const communities =
    projection.size > 0 ? louvain(projection, { rng: createRng(seed), getEdgeWeight: 'weight' }) : ({} as Record<string, number>);
  const maxDegree = Math.max(1, ...projection.mapNodes((n) => projection.degree(n)));

  // Initial positions: seeded per node key, so adding a node does not move the others' seeds.
  projection.forEachNode((n) => {
    const rng = createRng(hashSeed(n) ^ seed);
    projection.mergeNodeAttributes(n, { x: rng() * 100 - 50, y: rng() * 100 - 50, size: 1 });
  });
  if (projection.order > 1) {
    const settings = forceAtlas2.inferSettings(projection);
    const iterations = options.iterations ?? (projection.order < 1000 ? 500 : projection.order < 20000 ? 100 : 30);
    forceAtlas2.assign(projection, { iterations, settings: { ...settings, getEdgeWeight: 'weight' } as never });
  }
  projection.forEachNode((n) => {
    const degree = projection.degree(n);
    projection.setNodeAttribute(n, 'size', round(4 + 14 * Math.sqrt(degree / maxDegree), 2));
  });
  if (projection.order > 1 && projection.order <= 20000) {
    noverlap.assign(projection, { maxIterations: 100, settings: { ratio: 1.2, margin: 1 } });
  }

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
