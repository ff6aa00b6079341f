// kg/viewer: renders one evidence sentence with the two entities' names wrapped in <mark>, built from text nodes
// (never HTML parsing), plus its document shown by title, date and source when the graph lists them. Does not
// decide which relations to show.
import type { Evidence, KgGraph } from '../model/index.js';
import { el } from './dom.js';
import { markNames } from './mark-text.js';
import { displayName, stripControls } from './sanitize-graph.js';

export interface DocumentInfo {
  id: string;
  title?: string;
  date?: string;
  source?: string;
}

const infoCache = new WeakMap<KgGraph, Map<string, DocumentInfo>>();

/** The graph's documents by id (graph attribute `documents`), tolerating a missing or malformed list. */
export function documentInfo(graph: KgGraph): Map<string, DocumentInfo> {
  let map = infoCache.get(graph);
  if (map) return map;
  map = new Map();
  const list = graph.getAttribute('documents') as unknown;
  if (Array.isArray(list)) {
    for (const d of list) {
      if (!d || typeof d !== 'object' || typeof (d as DocumentInfo).id !== 'string') continue;
      const { id, title, date, source } = d as Record<string, unknown>;
      map.set(id as string, {
        id: id as string,
        ...(typeof title === 'string' ? { title } : {}),
        ...(typeof date === 'string' ? { date } : {}),
        ...(typeof source === 'string' ? { source } : {}),
      });
    }
  }
  infoCache.set(graph, map);
  return map;
}

/** One document as a line: title (or file id), then date and source when known. */
export function renderDocument(graph: KgGraph, id: string): HTMLElement {
  const info = documentInfo(graph).get(id);
  const line = el('span', { class: 'doc' }, el('span', { class: 'doc-title' }, displayName(info?.title ?? id, 200)));
  const meta = [info?.date, info?.source].filter((x): x is string => !!x).map((x) => displayName(x, 120));
  if (meta.length) line.append(' ', el('span', { class: 'doc-meta' }, meta.join(' \u00b7 ')));
  if (info?.title) line.title = id;
  return line;
}

/** Every name a node goes by (label and aliases). */
export function namesOf(graph: KgGraph, node: string): string[] {
  const a = graph.getNodeAttributes(node);
  return [a.label, ...(Array.isArray(a.aliases) ? a.aliases : [])].filter((n): n is string => typeof n === 'string');
}

/** A <blockquote> with marked names. */
export function renderSentence(text: string, names: readonly string[]): HTMLElement {
  const quote = el('blockquote', { class: 'evidence' });
  for (const segment of markNames(String(text ?? ''), names)) {
    const piece = stripControls(segment.text);
    quote.appendChild(segment.marked ? el('mark', {}, piece) : document.createTextNode(piece));
  }
  return quote;
}

/** Evidence sentences of one relation between `a` and `b`, each with its document. */
export function renderEvidenceList(graph: KgGraph, evidence: readonly Evidence[], a: string, b: string): HTMLElement {
  const names = [...namesOf(graph, a), ...namesOf(graph, b)];
  const list = el('div', { class: 'evidence-list' });
  if (!evidence.length) list.appendChild(el('p', { class: 'muted' }, 'No evidence sentence recorded.'));
  for (const e of evidence) {
    list.appendChild(renderSentence(e?.text ?? '', names));
    if (e?.doc) list.appendChild(el('div', { class: 'evidence-doc' }, renderDocument(graph, String(e.doc))));
  }
  return list;
}
