// kg/cli: `kg explain --edge <key> [--graph graph.json] [--input <dir>]`: why one edge of a built graph is there.
// Prints the edge (ends, type, label, rules when the build kept them) and, for each evidence entry, its document
// and the trace of its sentence exactly as `kg explain <doc> --match` prints it, from extracting that document
// again (found through the build state beside graph.json, or under --input). Says so when the document is gone
// or changed, when the sentence moved, or when today's extractor no longer makes the edge's type from it.
import type { ExplainedSentence } from '../../extract/explain.js';
import { KgError } from '../../model/errors.js';
import type { Evidence, KgDocument, KgGraph } from '../../model/types.js';
import { findEdge } from '../../query/index.js';
import type { DocumentLocator, ReadBack } from '../built-documents.js';
import { printSentence } from './explain-format.js';

export interface ExplainedEdgeEvidence {
  doc: string;
  page?: number;
  text: string;
  start: number;
  end: number;
  /** The trace of the evidence sentence (as `kg explain --json` gives it), null when it cannot be had. */
  sentence: ExplainedSentence | null;
  /** What is off: the document is gone or changed, the sentence moved, the extractor no longer makes the edge. */
  note?: string;
}

export interface ExplainedEdge {
  edge: {
    key: string;
    type: string;
    label: string;
    family?: string;
    source: { key: string; label: string };
    target: { key: string; label: string };
    date?: string;
    confidence?: number;
    weight?: number;
    /** The edge's `source` attribute: who the statement is attributed to. */
    attributedTo?: string;
    /** Present when the build kept them (`kg build --rules`). */
    rules?: string[];
  };
  evidence: ExplainedEdgeEvidence[];
}

/** What explaining needs from the extractor and the files, passed in so this module loads neither. */
export interface EdgeExplainer {
  /** Where the documents are; called only once the edge is known to exist and to have evidence. */
  locate: () => DocumentLocator;
  readDocuments: (locator: DocumentLocator, ids: string[]) => Promise<Map<string, ReadBack>>;
  explainDocument: (doc: KgDocument) => ExplainedSentence[];
  /** The running extractor's version: a graph built by another gets a warning. */
  currentExtractorVersion?: string;
  warn: (line: string) => void;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The trace for one evidence entry, and a note when it is not the sentence the build saw. */
function traceFor(ev: Evidence, read: ReadBack, sentences: ExplainedSentence[], type: string): Pick<ExplainedEdgeEvidence, 'sentence' | 'note'> {
  if ('problem' in read) return { sentence: null, note: read.problem };
  const same = (s: ExplainedSentence): boolean => s.text === ev.text;
  let sentence = sentences.find((s) => s.start === ev.start && s.end === ev.end && same(s));
  let note: string | undefined;
  if (!sentence) {
    if (read.doc.text.slice(ev.start, ev.end) !== ev.text) {
      sentence = sentences.find(same) ?? sentences.find((s) => oneLine(s.text) === oneLine(ev.text));
      if (!sentence) return { sentence: null, note: 'the document changed since the build and no longer has this sentence' };
      note = `the document changed since the build: the sentence is now at ${sentence.start}-${sentence.end}`;
    } else {
      sentence = sentences.find((s) => s.start <= ev.start && ev.end <= s.end) ?? sentences.find((s) => s.start < ev.end && ev.start < s.end);
      if (!sentence) return { sentence: null, note: 'the extractor finds no sentence at these offsets now' };
      note = `the extractor now cuts this sentence as ${sentence.start}-${sentence.end}`;
    }
  } else if (read.changed) note = 'the document changed since the build (not this sentence)';
  if (!sentence.claims.some((c) => c.type === type)) {
    note = `${note ? `${note}; ` : ''}the extractor makes no "${type}" claim from this sentence now`;
  }
  return note ? { sentence, note } : { sentence };
}

/** Explains edge `key` of `graph`: its attributes and the trace of each evidence sentence. */
export async function explainEdge(graph: KgGraph, key: string, x: EdgeExplainer): Promise<ExplainedEdge> {
  let edge: string;
  try {
    edge = findEdge(graph, key);
  } catch (error) {
    if (error instanceof KgError) throw new KgError(error.code, error.message.replace(/^kg\/query: /, 'kg explain: '), error.details);
    throw error;
  }
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const rules = Array.isArray(a.rules) ? a.rules.map(String) : undefined;
  const out: ExplainedEdge = {
    edge: {
      key: edge,
      type: a.type,
      label: a.label,
      ...(a.family ? { family: a.family } : {}),
      source: { key: source, label: graph.getNodeAttribute(source, 'label') },
      target: { key: target, label: graph.getNodeAttribute(target, 'label') },
      ...(a.date ? { date: a.date } : {}),
      ...(typeof a.confidence === 'number' ? { confidence: a.confidence } : {}),
      ...(typeof a.weight === 'number' ? { weight: a.weight } : {}),
      ...(a.source ? { attributedTo: a.source } : {}),
      ...(rules ? { rules } : {}),
    },
    evidence: [],
  };
  const evidence: Evidence[] = Array.isArray(a.evidence) ? a.evidence : [];
  if (!evidence.length) return out;
  const locator = x.locate();
  if (x.currentExtractorVersion && locator.extractorVersion && locator.extractorVersion !== x.currentExtractorVersion) {
    x.warn('kg explain: warning: the extractor changed since this graph was built; the traces are what it does now');
  }
  const documents = await x.readDocuments(locator, evidence.map((e) => e.doc));
  const traces = new Map<string, ExplainedSentence[]>();
  for (const ev of evidence) {
    const read = documents.get(ev.doc) ?? { problem: `no document "${ev.doc}"` };
    let sentences: ExplainedSentence[] = [];
    if ('doc' in read) {
      sentences = traces.get(ev.doc) ?? x.explainDocument(read.doc);
      traces.set(ev.doc, sentences);
    }
    out.evidence.push({
      doc: ev.doc,
      ...(ev.page ? { page: ev.page } : {}),
      text: ev.text,
      start: ev.start,
      end: ev.end,
      ...traceFor(ev, read, sentences, a.type),
    });
  }
  return out;
}

/** The text form: the edge, then each evidence entry with its trace. */
export function printExplainedEdge(r: ExplainedEdge, tokens: boolean, out: (line: string) => void): void {
  const e = r.edge;
  out(e.key);
  out(`  "${e.source.label}" -[${e.type}: ${e.label}]-> "${e.target.label}"`);
  const facts = [
    e.family && `family ${e.family}`,
    e.date && `date ${e.date}`,
    e.confidence !== undefined && `confidence ${e.confidence}`,
    e.weight !== undefined && `weight ${e.weight}${e.weight > r.evidence.length && r.evidence.length ? ` (${r.evidence.length} sentences kept)` : ''}`,
  ].filter(Boolean);
  if (facts.length) out(`  ${facts.join(', ')}`);
  if (e.attributedTo) out(`  according to: ${e.attributedTo}`);
  out(e.rules ? `  rules: ${e.rules.join(', ')}` : '  rules: not recorded (build with kg build --rules to keep them)');
  out('');
  if (!r.evidence.length) out('(no evidence recorded)');
  r.evidence.forEach((ev, i) => {
    out(`evidence ${i + 1} of ${r.evidence.length}: ${ev.doc}${ev.page ? `, page ${ev.page}` : ''}`);
    if (ev.note) out(`  note: ${ev.note}`);
    if (ev.sentence) printSentence(ev.sentence, tokens, out);
    else {
      out(`  "${oneLine(ev.text)}"`);
      out('');
    }
  });
}
