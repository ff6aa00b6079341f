// kg/viewer: the path finder: two node pickers, shortest path through explicit relations (query/shortestPath),
// listed as a chain of evidence sentences. Reports the path to highlight through a callback; draws nothing itself.
import { isKgError } from '../model/index.js';
import type { KgGraph } from '../model/index.js';
import { shortestPath } from '../query/index.js';
import type { GraphPath } from '../query/index.js';
import { clear, el } from './dom.js';
import { renderEvidenceList } from './evidence.js';
import { displayName } from './sanitize-graph.js';
import { bindNodeCombobox } from './node-search.js';
import type { NodeIndex } from './node-search.js';

export interface PathFinderOptions {
  /** Relation types currently hidden by the filters; the path avoids them. */
  hiddenRelations: () => string[];
  onPath: (path: { from: string; to: string; nodes: string[]; edges: string[] } | undefined) => void;
  onSelect: (node: string) => void;
}

export interface PathFinder {
  /** Runs a search between two node keys (used when restoring the URL state). */
  find(from: string, to: string): void;
  kill(): void;
}

/** Builds the path finder into `container`. */
export function createPathFinder(container: HTMLElement, graph: KgGraph, index: NodeIndex, options: PathFinderOptions): PathFinder {
  clear(container);
  let from: string | undefined;
  let to: string | undefined;
  const fromInput = el('input', { type: 'search', id: 'path-from', placeholder: 'From\u2026', autocomplete: 'off', 'aria-label': 'Path from' });
  const toInput = el('input', { type: 'search', id: 'path-to', placeholder: 'To\u2026', autocomplete: 'off', 'aria-label': 'Path to' });
  const fromList = el('ul', { class: 'results', id: 'path-from-results', hidden: true });
  const toList = el('ul', { class: 'results', id: 'path-to-results', hidden: true });
  const go = el('button', { type: 'button', class: 'button primary', id: 'path-go' }, 'Find path');
  const reset = el('button', { type: 'button', class: 'button', id: 'path-clear' }, 'Clear');
  const result = el('div', { id: 'path-result', class: 'path-result', 'aria-live': 'polite' });
  container.append(
    el('div', { class: 'combo' }, fromInput, fromList),
    el('div', { class: 'combo' }, toInput, toList),
    el('div', { class: 'button-row' }, go, reset),
    result,
  );
  const unbind = [
    bindNodeCombobox(fromInput, fromList, index, (node) => {
      from = node;
    }),
    bindNodeCombobox(toInput, toList, index, (node) => {
      to = node;
    }),
  ];

  const show = (path: GraphPath): void => {
    clear(result);
    result.appendChild(el('p', { class: 'path-summary' }, `${path.hops.length} hop${path.hops.length === 1 ? '' : 's'}: ${path.labels.map((l) => displayName(l, 60)).join(' \u2192 ')}`));
    const chain = el('ol', { class: 'chain' });
    for (const hop of path.hops) {
      const item = el('li', { class: 'hop' });
      for (const rel of hop.relations) {
        const subject = displayName(graph.getNodeAttribute(rel.source, 'label'));
        const object = displayName(graph.getNodeAttribute(rel.target, 'label'));
        const head = el('div', { class: 'relation-head' }, el('strong', {}, subject), ' ', el('span', { class: 'relation-label' }, rel.label || rel.type), ' ', el('strong', {}, object));
        if (rel.date) head.appendChild(el('time', { class: 'date', datetime: rel.date }, rel.date));
        item.append(head, renderEvidenceList(graph, rel.evidence, rel.source, rel.target));
      }
      chain.appendChild(item);
    }
    result.appendChild(chain);
    result.scrollIntoView({ block: 'nearest' });
  };

  const find = (a: string, b: string): void => {
    from = a;
    to = b;
    fromInput.value = graph.hasNode(a) ? displayName(graph.getNodeAttribute(a, 'label')) : a;
    toInput.value = graph.hasNode(b) ? displayName(graph.getNodeAttribute(b, 'label')) : b;
    try {
      const path = shortestPath(graph, a, b, { exclude: options.hiddenRelations() });
      const edges = path.hops.flatMap((h) => h.relations.map((r) => r.edge));
      show(path);
      options.onPath({ from: path.nodes[0]!, to: path.nodes[path.nodes.length - 1]!, nodes: path.nodes, edges });
    } catch (error) {
      clear(result);
      result.appendChild(el('p', { class: 'error-text', role: 'status' }, isKgError(error) ? error.message.replace(/^kg\/query: /, '') : String(error)));
      options.onPath(undefined);
    }
  };

  go.addEventListener('click', () => {
    const a = from ?? fromInput.value.trim();
    const b = to ?? toInput.value.trim();
    if (!a || !b) {
      clear(result);
      result.appendChild(el('p', { class: 'muted' }, 'Pick two entities.'));
      return;
    }
    find(a, b);
  });
  fromInput.addEventListener('input', () => {
    from = undefined;
  });
  toInput.addEventListener('input', () => {
    to = undefined;
  });
  reset.addEventListener('click', () => {
    from = to = undefined;
    fromInput.value = toInput.value = '';
    clear(result);
    options.onPath(undefined);
  });

  return {
    find,
    kill: () => unbind.forEach((u) => u()),
  };
}
