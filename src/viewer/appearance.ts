// kg/viewer: per-node sizes (by degree or pagerank), colours by entity type or community, relation colours by
// family, and curvatures for parallel edges. Pure precomputation done once per graph (or per toggle) into arrays
// indexed like the GraphIndex, so reducers stay cheap. No sigma, no DOM.
import { TYPE_COLORS } from '../model/index.js';
import type { EntityType, KgGraph } from '../model/index.js';
import type { GraphIndex } from './graph-index.js';
import type { ColorMode, SizeMode } from './types.js';

const MIN_SIZE = 4;
/** Size of every node when the graph has no edges (nothing to scale by). */
const FLAT_SIZE = 9;
const MAX_SIZE = 18;
const UNKNOWN_TYPE_COLOR = '#9c9c9c';

/** Colours for communities (Tableau 10 plus two), assigned by community rank, biggest first. */
const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#8c564b'];

/** Relation colours by family (contract field `family`); relations without one keep the neutral grey. */
export const FAMILY_COLORS: Record<string, string> = {
  office: '#8c959f',
  membership: '#76b7b2',
  agreement: '#f28e2b',
  cooperation: '#59a14f',
  conflict: '#e15759',
  legal: '#b07aa1',
  economic: '#edc948',
  diplomatic: '#4e79a7',
  movement: '#9c755f',
  location: '#bab0ac',
  other: '#c3c9d2',
};

/** The colour of an entity type (grey for types outside the contract). */
export const typeColor = (type: string): string =>
  Object.prototype.hasOwnProperty.call(TYPE_COLORS, type) ? TYPE_COLORS[type as EntityType] : UNKNOWN_TYPE_COLOR;

/** Node sizes scaled by the square root of degree or pagerank, smaller in crowded graphs. */
export function computeSizes(index: GraphIndex, mode: SizeMode): Float32Array {
  const n = index.nodes.length;
  const raw = new Float64Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    const v = mode === 'pagerank' ? index.importance[i]! : index.degree[i]!;
    raw[i] = Number.isFinite(v) && v > 0 ? v : 0;
    if (raw[i]! > max) max = raw[i]!;
  }
  // Crowded graphs get smaller nodes (down to 22% from ~40k nodes) so clusters stay readable (and a software
  // rasterizer spends less on overlapping points)
  const shrink = Math.max(0.22, Math.min(1, Math.sqrt(2000 / Math.max(1, n))));
  const sizes = new Float32Array(n);
  for (let i = 0; i < n; i++) sizes[i] = shrink * (max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(raw[i]! / max) : FLAT_SIZE);
  return sizes;
}

/** Node colours by entity type or by community (communities ranked by size; the 12 biggest get a colour). */
export function computeColors(index: GraphIndex, mode: ColorMode): string[] {
  if (mode === 'type') {
    const byType = index.types.map(typeColor);
    return Array.from(index.nodeType, (t) => byType[t]!);
  }
  const sizes = new Map<number, number>();
  for (const c of index.community) if (c >= 0) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const rank = new Map([...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c], r) => [c, r]));
  return Array.from(index.community, (c) => {
    const r = c >= 0 ? rank.get(c)! : -1;
    return r >= 0 && r < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[r]! : UNKNOWN_TYPE_COLOR;
  });
}

/** Whether the graph has communities to colour by (enrich writes them). */
export const hasCommunities = (index: GraphIndex): boolean => index.community.some((c) => c >= 0);

/**
 * Curvature for edges that share their two ends with another edge (either direction), so parallel relations are
 * drawn as distinct arcs; edges alone between their ends are absent from the map and drawn straight.
 */
export function computeCurvatures(graph: KgGraph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((edge, i) => curvatures.set(edge, 0.12 + (0.5 * i) / (group.length - 1)));
  }
  return curvatures;
}
