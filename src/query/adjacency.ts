// kg/query: a compact adjacency snapshot (CSR: offsets + neighbour indices in typed arrays) of the relations a
// traversal may follow, distinct neighbours only, built once per graph and traversal options and dropped when the
// graph changes. Makes path searches on large graphs run on integers instead of graphology's edge maps.
// Does not describe relations (paths.ts reads those from the graph for the few hops it returns).
import type { KgGraph, RelationAttributes } from '../model/types.js';
import type { Direction } from './options.js';

export interface Adjacency {
  /** Node key -> index. */
  index: Map<string, number>;
  /** Index -> node key. */
  keys: string[];
  /** Neighbours of node i are targets[offsets[i]] .. targets[offsets[i + 1] - 1]. */
  offsets: Int32Array;
  targets: Int32Array;
  /** Reusable marks for synchronous searches (see claimScratch), created on first use. */
  scratch?: SearchScratch;
}

/** Two visit maps stamped with a generation number, so a search never clears arrays the size of the graph. */
export interface SearchScratch {
  generation: number;
  stamps: [Uint32Array, Uint32Array];
  parents: [Int32Array, Int32Array];
}

/**
 * Claims the adjacency's scratch space for one synchronous search: a node v is visited on side k when
 * stamps[k][v] === generation. Never hold it across a yield (generators allocate their own).
 */
export function claimScratch(adjacency: Adjacency): SearchScratch {
  const n = adjacency.keys.length;
  let s = adjacency.scratch;
  if (!s || s.generation >= 0xfffffffe) {
    s = { generation: 0, stamps: [new Uint32Array(n), new Uint32Array(n)], parents: [new Int32Array(n), new Int32Array(n)] };
    adjacency.scratch = s;
  }
  s.generation++;
  return s;
}

/** What an adjacency depends on: the relation filter and the direction, with a key naming both. */
export interface AdjacencySpec {
  key: string;
  allow: (attributes: RelationAttributes) => boolean;
  direction: Direction;
}

const CACHE = new WeakMap<KgGraph, Map<string, Adjacency>>();
const INVALIDATING_EVENTS = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared', 'edgeAttributesUpdated', 'eachEdgeAttributesUpdated'];

/** Builds the CSR arrays for `spec` (two passes over the edges, then per-node de-duplication). */
export function buildAdjacency(graph: KgGraph, spec: AdjacencySpec): Adjacency {
  const keys = graph.nodes();
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const n = keys.length;
  const counts = new Int32Array(n + 1);
  const forward = spec.direction !== 'in';
  const backward = spec.direction !== 'out';
  const allowed: number[] = [];
  graph.forEachEdge((_e, a, source, target) => {
    if (source === target || !spec.allow(a)) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    allowed.push(s, t);
    if (forward) counts[s]!++;
    if (backward) counts[t]!++;
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  const fill = offsets.slice(0, n);
  const raw = new Int32Array(offsets[n]!);
  for (let j = 0; j < allowed.length; j += 2) {
    const s = allowed[j]!;
    const t = allowed[j + 1]!;
    if (forward) raw[fill[s]!++] = t;
    if (backward) raw[fill[t]!++] = s;
  }
  // De-duplicate each node's neighbours (parallel edges) in place, keeping first-seen order
  const stamp = new Int32Array(n).fill(-1);
  const compact = new Int32Array(n + 1);
  let w = 0;
  for (let i = 0; i < n; i++) {
    compact[i] = w;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      const v = raw[j]!;
      if (stamp[v] === i) continue;
      stamp[v] = i;
      raw[w++] = v;
    }
  }
  compact[n] = w;
  return { index, keys, offsets: compact, targets: raw.slice(0, w) };
}

/** The cached adjacency of `graph` under `spec`, built on first use; any structural or edge change drops it. */
export function getAdjacency(graph: KgGraph, spec: AdjacencySpec): Adjacency {
  let byKey = CACHE.get(graph);
  if (!byKey) {
    const fresh = new Map<string, Adjacency>();
    byKey = fresh;
    CACHE.set(graph, fresh);
    for (const event of INVALIDATING_EVENTS) graph.on(event as never, (() => fresh.clear()) as never);
  }
  let adjacency = byKey.get(spec.key);
  if (!adjacency) {
    adjacency = buildAdjacency(graph, spec);
    byKey.set(spec.key, adjacency);
  }
  return adjacency;
}
