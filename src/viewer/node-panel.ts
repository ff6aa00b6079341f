// kg/viewer: the side panel (a bottom sheet on small screens) for a selected entity or relation. Entity: label,
// type, title, aliases folded by case, focus mode, relations with evidence (before documents), then documents
// with title, date and source. Relation: both ends, type, family, date, attribution, the ids of the rules that made
// it (`rules`, when the build kept them) and evidence. Builds DOM with textContent only. Does not filter the graph
// or move the camera (it calls back).
import type { KgGraph } from '../model/index.js';
import { typeColor } from './appearance.js';
import { clear, el } from './dom.js';
import { renderDocument, renderEvidenceList } from './evidence.js';
import { displayName } from './sanitize-graph.js';

export interface NodePanelOptions {
  onSelect: (node: string) => void;
  onSelectEdge: (edge: string) => void;
  onFocus: (node: string) => void;
  onClose: () => void;
}

/** Relations listed in full; a hub's others are counted, not rendered (a 5,000-relation panel would freeze). */
const MAX_RELATIONS = 200;
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();

const field = (name: string, value: Node | string, cls?: string): HTMLElement =>
  el('div', { class: 'field' }, el('dt', {}, name), el('dd', cls ? { class: cls } : {}, value));

/** Names other than the label, one per spelling folded by case and accents (the first written form wins). */
export function foldAliases(label: string, aliases: readonly unknown[]): string[] {
  const seen = new Set([fold(displayName(label, 1000))]);
  const out: string[] = [];
  for (const alias of aliases) {
    const shown = displayName(alias, 200);
    const key = fold(shown);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(shown);
  }
  return out;
}

/** Relations listed first by kind (explicit before co-mentions), then by date. */
function sortedEdges(graph: KgGraph, node: string): string[] {
  return graph.edges(node).sort((x, y) => {
    const a = graph.getEdgeAttributes(x);
    const b = graph.getEdgeAttributes(y);
    const ca = a.type === 'co_mentioned' ? 1 : 0;
    const cb = b.type === 'co_mentioned' ? 1 : 0;
    return ca - cb || String(a.date ?? '9999').localeCompare(String(b.date ?? '9999'));
  });
}

function header(kind: Node, title: string, onClose: () => void): HTMLElement {
  const close = el('button', { class: 'icon-button close', type: 'button', 'aria-label': 'Close panel', title: 'Close (Escape)' }, '\u00d7');
  close.addEventListener('click', onClose);
  const h = el('h2', { class: 'panel-title', id: 'panel-title', tabindex: '-1' }, title);
  return el('header', { class: 'panel-header' }, el('div', { class: 'panel-heading' }, kind, h), close);
}

function typeBadge(type: string): HTMLElement {
  const badge = el('span', { class: 'type-badge' }, displayName(type, 40));
  badge.style.setProperty('--type-color', typeColor(type));
  return badge;
}

/** Fills `container` with the details of `node`. */
export function renderNodePanel(container: HTMLElement, graph: KgGraph, node: string, options: NodePanelOptions): void {
  clear(container);
  const a = graph.getNodeAttributes(node);
  const label = displayName(a.label);

  const details = el('dl', { class: 'fields' });
  if (a.title) details.appendChild(field('Title', displayName(a.title)));
  if (a.signed) details.appendChild(field('Signed', displayName(a.signed, 40)));
  if (a.status) details.appendChild(field('Status', displayName(a.status, 40)));
  const aliases = foldAliases(String(a.label), Array.isArray(a.aliases) ? a.aliases : []);
  if (aliases.length) details.appendChild(field('Also called', aliases.join(', '), 'aliases'));
  details.appendChild(field('Mentions', String(a.mentions ?? 0)));

  const focus = el('button', { type: 'button', class: 'button focus-button' }, 'Focus on neighbourhood');
  focus.addEventListener('click', () => options.onFocus(node));

  const edges = sortedEdges(graph, node);
  const relations = el('ol', { class: 'relations' });
  const coMentions = el('ol', { class: 'relations' });
  for (const edge of edges.slice(0, MAX_RELATIONS)) {
    const r = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const other = source === node ? target : source;
    const neighbor = el('button', { type: 'button', class: 'link', 'data-node': other }, displayName(graph.getNodeAttribute(other, 'label')));
    neighbor.addEventListener('click', () => options.onSelect(other));
    const subject = source === node ? el('strong', {}, label) : neighbor;
    const object = source === node ? neighbor : el('strong', {}, label);
    const relationLabel = el('button', { type: 'button', class: 'link relation-label', 'data-edge': edge, title: 'Open this relation' }, displayName(r.label || r.type, 80));
    relationLabel.addEventListener('click', () => options.onSelectEdge(edge));
    const head = el('div', { class: 'relation-head' }, subject, ' ', relationLabel, ' ', object);
    if (r.date) head.appendChild(el('time', { class: 'date', datetime: String(r.date) }, String(r.date)));
    const item = el('li', { class: 'relation', 'data-edge': edge, 'data-type': String(r.type) }, head);
    if (r.source) item.appendChild(el('div', { class: 'muted' }, `according to ${displayName(r.source)}`));
    item.appendChild(renderEvidenceList(graph, r.evidence ?? [], source, target));
    (r.type === 'co_mentioned' ? coMentions : relations).appendChild(item);
  }

  container.append(
    header(typeBadge(String(a.type)), label, options.onClose),
    details,
    el('div', { class: 'button-row' }, focus),
    el('h3', {}, `Relations (${relations.childElementCount})`),
    relations.childElementCount ? relations : el('p', { class: 'muted' }, 'No explicit relation.'),
  );
  if (edges.length > MAX_RELATIONS) {
    container.appendChild(el('p', { class: 'muted' }, `\u2026 and ${(edges.length - MAX_RELATIONS).toLocaleString('en')} more relations (use the filters or the path finder).`));
  }
  if (coMentions.childElementCount) {
    container.appendChild(el('details', { class: 'co-mentions' }, el('summary', {}, `Co-mentioned with (${coMentions.childElementCount})`), coMentions));
  }
  // Documents last: a hub may appear in hundreds
  const documents = Array.isArray(a.documents) ? a.documents.map(String) : [];
  if (documents.length) {
    const docs = el('ul', { class: 'doc-list' });
    for (const d of documents.slice(0, MAX_RELATIONS)) docs.appendChild(el('li', {}, renderDocument(graph, d)));
    container.append(el('h3', {}, `Documents (${documents.length})`), docs);
  }
  container.hidden = false;
  container.scrollTop = 0;
}

/** Rule ids listed in full on a relation; more are counted. */
const MAX_RULES = 20;

/** The `rules` of a relation as text (each id a <code>), or undefined when it has none. */
function rulesField(rules: unknown): HTMLElement | undefined {
  const ids = Array.isArray(rules) ? rules.filter((r): r is string => typeof r === 'string' && r !== '') : [];
  if (!ids.length) return undefined;
  const list = el('span', { class: 'rules' });
  ids.slice(0, MAX_RULES).forEach((id, i) => {
    if (i) list.append(', ');
    list.append(el('code', {}, displayName(id, 80)));
  });
  if (ids.length > MAX_RULES) list.append(` \u2026 and ${ids.length - MAX_RULES} more`);
  return field(ids.length === 1 ? 'Rule' : 'Rules', list);
}

/** Fills `container` with one relation: its two ends (links), type, family, date, attribution, rules, evidence. */
export function renderEdgePanel(container: HTMLElement, graph: KgGraph, edge: string, options: NodePanelOptions): void {
  clear(container);
  const r = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const end = (node: string): HTMLElement => {
    const b = el('button', { type: 'button', class: 'link', 'data-node': node }, displayName(graph.getNodeAttribute(node, 'label')));
    b.addEventListener('click', () => options.onSelect(node));
    return b;
  };
  const title = `${displayName(graph.getNodeAttribute(source, 'label'), 60)} ${displayName(r.label || r.type, 60)} ${displayName(graph.getNodeAttribute(target, 'label'), 60)}`;
  const details = el('dl', { class: 'fields' });
  details.appendChild(field('From', end(source)));
  details.appendChild(field('To', end(target)));
  details.appendChild(field('Relation', displayName(r.type, 80)));
  if (typeof r.family === 'string') details.appendChild(field('Family', displayName(r.family, 40)));
  if (r.date) details.appendChild(field('Date', el('time', { datetime: String(r.date) }, String(r.date))));
  if (r.source) details.appendChild(field('According to', displayName(r.source)));
  const rules = rulesField(r.rules);
  if (rules) details.appendChild(rules);
  details.appendChild(field('Confidence', String(r.confidence ?? '')));
  details.appendChild(field('Sentences', String(r.weight ?? (r.evidence ?? []).length)));
  container.append(
    header(el('span', { class: 'type-badge' }, 'Relation'), title, options.onClose),
    details,
    el('h3', {}, 'Evidence'),
    renderEvidenceList(graph, r.evidence ?? [], source, target),
  );
  container.hidden = false;
  container.scrollTop = 0;
}
