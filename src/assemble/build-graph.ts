// kg/assemble: resolved entities + claims -> a graphology MultiDirectedGraph following the graph contract.
// The same fact (type, subject, object) stated twice becomes one edge with two evidence entries.
// Insertion order is sorted so graph.json is byte-identical for the same input. Computes no metrics.
import { MultiDirectedGraph } from 'graphology';
import type { EntityAttributes, GraphAttributes, KgDocument, KgGraph } from '../model/types.js';
import type { Resolution, ResolvedEntity } from '../resolve/types.js';
import { addClaimToRelation, finishRelation, startRelationFold, type RelationFold, type RelationFoldOptions } from './relation-fold.js';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The graph's `documents` attribute: id, title, date and source of each document, sorted by id. */
export const documentsAttribute = (documents: readonly Omit<KgDocument, 'text'>[]): NonNullable<GraphAttributes['documents']> =>
  [...documents]
    .sort((a, b) => byString(a.id, b.id))
    .map((d) => ({ id: d.id, ...(d.title ? { title: d.title } : {}), ...(d.date ? { date: d.date } : {}), ...(d.source ? { source: d.source } : {}) }));

/** A node's attributes before enrich (aliases and documents sorted and unique). */
export const nodeAttributesOf = (e: ResolvedEntity): EntityAttributes => ({
  label: e.label,
  type: e.type,
  aliases: [...new Set(e.aliases)].sort(byString),
  mentions: e.mentions,
  documents: [...new Set(e.documents)].sort(byString),
  ...(e.title ? { title: e.title } : {}),
  ...(e.code ? { code: e.code } : {}),
  ...(e.signed ? { signed: e.signed } : {}),
  ...(e.date && !e.signed ? { date: e.date } : {}),
  ...(e.status ? { status: e.status } : {}),
});

/** The key of the edge a fact becomes: "type:subject->object". */
export const relationKey = (type: string, subject: string, object: string): string => `${type}:${subject}->${object}`;

/** keepRules: keep the ids of the rules that made each relation (`rules` edge attribute). */
export type AssembleOptions = RelationFoldOptions;

/** Builds the graph. `documents` is stored as graph metadata (id, title, date, source). */
export function assembleGraph(resolution: Resolution, documents: Omit<KgDocument, 'text'>[] = [], options: AssembleOptions = {}): KgGraph {
  const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.setAttribute('generator', 'kg');
  graph.setAttribute('documents', documentsAttribute(documents));

  // Nodes
  for (const e of [...resolution.entities].sort((a, b) => byString(a.id, b.id))) graph.addNode(e.id, nodeAttributesOf(e));

  // Edges: group claims by fact
  const facts = new Map<string, { source: string; target: string; fold: RelationFold }>();
  for (const c of resolution.claims) {
    if (c.subject === c.object || !graph.hasNode(c.subject) || !graph.hasNode(c.object)) continue;
    const key = relationKey(c.type, c.subject, c.object);
    let fact = facts.get(key);
    if (!fact) {
      fact = { source: c.subject, target: c.object, fold: startRelationFold(c) };
      facts.set(key, fact);
    }
    addClaimToRelation(fact.fold, c, c.source && graph.hasNode(c.source) ? graph.getNodeAttribute(c.source, 'label') : undefined);
  }
  for (const key of [...facts.keys()].sort(byString)) {
    const { source, target, fold } = facts.get(key)!;
    graph.addDirectedEdgeWithKey(key, source, target, finishRelation(fold, options));
  }
  return graph;
}
