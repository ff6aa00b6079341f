// kg/extract: splits a document into sentence spans. Lines are hard boundaries (headlines, bylines and
// datelines stand alone); inside a paragraph a sentence ends at . ! ? (plus closing quotes) followed by a
// capital, a digit or an opening quote, unless the period closes an abbreviation ("Mr.", "U.S.", "Nov.").
// Offsets index the original text; spans are trimmed. Does not tokenize.

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev hon pres supt insp det st jr sr ' +
    'brig spc pfc ret amb atty gens sgts ' +
    'inc corp ltd co bros llc plc no nos vol fig vs etc approx est dept univ ave blvd mt ft ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun'
  ).split(' '),
);

const CLOSERS = '"\'”’)]»';
const OPENERS = '"\'“‘([«';

/** Whether the period at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot);
  if (!word) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, U.K, e.g
  if (/^\p{Lu}$/u.test(word)) return true; // initials: "John F. Kennedy"
  return ABBREVIATIONS.has(word.toLowerCase().replace(/\./g, ''));
}

/** Sentences longer than this are cut at a clause or word boundary, so work per sentence stays bounded. */
export const MAX_SENTENCE_CHARS = 1500;

/** Returns trimmed sentence spans over `text`. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const emit = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) spans.push({ start, end });
  };
  const push = (start: number, end: number): void => {
    // A run-on "sentence" (no punctuation, one giant line) is cut near MAX_SENTENCE_CHARS / 2
    while (end - start > MAX_SENTENCE_CHARS) {
      const window = text.slice(start + MAX_SENTENCE_CHARS / 2, start + MAX_SENTENCE_CHARS);
      const clause = window.search(/[;,:]\s/);
      const space = window.search(/\s/);
      const cut = start + MAX_SENTENCE_CHARS / 2 + (clause >= 0 ? clause + 1 : space >= 0 ? space : window.length);
      emit(start, cut);
      start = cut;
    }
    emit(start, end);
  };
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const ch = i < n ? text[i]! : '\n';
    if (ch === '\n' || ch === '\r') {
      splitLine(text, lineStart, i, push);
      lineStart = i + 1;
    }
  }
  return spans;
}

/** "AFP: On Saturday, ...", "Wen Haoran: ...": a transcript's speaker label opening a line. */
const SPEAKER_LABEL = /^\s*\p{Lu}[\p{L}\p{M}.'’ -]{0,40}:\s/u;

function splitLine(text: string, from: number, to: number, push: (s: number, e: number) => void): void {
  let start = from;
  // A speaker label is a span of its own, so the speech after it starts a sentence
  const label = SPEAKER_LABEL.exec(text.slice(from, Math.min(to, from + 48)));
  if (label && !/^\s*(?:Note|Update|Source|Photo|Editor|By|Correction|Read more|Related)\b/i.test(label[0])) {
    const colon = from + label[0].lastIndexOf(':');
    push(from, colon);
    start = colon + 1;
  }
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < to && (CLOSERS.includes(text[j]!) || text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    if (j >= to) continue;
    if (!/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < to && /\s/.test(text[k]!)) k++;
    if (k >= to) continue;
    const next = text[k]!;
    if (!(/[\p{Lu}\p{N}]/u.test(next) || OPENERS.includes(next))) continue;
    if (ch === '.' && isAbbreviation(text, i)) {
      // "in the U.S. The ..." is ambiguous; keep going unless the next word is a common sentence opener.
      if (!/^(The|He|She|It|They|We|I|In|On|But|And|A|This|That|There|Its|His|Her)\b/.test(text.slice(k, k + 6))) continue;
    }
    push(start, j);
    start = k;
    i = k - 1;
  }
  push(start, to);
}
