// kg/enrich: adds degree, pagerank, Louvain communities, colours, sizes and ForceAtlas2 + noverlap positions
// to an assembled graph, in place. Layout cost is bounded (LAYOUT_BUDGET node-iterations) so big graphs stay cheap;
// in big graphs leaves are placed around the node they hang on instead of taking part in ForceAtlas2.
// Seeded and rounded so the same graph always gets the same numbers.
// Co-mention edges count for nothing here: only explicit relations shape metrics and layout.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import louvainModule from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import { createLayoutState, inferLayoutSettings, runLayout } from './forceatlas2.js';
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
/**
 * Above NOVERLAP_MAX_NODES connected nodes, leaves (degree 1) are left out of ForceAtlas2 and placed around
 * the node they hang on; the rest gets this budget. In entity graphs most nodes are leaves (people named
 * once), so the core gets more iterations than the whole graph would, for about half the time.
 */
export const FOLDED_LAYOUT_BUDGET = 50_000;

/** ForceAtlas2 iterations for a graph of `order` connected nodes, within `budget` node-iterations. */
export const chooseLayoutIterations = (order: number, budget = LAYOUT_BUDGET): number => Math.max(10, Math.min(500, Math.round(budget / Math.max(1, order))));

/**
 * Above this many nodes the layout is kg's typed-array ForceAtlas2 (enrich/forceatlas2.ts, under 100 ms per
 * iteration at 50k nodes); below, graphology's exact ForceAtlas2 (so small graphs keep their positions).
 */
export const FAST_LAYOUT_MIN_NODES = 2_000;

/** Runs the typed-array ForceAtlas2 on `core` (weighted by the `weight` edge attribute) and writes x/y back. */
function runFastLayout(core: UndirectedGraph, iterations: number): void {
  const nodes = core.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  core.forEachEdge((_e, a, s, t) => {
    source.push(index.get(s)!);
    target.push(index.get(t)!);
    weight.push((a.weight as number | undefined) ?? 1);
  });
  const state = createLayoutState(
    nodes.map((n) => core.getNodeAttribute(n, 'x') as number),
    nodes.map((n) => core.getNodeAttribute(n, 'y') as number),
    source,
    target,
    inferLayoutSettings(core.order, core.size),
    weight,
  );
  runLayout(state, iterations);
  nodes.forEach((n, i) => core.mergeNodeAttributes(n, { x: state.x[i], y: state.y[i] }));
}

/** Positions every node of the projection (x, y), seeded per node key. */
function layoutProjection(projection: UndirectedGraph, seed: number, iterations?: number): void {
  const connected = new UndirectedGraph();
  projection.forEachNode((n) => {
    if (projection.degree(n) > 0) connected.addNode(n);
  });
  // Big graphs: leaves hanging on a node of higher degree are placed after the layout, around that node
  const fold = connected.order > NOVERLAP_MAX_NODES;
  const anchorOf = new Map<string, string>();
  if (fold) {
    projection.forEachNode((n) => {
      if (projection.degree(n) !== 1) return;
      const anchor = projection.neighbors(n)[0]!;
      if (projection.degree(anchor) > 1) anchorOf.set(n, anchor);
    });
  }
  const core = new UndirectedGraph();
  connected.forEachNode((n) => {
    if (anchorOf.has(n)) return;
    const rng = createRng(hashSeed(n) ^ seed);
    core.addNode(n, { x: rng() * 100 - 50, y: rng() * 100 - 50, size: 1 });
  });
  projection.forEachEdge((_e, a, s, t) => {
    if (core.hasNode(s) && core.hasNode(t)) core.addEdge(s, t, { weight: a.weight as number });
  });
  if (core.order > 1) {
    const steps = iterations ?? chooseLayoutIterations(core.order, fold ? FOLDED_LAYOUT_BUDGET : LAYOUT_BUDGET);
    if (core.order > FAST_LAYOUT_MIN_NODES) runFastLayout(core, steps);
    else {
      const settings = forceAtlas2.inferSettings(core);
      forceAtlas2.assign(core, { iterations: steps, settings: { ...settings, barnesHutTheta: 0.5, getEdgeWeight: 'weight' } as never });
    }
    if (!fold) {
      core.forEachNode((n) => core.setNodeAttribute(n, 'size', 4 + 14 * Math.sqrt(core.degree(n) / Math.max(1, core.size))));
      noverlap.assign(core, { maxIterations: 50, settings: { ratio: 1.2, margin: 1 } });
    }
  }
  if (fold) placeLeaves(core, anchorOf, seed);
  // Isolated nodes: on a ring just outside the connected layout, at an angle seeded by their key
  let radius = 50;
  core.forEachNode((_n, a) => (radius = Math.max(radius, Math.hypot(a.x as number, a.y as number))));
  projection.forEachNode((n) => {
    if (core.hasNode(n)) {
      const a = core.getNodeAttributes(n);
      projection.mergeNodeAttributes(n, { x: a.x, y: a.y });
      return;
    }
    const rng = createRng(hashSeed(n) ^ seed);
    const angle = rng() * 2 * Math.PI;
    const r = radius * (1.1 + 0.3 * rng());
    projection.mergeNodeAttributes(n, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
}

/**
 * Adds each leaf to `core` on a small circle around its anchor, evenly spaced in key order from an angle
 * seeded by the anchor; the circle grows with the number of leaves and scales with the core's edge length.
 */
function placeLeaves(core: UndirectedGraph, anchorOf: Map<string, string>, seed: number): void {
  let total = 0;
  core.forEachEdge((_e, _a, _s, _t, sa, ta) => (total += Math.hypot((sa.x as number) - (ta.x as number), (sa.y as number) - (ta.y as number))));
  const edgeLength = core.size > 0 && total > 0 ? total / core.size : 10;
  const leavesOf = new Map<string, string[]>();
  for (const [leaf, anchor] of anchorOf) {
    const list = leavesOf.get(anchor);
    if (list) list.push(leaf);
    else leavesOf.set(anchor, [leaf]);
  }
  for (const [anchor, leaves] of leavesOf) {
    leaves.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const { x, y } = core.getNodeAttributes(anchor) as { x: number; y: number };
    const start = createRng(hashSeed(anchor) ^ seed)() * 2 * Math.PI;
    const r = 0.5 * edgeLength * (1 + 0.15 * Math.sqrt(leaves.length));
    leaves.forEach((leaf, i) => {
      const angle = start + (2 * Math.PI * i) / leaves.length;
      core.addNode(leaf, { x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) });
    });
  }
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
