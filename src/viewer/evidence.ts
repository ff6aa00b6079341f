// kg/viewer: renders one evidence sentence with the two entities' names wrapped in <mark>, built from text nodes
// (never HTML parsing), plus its document and date. Does not decide which relations to show.
import type { Evidence, KgGraph } from '../model/index.js';
import { el } from './dom.js';
import { markNames } from './mark-text.js';

/** Every name a node goes by (label and aliases). */
export function namesOf(graph: KgGraph, node: string): string[] {
  const a = graph.getNodeAttributes(node);
  return [a.label, ...(Array.isArray(a.aliases) ? a.aliases : [])].filter((n): n is string => typeof n === 'string');
}

/** A <blockquote> with marked names. */
export function renderSentence(text: string, names: readonly string[]): HTMLElement {
  const quote = el('blockquote', { class: 'evidence' });
  for (const segment of markNames(String(text ?? ''), names)) {
    quote.appendChild(segment.marked ? el('mark', {}, segment.text) : document.createTextNode(segment.text));
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
    if (e?.doc) list.appendChild(el('div', { class: 'evidence-doc' }, String(e.doc)));
  }
  return list;
}
