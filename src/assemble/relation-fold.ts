// kg/assemble: folds the claims of one fact (type, subject, object), in corpus order, into one edge's
// attributes: evidence sentences de-duplicated and sorted, the most frequent label, the highest confidence,
// the earliest date and the last speaker. Pure; assembleGraph and the incremental index both fold with it.
import type { Evidence, RelationAttributes } from '../model/types.js';

/** Evidence sentences kept per edge (the weight still counts them all). */
export const MAX_EVIDENCE = 25;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const evidenceOrder = (a: Evidence, b: Evidence): number => byString(a.doc, b.doc) || a.start - b.start || a.end - b.end;

/** What folding needs of a claim. */
export interface FoldableClaim {
  type: string;
  label: string;
  evidence: Evidence;
  confidence: number;
  date?: string;
}

export interface RelationFold {
  attrs: RelationAttributes;
  labels: Map<string, number>;
  seen: Set<string>;
}

/** Starts the fold of a fact with its first claim (fold that claim with addClaimToRelation next). */
export const startRelationFold = (first: FoldableClaim): RelationFold => ({
  attrs: { type: first.type, label: first.label, evidence: [], confidence: first.confidence, weight: 0 },
  labels: new Map(),
  seen: new Set(),
});

/** Adds one claim; `sourceLabel` is the label of whoever the claim is attributed to, if anyone. */
export function addClaimToRelation(fold: RelationFold, c: FoldableClaim, sourceLabel: string | undefined): void {
  const a = fold.attrs;
  const evidenceKey = `${c.evidence.doc}\u0000${c.evidence.start}\u0000${c.evidence.end}`;
  if (!fold.seen.has(evidenceKey)) {
    fold.seen.add(evidenceKey);
    a.evidence.push(c.evidence);
  }
  fold.labels.set(c.label, (fold.labels.get(c.label) ?? 0) + 1);
  a.confidence = Math.max(a.confidence, c.confidence);
  if (c.date && (!a.date || c.date < a.date)) a.date = c.date;
  if (sourceLabel !== undefined) a.source = sourceLabel;
}

/** The edge attributes of a finished fold. */
export function finishRelation(fold: RelationFold): RelationAttributes {
  const attrs = fold.attrs;
  attrs.evidence.sort(evidenceOrder);
  // weight counts every sentence; the graph keeps the first MAX_EVIDENCE of them (a fact repeated
  // thousands of times in a corpus would otherwise bloat graph.json and the viewer's panel)
  attrs.weight = attrs.evidence.length;
  if (attrs.evidence.length > MAX_EVIDENCE) attrs.evidence = attrs.evidence.slice(0, MAX_EVIDENCE);
  attrs.label = [...fold.labels.entries()].sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))[0]![0];
  return attrs;
}
