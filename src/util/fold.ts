// kg/util: text folding for matching names (case, accents, punctuation). Pure; no locale data.

/** Strips accents: "Perú" -> "Peru". */
export const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '');

const FOLD_CACHE = new Map<string, string>();

/** Folds a name for comparison: accents, case, dots and apostrophes gone, other punctuation to spaces. */
export function foldName(s: string): string {
  let f = FOLD_CACHE.get(s);
  if (f === undefined) {
    f = computeFold(s);
    if (FOLD_CACHE.size > 100_000) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, f);
  }
  return f;
}

const computeFold = (s: string): string =>
  stripAccents(s)
    .toLowerCase()
    .replace(/[.\u2018\u2019'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A slug for stable node ids: "José Núñez" -> "jose-nunez". */
export const slugify = (s: string): string => foldName(s).replace(/\s+/g, '-') || 'x';
