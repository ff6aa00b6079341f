// kg/util: text folding for matching names (case, accents, punctuation). Pure; no locale data.
import { boundedMemo } from './memo.js';

/** Strips accents: "Perú" -> "Peru". */
export const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '');

/** Entries kept before the cache starts over (a 5M-word corpus folds about 300k distinct strings). */
const FOLD_CACHE_MAX = 100_000;

function computeFold(s: string): string {
  return foldAscii(s) ?? foldUnicode(s);
}

/** Folds a name for comparison: accents, case, dots and apostrophes gone, other punctuation to spaces. */
export const foldName: (s: string) => string = boundedMemo(computeFold, FOLD_CACHE_MAX);

const foldUnicode = (s: string): string =>
  stripAccents(s)
    .toLowerCase()
    .replace(/[.\u2018\u2019'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The same fold for pure ASCII text in one pass; undefined when the text has other characters. */
function foldAscii(s: string): string | undefined {
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c === 46 || c === 39 || c === 96) continue; // . ' ` vanish
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      gap = true;
      continue;
    }
    if (gap && out) out += ' ';
    gap = false;
    out += String.fromCharCode(c);
  }
  return out;
}

/** A slug for stable node ids: "José Núñez" -> "jose-nunez". */
export const slugify = (s: string): string => foldName(s).replace(/\s+/g, '-') || 'x';
