// kg/query: shortest paths over the relation graph, multigraph-aware: a path is a sequence of nodes and each hop
// lists every allowed parallel relation between its two nodes, with evidence and date. Co-mentions are excluded
// unless asked for. Also the traversal primitives (steps, hops) allPaths and neighbors share. No layout, no I/O.
import { KgError } from '../model/errors.js';
import type { Evidence, KgGraph, RelationAttributes } from '../model/types.js';
import { claimScratch, getAdjacency, type Adjacency } from './adjacency.js';
import { findNode } from './find-node.js';
import { relationFilter, resolveDirection, validatePathOptions, type Direction, type PathOptions } from './options.js';

export type { Direction, PathOptions } from './options.js';
export { PATH_DEFAULTS } from './options.js';

export interface HopRelation {
  edge: string;
  type: string;
  label: string;
  /** "forward" when the edge points from the hop's `from` node to its `to` node. */
  direction: 'forward' | 'backward';
  source: string;
  target: string;
  date?: string;
  evidence: Evidence[];
}

export interface Hop {
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  relations: HopRelation[];
}

export interface GraphPath {
  nodes: string[];
  labels: string[];
  hops: Hop[];
}

/** What a traversal needs: the graph, which relations it may follow, in which direction, and a key naming both. */
export interface Traversal {
  graph: KgGraph;
  allow: (attributes: RelationAttributes) => boolean;
  direction: Direction;
  /** Identifies the relation filter (not the direction) for adjacency caching. */
  filterKey: string;
}

/** Validates `options` and compiles them into a Traversal (throws INVALID_OPTION). */
export function createTraversal(graph: KgGraph, options: PathOptions = {}): Traversal {
  validatePathOptions(options);
  const sorted = (list?: string[]): string[] | undefined => (list ? [...list].sort() : undefined);
  const filterKey = JSON.stringify([sorted(options.types), sorted(options.exclude), options.from, options.to, options.strictDates]);
  return { graph, allow: relationFilter(options), direction: resolveDirection(options), filterKey };
}

/** The cached integer adjacency of a traversal (see adjacency.ts). */
export const adjacencyOf = (t: Traversal): Adjacency => getAdjacency(t.graph, { key: `${t.direction} ${t.filterKey}`, allow: t.allow, direction: t.direction });

/** Returns a predicate telling whether an edge (by key) may be followed under `options`. */
export function edgeFilter(graph: KgGraph, options: PathOptions = {}): (edge: string) => boolean {
  const allow = relationFilter(options);
  return (edge) => allow(graph.getEdgeAttributes(edge));
}

const REVERSED: Record<Direction, Direction> = { both: 'both', out: 'in', in: 'out' };

/** The same traversal walked backwards (from the target towards the source). */
export const reverseTraversal = (t: Traversal): Traversal => ({ ...t, direction: REVERSED[t.direction] });

/** Describes the hop between two adjacent nodes: every allowed parallel relation in the allowed directions. */
export function describeHop(t: Traversal, from: string, to: string): Hop {
  const { graph } = t;
  const relations: HopRelation[] = [];
  const collect = (edges: string[], direction: 'forward' | 'backward'): void => {
    for (const edge of edges) {
      const a = graph.getEdgeAttributes(edge);
      if (!t.allow(a)) continue;
      relations.push({
        edge,
        type: a.type,
        label: a.label,
        direction,
        source: graph.source(edge),
        target: graph.target(edge),
        ...(a.date ? { date: a.date } : {}),
        evidence: a.evidence ?? [],
      });
    }
  };
  // outEdges(a, b) lists only a -> b edges (graphology's directedEdges(a, b) lists both directions)
  if (t.direction !== 'in') collect(graph.outEdges(from, to), 'forward');
  if (t.direction !== 'out' && from !== to) collect(graph.outEdges(to, from), 'backward');
  return { from, to, fromLabel: graph.getNodeAttribute(from, 'label'), toLabel: graph.getNodeAttribute(to, 'label'), relations };
}

/** Turns a node sequence into a GraphPath with hop details. */
export function toGraphPath(t: Traversal, nodes: string[]): GraphPath {
  const hops: Hop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) hops.push(describeHop(t, nodes[i]!, nodes[i + 1]!));
  return { nodes, labels: nodes.map((n) => t.graph.getNodeAttribute(n, 'label')), hops };
}

/** Throws NO_PATH naming both ends. */
export function throwNoPath(graph: KgGraph, source: string, target: string, why = 'through the relations allowed'): never {
  throw new KgError(
    'NO_PATH',
    `kg/query: no path from "${graph.getNodeAttribute(source, 'label')}" to "${graph.getNodeAttribute(target, 'label')}" ${why}`,
    { source, target },
  );
}

/** Follows a parent array from `node` back to its root (inclusive): [node, parent, ..., root]. */
function walkParents(parents: Int32Array, node: number): number[] {
  const chain = [node];
  for (let n = node; parents[n] !== n; ) {
    n = parents[n]!;
    chain.push(n);
  }
  return chain;
}

/**
 * Node sequence of a shortest path (fewest hops) between two node keys, or undefined. Bidirectional breadth-first
 * search on the integer adjacency: expands the smaller frontier one full level at a time, stops at the first meeting.
 */
export function findShortestNodes(t: Traversal, source: string, target: string): string[] | undefined {
  if (source === target) return [source];
  const out = adjacencyOf(t);
  const back = adjacencyOf(reverseTraversal(t));
  const { generation: g, stamps, parents } = claimScratch(out);
  const s = out.index.get(source)!;
  const d = out.index.get(target)!;
  stamps[0][s] = g;
  parents[0][s] = s;
  stamps[1][d] = g;
  parents[1][d] = d;
  const frontiers: [number[], number[]] = [[s], [d]];
  while (frontiers[0].length && frontiers[1].length) {
    const side = frontiers[0].length <= frontiers[1].length ? 0 : 1;
    const other = 1 - side;
    const [seen, parent, theirs, adj] = [stamps[side]!, parents[side]!, stamps[other]!, side === 0 ? out : back];
    const next: number[] = [];
    for (const node of frontiers[side]) {
      for (let j = adj.offsets[node]!, end = adj.offsets[node + 1]!; j < end; j++) {
        const v = adj.targets[j]!;
        if (seen[v] === g) continue;
        seen[v] = g;
        parent[v] = node;
        if (theirs[v] === g) {
          const nodes = [...walkParents(parents[0], v).reverse(), ...walkParents(parents[1], v).slice(1)];
          return nodes.map((i) => out.keys[i]!);
        }
        next.push(v);
      }
    }
    frontiers[side] = next;
  }
  return undefined;
}

/**
 * Shortest path (fewest hops) from `a` to `b`, names resolved with findNode. Throws UNKNOWN_NODE, NO_PATH or
 * INVALID_OPTION.
 */
export function shortestPath(graph: KgGraph, a: string, b: string, options: PathOptions = {}): GraphPath {
  const t = createTraversal(graph, options);
  const source = findNode(graph, a);
  const target = findNode(graph, b);
  const nodes = findShortestNodes(t, source, target);
  if (!nodes) throwNoPath(graph, source, target);
  return toGraphPath(t, nodes);
}
