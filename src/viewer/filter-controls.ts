// kg/viewer: the sidebar controls: entity types (also the colour legend), relation types, minimum degree,
// the timeline (two range sliders over relation months + "show undated") and the size toggle. It reports changes
// through callbacks and holds no graph state of its own.
import type { KgGraph } from '../model/index.js';
import { ENTITY_TYPES } from '../model/index.js';
import { typeColor } from './appearance.js';
import { formatMonth } from './dates.js';
import { clear, el } from './dom.js';
import { dateBounds, nodeDegree } from './filters.js';
import type { FilterState, SizeMode } from './types.js';

export interface FilterControlsOptions {
  onFilters: (filters: FilterState) => void;
  onSizeBy: (mode: SizeMode) => void;
}

const countBy = (items: Iterable<string>): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
};

function checkboxRow(name: string, label: string, count: number, checked: boolean, color?: string): HTMLLabelElement {
  const box = el('input', { type: 'checkbox', name, value: label, checked });
  const row = el('label', { class: 'check-row' }, box);
  if (color) {
    const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = color;
    row.appendChild(swatch);
  }
  row.append(el('span', { class: 'check-label' }, label), el('span', { class: 'count' }, String(count)));
  return row;
}

/** Renders every filter control into `container` for `graph`, reflecting `filters`. */
export function renderFilterControls(
  container: HTMLElement,
  graph: KgGraph,
  filters: FilterState,
  sizeBy: SizeMode,
  options: FilterControlsOptions,
): void {
  clear(container);
  const state: FilterState = { ...filters, hiddenTypes: [...filters.hiddenTypes], hiddenRelations: [...filters.hiddenRelations] };
  const emit = (): void => options.onFilters({ ...state, hiddenTypes: [...state.hiddenTypes], hiddenRelations: [...state.hiddenRelations] });
  const toggleIn = (list: string[], value: string, hidden: boolean): void => {
    const i = list.indexOf(value);
    if (hidden && i < 0) list.push(value);
    if (!hidden && i >= 0) list.splice(i, 1);
  };

  // Entity types, in palette order, then any others the file uses
  const typeCounts = countBy(graph.mapNodes((_n, a) => String(a.type)));
  const types = [...ENTITY_TYPES.filter((t) => typeCounts.has(t)), ...[...typeCounts.keys()].filter((t) => !ENTITY_TYPES.includes(t as never)).sort()];
  const typeBox = el('fieldset', { class: 'group', id: 'type-filter' }, el('legend', {}, 'Entity types'));
  for (const type of types) {
    const row = checkboxRow('type', type, typeCounts.get(type) ?? 0, !state.hiddenTypes.includes(type), typeColor(type));
    row.querySelector('input')!.addEventListener('change', (event) => {
      toggleIn(state.hiddenTypes, type, !(event.target as HTMLInputElement).checked);
      emit();
    });
    typeBox.appendChild(row);
  }

  // Relation types
  const relationCounts = countBy(graph.mapEdges((_e, a) => String(a.type)));
  const relationBox = el('fieldset', { class: 'group', id: 'relation-filter' }, el('legend', {}, 'Relations'));
  if (!relationCounts.size) relationBox.appendChild(el('p', { class: 'muted' }, 'No relations in this graph.'));
  for (const type of [...relationCounts.keys()].sort((x, y) => (x === 'co_mentioned' ? 1 : y === 'co_mentioned' ? -1 : x.localeCompare(y)))) {
    const row = checkboxRow('relation', type, relationCounts.get(type) ?? 0, !state.hiddenRelations.includes(type));
    row.querySelector('input')!.addEventListener('change', (event) => {
      toggleIn(state.hiddenRelations, type, !(event.target as HTMLInputElement).checked);
      emit();
    });
    relationBox.appendChild(row);
  }

  // Minimum degree
  let maxDegree = 0;
  graph.forEachNode((n) => {
    maxDegree = Math.max(maxDegree, nodeDegree(graph, n));
  });
  const degreeInput = el('input', { type: 'range', id: 'min-degree', min: 0, max: Math.max(1, Math.min(maxDegree, 100)), step: 1, value: state.minDegree });
  const degreeValue = el('output', { for: 'min-degree' }, String(state.minDegree));
  degreeInput.addEventListener('input', () => {
    state.minDegree = Number(degreeInput.value);
    degreeValue.textContent = String(state.minDegree);
    emit();
  });
  const degreeBox = el('fieldset', { class: 'group' }, el('legend', {}, 'Minimum degree'), el('div', { class: 'slider-row' }, degreeInput, degreeValue));

  // Timeline over relation months
  const timeBox = el('fieldset', { class: 'group', id: 'timeline' }, el('legend', {}, 'Timeline'));
  const bounds = dateBounds(graph);
  if (bounds) {
    const [min, max] = bounds;
    const fromInput = el('input', { type: 'range', id: 'date-from', min, max, step: 1, value: state.dateFrom ?? min, 'aria-label': 'From month' });
    const toInput = el('input', { type: 'range', id: 'date-to', min, max, step: 1, value: state.dateTo ?? max, 'aria-label': 'To month' });
    const range = el('output', { class: 'date-range', id: 'date-range' });
    const show = (): void => {
      range.textContent = `${formatMonth(Number(fromInput.value))} \u2013 ${formatMonth(Number(toInput.value))}`;
    };
    const update = (moved: HTMLInputElement): void => {
      if (Number(fromInput.value) > Number(toInput.value)) (moved === fromInput ? toInput : fromInput).value = moved.value;
      const from = Number(fromInput.value);
      const to = Number(toInput.value);
      if (from > min) state.dateFrom = from;
      else delete state.dateFrom;
      if (to < max) state.dateTo = to;
      else delete state.dateTo;
      show();
      emit();
    };
    fromInput.addEventListener('input', () => update(fromInput));
    toInput.addEventListener('input', () => update(toInput));
    show();
    timeBox.append(range, el('div', { class: 'dual-range' }, fromInput, toInput));
  } else {
    timeBox.appendChild(el('p', { class: 'muted' }, 'No dated relations.'));
  }
  const undated = checkboxRow('undated', 'Show undated', graph.filterEdges((_e, a) => !a.date).length, state.showUndated);
  undated.id = 'show-undated';
  undated.querySelector('input')!.addEventListener('change', (event) => {
    state.showUndated = (event.target as HTMLInputElement).checked;
    emit();
  });
  timeBox.appendChild(undated);

  // Size toggle
  const sizeBox = el('fieldset', { class: 'group segmented', id: 'size-by' }, el('legend', {}, 'Size by'));
  for (const mode of ['degree', 'pagerank'] as const) {
    const radio = el('input', { type: 'radio', name: 'size-by', value: mode, checked: mode === sizeBy });
    radio.addEventListener('change', () => options.onSizeBy(mode));
    sizeBox.appendChild(el('label', {}, radio, el('span', {}, mode === 'degree' ? 'Degree' : 'PageRank')));
  }

  container.append(typeBox, relationBox, degreeBox, timeBox, sizeBox);
}
