// kg/viewer: the side panel for a selected node: label, type, title, aliases, documents and every relation with
// its evidence and date; neighbours are buttons that select them. Builds DOM with textContent only. Does not
// filter the graph or move the camera (it calls back).
import type { KgGraph } from '../model/index.js';
import { typeColor } from './appearance.js';
import { clear, el } from './dom.js';
import { renderEvidenceList } from './evidence.js';

export interface NodePanelOptions {
  onSelect: (node: string) => void;
  onClose: () => void;
}

/** Relations listed in full; a hub's others are counted, not rendered (a 5,000-relation panel would freeze). */
const MAX_RELATIONS = 200;

const field = (name: string, value: Node | string): HTMLElement => el('div', { class: 'field' }, el('dt', {}, name), el('dd', {}, value));

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

/** Fills `container` with the details of `node`. */
export function renderNodePanel(container: HTMLElement, graph: KgGraph, node: string, options: NodePanelOptions): void {
  clear(container);
  const a = graph.getNodeAttributes(node);
  const close = el('button', { class: 'icon-button close', type: 'button', 'aria-label': 'Close panel', title: 'Close' }, '\u00d7');
  close.addEventListener('click', options.onClose);
  const badge = el('span', { class: 'type-badge' }, String(a.type));
  badge.style.setProperty('--type-color', typeColor(a.type));

  const details = el('dl', { class: 'fields' });
  if (a.title) details.appendChild(field('Title', String(a.title)));
  if (a.signed) details.appendChild(field('Signed', String(a.signed)));
  if (a.status) details.appendChild(field('Status', String(a.status)));
  const aliases = (a.aliases ?? []).filter((x) => x !== a.label);
  if (aliases.length) details.appendChild(field('Also called', aliases.map(String).join(', ')));
  if (a.documents?.length) {
    const docs = el('ul', { class: 'doc-list' });
    for (const d of a.documents) docs.appendChild(el('li', {}, String(d)));
    details.appendChild(field('Documents', docs));
  }
  details.appendChild(field('Mentions', String(a.mentions ?? 0)));

  const edges = sortedEdges(graph, node);
  const relations = el('ol', { class: 'relations' });
  const coMentions = el('ol', { class: 'relations' });
  for (const edge of edges.slice(0, MAX_RELATIONS)) {
    const r = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const other = source === node ? target : source;
    const neighbor = el('button', { type: 'button', class: 'link', 'data-node': other }, graph.getNodeAttribute(other, 'label'));
    neighbor.addEventListener('click', () => options.onSelect(other));
    const subject = source === node ? el('strong', {}, a.label) : neighbor;
    const object = source === node ? neighbor : el('strong', {}, a.label);
    const head = el('div', { class: 'relation-head' }, subject, ' ', el('span', { class: 'relation-label' }, String(r.label || r.type)), ' ', object);
    if (r.date) head.appendChild(el('time', { class: 'date', datetime: String(r.date) }, String(r.date)));
    const item = el('li', { class: 'relation', 'data-edge': edge, 'data-type': String(r.type) }, head);
    if (r.source) item.appendChild(el('div', { class: 'muted' }, `according to ${String(r.source)}`));
    item.appendChild(renderEvidenceList(graph, r.evidence ?? [], source, target));
    (r.type === 'co_mentioned' ? coMentions : relations).appendChild(item);
  }

  const title = el('h2', { class: 'panel-title' }, a.label);
  container.append(
    el('header', { class: 'panel-header' }, el('div', {}, badge, title), close),
    details,
    el('h3', {}, `Relations (${relations.childElementCount})`),
    relations.childElementCount ? relations : el('p', { class: 'muted' }, 'No explicit relation.'),
  );
  if (edges.length > MAX_RELATIONS) {
    container.appendChild(el('p', { class: 'muted' }, `\u2026 and ${(edges.length - MAX_RELATIONS).toLocaleString('en')} more relations (use the filters or the path finder).`));
  }
  if (coMentions.childElementCount) {
    container.appendChild(el('details', { class: 'co-mentions' }, el('summary', {}, `Co-mentioned with (${coMentions.childElementCount})`), coMentions));
  }
  container.hidden = false;
  container.scrollTop = 0;
}
