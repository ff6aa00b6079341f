// kg/viewer: decides which nodes and edges the filters hide (entity type, relation type and family, minimum degree,
// timeline, isolated entities, focus on a neighbourhood) over the typed arrays of a GraphIndex: one pass over the
// edges, no graphology calls, a few milliseconds at 200k edges. Pure; the renderer reads the result in its reducers.
import type { KgGraph } from '../model/index.js';
import { buildGraphIndex, UNDATED } from './graph-index.js';
import type { GraphIndex } from './graph-index.js';
import type { FilterState, FocusState, Visibility } from './types.js';

export const DEFAULT_FILTERS: FilterState = {
  hiddenTypes: [],
  hiddenRelations: ['co_mentioned'],
  hiddenFamilies: [],
  minDegree: 0,
  showUndated: true,
  showIsolated: false,
};

/** The month range covered by dated relations, or undefined when no relation is dated. */
export function indexDateBounds(index: GraphIndex): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let e = 0; e < index.monthFrom.length; e++) {
    if (index.monthFrom[e] === UNDATED) continue;
    if (index.monthFrom[e]! < min) min = index.monthFrom[e]!;
    if (index.monthTo[e]! > max) max = index.monthTo[e]!;
  }
  return min <= max ? [min, max] : undefined;
}

/** Convenience for callers holding only a graph. */
export const dateBounds = (graph: KgGraph): [number, number] | undefined => indexDateBounds(buildGraphIndex(graph));

/** Whether the timeline (range or the undated checkbox) restricts anything. */
export function timelineActive(filters: FilterState, bounds: [number, number] | undefined): boolean {
  if (!filters.showUndated) return true;
  if (!bounds) return false;
  return (filters.dateFrom !== undefined && filters.dateFrom > bounds[0]) || (filters.dateTo !== undefined && filters.dateTo < bounds[1]);
}

const flags = (names: string[], hidden: readonly string[]): Uint8Array => {
  const set = new Set(hidden);
  return Uint8Array.from(names, (n) => (set.has(n) ? 1 : 0));
};

/**
 * Computes what is hidden. A node is hidden by its type or a degree below `minDegree`; an edge by its relation type
 * or family, its date outside the timeline (or no date when undated ones are off), or a hidden end. Then a node left
 * without any visible relation is hidden unless "show isolated" is on and the timeline restricts nothing (with a
 * period selected, an entity none of whose relations falls in it is out of the picture). Focus keeps only the
 * nodes within `depth` visible relations of the focused node.
 */
export function computeVisibility(index: GraphIndex, filters: FilterState, bounds: [number, number] | undefined, focus?: FocusState): Visibility {
  const n = index.nodes.length;
  const m = index.edges.length;
  const nodeHidden = new Uint8Array(n);
  const edgeHidden = new Uint8Array(m);
  const typeHidden = flags(index.types, filters.hiddenTypes);
  const relationHidden = flags(index.relationTypes, filters.hiddenRelations);
  const familyHidden = flags(index.families, filters.hiddenFamilies ?? []);
  const timeline = timelineActive(filters, bounds);
  const from = filters.dateFrom ?? -Infinity;
  const to = filters.dateTo ?? Infinity;

  // Nodes hidden by their own attributes
  for (let i = 0; i < n; i++) {
    if (typeHidden[index.nodeType[i]!] || index.degree[i]! < filters.minDegree) nodeHidden[i] = 1;
  }

  // Edges, counting the visible relations of each node
  const visibleDegree = new Uint32Array(n);
  const { source, target, monthFrom, monthTo } = index;
  for (let e = 0; e < m; e++) {
    const s = source[e]!;
    const t = target[e]!;
    let hide = relationHidden[index.relationType[e]!] === 1 || familyHidden[index.family[e]!] === 1 || nodeHidden[s] === 1 || nodeHidden[t] === 1;
    if (!hide) hide = monthFrom[e] === UNDATED ? !filters.showUndated : monthTo[e]! < from || monthFrom[e]! > to;
    if (hide) edgeHidden[e] = 1;
    else {
      visibleDegree[s]!++;
      visibleDegree[t]!++;
    }
  }

  // Focus: breadth-first over visible edges from the focused node
  const focusIndex = focus ? index.nodeIndex.get(focus.node) : undefined;
  if (focusIndex !== undefined && focus) {
    const depth = new Int8Array(n).fill(-1);
    depth[focusIndex] = 0;
    let frontier = [focusIndex];
    for (let d = 1; d <= focus.depth; d++) {
      const next: number[] = [];
      for (const v of frontier) {
        for (let k = index.offsets[v]!; k < index.offsets[v + 1]!; k++) {
          const e = index.adjacency[k]!;
          if (edgeHidden[e]) continue;
          const w = source[e] === v ? target[e]! : source[e]!;
          if (depth[w] === -1) {
            depth[w] = d;
            next.push(w);
          }
        }
      }
      frontier = next;
    }
    for (let i = 0; i < n; i++) if (depth[i] === -1) nodeHidden[i] = 1;
    nodeHidden[focusIndex] = 0;
  }

  // Isolated entities, then edges that lost an end
  const keepIsolated = filters.showIsolated && !timeline;
  for (let i = 0; i < n; i++) if (visibleDegree[i] === 0 && !keepIsolated && i !== focusIndex) nodeHidden[i] = 1;
  let visibleEdges = 0;
  for (let e = 0; e < m; e++) {
    if (!edgeHidden[e] && (nodeHidden[source[e]!] || nodeHidden[target[e]!])) edgeHidden[e] = 1;
    if (!edgeHidden[e]) visibleEdges++;
  }
  let visibleNodes = 0;
  for (let i = 0; i < n; i++) if (!nodeHidden[i]) visibleNodes++;
  return { nodeHidden, edgeHidden, visibleNodes, visibleEdges };
}

/** Node and edge keys whose visibility differs between two results (for a partial redraw). */
export function visibilityChanges(index: GraphIndex, before: Visibility, after: Visibility): { nodes: string[]; edges: string[] } {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (let i = 0; i < after.nodeHidden.length; i++) if (before.nodeHidden[i] !== after.nodeHidden[i]) nodes.push(index.nodes[i]!);
  for (let e = 0; e < after.edgeHidden.length; e++) if (before.edgeHidden[e] !== after.edgeHidden[e]) edges.push(index.edges[e]!);
  return { nodes, edges };
}
