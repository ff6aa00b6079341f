// kg/viewer: per-node sizes (by degree or pagerank), colours by entity type, and curvatures for parallel edges.
// Pure precomputation done once per graph (or per size toggle) so reducers stay cheap. No sigma, no DOM.
import { TYPE_COLORS } from '../model/index.js';
import type { EntityType, KgGraph } from '../model/index.js';
import { nodeDegree } from './filters.js';
import type { SizeMode } from './types.js';

const MIN_SIZE = 4;
/** Size of every node when the graph has no edges (nothing to scale by). */
const FLAT_SIZE = 9;
const MAX_SIZE = 18;
const UNKNOWN_TYPE_COLOR = '#9c9c9c';

/** The colour of an entity type (grey for types outside the contract). */
export const typeColor = (type: string): string =>
  Object.prototype.hasOwnProperty.call(TYPE_COLORS, type) ? TYPE_COLORS[type as EntityType] : UNKNOWN_TYPE_COLOR;

/** Node sizes scaled by the square root of degree or pagerank (falls back to degree when pagerank is missing). */
export function computeSizes(graph: KgGraph, mode: SizeMode): Map<string, number> {
  const raw = new Map<string, number>();
  let max = 0;
  graph.forEachNode((node, a) => {
    const v = mode === 'pagerank' && typeof a.pagerank === 'number' ? a.pagerank : nodeDegree(graph, node);
    const value = Number.isFinite(v) && v > 0 ? v : 0;
    raw.set(node, value);
    if (value > max) max = value;
  });
  // Crowded graphs get smaller nodes (down to 30% above ~20k nodes) so clusters stay readable
  const shrink = Math.max(0.3, Math.min(1, Math.sqrt(2000 / Math.max(1, graph.order))));
  const sizes = new Map<string, number>();
  for (const [node, v] of raw) sizes.set(node, shrink * (max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(v / max) : FLAT_SIZE));
  return sizes;
}

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
