// kg/enrich: the explicit relations of a graph as compact arrays (an undirected, weighted projection in CSR
// form: parallel edges summed, co-mentions left out) and PageRank over them. A cheaper stand-in for building a
// graphology projection, used by incremental builds. Pure.
import type { KgGraph } from '../model/types.js';

export interface RelationArrays {
  /** Node ids in graph order; `index` maps them back. */
  ids: string[];
  index: Map<string, number>;
  /** Neighbours of node i: neighbors[offsets[i] .. offsets[i + 1]), with summed weights. */
  offsets: Int32Array;
  neighbors: Int32Array;
  weights: Float64Array;
  /** Distinct neighbours per node (the graph contract's `degree`). */
  degree: Int32Array;
}

/** Builds the projection of `graph`'s explicit relations. */
export function projectRelationArrays(graph: KgGraph): RelationArrays {
  const ids: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((n) => {
    index.set(n, ids.length);
    ids.push(n);
  });
  const n = ids.length;
  // Undirected pairs, keyed low * n + high (exact in a double for any graph that fits in memory)
  const pairs = new Map<number, number>();
  graph.forEachEdge((_e, a, s, t) => {
    if (a.type === 'co_mentioned') return;
    const i = index.get(s)!;
    const j = index.get(t)!;
    if (i === j) return;
    const key = i < j ? i * n + j : j * n + i;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  });
  const degree = new Int32Array(n);
  for (const key of pairs.keys()) {
    degree[Math.floor(key / n)]!++;
    degree[key % n]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbors = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  for (const [key, w] of pairs) {
    const i = Math.floor(key / n);
    const j = key % n;
    neighbors[fill[i]!] = j;
    weights[fill[i]!++] = w;
    neighbors[fill[j]!] = i;
    weights[fill[j]!++] = w;
  }
  return { ids, index, offsets, neighbors, weights, degree };
}

/**
 * Weighted PageRank by power iteration, as graphology-metrics computes it (damping 0.85, dangling nodes'
 * rank spread evenly, stops when the summed change falls below order x tolerance or after 100 iterations).
 * From the uniform start, as graphology does, so the rounded ranks match a clean build's.
 */
export function pagerankOfArrays(r: RelationArrays, alpha = 0.85, tolerance = 1e-6, maxIterations = 100): Float64Array {
  const n = r.ids.length;
  let x = new Float64Array(n);
  if (n === 0) return x;
  const p = 1 / n;
  x.fill(p);
  const out = new Float64Array(n);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = r.offsets[i]!; k < r.offsets[i + 1]!; k++) out[i]! += r.weights[k]!;
    if (out[i] === 0) dangling.push(i);
  }
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    next.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += x[i]!;
    dangleSum *= alpha;
    for (let i = 0; i < n; i++) {
      const share = out[i]! > 0 ? (alpha * x[i]!) / out[i]! : 0;
      for (let k = r.offsets[i]!; k < r.offsets[i + 1]!; k++) next[r.neighbors[k]!]! += share * r.weights[k]!;
      next[i]! += dangleSum * p + (1 - alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(next[i]! - x[i]!);
    [x, next] = [next, x];
    if (error < n * tolerance) break;
  }
  return x;
}
