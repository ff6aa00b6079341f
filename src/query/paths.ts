// kg/query: shortest paths over the relation graph, multigraph-aware: each hop lists every parallel relation
// between its two nodes with evidence and date. Co-mentions are excluded unless asked for. No layout, no I/O.
import { KgError } from '../model/errors.js';
import type { Evidence, KgGraph } from '../model/types.js';
import { findNode } from './find-node.js';

export interface PathOptions {
  /** Relation types to follow (default: all explicit relations). */
  types?: string[];
  /** Relation types to skip (default: ["co_mentioned"]). */
  exclude?: string[];
  /** Follow edges only source -> target (default false: direction ignored). */
  directed?: boolean;
  /** Keep only relations dated within [from, to] (ISO prefixes); undated relations are kept unless `strictDates`. */
  from?: string;
  to?: string;
  strictDates?: boolean;
}

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

export const PATH_DEFAULTS: Required<Pick<PathOptions, 'exclude' | 'directed' | 'strictDates'>> = {
  exclude: ['co_mentioned'],
  directed: false,
  strictDates: false,
};

/** Returns a predicate telling whether an edge may be followed under `options`. */
export function edgeFilter(graph: KgGraph, options: PathOptions = {}): (edge: string) => boolean {
  const exclude = new Set(options.exclude ?? PATH_DEFAULTS.exclude);
  const types = options.types && options.types.length ? new Set(options.types) : undefined;
  return (edge) => {
    const a = graph.getEdgeAttributes(edge);
    if (types ? !types.has(a.type) : exclude.has(a.type)) return false;
    if (options.from || options.to) {
      if (!a.date) return !(options.strictDates ?? false);
      if (options.from && a.date.slice(0, options.from.length) < options.from) return false;
      if (options.to && a.date.slice(0, options.to.length) > options.to) return false;
    }
    return true;
  };
}

/** Neighbours of `node` reachable through allowed edges (respecting direction when asked). */
export function forEachStep(
  graph: KgGraph,
  node: string,
  allowed: (edge: string) => boolean,
  directed: boolean,
  callback: (neighbor: string) => void,
): void {
  const iterate = directed ? graph.forEachOutEdge.bind(graph) : graph.forEachEdge.bind(graph);
  iterate(node, (edge: string, _a: unknown, source: string, target: string) => {
    if (!allowed(edge)) return;
    callback(source === node ? target : source);
  });
}

/** Describes the hop between two adjacent nodes: every allowed parallel relation, in both directions. */
export function describeHop(graph: KgGraph, from: string, to: string, allowed: (edge: string) => boolean, directed = false): Hop {
  const relations: HopRelation[] = [];
  const collect = (edges: string[], direction: 'forward' | 'backward'): void => {
    for (const edge of edges) {
      if (!allowed(edge)) continue;
      const a = graph.getEdgeAttributes(edge);
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
  collect(graph.directedEdges(from, to), 'forward');
  if (!directed) collect(graph.directedEdges(to, from), 'backward');
  return {
    from,
    to,
    fromLabel: graph.getNodeAttribute(from, 'label'),
    toLabel: graph.getNodeAttribute(to, 'label'),
    relations,
  };
}

/** Turns a node sequence into a GraphPath with hop details. */
export function toGraphPath(graph: KgGraph, nodes: string[], allowed: (edge: string) => boolean, directed = false): GraphPath {
  const hops: Hop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) hops.push(describeHop(graph, nodes[i]!, nodes[i + 1]!, allowed, directed));
  return { nodes, labels: nodes.map((n) => graph.getNodeAttribute(n, 'label')), hops };
}

/**
 * Shortest path (fewest hops) from `a` to `b`, names resolved with findNode. Throws UNKNOWN_NODE or NO_PATH.
 * Breadth-first search, bidirectional-free and linear in the explored part of the graph.
 */
export function shortestPath(graph: KgGraph, a: string, b: string, options: PathOptions = {}): GraphPath {
  const source = findNode(graph, a);
  const target = findNode(graph, b);
  const allowed = edgeFilter(graph, options);
  const directed = options.directed ?? PATH_DEFAULTS.directed;
  if (source === target) return toGraphPath(graph, [source], allowed, directed);
  const parent = new Map<string, string>([[source, source]]);
  let frontier = [source];
  while (frontier.length && !parent.has(target)) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachStep(graph, node, allowed, directed, (neighbor) => {
        if (parent.has(neighbor)) return;
        parent.set(neighbor, node);
        next.push(neighbor);
      });
      if (parent.has(target)) break;
    }
    frontier = next;
  }
  if (!parent.has(target)) {
    throw new KgError(
      'NO_PATH',
      `kg/query: no path from "${graph.getNodeAttribute(source, 'label')}" to "${graph.getNodeAttribute(target, 'label')}" through the relations allowed`,
      { source, target },
    );
  }
  const nodes = [target];
  while (nodes[nodes.length - 1] !== source) nodes.push(parent.get(nodes[nodes.length - 1]!)!);
  nodes.reverse();
  return toGraphPath(graph, nodes, allowed, directed);
}
