// kg/query: a node's neighbourhood: neighbours up to a depth with the relations that reach them (breadth-first, so
// each neighbour comes with its nearest link), and the ego network as a KgGraph. Respects relation types,
// direction and date range like the path queries. Does not rank neighbours beyond depth and pagerank.
import { MultiDirectedGraph } from 'graphology';
import type { KgGraph } from '../model/types.js';
import { findNode } from './find-node.js';
import { checkInteger, type PathOptions } from './options.js';
import { adjacencyOf, createTraversal, describeHop, type HopRelation, type Traversal } from './paths.js';

export interface NeighborsOptions extends PathOptions {
  /** How many hops out (default 1, at most 6). */
  depth?: number;
}

export const NEIGHBORS_DEFAULTS = { depth: 1 };

export interface Neighbor {
  node: string;
  label: string;
  type: string;
  /** Hops from the centre. */
  depth: number;
  /** The node one hop closer to the centre through which this one was reached. */
  via: string;
  /** Every allowed relation between `via` and this node. */
  relations: HopRelation[];
}

export interface NeighborsResult {
  center: string;
  label: string;
  neighbors: Neighbor[];
}

/** Breadth-first layers around `center`: node -> [depth, parent]. */
function exploreAround(t: Traversal, center: string, depth: number): Map<string, [number, string]> {
  const adj = adjacencyOf(t);
  const reached = new Map<string, [number, string]>([[center, [0, center]]]);
  let frontier = [adj.index.get(center)!];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let j = adj.offsets[node]!, end = adj.offsets[node + 1]!; j < end; j++) {
        const key = adj.keys[adj.targets[j]!]!;
        if (reached.has(key)) continue;
        reached.set(key, [d, adj.keys[node]!]);
        next.push(adj.targets[j]!);
      }
    }
    frontier = next;
  }
  return reached;
}

/**
 * Neighbours of `name` (resolved with findNode) up to `depth` hops, nearest first, then by pagerank and label.
 * Throws UNKNOWN_NODE or INVALID_OPTION.
 */
export function neighbors(graph: KgGraph, name: string, options: NeighborsOptions = {}): NeighborsResult {
  const depth = checkInteger('depth', options.depth, NEIGHBORS_DEFAULTS.depth, 1, 6);
  const t = createTraversal(graph, options);
  const center = findNode(graph, name);
  const list: Neighbor[] = [];
  for (const [node, [d, via]] of exploreAround(t, center, depth)) {
    if (node === center) continue;
    const a = graph.getNodeAttributes(node);
    list.push({ node, label: a.label, type: a.type, depth: d, via, relations: describeHop(t, via, node).relations });
  }
  const rank = (n: string): number => graph.getNodeAttribute(n, 'pagerank') ?? 0;
  list.sort((x, y) => x.depth - y.depth || rank(y.node) - rank(x.node) || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  return { center, label: graph.getNodeAttribute(center, 'label'), neighbors: list };
}

/**
 * The ego network of `name`: every node within `depth` hops and every allowed relation among them, as a new
 * KgGraph (attributes copied). Throws UNKNOWN_NODE or INVALID_OPTION.
 */
export function egoGraph(graph: KgGraph, name: string, depth = 1, options: PathOptions = {}): KgGraph {
  const hops = checkInteger('depth', depth, 1, 0, 6);
  const t = createTraversal(graph, options);
  const center = findNode(graph, name);
  const reached = exploreAround(t, center, hops);
  const ego: KgGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  ego.replaceAttributes({ ...graph.getAttributes() });
  for (const node of reached.keys()) ego.addNode(node, { ...graph.getNodeAttributes(node) });
  for (const node of reached.keys()) {
    graph.forEachOutEdge(node, (edge, a, source, target) => {
      if (reached.has(target) && t.allow(a)) ego.addEdgeWithKey(edge, source, target, { ...a });
    });
  }
  return ego;
}
