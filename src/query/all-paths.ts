// kg/query: all simple paths between two nodes up to a depth, shortest first, bounded by a count and a time budget.
// Lazy underneath (a generator), multigraph-aware (a path is a node sequence; each hop lists its parallel
// relations), pruned meet-in-the-middle style: exact distances to the target within half the depth bound every
// step, so the search never wanders where the target is out of reach.
// Does not rank paths by evidence or date.
import type { KgGraph } from '../model/types.js';
import { findNode } from './find-node.js';
import { checkInteger, invalidOption, type PathOptions } from './options.js';
import { adjacencyOf, createTraversal, reverseTraversal, throwNoPath, toGraphPath, type GraphPath, type Traversal } from './paths.js';

export interface AllPathsOptions extends PathOptions {
  /** Longest path, in hops (default 4, at most 12). */
  maxDepth?: number;
  /** Most paths returned (default 20, at most 100000). */
  limit?: number;
  /** Time budget in milliseconds (default 2000); the search stops early and says so. */
  timeoutMs?: number;
}

export const ALL_PATHS_DEFAULTS = { maxDepth: 4, limit: 20, timeoutMs: 2000 };

/** Why an enumeration ended: everything found, or a bound hit first. */
export type PathsEnd = 'complete' | 'limit' | 'timeout';

export interface AllPathsResult {
  paths: GraphPath[];
  /** "limit" or "timeout" when more paths may exist than were returned. */
  end: PathsEnd;
}

interface ResolvedAllPaths {
  maxDepth: number;
  limit: number;
  timeoutMs: number;
}

function resolveAllPathsOptions(options: AllPathsOptions): ResolvedAllPaths {
  const timeoutMs = options.timeoutMs ?? ALL_PATHS_DEFAULTS.timeoutMs;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0)) invalidOption('timeoutMs', timeoutMs, 'must be a positive number of milliseconds');
  return {
    maxDepth: checkInteger('maxDepth', options.maxDepth, ALL_PATHS_DEFAULTS.maxDepth, 1, 12),
    limit: checkInteger('limit', options.limit, ALL_PATHS_DEFAULTS.limit, 1, 100_000),
    timeoutMs,
  };
}

/** Hop distance to `target` (walking the traversal backwards) of every node within `radius` hops of it. */
function distancesTo(t: Traversal, target: number, radius: number): Int32Array {
  const back = adjacencyOf(reverseTraversal(t));
  const distance = new Int32Array(back.keys.length).fill(-1);
  distance[target] = 0;
  let frontier = [target];
  for (let d = 1; d <= radius && frontier.length; d++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let j = back.offsets[node]!, end = back.offsets[node + 1]!; j < end; j++) {
        const v = back.targets[j]!;
        if (distance[v] !== -1) continue;
        distance[v] = d;
        next.push(v);
      }
    }
    frontier = next;
  }
  return distance;
}

/**
 * Yields the node sequences of simple paths from `source` to `target`, by increasing length up to `maxDepth`.
 * Returns "timeout" when `deadline` (a performance.now() value) passes first, else "complete".
 */
export function* iterateSimplePaths(
  t: Traversal,
  source: string,
  target: string,
  maxDepth: number,
  deadline = Infinity,
): Generator<string[], PathsEnd> {
  if (source === target) {
    yield [source];
    return 'complete';
  }
  const adj = adjacencyOf(t);
  const s = adj.index.get(source)!;
  const d = adj.index.get(target)!;
  // Exact distances to the target within `radius`; any other node is at least radius + 1 away.
  const radius = Math.ceil(maxDepth / 2);
  const distance = distancesTo(t, d, radius);
  const lowerBound = (v: number): number => (distance[v] === -1 ? radius + 1 : distance[v]!);
  const onPath = new Uint8Array(adj.keys.length);
  let ticks = 0;
  // One depth-first pass per exact length, so shorter paths come first.
  for (let length = lowerBound(s); length <= maxDepth; length++) {
    const path = [s];
    const cursors = [adj.offsets[s]!];
    onPath[s] = 1;
    while (path.length) {
      if (++ticks % 4096 === 0 && performance.now() > deadline) return 'timeout';
      const depth = path.length - 1;
      const node = path[depth]!;
      const j = cursors[depth]!;
      if (j >= adj.offsets[node + 1]!) {
        cursors.pop();
        onPath[path.pop()!] = 0;
        continue;
      }
      cursors[depth] = j + 1;
      const next = adj.targets[j]!;
      const remaining = length - depth - 1;
      if (onPath[next] || lowerBound(next) > remaining) continue;
      if (next === d) {
        if (remaining === 0) yield [...path, next].map((i) => adj.keys[i]!);
        continue;
      }
      if (remaining === 0) continue;
      path.push(next);
      cursors.push(adj.offsets[next]!);
      onPath[next] = 1;
    }
  }
  return 'complete';
}

/**
 * Simple paths from `a` to `b` (names resolved with findNode), shortest first, at most `limit` of them with at most
 * `maxDepth` hops, within `timeoutMs`. Throws UNKNOWN_NODE, INVALID_OPTION, or NO_PATH when none exists within
 * `maxDepth` (and the search was not cut short).
 */
export function allPaths(graph: KgGraph, a: string, b: string, options: AllPathsOptions = {}): AllPathsResult {
  const bounds = resolveAllPathsOptions(options);
  const t = createTraversal(graph, options);
  const source = findNode(graph, a);
  const target = findNode(graph, b);
  const paths: GraphPath[] = [];
  const it = iterateSimplePaths(t, source, target, bounds.maxDepth, performance.now() + bounds.timeoutMs);
  let end: PathsEnd = 'complete';
  for (;;) {
    if (paths.length >= bounds.limit) {
      // One more step tells whether the list is complete; if that step runs out of time, more may exist.
      const probe = it.next();
      end = probe.done && probe.value === 'complete' ? 'complete' : 'limit';
      break;
    }
    const step = it.next();
    if (step.done) {
      end = step.value;
      break;
    }
    paths.push(toGraphPath(t, step.value));
  }
  it.return('complete');
  if (!paths.length && end === 'complete') throwNoPath(graph, source, target, `within ${bounds.maxDepth} hops through the relations allowed`);
  return { paths, end };
}
