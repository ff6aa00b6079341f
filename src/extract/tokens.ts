// kg/extract: tokenizes a sentence span into words, numbers and punctuation with offsets. Possessive "'s"
// is its own token; dotted abbreviations ("U.S."), initials ("F.") and hyphenated words ("Antonov-124") stay whole.
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
  /** Universal part-of-speech tag, set by the grammar layer's tagger ('X' until then). */
  pos: Pos;
  /** Lower-case lemma, set by the tagger (the lower-case text until then). */
  lemma: string;
}

/** Universal Dependencies part-of-speech tags, as the tagger (wink-nlp) writes them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT'
  | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

// (an initial or "St." before a capitalized word keeps its period: "John F. Kennedy", "St. Joseph"; capitals joined by an
// ampersand are one word: "AT&T", "S&P"; an ordinal is one number: "32nd")
const TOKEN = new RegExp(
  [
    '\\p{Lu}{1,4}&\\p{Lu}{1,4}\\b', '(?:\\p{Lu}\\.){2,}', '(?:\\p{Lu}|St|Mt|Ft)\\.(?=\\s+\\p{Lu})', '\\p{N}+(?:st|nd|rd|th)\\b',
    '\\p{N}+(?:[.,]\\p{N}+)*(?:-\\p{L}+)?',
    "[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*", "[’'](?:s|S)\\b", '\\S',
  ].join('|'),
  'gu',
);

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
    if (t.length > 2 && (t.endsWith("'s") || t.endsWith('’s'))) {
      const head = t.slice(0, -2);
      if (/\p{L}/u.test(head)) {
        out.push(makeToken(head, s));
        t = t.slice(-2);
        s += head.length;
      }
    }
    out.push(makeToken(t, s));
  }
  // ("the Philippines' foreign secretary": a plural's bare apostrophe, right after its -s and before the next word, is
  // the possessive "'s")
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i]!;
    const prev = out[i - 1]!;
    if (t.lower === "'" && prev.end === t.start && prev.kind === 'word' && /s$/i.test(prev.text) && out[i + 1]!.kind === 'word' && out[i + 1]!.start > t.end) {
      t.lower = "'s";
      t.lemma = "'s";
    }
  }
  return out;
}

/** Surface class of a token's first character: ASCII by char code, the rest by Unicode property. */
function classify(first: string): { kind: Token['kind']; cap: boolean } {
  const c = first.charCodeAt(0);
  if (c >= 48 && c <= 57) return NUM;
  if (c >= 65 && c <= 90) return CAP_WORD;
  if (c >= 97 && c <= 122) return WORD;
  if (c < 128) return PUNCT;
  if (/\p{N}/u.test(first)) return NUM;
  if (/[\p{L}\p{M}]/u.test(first)) return /\p{Lu}/u.test(first) ? CAP_WORD : WORD;
  return PUNCT;
}
const NUM = { kind: 'num', cap: false } as const;
const WORD = { kind: 'word', cap: false } as const;
const CAP_WORD = { kind: 'word', cap: true } as const;
const PUNCT = { kind: 'punct', cap: false } as const;

/** A wire service's document code ("OW1102132994", "LD0506194194"): letters then digits, no word of a name. */
const DOCUMENT_CODE = /^[A-Z]{2}\d{6,}[A-Z\d]*$/;

function makeToken(text: string, start: number): Token {
  const classified = classify(text[0]!);
  const { kind } = classified;
  const cap = classified.cap && !(text.length >= 8 && DOCUMENT_CODE.test(text));
  let lower = text.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  return { text, start, end: start + text.length, lower, kind, cap, pos: 'X', lemma: lower };
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Counts words (runs of letters and digits, as /[\p{L}\p{N}]+/gu finds them) in a text without building tokens.
 * One pass over the characters: ASCII by char code, other code points by Unicode property.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else {
      const cp = text.codePointAt(i)!;
      word = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++; // (the low half of a surrogate pair)
    }
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}
