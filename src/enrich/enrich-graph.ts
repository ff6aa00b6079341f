// kg/enrich: adds degree, pagerank, Louvain communities, colours, sizes and ForceAtlas2 + noverlap positions
// to an assembled graph, in place. Layout cost is bounded (LAYOUT_BUDGET node-iterations) so big graphs stay cheap;
// in big graphs leaves are placed around the node they hang on instead of taking part in ForceAtlas2, which is
// kg's typed-array one above FAST_LAYOUT_MIN_NODES. ForceAtlas2 may run in a worker thread (startEnrich +
// finishEnrich) while this thread computes the metrics, with the same result.
// Seeded and rounded so the same graph always gets the same numbers.
// Co-mention edges count for nothing here: only explicit relations shape metrics and layout.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import forceAtlas2DefaultsModule from 'graphology-layout-forceatlas2/defaults.js';
import forceAtlas2HelpersModule from 'graphology-layout-forceatlas2/helpers.js';
import { createEdgeWeightGetter } from 'graphology-utils/getters.js';
import noverlapModule from 'graphology-layout-noverlap';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import louvainModule from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import { createLayoutState, inferLayoutSettings, runLayout, type LayoutSettings } from './forceatlas2.js';
import { TYPE_COLORS } from '../model/palette.js';
import type { KgGraph } from '../model/types.js';
import { interopDefault } from '../util/interop-default.js';
import { createRng, hashSeed } from '../util/random.js';

const forceAtlas2 = interopDefault(forceAtlas2Module);
const forceAtlas2Defaults = interopDefault(forceAtlas2DefaultsModule);
const forceAtlas2Helpers = interopDefault(forceAtlas2HelpersModule);
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

/** What the layout and the metrics need of a graph: its nodes and its edges' ends and types, in graph order. */
export interface GraphStructure {
  nodes: Iterable<string>;
  edges: Iterable<{ source: string; target: string; type: string }>;
}

/** The structure of a graph (its node and edge order). */
export const structureOf = (graph: KgGraph): GraphStructure => ({
  nodes: graph.nodes(),
  edges: graph.mapEdges((_e, a, source, target) => ({ source, target, type: a.type })),
});

/** A simple undirected weighted projection of the explicit relations (parallel edges summed). */
function projectRelations(structure: GraphStructure): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const n of structure.nodes) g.addNode(n);
  for (const { source: s, target: t, type } of structure.edges) {
    if (type === 'co_mentioned') continue;
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, 'weight', (w: number | undefined) => (w ?? 0) + 1);
    else g.addEdge(s, t, { weight: 1 });
  }
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

/** What the layout of a projection does: the core ForceAtlas2 moves, and the leaves placed around it after. */
interface LayoutPlan {
  core: UndirectedGraph;
  fold: boolean;
  anchorOf: Map<string, string>;
  iterations: number;
  /** kg's typed-array ForceAtlas2 (more than FAST_LAYOUT_MIN_NODES nodes), else graphology's with `settings`. */
  fast: boolean;
  settings: Record<string, unknown>;
}

/** Seeds the core's positions (per node key) and chooses ForceAtlas2's iterations and settings. */
function planLayout(projection: UndirectedGraph, seed: number, iterations?: number): LayoutPlan {
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
  const fast = core.order > FAST_LAYOUT_MIN_NODES;
  return {
    core,
    fold,
    anchorOf,
    iterations: iterations ?? chooseLayoutIterations(core.order, fold ? FOLDED_LAYOUT_BUDGET : LAYOUT_BUDGET),
    fast,
    settings: fast ? {} : { ...forceAtlas2.inferSettings(core), barnesHutTheta: 0.5, getEdgeWeight: 'weight' },
  };
}

/** The typed-array ForceAtlas2's input for the core (node order, weights from the `weight` edge attribute). */
function typedLayoutJob(core: UndirectedGraph, iterations: number): TypedLayoutJob {
  const nodes = core.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const source = new Int32Array(core.size);
  const target = new Int32Array(core.size);
  const weight = new Float64Array(core.size);
  let e = 0;
  core.forEachEdge((_e, a, s, t) => {
    source[e] = index.get(s)!;
    target[e] = index.get(t)!;
    weight[e++] = (a.weight as number | undefined) ?? 1;
  });
  return {
    kind: 'typed',
    x: Float64Array.from(nodes, (n) => core.getNodeAttribute(n, 'x') as number),
    y: Float64Array.from(nodes, (n) => core.getNodeAttribute(n, 'y') as number),
    source,
    target,
    weight,
    settings: inferLayoutSettings(core.order, core.size),
    iterations,
  };
}

/** Runs the typed-array ForceAtlas2 of a job (here or in the layout worker: the same positions). */
export function runTypedLayoutJob(job: TypedLayoutJob): TypedLayoutResult {
  const state = createLayoutState(job.x, job.y, job.source, job.target, job.settings, job.weight);
  runLayout(state, job.iterations);
  return { x: state.x, y: state.y };
}

/** Writes a typed-array layout's positions back onto the core (in node order). */
function assignTypedLayout(core: UndirectedGraph, result: TypedLayoutResult): void {
  let i = 0;
  core.forEachNode((n) => {
    core.mergeNodeAttributes(n, { x: result.x[i], y: result.y[i] });
    i++;
  });
}

/** noverlap (small graphs), leaves around their anchors (big ones), isolated nodes on a ring; into the projection. */
function finishLayout(projection: UndirectedGraph, plan: LayoutPlan, seed: number): void {
  const { core, fold, anchorOf } = plan;
  if (core.order > 1 && !fold) {
    core.forEachNode((n) => core.setNodeAttribute(n, 'size', 4 + 14 * Math.sqrt(core.degree(n) / Math.max(1, core.size))));
    noverlap.assign(core, { maxIterations: 50, settings: { ratio: 1.2, margin: 1 } });
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

/** PageRank and Louvain communities of the projection. */
function computeMetrics(projection: UndirectedGraph, seed: number): { ranks: Record<string, number>; communities: Record<string, number> } {
  const ranks = projection.order > 0 ? pagerank(projection, { getEdgeWeight: 'weight' }) : {};
  const communities =
    projection.size > 0 ? louvain(projection, { rng: createRng(seed), getEdgeWeight: 'weight' }) : ({} as Record<string, number>);
  return { ranks, communities };
}

/** Writes positions, sizes, colours and metrics onto the graph's nodes. */
function writeAttributes(graph: KgGraph, projection: UndirectedGraph, metrics: ReturnType<typeof computeMetrics>): void {
  let maxDegree = 1;
  projection.forEachNode((n) => (maxDegree = Math.max(maxDegree, projection.degree(n))));
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
      pagerank: round(metrics.ranks[n] ?? 0, 6),
      community: metrics.communities[n] ?? 0,
    });
  });
}

/** Enriches the graph in place. */
export function enrichGraph(graph: KgGraph, options: EnrichOptions = {}): KgGraph {
  const seed = options.seed ?? 42;
  const projection = projectRelations(structureOf(graph));
  const metrics = computeMetrics(projection, seed);
  // Layout: connected nodes by ForceAtlas2 (+ noverlap when small), isolated nodes on a ring around them
  const plan = planLayout(projection, seed, options.iterations);
  if (plan.core.order > 1) {
    if (plan.fast) assignTypedLayout(plan.core, runTypedLayoutJob(typedLayoutJob(plan.core, plan.iterations)));
    else forceAtlas2.assign(plan.core, { iterations: plan.iterations, settings: plan.settings as never });
  }
  finishLayout(projection, plan, seed);
  writeAttributes(graph, projection, metrics);
  return graph;
}

/** graphology's ForceAtlas2 over its flat matrices (10 floats per node, 3 per edge), as forceAtlas2.assign runs it. */
export interface GraphologyLayoutJob {
  kind: 'graphology';
  nodes: Float32Array;
  edges: Float32Array;
  settings: Record<string, unknown>;
  iterations: number;
}

/** kg's typed-array ForceAtlas2 (forceatlas2.ts): start positions, edges as node indices, weights. */
export interface TypedLayoutJob {
  kind: 'typed';
  x: Float64Array;
  y: Float64Array;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  settings: LayoutSettings;
  iterations: number;
}

export type LayoutJob = GraphologyLayoutJob | TypedLayoutJob;

/** The positions a typed-array layout ends with, in node order. */
export interface TypedLayoutResult {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Runs a ForceAtlas2 job elsewhere (a worker thread): graphology's gives its node matrix back, kg's typed-array
 * one its positions.
 */
export type LayoutRunner = (job: LayoutJob) => Promise<Float32Array | TypedLayoutResult>;

/** An enrich under way: ForceAtlas2 running elsewhere on the projection of a graph's structure. */
export interface StartedEnrich {
  projection: UndirectedGraph;
  plan: LayoutPlan;
  seed: number;
  layout: Promise<Float32Array | TypedLayoutResult> | undefined;
}

/**
 * Starts enriching a graph from its structure alone (it may not be built yet): projects it, seeds the layout
 * and hands ForceAtlas2 to `runLayout` (a worker thread), with the same inputs, settings and iterations as
 * enrichGraph's layout, so finishEnrich gives the graph enrichGraph would, byte for byte.
 */
export function startEnrich(structure: GraphStructure, runLayout: LayoutRunner, options: EnrichOptions = {}): StartedEnrich {
  const seed = options.seed ?? 42;
  const projection = projectRelations(structure);
  const plan = planLayout(projection, seed, options.iterations);
  let layout: StartedEnrich['layout'];
  if (plan.core.order > 1 && plan.fast) layout = runLayout(typedLayoutJob(plan.core, plan.iterations));
  else if (plan.core.order > 1) {
    // As forceAtlas2.assign does: default settings under the plan's, edge weights from "weight"
    const matrices = forceAtlas2Helpers.graphToByteArrays(plan.core, createEdgeWeightGetter('weight').fromEntry);
    const settings = forceAtlas2Helpers.assign({}, forceAtlas2Defaults, plan.settings);
    layout = runLayout({ kind: 'graphology', nodes: matrices.nodes, edges: matrices.edges, settings, iterations: plan.iterations });
  }
  return { projection, plan, seed, layout };
}

/** Computes the metrics while the layout runs, then writes everything onto `graph` (whose structure it was). */
export async function finishEnrich(graph: KgGraph, started: StartedEnrich): Promise<KgGraph> {
  const { projection, plan, seed, layout } = started;
  const metrics = computeMetrics(projection, seed);
  if (layout) {
    const result = await layout;
    if (result instanceof Float32Array) forceAtlas2Helpers.assignLayoutChanges(plan.core, result, null);
    else assignTypedLayout(plan.core, result);
  }
  finishLayout(projection, plan, seed);
  writeAttributes(graph, projection, metrics);
  return graph;
}

/** enrichGraph with ForceAtlas2 run by `runLayout` while this thread computes PageRank and communities. */
export const enrichGraphWith = (graph: KgGraph, runLayout: LayoutRunner, options: EnrichOptions = {}): Promise<KgGraph> =>
  finishEnrich(graph, startEnrich(structureOf(graph), runLayout, options));
