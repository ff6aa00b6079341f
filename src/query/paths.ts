// kg/query: shortest paths over the relation graph, multigraph-aware: a path is a sequence of nodes and each hop
// lists every allowed parallel relation between its two nodes, with evidence and date. Co-mentions are excluded
// unless asked for. Also the traversal primitives (steps, hops) allPaths and neighbors share. No layout, no I/O.
import { KgError } from '../model/errors.js';
import type { Evidence, KgGraph, RelationAttributes } from '../model/types.js';
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

/** What a traversal needs: the graph, which relations it may follow, and in which direction. */
export interface Traversal {
  graph: KgGraph;
  allow: (attributes: RelationAttributes) => boolean;
  direction: Direction;
}

/** Validates `options` and compiles them into a Traversal (throws INVALID_OPTION). */
export function createTraversal(graph: KgGraph, options: PathOptions = {}): Traversal {
  validatePathOptions(options);
  return { graph, allow: relationFilter(options), direction: resolveDirection(options) };
}

/** Returns a predicate telling whether an edge (by key) may be followed under `options`. */
export function edgeFilter(graph: KgGraph, options: PathOptions = {}): (edge: string) => boolean {
  const allow = relationFilter(options);
  return (edge) => allow(graph.getEdgeAttributes(edge));
}

const REVERSED: Record<Direction, Direction> = { both: 'both', out: 'in', in: 'out' };

/** The same traversal walked backwards (from the target towards the source). */
export const reverseTraversal = (t: Traversal): Traversal => ({ ...t, direction: REVERSED[t.direction] });

/** Calls `callback` for each neighbour of `node` through an allowed edge (once per edge, so parallel edges repeat). */
export function forEachStep(t: Traversal, node: string, callback: (neighbor: string) => void): void {
  const visit = (_e: string, a: RelationAttributes, source: string, target: string): void => {
    if (t.allow(a)) callback(source === node ? target : source);
  };
  if (t.direction === 'out') t.graph.forEachOutEdge(node, visit);
  else if (t.direction === 'in') t.graph.forEachInEdge(node, visit);
  else t.graph.forEachEdge(node, visit);
}

/** Distinct neighbours of `node` through allowed edges, in edge order. */
export function stepsFrom(t: Traversal, node: string): string[] {
  const seen = new Set<string>();
  forEachStep(t, node, (n) => seen.add(n));
  seen.delete(node);
  return [...seen];
}

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

/** Follows a parent map from `node` back to its root (inclusive), e.g. [node, parent, ..., root]. */
function walkParents(parents: Map<string, string>, node: string): string[] {
  const chain = [node];
  for (let n = node; parents.get(n) !== n; ) {
    n = parents.get(n)!;
    chain.push(n);
  }
  return chain;
}

/**
 * Node sequence of a shortest path (fewest hops) between two node keys, or undefined. Bidirectional breadth-first
 * search: expands the smaller frontier one full level at a time, so it touches far less of a large graph.
 */
export function findShortestNodes(t: Traversal, source: string, target: string): string[] | undefined {
  if (source === target) return [source];
  const back = reverseTraversal(t);
  const fromSource = new Map<string, string>([[source, source]]);
  const fromTarget = new Map<string, string>([[target, target]]);
  let sourceFrontier = [source];
  let targetFrontier = [target];
  while (sourceFrontier.length && targetFrontier.length) {
    const forward = sourceFrontier.length <= targetFrontier.length;
    const [frontier, seen, other, walk] = forward
      ? [sourceFrontier, fromSource, fromTarget, t]
      : [targetFrontier, fromTarget, fromSource, back];
    const next: string[] = [];
    let meet: string | undefined;
    for (const node of frontier) {
      forEachStep(walk, node, (neighbor) => {
        if (meet !== undefined || seen.has(neighbor)) return;
        seen.set(neighbor, node);
        if (other.has(neighbor)) meet = neighbor;
        else next.push(neighbor);
      });
      if (meet !== undefined) {
        return [...walkParents(fromSource, meet).reverse(), ...walkParents(fromTarget, meet).slice(1)];
      }
    }
    if (forward) sourceFrontier = next;
    else targetFrontier = next;
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
