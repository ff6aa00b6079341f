// Tests for kg/extract's country gazetteer (from the world-countries package): names, demonyms, capitals.
import { describe, expect, it } from 'vitest';
import { lookupCountry, someCountryStartsWith } from '../../src/extract/countries.js';
import { foldName } from '../../src/util/fold.js';

describe('lookupCountry', () => {
  const cases: [string, string | undefined, string?][] = [
    ['Russia', 'RUS', 'name'],
    ['Russian Federation', 'RUS', 'name'],
    ['Bolivarian Republic of Venezuela', 'VEN', 'name'],
    ['U.S.', 'USA', 'name'],
    ['US', 'USA', 'name'],
    ['America', 'USA', 'name'],
    ['Venezuelan', 'VEN', 'demonym'],
    ['Venezuelans', 'VEN', 'demonym'],
    ['American', 'USA', 'demonym'],
    ['Moscow', 'RUS', 'capital'],
    ['Washington', 'USA', 'capital'],
    ['Caracas', 'VEN', 'capital'],
    ['Guaidó', undefined],
    ['BY', undefined],
    ['IN', undefined],
  ];
  for (const [surface, code, form] of cases) {
    it(`should map ${surface} to ${code ?? 'nothing'}`, () => {
      const hit = lookupCountry(surface);
      expect(hit?.country.code).toBe(code);
      if (form) expect(hit?.form).toBe(form);
    });
  }
});

describe('someCountryStartsWith', () => {
  it('is true for every prefix of a country form and false past it', () => {
    for (const surface of ['United States of America', 'Bosnia and Herzegovina', 'Guinea-Bissau', 'U.S.']) {
      const folded = foldName(surface);
      for (let n = 1; n <= folded.length; n++) expect(someCountryStartsWith(folded.slice(0, n))).toBe(true);
    }
    expect(someCountryStartsWith('united states of america x')).toBe(false);
    expect(someCountryStartsWith('lumenworks')).toBe(false);
    expect(someCountryStartsWith('')).toBe(true);
  });
});
