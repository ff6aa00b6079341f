// kg/viewer: fuzzy search over node labels and aliases (minisearch, built lazily on first use) and a keyboard-
// navigable combobox (ArrowUp/ArrowDown/Enter/Escape) used by the header search and the path finder.
// Does not move the camera; the caller decides what picking a node does.
import MiniSearch from 'minisearch';
import type { KgGraph } from '../model/index.js';
import { typeColor } from './appearance.js';
import { clear, el } from './dom.js';

interface Doc {
  id: string;
  label: string;
  aliases: string;
  type: string;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** A lazily built fuzzy index of the graph's nodes. */
export class NodeIndex {
  private index: MiniSearch<Doc> | undefined;
  constructor(private readonly graph: KgGraph) {}

  private build(): MiniSearch<Doc> {
    const index = new MiniSearch<Doc>({
      fields: ['label', 'aliases'],
      storeFields: ['label', 'type'],
      processTerm: (term) => fold(term),
      searchOptions: { boost: { label: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'AND' },
    });
    const docs: Doc[] = [];
    this.graph.forEachNode((id, a) => docs.push({ id, label: a.label, aliases: (a.aliases ?? []).join(' \u2022 '), type: a.type }));
    index.addAll(docs);
    return index;
  }

  /** Best matches for a query, most relevant first. */
  search(query: string, limit = 8): { id: string; label: string; type: string }[] {
    if (!query.trim()) return [];
    this.index ??= this.build();
    return this.index
      .search(query)
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), label: String(r['label']), type: String(r['type']) }));
  }
}

/**
 * Wires an <input> to a results list as an ARIA combobox. Returns a kill() that unbinds it.
 * `onPick` receives the chosen node key.
 */
export function bindNodeCombobox(
  input: HTMLInputElement,
  list: HTMLElement,
  index: NodeIndex,
  onPick: (node: string, label: string) => void,
): () => void {
  let results: { id: string; label: string; type: string }[] = [];
  let active = -1;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  list.setAttribute('role', 'listbox');

  const render = (): void => {
    clear(list);
    results.forEach((r, i) => {
      const option = el(
        'li',
        { role: 'option', 'aria-selected': i === active ? 'true' : 'false', 'data-node': r.id, class: 'option', id: `${list.id}-opt-${i}` },
        el('span', { class: 'swatch', 'aria-hidden': 'true' }),
        el('span', { class: 'option-label' }, r.label),
        el('span', { class: 'option-type' }, r.type),
      );
      (option.firstChild as HTMLElement).style.background = typeColor(r.type);
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(i);
      });
      list.appendChild(option);
    });
    const open = results.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = (): void => {
    results = [];
    active = -1;
    render();
  };
  const pick = (i: number): void => {
    const r = results[i];
    if (!r) return;
    input.value = r.label;
    close();
    onPick(r.id, r.label);
  };
  const onInput = (): void => {
    results = index.search(input.value);
    active = results.length ? 0 : -1;
    render();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!results.length) onInput();
      if (!results.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + results.length) % results.length;
      render();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      if (active >= 0) pick(active);
      event.preventDefault();
    } else if (event.key === 'Escape') {
      close();
    }
  };
  const onBlur = (): void => close();
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', onBlur);
  return () => {
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
    input.removeEventListener('blur', onBlur);
    clear(list);
  };
}
