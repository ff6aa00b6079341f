// kg/assemble: resolved entities + claims -> a graphology MultiDirectedGraph following the graph contract.
// The same fact (type, subject, object) stated twice becomes one edge with two evidence entries.
// Insertion order is sorted so graph.json is byte-identical for the same input. Computes no metrics.
import { MultiDirectedGraph } from 'graphology';
import type { Evidence, KgDocument, KgGraph, RelationAttributes } from '../model/types.js';
import type { Resolution } from '../resolve/types.js';

/** Evidence sentences kept per edge (the weight still counts them all). */
export const MAX_EVIDENCE = 25;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const evidenceOrder = (a: Evidence, b: Evidence): number => byString(a.doc, b.doc) || a.start - b.start || a.end - b.end;

export interface AssembleOptions {
  /** Keep the ids of the rules that made each relation (`rules` edge attribute). */
  keepRules?: boolean;
}

/** Builds the graph. `documents` is stored as graph metadata (id, title, date, source). */
export function assembleGraph(resolution: Resolution, documents: Omit<KgDocument, 'text'>[] = [], options: AssembleOptions = {}): KgGraph {
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
  const facts = new Map<string, { source: string; target: string; attrs: RelationAttributes; labels: Map<string, number>; seen: Set<string>; rules: Set<string> }>();
  for (const c of resolution.claims) {
    if (c.subject === c.object || !graph.hasNode(c.subject) || !graph.hasNode(c.object)) continue;
    const key = `${c.type}:${c.subject}->${c.object}`;
    let fact = facts.get(key);
    if (!fact) {
      fact = {
        source: c.subject,
        target: c.object,
        attrs: { type: c.type, label: c.label, family: c.family, evidence: [], confidence: c.confidence, weight: 0 },
        labels: new Map(),
        seen: new Set(),
        rules: new Set(),
      };
      facts.set(key, fact);
    }
    const a = fact.attrs;
    const evidenceKey = `${c.evidence.doc}\u0000${c.evidence.start}\u0000${c.evidence.end}`;
    if (!fact.seen.has(evidenceKey)) {
      fact.seen.add(evidenceKey);
      a.evidence.push(c.evidence);
    }
    fact.labels.set(c.label, (fact.labels.get(c.label) ?? 0) + 1);
    if (c.rule) fact.rules.add(c.rule);
    a.confidence = Math.max(a.confidence, c.confidence);
    if (c.date && (!a.date || c.date < a.date)) a.date = c.date;
    if (c.source && graph.hasNode(c.source)) a.source = graph.getNodeAttribute(c.source, 'label');
  }
  for (const key of [...facts.keys()].sort(byString)) {
    const { source, target, attrs, labels, rules } = facts.get(key)!;
    if (options.keepRules) attrs.rules = [...rules].sort(byString);
    attrs.evidence.sort(evidenceOrder);
    // weight counts every sentence; the graph keeps the first MAX_EVIDENCE of them (a fact repeated
    // thousands of times in a corpus would otherwise bloat graph.json and the viewer's panel)
    attrs.weight = attrs.evidence.length;
    if (attrs.evidence.length > MAX_EVIDENCE) attrs.evidence = attrs.evidence.slice(0, MAX_EVIDENCE);
    attrs.label = [...labels.entries()].sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))[0]![0];
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  return graph;
}
