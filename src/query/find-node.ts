// kg/query: resolves a user's name for a node (label or alias, case- and accent-insensitive) to a node key,
// with "did you mean" suggestions when nothing matches. Does not search evidence text.
import { KgError } from '../model/errors.js';
import type { KgGraph } from '../model/types.js';
import { foldName } from '../util/fold.js';

/** Edit distance (Levenshtein), for short strings (names, edge keys). */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

const namesOf = (graph: KgGraph, node: string): string[] => {
  const a = graph.getNodeAttributes(node);
  return [a.label, ...(a.aliases ?? [])].filter((x): x is string => typeof x === 'string');
};

/** Returns up to `limit` node labels closest to `name`. */
export function suggestNodes(graph: KgGraph, name: string, limit = 3): string[] {
  const q = foldName(name);
  const scored: [number, string][] = [];
  graph.forEachNode((n, a) => {
    let best = Infinity;
    for (const alias of namesOf(graph, n)) {
      const f = foldName(alias);
      const d = f.includes(q) || q.includes(f) ? Math.abs(f.length - q.length) / 4 : distance(q, f);
      best = Math.min(best, d);
    }
    if (best <= Math.max(2, q.length / 3)) scored.push([best, a.label]);
  });
  return scored.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1)).slice(0, limit).map((x) => x[1]);
}

/**
 * Finds the node a name refers to: node key, label, then alias (most-mentioned first on ties), then a person's
 * surname when only one person has it. Throws UNKNOWN_NODE with suggestions otherwise.
 */
export function findNode(graph: KgGraph, name: string): string {
  if (graph.hasNode(name)) return name;
  const q = foldName(name);
  let best: string | undefined;
  let bestRank = -1;
  graph.forEachNode((n, a) => {
    const names = namesOf(graph, n).map(foldName);
    const rank = names[0] === q ? 2 : names.includes(q) ? 1 : -1;
    if (rank < 0) return;
    const score = rank * 1e9 + (a.mentions ?? 0);
    if (score > bestRank) {
      bestRank = score;
      best = n;
    }
  });
  if (best !== undefined) return best;
  // A person's surname ("Silva" for "Ana Silva") when exactly one person has it
  const bySurname: string[] = [];
  graph.forEachNode((n, a) => {
    if (a.type !== 'Person' || !q || q.includes(' ')) return;
    if (namesOf(graph, n).some((alias) => foldName(alias).split(' ').slice(1).pop() === q)) bySurname.push(n);
  });
  if (bySurname.length === 1) return bySurname[0]!;
  const suggestions = bySurname.length > 1 ? bySurname.map((n) => graph.getNodeAttribute(n, 'label')).sort() : suggestNodes(graph, name);
  throw new KgError(
    'UNKNOWN_NODE',
    `kg/query: no node named "${name}"${suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : ''}`,
    { name, suggestions },
  );
}
