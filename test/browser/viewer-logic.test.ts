// Unit tests (Node, no browser) of the viewer's pure modules: evidence name marking, timeline dates, filter
// visibility on the sample fixture, URL-hash state and parallel-edge curvature. The DOM and sigma are tested in
// viewer.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../src/query/index.js';
import { computeCurvatures, computeSizes } from '../../src/viewer/appearance.js';
import { buildGraphIndex } from '../../src/viewer/graph-index.js';
import { foldAliases } from '../../src/viewer/node-panel.js';
import { cut, displayName, sanitizeGraph } from '../../src/viewer/sanitize-graph.js';
import type { FilterState, FocusState } from '../../src/viewer/types.js';
import { dateSpan, formatMonth, monthIndex, parseMonth } from '../../src/viewer/dates.js';
import { DEFAULT_FILTERS, computeVisibility as computeIndexed, dateBounds } from '../../src/viewer/filters.js';
import { markNames } from '../../src/viewer/mark-text.js';
import { decodeViewState, defaultViewState, encodeViewState } from '../../src/viewer/url-state.js';
import { FIXTURES } from './harness.js';

const sample = importGraph(JSON.parse(readFileSync(join(FIXTURES, 'sample.json'), 'utf8')), 'sample.json');
const sampleIndex = buildGraphIndex(sample);
/** Visibility as sets of hidden keys. */
function computeVisibility(_g: unknown, filters: FilterState, focus?: FocusState): { hiddenNodes: Set<string>; hiddenEdges: Set<string> } {
  const v = computeIndexed(sampleIndex, filters, dateBounds(sample), focus);
  return {
    hiddenNodes: new Set(sampleIndex.nodes.filter((_n, i) => v.nodeHidden[i])),
    hiddenEdges: new Set(sampleIndex.edges.filter((_e, i) => v.edgeHidden[i])),
  };
}
const marked = (text: string, names: string[]): string[] => markNames(text, names).filter((s) => s.marked).map((s) => s.text);

describe('viewer/mark-text', () => {
  const cases: [string, string[], string[]][] = [
    ['President Nicolas Maduro is presiding', ['Nicolás Maduro', 'Maduro'], ['Nicolas Maduro']],
    ['to bolster Maduro has', ['Maduro', 'Russia'], ['Maduro']],
    ['Russia’s weekend deployment', ['Russia'], ['Russia']],
    ['Russian troops', ['Russia'], []],
    ['GUAIDÓ met guaido', ['Guaido'], ['GUAIDÓ', 'guaido']],
    ['<img src=x> met Russia', ['<img src=x>', 'Russia'], ['<img src=x>', 'Russia']],
  ];
  for (const [text, names, expected] of cases) {
    it(`should mark ${JSON.stringify(expected)} in "${text}"`, () => {
      expect(marked(text, names)).toEqual(expected);
      expect(markNames(text, names).map((s) => s.text).join('')).toBe(text);
    });
  }
});

describe('viewer/dates', () => {
  it('should turn ISO dates into inclusive month spans', () => {
    expect(dateSpan('2019')).toEqual([monthIndex(2019, 1), monthIndex(2019, 12)]);
    expect(dateSpan('2019-03')).toEqual([monthIndex(2019, 3), monthIndex(2019, 3)]);
    expect(dateSpan('2019-03-23')).toEqual([monthIndex(2019, 3), monthIndex(2019, 3)]);
    expect(dateSpan('March 2019')).toBeUndefined();
    expect(dateSpan('2019-13')).toBeUndefined();
    expect(formatMonth(monthIndex(2001, 5))).toBe('2001-05');
    expect(parseMonth('2025-11')).toBe(monthIndex(2025, 11));
  });
});

describe('viewer/filters', () => {
  it('should hide co-mentions by default and nothing else', () => {
    const v = computeVisibility(sample, DEFAULT_FILTERS);
    expect(v.hiddenNodes.size).toBe(0);
    expect(v.hiddenEdges.size).toBe(3);
  });
  it('should hide edges outside the timeline and the nodes they isolated', () => {
    const v = computeVisibility(sample, { ...DEFAULT_FILTERS, dateFrom: monthIndex(2025, 1) });
    expect(v.hiddenEdges.has('e0')).toBe(true);
    expect(v.hiddenEdges.has('e6')).toBe(false);
    expect(v.hiddenEdges.has('e2')).toBe(false);
    expect(v.hiddenNodes.has('person:juan-guaido')).toBe(true);
    expect(v.hiddenNodes.has('person:nicolas-maduro')).toBe(false);
  });
  it('should hide undated edges on request, and edges of hidden types', () => {
    const v = computeVisibility(sample, { ...DEFAULT_FILTERS, showUndated: false, hiddenTypes: ['Agreement'] });
    expect(v.hiddenEdges.has('e2')).toBe(true);
    expect(v.hiddenNodes.has('agreement:strategic-partnership-2025')).toBe(true);
    expect(v.hiddenEdges.has('e7')).toBe(true);
  });
  it('should find the date bounds of relations', () => {
    expect(dateBounds(sample)).toEqual([monthIndex(2001, 5), monthIndex(2025, 11)]);
  });
});

describe('viewer/filters (issue 17)', () => {
  it('should keep a depth-1 neighbourhood in focus mode, and more at depth 2', () => {
    const d1 = computeVisibility(sample, DEFAULT_FILTERS, { node: 'person:juan-guaido', depth: 1 });
    expect(sample.order - d1.hiddenNodes.size).toBe(3);
    const d2 = computeVisibility(sample, DEFAULT_FILTERS, { node: 'person:juan-guaido', depth: 2 });
    expect(sample.order - d2.hiddenNodes.size).toBeGreaterThan(3);
  });
  it('should hide relations of a hidden family, and entities they left isolated', () => {
    const g = importGraph(JSON.parse(readFileSync(join(FIXTURES, 'issue17.json'), 'utf8')), 'issue17.json');
    const index = buildGraphIndex(g);
    const v = computeIndexed(index, { ...DEFAULT_FILTERS, hiddenFamilies: ['conflict'] }, dateBounds(g));
    expect(v.edgeHidden[index.edgeIndex.get('e0')!]).toBe(1);
    expect(v.edgeHidden[index.edgeIndex.get('e1')!]).toBe(0);
    expect(v.nodeHidden[index.nodeIndex.get('person:lonely-envoy')!]).toBe(1);
    const shown = computeIndexed(index, { ...DEFAULT_FILTERS, showIsolated: true }, dateBounds(g));
    expect(shown.nodeHidden[index.nodeIndex.get('person:lonely-envoy')!]).toBe(0);
  });
});

describe('viewer/sanitize-graph', () => {
  it('should repair lists, numbers and coordinates of the wrong shape, with a warning', () => {
    const g = importGraph(JSON.parse(readFileSync(join(FIXTURES, 'hostile-shapes.json'), 'utf8')), 'h.json');
    const warnings = sanitizeGraph(g, 'h.json');
    expect(g.getNodeAttribute('doc-object', 'documents')).toEqual(['a.md']);
    expect(g.getNodeAttribute('doc-string', 'documents')).toEqual(['a.md']);
    expect(g.getNodeAttribute('bad-aliases', 'aliases')).toEqual([]); // query/importGraph already drops it
    expect(g.getNodeAttribute('bad-aliases', 'mentions')).toBe(0);
    expect(g.getEdgeAttribute('p6', 'evidence')).toEqual([]);
    expect(warnings.join(' ')).toMatch(/repaired/);
    const x = importGraph(JSON.parse(readFileSync(join(FIXTURES, 'extreme-coords.json'), 'utf8')), 'x.json');
    expect(sanitizeGraph(x, 'x.json').join(' ')).toMatch(/coordinates/);
    expect(x.getNodeAttribute('place:caribbean', 'x')).toBeUndefined();
    expect(sanitizeGraph(sample.copy(), 'sample.json')).toEqual([]);
  });
  it('should keep `rules` lists (kg build --rules), repair other shapes of them, and add none where absent', () => {
    const g = importGraph(JSON.parse(readFileSync(join(FIXTURES, 'issue17.json'), 'utf8')), 'issue17.json');
    g.setEdgeAttribute('e2', 'rules', 'verb:meet|role:title' as unknown as string[]);
    expect(sanitizeGraph(g, 'issue17.json').join(' ')).toMatch(/rules of a relation/);
    expect(g.getEdgeAttribute('e0', 'rules')).toEqual(['<img src=x onerror="document.title=\'injected\'">', 'verb:oppose']);
    expect(g.getEdgeAttribute('e2', 'rules')).toEqual(['verb:meet', 'role:title']);
    expect(g.hasEdgeAttribute('e1', 'rules')).toBe(false);
  });
  it('should neutralise bidi controls and cut long names for display', () => {
    expect(displayName('Ali \u202egnp.exe Khan')).toBe('Ali gnp.exe Khan');
    expect(cut('x'.repeat(50), 10)).toHaveLength(10);
    expect(cut('short', 10)).toBe('short');
  });
  it('should fold aliases by case and accents, leaving out the label', () => {
    expect(foldAliases('Russia', ['Russia', 'Moscow', 'MOSCOW', 'moscow', 'Russian Federation'])).toEqual(['Moscow', 'Russian Federation']);
  });
});

describe('viewer/url-state', () => {
  it('should round-trip a view state through the hash', () => {
    const state = defaultViewState();
    state.selected = 'person:nicolas-maduro';
    state.camera = { x: 0.25, y: 0.5, ratio: 0.3 };
    state.filters.hiddenTypes = ['Place', 'Event'];
    state.filters.hiddenRelations = [];
    state.filters.minDegree = 3;
    state.filters.dateFrom = monthIndex(2019, 1);
    state.filters.showUndated = false;
    state.sizeBy = 'pagerank';
    state.filters.showIsolated = true;
    state.colorBy = 'community';
    state.focus = { node: 'person:nicolas-maduro', depth: 2 };
    state.pathFrom = 'a,b|c';
    state.pathTo = 'd&e';
    expect(decodeViewState(`#${encodeViewState(state)}`)).toEqual(state);
  });
  it('should ignore malformed parts', () => {
    expect(decodeViewState('#cam=x,1&md=-2&from=never&size=huge')).toEqual(defaultViewState());
    expect(encodeViewState(defaultViewState())).toBe('');
  });
});

describe('viewer/appearance', () => {
  it('should curve only parallel edges, each differently', () => {
    const c = computeCurvatures(sample);
    const russiaVenezuela = ['e4', 'e5', 'e6'].map((e) => c.get(e));
    expect(new Set(russiaVenezuela).size).toBe(3);
    expect(c.has('e0')).toBe(false);
  });
  it('should size by degree and by pagerank', () => {
    const byDegree = computeSizes(sampleIndex, 'degree');
    const at = (n: string): number => byDegree[sampleIndex.nodeIndex.get(n)!]!;
    expect(at('country:rus')).toBeGreaterThan(at('place:caribbean'));
    expect(computeSizes(sampleIndex, 'pagerank').length).toBe(sample.order);
  });
});
