// kg/query: all simple paths between two nodes up to a depth, shortest first, bounded by a count and a time budget.
// Lazy underneath (a generator), multigraph-aware (a path is a node sequence; each hop lists its parallel
// relations), pruned by exact distances to the target so it never wanders where the target is out of reach.
// Does not rank paths by evidence or date.
import type { KgGraph } from '../model/types.js';
import { findNode } from './find-node.js';
import { checkInteger, invalidOption, type PathOptions } from './options.js';
import { createTraversal, reverseTraversal, stepsFrom, throwNoPath, toGraphPath, type GraphPath, type Traversal } from './paths.js';

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

/** Hop distance of every node that can reach `target` within `maxDepth` hops (walking the traversal backwards). */
function distancesTo(t: Traversal, target: string, maxDepth: number): Map<string, number> {
  const back = reverseTraversal(t);
  const distance = new Map<string, number>([[target, 0]]);
  let frontier = [target];
  for (let d = 1; d <= maxDepth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const n of stepsFrom(back, node)) {
        if (distance.has(n)) continue;
        distance.set(n, d);
        next.push(n);
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
  const distance = distancesTo(t, target, maxDepth);
  if (!distance.has(source)) return 'complete';
  const neighbors = new Map<string, string[]>();
  const stepsOf = (node: string): string[] => {
    let list = neighbors.get(node);
    if (!list) {
      list = stepsFrom(t, node).filter((n) => distance.has(n));
      neighbors.set(node, list);
    }
    return list;
  };
  let ticks = 0;
  // One depth-first pass per exact length, so shorter paths come first.
  for (let length = distance.get(source)!; length <= maxDepth; length++) {
    const path = [source];
    const onPath = new Set(path);
    const cursors = [0];
    while (cursors.length) {
      if (++ticks % 1024 === 0 && performance.now() > deadline) return 'timeout';
      const depth = path.length - 1;
      const node = path[depth]!;
      const list = stepsOf(node);
      const i = cursors[depth]!;
      if (i >= list.length) {
        cursors.pop();
        onPath.delete(path.pop()!);
        continue;
      }
      cursors[depth] = i + 1;
      const next = list[i]!;
      const remaining = length - depth - 1;
      if (onPath.has(next) || distance.get(next)! > remaining) continue;
      if (next === target) {
        if (remaining === 0) yield [...path, next];
        continue;
      }
      if (remaining === 0) continue;
      path.push(next);
      onPath.add(next);
      cursors.push(0);
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
      end = it.next().done ? 'complete' : 'limit';
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
