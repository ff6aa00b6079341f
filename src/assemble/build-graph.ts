// kg/assemble: resolved entities + claims -> a graphology MultiDirectedGraph following the graph contract.
// The same fact (type, subject, object) stated twice becomes one edge with two evidence entries.
// Insertion order is sorted so graph.json is byte-identical for the same input. Computes no metrics.
import { MultiDirectedGraph } from 'graphology';
import type { Evidence, KgDocument, KgGraph, RelationAttributes } from '../model/types.js';
import type { Resolution } from '../resolve/types.js';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const evidenceOrder = (a: Evidence, b: Evidence): number => byString(a.doc, b.doc) || a.start - b.start || a.end - b.end;

/** Builds the graph. `documents` is stored as graph metadata (id, title, date, source). */
export function assembleGraph(resolution: Resolution, documents: Omit<KgDocument, 'text'>[] = []): KgGraph {
  const graph: KgGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.setAttribute('generator', 'kg');
  graph.setAttribute(
    'documents',
    [...documents]
      .sort((a, b) => byString(a.id, b.id))
      .map((d) => ({ id: d.id, ...(d.title ? { title: d.title } : {}), ...(d.date ? { date: d.date } : {}), ...(d.source ? { source: d.source } : {}) })),
  );

  // Nodes
  for (const e of [...resolution.entities].sort((a, b) => byString(a.id, b.id))) {
    graph.addNode(e.id, {
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
  }

  // Edges: group claims by fact
  const facts = new Map<string, { source: string; target: string; attrs: RelationAttributes; labels: Map<string, number> }>();
  for (const c of resolution.claims) {
    if (c.subject === c.object || !graph.hasNode(c.subject) || !graph.hasNode(c.object)) continue;
    const key = `${c.type}:${c.subject}->${c.object}`;
    let fact = facts.get(key);
    if (!fact) {
      fact = {
        source: c.subject,
        target: c.object,
        attrs: { type: c.type, label: c.label, evidence: [], confidence: c.confidence, weight: 0 },
        labels: new Map(),
      };
      facts.set(key, fact);
    }
    const a = fact.attrs;
    if (!a.evidence.some((e) => e.doc === c.evidence.doc && e.start === c.evidence.start && e.end === c.evidence.end)) {
      a.evidence.push(c.evidence);
    }
    fact.labels.set(c.label, (fact.labels.get(c.label) ?? 0) + 1);
    a.confidence = Math.max(a.confidence, c.confidence);
    if (c.date && (!a.date || c.date < a.date)) a.date = c.date;
    if (c.source && graph.hasNode(c.source)) a.source = graph.getNodeAttribute(c.source, 'label');
  }
  for (const key of [...facts.keys()].sort(byString)) {
    const { source, target, attrs, labels } = facts.get(key)!;
    attrs.evidence.sort(evidenceOrder);
    attrs.weight = attrs.evidence.length;
    attrs.label = [...labels.entries()].sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))[0]![0];
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  return graph;
}
