// kg/query: resolves an edge key a user typed (`type:source->target`, as graph.json writes them) to an edge,
// with "did you mean" suggestions when there is none: edges between the same two ends (their keys, or names
// findNode resolves: `supports:Norway->Marant`), edges of the same type from one of them, then keys a few
// edits away (that scan only on graphs up to MAX_SCAN edges, so a typo never costs seconds). Browser-safe.
import { KgError } from '../model/errors.js';
import type { KgGraph } from '../model/types.js';
import { distance, findNode } from './find-node.js';

/** Graphs with more edges than this get structural suggestions only (no edit distance over every key). */
const MAX_SCAN = 50_000;

/** The parts of an edge key; undefined when it has no `type:` and `->`. */
export function parseEdgeKey(key: string): { type: string; source: string; target: string } | undefined {
  const colon = key.indexOf(':');
  const arrow = key.indexOf('->', colon + 1);
  if (colon <= 0 || arrow < 0) return undefined;
  return { type: key.slice(0, colon).trim(), source: key.slice(colon + 1, arrow).trim(), target: key.slice(arrow + 2).trim() };
}

/** A node key for a key or a name, or undefined. */
function resolveEnd(graph: KgGraph, name: string): string | undefined {
  if (!name) return undefined;
  if (graph.hasNode(name)) return name;
  try {
    return findNode(graph, name);
  } catch {
    return undefined;
  }
}

/** Up to `limit` edge keys close to `key`, closest first. */
export function suggestEdges(graph: KgGraph, key: string, limit = 3): string[] {
  const wanted = key.trim();
  const folded = wanted.toLowerCase();
  const scores = new Map<string, number>();
  const offer = (edge: string, score: number): void => {
    const tie = distance(folded, edge.toLowerCase()) / 1e4;
    scores.set(edge, Math.min(scores.get(edge) ?? Infinity, score + tie));
  };
  const parts = parseEdgeKey(wanted);
  if (parts) {
    const source = resolveEnd(graph, parts.source);
    const target = resolveEnd(graph, parts.target);
    if (source && target) {
      for (const e of graph.outEdges(source, target)) offer(e, graph.getEdgeAttribute(e, 'type') === parts.type ? 0 : 1);
      for (const e of graph.outEdges(target, source)) offer(e, 2);
    }
    for (const [end, edges] of [
      [source, source ? graph.outEdges(source) : []],
      [target, target ? graph.inEdges(target) : []],
    ] as const) {
      if (end) for (const e of edges) if (graph.getEdgeAttribute(e, 'type') === parts.type) offer(e, 3);
    }
  }
  if (graph.size <= MAX_SCAN) {
    const within = Math.max(3, Math.floor(folded.length / 4));
    graph.forEachEdge((e) => {
      const d = distance(folded, e.toLowerCase());
      if (d <= within) offer(e, 4 + d / 100);
    });
  }
  return [...scores].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([e]) => e);
}

/** Returns `key` when the graph has that edge; else throws UNKNOWN_EDGE with suggestions. */
export function findEdge(graph: KgGraph, key: string): string {
  if (graph.hasEdge(key)) return key;
  const suggestions = suggestEdges(graph, key);
  throw new KgError(
    'UNKNOWN_EDGE',
    `kg/query: no edge "${key}" in the graph${suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : ' (edge keys look like "type:source->target"; kg query neighbors lists them with --json)'}`,
    { key, suggestions },
  );
}
