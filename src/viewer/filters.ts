// kg/viewer: decides which nodes and edges the filters hide (entity type, relation type, minimum degree, timeline).
// Pure over the graph; the renderer reads the result in its reducers. Does not touch sigma or the DOM.
import type { KgGraph } from '../model/index.js';
import type { FilterState, Visibility } from './types.js';
import { dateSpan, spanInRange } from './dates.js';

export const DEFAULT_FILTERS: FilterState = {
  hiddenTypes: [],
  hiddenRelations: ['co_mentioned'],
  minDegree: 0,
  showUndated: true,
};

/** The month range covered by dated relations, or undefined when no relation is dated. */
export function dateBounds(graph: KgGraph): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachEdge((_e, a) => {
    const span = dateSpan(a.date);
    if (!span) return;
    if (span[0] < min) min = span[0];
    if (span[1] > max) max = span[1];
  });
  return min <= max ? [min, max] : undefined;
}

/** A node's degree as the filters see it: the precomputed `degree` attribute, else the graph degree. */
export function nodeDegree(graph: KgGraph, node: string): number {
  const d = graph.getNodeAttribute(node, 'degree');
  return typeof d === 'number' && Number.isFinite(d) ? d : graph.degree(node);
}

/** Whether the timeline (range or the undated checkbox) restricts anything. */
export function timelineActive(filters: FilterState, bounds: [number, number] | undefined): boolean {
  if (!filters.showUndated) return true;
  if (!bounds) return false;
  return (filters.dateFrom !== undefined && filters.dateFrom > bounds[0]) || (filters.dateTo !== undefined && filters.dateTo < bounds[1]);
}

/**
 * Computes hidden nodes and edges. A node is hidden by its type or a degree below `minDegree`; an edge by its
 * relation type, its date outside the timeline (or no date when undated ones are off), or a hidden end. When the
 * timeline is active, a node whose relations all fall outside it is hidden too (it became isolated by the timeline);
 * nodes that had no visible relation to begin with stay.
 */
export function computeVisibility(graph: KgGraph, filters: FilterState, bounds = dateBounds(graph)): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const hiddenTypes = new Set(filters.hiddenTypes);
  const hiddenRelations = new Set(filters.hiddenRelations);
  const timeline = timelineActive(filters, bounds);

  // Nodes hidden by their own attributes
  graph.forEachNode((node, a) => {
    if (hiddenTypes.has(a.type) || (filters.minDegree > 0 && nodeDegree(graph, node) < filters.minDegree)) hiddenNodes.add(node);
  });

  // Edges, counting per node relations that pass the type filter and those that also pass the timeline
  const typed = new Map<string, number>();
  const timed = new Map<string, number>();
  const bump = (map: Map<string, number>, node: string): void => {
    map.set(node, (map.get(node) ?? 0) + 1);
  };
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenRelations.has(a.type)) {
      hiddenEdges.add(edge);
      return;
    }
    bump(typed, source);
    bump(typed, target);
    const span = dateSpan(a.date);
    const inTime = span ? spanInRange(span, filters.dateFrom, filters.dateTo) : filters.showUndated;
    if (!inTime) {
      hiddenEdges.add(edge);
      return;
    }
    bump(timed, source);
    bump(timed, target);
    if (hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge);
  });

  // Nodes isolated by the timeline, then edges that lost an end
  if (timeline) {
    for (const [node] of typed) if (!timed.has(node)) hiddenNodes.add(node);
    graph.forEachEdge((edge, _a, source, target) => {
      if (hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge);
    });
  }
  return { hiddenNodes, hiddenEdges };
}
