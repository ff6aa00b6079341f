// kg/resolve: comparing personal names across documents: accents, case and common transliteration variants
// ("Sergei"/"Sergey", "Dmitry"/"Dmitri") fold to the same key. Two names match only when the surname and
// every given name agree after folding; a shared surname or first name alone never merges.
import { foldName } from '../util/fold.js';

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

const KEY_CACHE = new Map<string, string>();
/** Entries kept before the cache starts over (the same names recur in document after document). */
const KEY_CACHE_MAX = 100_000;

/** A transliteration-folded key of a full name. */
export function personKey(name: string): string {
  let key = KEY_CACHE.get(name);
  if (key === undefined) {
    key = foldName(name).split(' ').map(foldNamePart).join(' ');
    if (KEY_CACHE.size > KEY_CACHE_MAX) KEY_CACHE.clear();
    KEY_CACHE.set(name, key);
  }
  return key;
}

/** The surname key (last word, folded). */
export const surnameKey = (name: string): string => {
  const parts = foldName(name).split(' ');
  return foldNamePart(parts[parts.length - 1] ?? '');
};
