// kg/viewer: fuzzy search over node labels and aliases (minisearch, built in the background right after the graph
// is drawn, in chunks that never block the page; a plain substring scan answers until it is ready) and a keyboard-
// navigable combobox (ArrowUp/ArrowDown/Enter/Escape) used by the header search and the path finder.
// Does not move the camera; the caller decides what picking a node does.
import MiniSearch from 'minisearch';
import type { KgGraph } from '../model/index.js';
import { typeColor } from './appearance.js';
import { clear, el } from './dom.js';
import { displayName } from './sanitize-graph.js';

interface Doc {
  id: string;
  label: string;
  aliases: string;
  type: string;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** A fuzzy index of the graph's nodes, built in the background by `prepare()`. */
export class NodeIndex {
  private index: MiniSearch<Doc> | undefined;
  private building: Promise<void> | undefined;
  private readonly docs: Doc[] = [];
  private readonly folded: string[] = [];
  private killed = false;

  constructor(graph: KgGraph) {
    graph.forEachNode((id, a) => {
      const label = displayName(a.label, 120);
      const aliases = (Array.isArray(a.aliases) ? a.aliases : []).map((x) => displayName(x, 120));
      this.docs.push({ id, label, aliases: aliases.join(' \u2022 '), type: String(a.type) });
      this.folded.push(fold(`${label} \u2022 ${aliases.join(' \u2022 ')}`));
    });
  }

  /** Whether the fuzzy index is built. */
  ready(): boolean {
    return this.index !== undefined;
  }

  /** Builds the fuzzy index in chunks of 2,000 entities, yielding to the page between chunks. */
  prepare(): Promise<void> {
    this.building ??= (async () => {
      const index = new MiniSearch<Doc>({
        fields: ['label', 'aliases'],
        storeFields: ['label', 'type'],
        processTerm: (term) => fold(term),
        // Fuzzy only from four letters, at most two edits: short and numeric terms expand to thousands otherwise
        searchOptions: { boost: { label: 2 }, fuzzy: (term) => (term.length >= 4 ? 0.2 : false), maxFuzzy: 2, prefix: true, combineWith: 'AND' },
      });
      for (let i = 0; i < this.docs.length && !this.killed; i += 2000) {
        index.addAll(this.docs.slice(i, i + 2000));
        await new Promise((done) => setTimeout(done, 0));
      }
      if (!this.killed) this.index = index;
    })();
    return this.building;
  }

  /** Stops a background build. */
  kill(): void {
    this.killed = true;
  }

  /** Best matches for a query, most relevant first. */
  search(query: string, limit = 8): { id: string; label: string; type: string }[] {
    if (!query.trim()) return [];
    if (!this.index) return this.scan(query, limit);
    return this.index
      .search(query)
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), label: String(r['label']), type: String(r['type']) }));
  }

  /** Substring matches (label starts first), while the fuzzy index is being built. */
  private scan(query: string, limit: number): { id: string; label: string; type: string }[] {
    const q = fold(query.trim());
    const starts: number[] = [];
    const contains: number[] = [];
    for (let i = 0; i < this.folded.length && starts.length < limit; i++) {
      const at = this.folded[i]!.indexOf(q);
      if (at === 0) starts.push(i);
      else if (at > 0 && contains.length < limit) contains.push(i);
    }
    return [...starts, ...contains].slice(0, limit).map((i) => ({ id: this.docs[i]!.id, label: this.docs[i]!.label, type: this.docs[i]!.type }));
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
      // Escape closes the suggestions and never clears the field (a search input would by default); with no
      // suggestions open it goes on to the page (which closes the panel)
      event.preventDefault();
      if (results.length) {
        close();
        event.stopPropagation();
      }
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
