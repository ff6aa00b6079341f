// kg/resolve: comparing personal names across documents: accents, case and common transliteration variants
// ("Sergei"/"Sergey", "Dmitry"/"Dmitri") fold to the same key. Two names match only when the surname and
// every given name agree after folding; a shared surname or first name alone never merges.
import { foldName } from '../util/fold.js';
import { boundedMemo } from '../util/memo.js';

/** Folds one name part for transliteration-insensitive comparison. */
export function foldNamePart(part: string): string {
  return foldName(part)
    .replace(/kh/g, 'h')
    .replace(/ks/g, 'x')
    .replace(/y/g, 'i')
    .replace(/ii/g, 'i')
    .replace(/j/g, 'i')
    .replace(/([a-z])\1/g, '$1');
}

/** A transliteration-folded key of a full name (remembered: the same names recur in document after document). */
export const personKey = boundedMemo((name: string): string => foldName(name).split(' ').map(foldNamePart).join(' '), 100_000);

/** The surname key (last word, folded). */
export const surnameKey = (name: string): string => {
  const parts = foldName(name).split(' ');
  return foldNamePart(parts[parts.length - 1] ?? '');
};
