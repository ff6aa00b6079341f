// kg/extract: tokenizes a sentence span into words, numbers and punctuation with offsets. Possessive "'s"
// is its own token; dotted abbreviations ("U.S.") and hyphenated words ("Antonov-124") stay whole.
// Does no tagging beyond surface shape.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-cased text, typographic apostrophes normalized. */
  lower: string;
  kind: 'word' | 'num' | 'punct';
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,]\p{N}+)*(?:-\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[’'](?:s|S)\b|\S/gu;

/** Tokenizes text[start, end). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    let t = m[0];
    let s = start + m.index;
    // Split a trailing possessive off a word: "Venezuela’s" -> "Venezuela", "’s"
    const poss = /^(.+?)([’']s)$/u.exec(t);
    if (poss && poss[1]!.length > 0 && /\p{L}/u.test(poss[1]!)) {
      out.push(makeToken(poss[1]!, s));
      t = poss[2]!;
      s += poss[1]!.length;
    }
    out.push(makeToken(t, s));
  }
  return out;
}

function makeToken(text: string, start: number): Token {
  const first = text[0]!;
  const kind: Token['kind'] = /\p{N}/u.test(first) ? 'num' : /[\p{L}\p{M}]/u.test(first) ? 'word' : 'punct';
  return {
    text,
    start,
    end: start + text.length,
    lower: text.toLowerCase().replace(/’/g, "'"),
    kind,
    cap: kind === 'word' && /\p{Lu}/u.test(first),
  };
}

/** Counts words in a text without building tokens (for throughput figures). */
export function countWords(text: string): number {
  let n = 0;
  const re = /[\p{L}\p{N}]+/gu;
  while (re.exec(text)) n++;
  return n;
}
