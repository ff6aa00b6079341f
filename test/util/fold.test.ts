// foldName: the one-pass ASCII fold must agree with the Unicode definition (NFD, strip marks, lower-case,
// drop dots and apostrophes, other punctuation to single spaces) on every input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, slugify } from '../../src/util/fold.js';

const reference = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.\u2018\u2019'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('foldName', () => {
  it('folds names as documented', () => {
    expect(foldName('José Núñez')).toBe('jose nunez');
    expect(foldName("U.S. Secretary-General O'Neil")).toBe('us secretary general oneil');
    expect(foldName('  --Guinea-Bissau,  ')).toBe('guinea bissau');
    expect(foldName('...')).toBe('');
    expect(slugify('José Núñez')).toBe('jose-nunez');
  });

  it('agrees with the Unicode definition on ASCII input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (s) => foldName(s) === reference(s)), { numRuns: 3000, seed: 7 });
  });

  it('agrees with the Unicode definition on any input', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => foldName(s) === reference(s)), { numRuns: 1000, seed: 7 });
  });
});
