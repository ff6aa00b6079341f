// kg/viewer: view state <-> URL hash ("#sel=...&cam=x,y,ratio&ht=Person&hr=co_mentioned&md=2&from=2019-01&to=2025-12
// &undated=0&iso=1&hf=conflict&size=pagerank&color=community&focus=a&depth=2&pf=a&pt=b"), so a link reopens the same view. Pure; reading/writing location is the caller's.
import { DEFAULT_FILTERS } from './filters.js';
import { formatMonth, parseMonth } from './dates.js';
import type { ViewState } from './types.js';

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean).map(decodeURIComponent) : []);
const joinList = (items: readonly string[]): string => items.map(encodeURIComponent).join(',');

/** The state a fresh page starts with. */
export const defaultViewState = (): ViewState => ({
  filters: {
    ...DEFAULT_FILTERS,
    hiddenTypes: [...DEFAULT_FILTERS.hiddenTypes],
    hiddenRelations: [...DEFAULT_FILTERS.hiddenRelations],
    hiddenFamilies: [...DEFAULT_FILTERS.hiddenFamilies],
  },
  sizeBy: 'degree',
  colorBy: 'type',
});

/** Parses a location hash (with or without "#"); unknown or malformed parts fall back to defaults. */
export function decodeViewState(hash: string): ViewState {
  const state = defaultViewState();
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const f = state.filters;
  if (p.has('ht')) f.hiddenTypes = list(p.get('ht'));
  if (p.has('hr')) f.hiddenRelations = list(p.get('hr'));
  const md = Number(p.get('md'));
  if (Number.isInteger(md) && md > 0) f.minDegree = md;
  const from = parseMonth(p.get('from'));
  const to = parseMonth(p.get('to'));
  if (from !== undefined) f.dateFrom = from;
  if (to !== undefined) f.dateTo = to;
  if (p.get('undated') === '0') f.showUndated = false;
  if (p.get('iso') === '1') f.showIsolated = true;
  if (p.has('hf')) f.hiddenFamilies = list(p.get('hf'));
  if (p.get('size') === 'pagerank') state.sizeBy = 'pagerank';
  if (p.get('color') === 'community') state.colorBy = 'community';
  const focus = p.get('focus');
  if (focus) state.focus = { node: focus, depth: p.get('depth') === '2' ? 2 : 1 };
  const sel = p.get('sel');
  if (sel) state.selected = sel;
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  if (cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0) state.camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
  const pf = p.get('pf');
  const pt = p.get('pt');
  if (pf && pt) {
    state.pathFrom = pf;
    state.pathTo = pt;
  }
  return state;
}

/** Serializes the state, leaving out what equals the defaults. */
export function encodeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  const d = DEFAULT_FILTERS;
  if (state.selected) p.set('sel', state.selected);
  if (state.camera) {
    const c = state.camera;
    p.set('cam', [c.x, c.y, c.ratio].map((v) => Number(v.toFixed(4))).join(','));
  }
  if (f.hiddenTypes.join(',') !== d.hiddenTypes.join(',')) p.set('ht', joinList(f.hiddenTypes));
  if ([...f.hiddenRelations].sort().join(',') !== d.hiddenRelations.join(',')) p.set('hr', joinList(f.hiddenRelations));
  if (f.minDegree > 0) p.set('md', String(f.minDegree));
  if (f.dateFrom !== undefined) p.set('from', formatMonth(f.dateFrom));
  if (f.dateTo !== undefined) p.set('to', formatMonth(f.dateTo));
  if (!f.showUndated) p.set('undated', '0');
  if (f.showIsolated) p.set('iso', '1');
  if (f.hiddenFamilies.length) p.set('hf', joinList(f.hiddenFamilies));
  if (state.sizeBy !== 'degree') p.set('size', state.sizeBy);
  if (state.colorBy !== 'type') p.set('color', state.colorBy);
  if (state.focus) {
    p.set('focus', state.focus.node);
    p.set('depth', String(state.focus.depth));
  }
  if (state.pathFrom && state.pathTo) {
    p.set('pf', state.pathFrom);
    p.set('pt', state.pathTo);
  }
  return p.toString();
}
