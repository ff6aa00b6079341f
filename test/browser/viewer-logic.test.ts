// Unit tests (Node, no browser) of the viewer's pure modules: evidence name marking, timeline dates, filter
// visibility on the sample fixture, URL-hash state and parallel-edge curvature. The DOM and sigma are tested in
// viewer.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../src/query/index.js';
import { computeCurvatures, computeSizes } from '../../src/viewer/appearance.js';
import { dateSpan, formatMonth, monthIndex, parseMonth } from '../../src/viewer/dates.js';
import { DEFAULT_FILTERS, computeVisibility, dateBounds } from '../../src/viewer/filters.js';
import { markNames } from '../../src/viewer/mark-text.js';
import { decodeViewState, defaultViewState, encodeViewState } from '../../src/viewer/url-state.js';
import { FIXTURES } from './harness.js';

const sample = importGraph(JSON.parse(readFileSync(join(FIXTURES, 'sample.json'), 'utf8')), 'sample.json');
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
    const byDegree = computeSizes(sample, 'degree');
    expect(byDegree.get('country:rus')!).toBeGreaterThan(byDegree.get('place:caribbean')!);
    expect(computeSizes(sample, 'pagerank').size).toBe(sample.order);
  });
});
