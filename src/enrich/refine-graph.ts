// kg/enrich: enrich for an incremental build. Nodes that existed keep their position; new nodes start beside
// their neighbours (a new component next to the picture, isolated nodes on the outer ring, as enrichGraph puts
// them) and a short seeded ForceAtlas2 refinement moves only the new nodes and the small ones whose relations
// changed, against their fixed neighbourhood. Degree and PageRank are recomputed as a clean build computes
// them; communities are kept and new nodes join their neighbours' (a clean build runs Louvain again).
// Deterministic for the same graph and previous graph.
import iterateModule from 'graphology-layout-forceatlas2/iterate.js';
import { TYPE_COLORS } from '../model/palette.js';
import type { KgGraph } from '../model/types.js';
import { interopDefault } from '../util/interop-default.js';
import { createRng, hashSeed } from '../util/random.js';
import { chooseLayoutIterations } from './enrich-graph.js';
import { pagerankOfArrays, projectRelationArrays, type RelationArrays } from './relation-arrays.js';


const iterate = interopDefault(iterateModule);

/** ForceAtlas2 iterations of the refinement, at least (small neighbourhoods get up to REFINE_BUDGET's worth). */
export const REFINE_ITERATIONS = 30;
/** Node-iterations a small refinement may spend (a 30-node neighbourhood gets 200 iterations). */
export const REFINE_BUDGET = 6_000;
/**
 * When more than this share of the connected nodes moves (a corpus mostly replaced), the refinement is a full
 * layout of them: enrichGraph's budget and gravity, against the few fixed nodes.
 */
export const REFINE_FULL_LAYOUT_SHARE = 0.25;
/**
 * Fixed nodes near the moving ones (besides their neighbours), at most, nearest first. Repulsion falls with
 * distance, so the nearest few hundred are what keeps a new node off the others; every fixed node costs as
 * much per iteration as a moving one.
 */
export const REFINE_MAX_CONTEXT = 200;
/** An existing node moves when at least this share of its neighbours changed (hubs stay put). */
export const REFINE_MOVE_SHARE = 0.25;

/**
 * Nodes carried over from the previous graph already have their x, y, community and pagerank attributes; for
 * the others these say where the same entity was (undefined: a new node).
 */
export interface RefineInput {
  previousPosition(id: string): { x: number; y: number } | undefined;
  previousCommunity(id: string): number | undefined;
  /** Relations that were added, removed or changed, as pairs of node ids (an id may be gone from the graph). */
  changedPairs: Iterable<readonly [string, string]>;
}

export interface RefineOptions {
  seed?: number;
  iterations?: number;
}

export interface RefineStats {
  /** New nodes given a first position, nodes moved by ForceAtlas2, fixed nodes around them. */
  placed: number;
  moved: number;
  context: number;
  iterations: number;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Typical edge length of the positioned part of the layout (mean over edges whose ends both have positions). */
function typicalEdgeLength(r: RelationArrays, xs: Float64Array, ys: Float64Array, placed: Uint8Array): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < r.ids.length; i++) {
    if (!placed[i]) continue;
    for (let k = r.offsets[i]!; k < r.offsets[i + 1]!; k++) {
      const j = r.neighbors[k]!;
      if (j <= i || !placed[j]) continue;
      total += Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!);
      count++;
    }
  }
  return count > 0 && total > 0 ? total / count : 10;
}

/** Enriches an incrementally updated graph in place; see the module header. */
export function refineGraph(graph: KgGraph, input: RefineInput, options: RefineOptions = {}): RefineStats {
  const seed = options.seed ?? 42;
  const r = projectRelationArrays(graph);
  const n = r.ids.length;

  // Previous positions
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const placed = new Uint8Array(n);
  const isNew = new Uint8Array(n);
  const attributes = r.ids.map((id) => graph.getNodeAttributes(id));
  const carried = (a: (typeof attributes)[number]): boolean => typeof a.x === 'number' && typeof a.y === 'number';
  const carriedOver = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const a = attributes[i]!;
    if (carried(a) && typeof a.community === 'number' && typeof a.color === 'string') carriedOver[i] = 1;
    const p = carried(a) ? { x: a.x!, y: a.y! } : input.previousPosition(r.ids[i]!);
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) {
      xs[i] = p.x;
      ys[i] = p.y;
      placed[i] = 1;
    } else isNew[i] = 1;
  }
  const edgeLength = typicalEdgeLength(r, xs, ys, placed);
  let radius = 50;
  for (let i = 0; i < n; i++) if (placed[i] && r.degree[i]! > 0) radius = Math.max(radius, Math.hypot(xs[i]!, ys[i]!));
  const offset = (i: number, scale: number): [number, number] => {
    const rng = createRng(hashSeed(r.ids[i]!) ^ seed);
    const angle = rng() * 2 * Math.PI;
    const d = scale * edgeLength * (0.5 + 0.5 * rng());
    return [d * Math.cos(angle), d * Math.sin(angle)];
  };

  // New connected nodes: layer by layer outwards from placed neighbours, each at their weighted centre plus
  // a seeded offset; a component with no placed node at all starts on the outer ring
  const waiting = r.ids.map((_id, i) => i).filter((i) => isNew[i] && r.degree[i]! > 0).sort((a, b) => byString(r.ids[a]!, r.ids[b]!));
  let newlyPlaced = 0;
  while (waiting.length > 0) {
    const layer: [number, number, number][] = [];
    for (const i of waiting) {
      let wx = 0;
      let wy = 0;
      let w = 0;
      for (let k = r.offsets[i]!; k < r.offsets[i + 1]!; k++) {
        const j = r.neighbors[k]!;
        if (!placed[j]) continue;
        wx += xs[j]! * r.weights[k]!;
        wy += ys[j]! * r.weights[k]!;
        w += r.weights[k]!;
      }
      if (w > 0) layer.push([i, wx / w, wy / w]);
    }
    if (layer.length === 0) {
      // A new component away from everything placed: its first node (by id) on the ring
      const i = waiting[0]!;
      const rng = createRng(hashSeed(r.ids[i]!) ^ seed);
      const angle = rng() * 2 * Math.PI;
      layer.push([i, radius * 1.15 * Math.cos(angle), radius * 1.15 * Math.sin(angle)]);
    }
    for (const [i, x, y] of layer) {
      const [dx, dy] = offset(i, 1);
      xs[i] = x + dx;
      ys[i] = y + dy;
      placed[i] = 1;
      newlyPlaced++;
    }
    const done = new Set(layer.map(([i]) => i));
    for (let k = waiting.length - 1; k >= 0; k--) if (done.has(waiting[k]!)) waiting.splice(k, 1);
  }
  // New isolated nodes: on a ring just outside the connected layout (as enrichGraph places them)
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    const rng = createRng(hashSeed(r.ids[i]!) ^ seed);
    const angle = rng() * 2 * Math.PI;
    const d = radius * (1.1 + 0.3 * rng());
    xs[i] = d * Math.cos(angle);
    ys[i] = d * Math.sin(angle);
    placed[i] = 1;
    newlyPlaced++;
  }

  // Which nodes move: new connected ones, and existing ones with a large enough share of changed neighbours
  const changedNeighbours = new Map<number, Set<string>>();
  for (const [a, b] of input.changedPairs) {
    for (const [node, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const i = r.index.get(node);
      if (i === undefined) continue;
      let set = changedNeighbours.get(i);
      if (!set) changedNeighbours.set(i, (set = new Set()));
      set.add(other);
    }
  }
  const movable = new Uint8Array(n);
  const moving: number[] = [];
  for (let i = 0; i < n; i++) {
    if (r.degree[i] === 0) continue;
    const changed = changedNeighbours.get(i)?.size ?? 0;
    if (isNew[i] || changed >= REFINE_MOVE_SHARE * r.degree[i]!) {
      movable[i] = 1;
      moving.push(i);
    }
  }

  // Fixed context: every neighbour of a moving node, then up to REFINE_MAX_CONTEXT of the nearest other nodes
  const inSub = new Uint8Array(n);
  const sub: number[] = [...moving];
  for (const i of moving) inSub[i] = 1;
  for (const i of moving) {
    for (let k = r.offsets[i]!; k < r.offsets[i + 1]!; k++) {
      const j = r.neighbors[k]!;
      if (!inSub[j]) {
        inSub[j] = 1;
        sub.push(j);
      }
    }
  }
  if (moving.length > 0) {
    // Distance of every other connected node to the nearest moving one, within a typical edge length (only
    // nodes inside the moving nodes' box, widened by that length, are measured)
    const reach = edgeLength;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const i of moving) {
      minX = Math.min(minX, xs[i]! - reach);
      maxX = Math.max(maxX, xs[i]! + reach);
      minY = Math.min(minY, ys[i]! - reach);
      maxY = Math.max(maxY, ys[i]! + reach);
    }
    const near: [number, number][] = [];
    for (let j = 0; j < n; j++) {
      if (inSub[j] || r.degree[j] === 0) continue;
      const x = xs[j]!;
      const y = ys[j]!;
      if (x < minX || x > maxX || y < minY || y > maxY) continue;
      let best = Infinity;
      for (const i of moving) {
        const dx = Math.abs(x - xs[i]!);
        const dy = Math.abs(y - ys[i]!);
        if (dx <= reach && dy <= reach) best = Math.min(best, Math.hypot(dx, dy));
      }
      if (best <= reach) near.push([j, best]);
    }
    // Nearest first; ties in graph order (sorted by id), so the choice is deterministic
    near.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    for (const [j] of near.slice(0, REFINE_MAX_CONTEXT)) {
      inSub[j] = 1;
      sub.push(j);
    }
  }

  // ForceAtlas2 on the moving nodes and their context; masses are the whole graph's (1 + weighted degree)
  let connected = 0;
  for (let i = 0; i < n; i++) if (r.degree[i]! > 0) connected++;
  const full = moving.length > REFINE_FULL_LAYOUT_SHARE * connected;
  const iterations =
    options.iterations ??
    Math.max(REFINE_ITERATIONS, full ? chooseLayoutIterations(sub.length) : Math.min(500, Math.round(REFINE_BUDGET / Math.max(1, sub.length))));
  if (moving.length > 0) {
    const PPN = 10;
    const position = new Map<number, number>();
    const nodes = new Float32Array(sub.length * PPN);
    sub.forEach((i, s) => {
      position.set(i, s);
      let mass = 1;
      for (let k = r.offsets[i]!; k < r.offsets[i + 1]!; k++) mass += r.weights[k]!;
      nodes.set([xs[i]!, ys[i]!, 0, 0, 0, 0, mass, 1, 1, movable[i] ? 0 : 1], s * PPN);
    });
    const edgeList: number[] = [];
    for (const i of moving) {
      for (let k = r.offsets[i]!; k < r.offsets[i + 1]!; k++) {
        const j = r.neighbors[k]!;
        if (movable[j] && j < i) continue; // each moving pair once
        const sj = position.get(j);
        if (sj !== undefined) edgeList.push(position.get(i)! * PPN, sj * PPN, r.weights[k]!);
      }
    }
    const edges = Float32Array.from(edgeList);
    const settings = {
      linLogMode: false,
      outboundAttractionDistribution: false,
      adjustSizes: false,
      edgeWeightInfluence: 1,
      scalingRatio: 10,
      strongGravityMode: true,
      // No pull to the centre for a local refinement: the far-away nodes that balance it in a full layout are
      // not simulated here; a full one keeps it, so components do not drift apart
      gravity: full ? 0.05 : 0,
      slowDown: 1 + Math.log(Math.max(1, connected)),
      barnesHutOptimize: sub.length > 1_000,
      barnesHutTheta: 0.5,
    };
    for (let it = 0; it < iterations; it++) iterate(settings, nodes, edges);
    sub.forEach((i, s) => {
      if (!movable[i]) return;
      xs[i] = nodes[s * PPN]!;
      ys[i] = nodes[s * PPN + 1]!;
    });
  }

  // Metrics: degree and PageRank exactly, communities kept (new nodes join their neighbours')
  const ranks = pagerankOfArrays(r);
  let maxDegree = 1;
  for (let i = 0; i < n; i++) maxDegree = Math.max(maxDegree, r.degree[i]!);
  const community = new Float64Array(n).fill(-1);
  let nextCommunity = 0;
  for (let i = 0; i < n; i++) {
    const a = attributes[i]!;
    const c = isNew[i] ? undefined : carried(a) ? a.community : input.previousCommunity(r.ids[i]!);
    if (c !== undefined && Number.isFinite(c)) {
      community[i] = c;
      nextCommunity = Math.max(nextCommunity, c + 1);
    }
  }
  // New nodes, layer by layer from assigned neighbours (weighted majority, ties to the lowest number); a new
  // component with no assigned node becomes one new community, an isolated node its own
  let waitingForCommunity = r.ids.map((_id, i) => i).filter((i) => community[i] === -1).sort((a, b) => byString(r.ids[a]!, r.ids[b]!));
  while (waitingForCommunity.length > 0) {
    const layer: [number, number][] = [];
    for (const i of waitingForCommunity) {
      const votes = new Map<number, number>();
      for (let k = r.offsets[i]!; k < r.offsets[i + 1]!; k++) {
        const c = community[r.neighbors[k]!]!;
        if (c >= 0) votes.set(c, (votes.get(c) ?? 0) + r.weights[k]!);
      }
      if (votes.size > 0) layer.push([i, [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]]);
    }
    if (layer.length === 0) {
      // Flood-fill the first waiting node's component of waiting nodes with a new community
      const c = nextCommunity++;
      const stack = [waitingForCommunity[0]!];
      community[stack[0]!] = c;
      while (stack.length > 0) {
        const i = stack.pop()!;
        for (let k = r.offsets[i]!; k < r.offsets[i + 1]!; k++) {
          const j = r.neighbors[k]!;
          if (community[j] !== -1) continue;
          community[j] = c;
          stack.push(j);
        }
      }
    } else for (const [i, c] of layer) community[i] = c;
    waitingForCommunity = waitingForCommunity.filter((i) => community[i] === -1);
  }

  // Written in place (graphology hands out the attribute objects; nothing listens to this graph yet). A node
  // that was carried over keeps its keys (so their order) and, unless it moved, its position, colour and
  // community; a folded node gets them in the order enrichGraph writes them.
  for (let i = 0; i < n; i++) {
    const a = attributes[i]!;
    const size = round(4 + 14 * Math.sqrt(r.degree[i]! / maxDegree), 2);
    const pagerank = round(ranks[i]!, 6);
    if (carriedOver[i] && !movable[i]) {
      if (a.size !== size) a.size = size;
      if (a.degree !== r.degree[i]) a.degree = r.degree[i]!;
      if (a.pagerank !== pagerank) a.pagerank = pagerank;
      continue;
    }
    a.x = isNew[i] || movable[i] ? round(xs[i]!, 3) : xs[i]!;
    a.y = isNew[i] || movable[i] ? round(ys[i]!, 3) : ys[i]!;
    a.size = size;
    a.color = TYPE_COLORS[a.type] ?? TYPE_COLORS.Other;
    a.degree = r.degree[i]!;
    a.pagerank = pagerank;
    a.community = community[i]!;
  }
  return { placed: newlyPlaced, moved: moving.length, context: sub.length - moving.length, iterations: moving.length > 0 ? iterations : 0 };
}
