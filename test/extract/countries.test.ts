// Tests for kg/extract's country gazetteer (from the world-countries package): names, demonyms, capitals.
import { describe, expect, it } from 'vitest';
import { lookupCountry } from '../../src/extract/countries.js';

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
