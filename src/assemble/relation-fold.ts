// kg/assemble: folds the claims of one fact (type, subject, object), in corpus order, into one edge's
// attributes: the family of its first claim, evidence sentences de-duplicated and sorted, the most frequent
// label, the highest confidence, the earliest date, the last speaker and (when kept) the ids of the rules that
// made it. Pure; assembleGraph and the incremental index both fold with it.
import type { Evidence, RelationAttributes, RelationFamily } from '../model/types.js';

/** Evidence sentences kept per edge (the weight still counts them all). */
export const MAX_EVIDENCE = 25;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const evidenceOrder = (a: Evidence, b: Evidence): number => byString(a.doc, b.doc) || a.start - b.start || a.end - b.end;

/** What folding needs of a claim. */
export interface FoldableClaim {
  type: string;
  label: string;
  family: RelationFamily;
  /** Id of the extraction rule that made the claim. */
  rule: string;
  evidence: Evidence;
  confidence: number;
  date?: string;
}

export interface RelationFold {
  attrs: RelationAttributes;
  labels: Map<string, number>;
  seen: Set<string>;
  rules: Set<string>;
}

/** How a fold finishes. */
export interface RelationFoldOptions {
  /** Write the sorted, unique ids of the rules that made the relation (`rules`). */
  keepRules?: boolean;
}

/** Starts the fold of a fact with its first claim (fold that claim with addClaimToRelation next). */
export const startRelationFold = (first: FoldableClaim): RelationFold => ({
  attrs: { type: first.type, label: first.label, family: first.family, evidence: [], confidence: first.confidence, weight: 0 },
  labels: new Map(),
  seen: new Set(),
  rules: new Set(),
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
  if (c.rule) fold.rules.add(c.rule);
  a.confidence = Math.max(a.confidence, c.confidence);
  if (c.date && (!a.date || c.date < a.date)) a.date = c.date;
  if (sourceLabel !== undefined) a.source = sourceLabel;
}

/** The edge attributes of a finished fold. */
export function finishRelation(fold: RelationFold, options: RelationFoldOptions = {}): RelationAttributes {
  const attrs = fold.attrs;
  if (options.keepRules) attrs.rules = [...fold.rules].sort(byString);
  attrs.evidence.sort(evidenceOrder);
  // weight counts every sentence; the graph keeps the first MAX_EVIDENCE of them (a fact repeated
  // thousands of times in a corpus would otherwise bloat graph.json and the viewer's panel)
  attrs.weight = attrs.evidence.length;
  if (attrs.evidence.length > MAX_EVIDENCE) attrs.evidence = attrs.evidence.slice(0, MAX_EVIDENCE);
  attrs.label = [...fold.labels.entries()].sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))[0]![0];
  return attrs;
}
