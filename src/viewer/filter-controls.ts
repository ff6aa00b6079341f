// kg/viewer: the sidebar controls: entity types (also the colour legend), relation types and families, isolated
// entities, minimum degree, the timeline (two range sliders over relation months + "show undated"), and the size
// and colour toggles. Every control has an accessible name. It reports changes through callbacks (the app applies
// them at most once a frame) and holds no graph state of its own.
import { ENTITY_TYPES } from '../model/index.js';
import { FAMILY_COLORS, hasCommunities, typeColor } from './appearance.js';
import { formatMonth } from './dates.js';
import { clear, el } from './dom.js';
import { indexDateBounds } from './filters.js';
import { UNDATED } from './graph-index.js';
import type { GraphIndex } from './graph-index.js';
import { displayName } from './sanitize-graph.js';
import type { ColorMode, FilterState, SizeMode } from './types.js';

export interface FilterControlsOptions {
  /** `immediate`: a discrete change (checkbox) applied now; slider moves come many per frame and may wait for it. */
  onFilters: (filters: FilterState, immediate: boolean) => void;
  onSizeBy: (mode: SizeMode) => void;
  onColorBy: (mode: ColorMode) => void;
}

function checkboxRow(name: string, label: string, count: number, checked: boolean, color?: string): HTMLLabelElement {
  // The accessible name is the label alone ("Person", not "Person10"); the count is read as its description
  const countId = `count-${name}-${label.replace(/[^\w-]/g, '_')}`;
  const box = el('input', { type: 'checkbox', name, value: label, checked, 'aria-label': displayName(label, 60), 'aria-describedby': countId });
  const row = el('label', { class: 'check-row' }, box);
  if (color) {
    const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = color;
    row.appendChild(swatch);
  }
  row.append(el('span', { class: 'check-label', 'aria-hidden': 'true' }, displayName(label, 60)), el('span', { class: 'count', id: countId }, `${count}`));
  return row;
}

/** Renders every filter control into `container` for `graph`, reflecting `filters`. */
export function renderFilterControls(
  container: HTMLElement,
  index: GraphIndex,
  filters: FilterState,
  sizeBy: SizeMode,
  colorBy: ColorMode,
  options: FilterControlsOptions,
): void {
  clear(container);
  const copy = (f: FilterState): FilterState => ({ ...f, hiddenTypes: [...f.hiddenTypes], hiddenRelations: [...f.hiddenRelations], hiddenFamilies: [...f.hiddenFamilies] });
  const state = copy(filters);
  const emit = (immediate = true): void => options.onFilters(copy(state), immediate);
  const countCodes = (codes: ArrayLike<number>, names: string[]): Map<string, number> => {
    const counts = new Uint32Array(names.length);
    for (let i = 0; i < codes.length; i++) counts[codes[i]!]!++;
    return new Map(names.map((n, i) => [n, counts[i]!] as const).filter(([, c]) => c > 0));
  };
  const toggleIn = (list: string[], value: string, hidden: boolean): void => {
    const i = list.indexOf(value);
    if (hidden && i < 0) list.push(value);
    if (!hidden && i >= 0) list.splice(i, 1);
  };

  // Entity types, in palette order, then any others the file uses
  const typeCounts = countCodes(index.nodeType, index.types);
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
  const relationCounts = countCodes(index.relationType, index.relationTypes);
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

  // Relation families, when the graph's relations carry them
  const familyCounts = countCodes(index.family, index.families);
  familyCounts.delete('');
  const familyBox = el('fieldset', { class: 'group', id: 'family-filter' }, el('legend', {}, 'Relation families'));
  for (const family of [...familyCounts.keys()].sort()) {
    const row = checkboxRow('family', family, familyCounts.get(family) ?? 0, !state.hiddenFamilies.includes(family), FAMILY_COLORS[family] ?? '#c3c9d2');
    row.querySelector('input')!.addEventListener('change', (event) => {
      toggleIn(state.hiddenFamilies, family, !(event.target as HTMLInputElement).checked);
      emit();
    });
    familyBox.appendChild(row);
  }

  // Isolated entities (no visible relation): hidden by default
  let isolated = 0;
  for (let i = 0; i < index.nodes.length; i++) if (index.offsets[i + 1] === index.offsets[i]) isolated++;
  const isolatedRow = checkboxRow('isolated', 'Show isolated entities', isolated, state.showIsolated);
  isolatedRow.id = 'show-isolated';
  isolatedRow.querySelector('input')!.addEventListener('change', (event) => {
    state.showIsolated = (event.target as HTMLInputElement).checked;
    emit();
  });
  typeBox.appendChild(isolatedRow);

  // Minimum degree
  const maxDegree = index.maxDegree;
  const degreeInput = el('input', { type: 'range', id: 'min-degree', min: 0, max: Math.max(1, Math.min(maxDegree, 100)), step: 1, value: state.minDegree, 'aria-label': 'Minimum degree' });
  const degreeValue = el('output', { for: 'min-degree' }, String(state.minDegree));
  degreeInput.addEventListener('input', () => {
    state.minDegree = Number(degreeInput.value);
    degreeValue.textContent = String(state.minDegree);
    emit(false);
  });
  const degreeBox = el('fieldset', { class: 'group' }, el('legend', {}, 'Minimum degree'), el('div', { class: 'slider-row' }, degreeInput, degreeValue));

  // Timeline over relation months
  const timeBox = el('fieldset', { class: 'group', id: 'timeline' }, el('legend', {}, 'Timeline'));
  const bounds = indexDateBounds(index);
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
      emit(false);
    };
    fromInput.addEventListener('input', () => update(fromInput));
    toInput.addEventListener('input', () => update(toInput));
    show();
    timeBox.append(range, el('div', { class: 'dual-range' }, fromInput, toInput));
  } else {
    timeBox.appendChild(el('p', { class: 'muted' }, 'No dated relations.'));
  }
  let undatedCount = 0;
  for (let e = 0; e < index.monthFrom.length; e++) if (index.monthFrom[e] === UNDATED) undatedCount++;
  const undated = checkboxRow('undated', 'Show undated', undatedCount, state.showUndated);
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

  // Colour toggle (communities come from the build's enrich stage)
  const colorBox = el('fieldset', { class: 'group segmented', id: 'color-by' }, el('legend', {}, 'Colour by'));
  for (const mode of ['type', 'community'] as const) {
    const radio = el('input', { type: 'radio', name: 'color-by', value: mode, checked: mode === colorBy, disabled: mode === 'community' && !hasCommunities(index) });
    radio.addEventListener('change', () => options.onColorBy(mode));
    colorBox.appendChild(el('label', {}, radio, el('span', {}, mode === 'type' ? 'Type' : 'Community')));
  }

  container.append(typeBox, relationBox, ...(familyCounts.size ? [familyBox] : []), degreeBox, timeBox, sizeBox, colorBox);
}
