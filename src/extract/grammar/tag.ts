// kg/extract/grammar: part-of-speech tags and lemmas for a document's tokens, from wink-nlp's English model
// (a model shipped inside its npm package: nothing is downloaded at run time). The tagger reads the whole text
// once; its tokens are aligned to ours by character offset, so our token boundaries and offsets never change.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { interopDefault } from '../../util/interop-default.js';
import type { Pos, Token } from '../tokens.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/**
 * The tagger, loaded on first use (about 80 ms). Its part-of-speech pass reads tokens only, never sentence
 * boundaries, so sentence detection ('sbd', about a sixth of the tagger's time) is left out of the pipe.
 */
function tagger(): Nlp {
  nlp ??= interopDefault(winkNLP)(interopDefault(model), ['pos']);
  return nlp;
}

/** How far (in characters) the aligner looks ahead for the tagger's next token before giving it up. */
const MAX_SKIP = 64;

/**
 * Sets `pos` and `lemma` on every token of `tokens` (all of one text, in text order). A token the tagger splits
 * ("far-right" -> far, -, right) takes the tag of its last word part; its lemma stays its lower-case text.
 */
export function tagTokens(text: string, tokens: Token[]): void {
  if (tokens.length === 0) return;
  const n = tagger();
  const its = n.its;
  const doc = n.readDoc(text);
  const tokenList = doc.tokens();
  const out = (f: unknown): string[] => (tokenList.out as (g: unknown) => string[]).call(tokenList, f);
  const values = out(its.value);
  const tags = out(its.pos);
  const lemmas = out(its.lemma);
  // The tagger's tokens with their offsets in `text`
  const starts: number[] = [];
  const keep: number[] = [];
  let at = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (!v.trim()) continue;
    const i = text.indexOf(v, at);
    if (i < 0 || i - at > MAX_SKIP) continue;
    starts.push(i);
    keep.push(k);
    at = i + v.length;
  }
  let w = 0;
  for (const t of tokens) {
    while (w < starts.length && starts[w]! + values[keep[w]!]!.length <= t.start) w++;
    if (w >= starts.length) break;
    // The tagger's tokens starting inside ours; the last word among them gives the tag
    let best = -1;
    for (let j = w; j < starts.length && starts[j]! < t.end; j++) {
      if (best < 0 || tags[keep[j]!] !== 'PUNCT') best = j;
    }
    if (best < 0) best = w; // one of the tagger's tokens covers ours
    const k = keep[best]!;
    t.pos = (tags[k] ?? 'X') as Pos;
    const single = starts[best] === t.start && values[k]!.length === t.text.length;
    if (single && lemmas[k]) t.lemma = lemmas[k]!.toLowerCase();
  }
  correctTags(tokens);
  for (const t of tokens) {
    // (the tagger leaves capitalized plurals unlemmatized: "Officials", "Talks")
    if (t.pos === 'PROPN' && t.lemma === t.lower && /[^s]s$/.test(t.lower) && t.lower.length > 4)
      t.lemma = t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : t.lower.slice(0, -1);
  }
}

/** Adjectives the tagger reads as adverbs after a determiner ("its new chief executive", "the former minister"). */
const ADVERB_READ_ADJECTIVES = new Set(['new', 'former', 'late', 'longtime', 'then']);

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);

/**
 * Repairs tagger mistakes the grammar layer trips over: after a form of "be", a word tagged as a verb that is
 * neither an -ing form nor a past participle is a noun ("are parties to", "is home to"); "new" after a determiner
 * is an adjective.
 */
function correctTags(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' && t.lower === 'lives' && livesIsVerb(tokens, i)) {
      t.pos = 'VERB';
      t.lemma = 'live';
      continue;
    }
    // ("Oswald shot Kennedy", "he shot him": a past verb read as a noun between a name or pronoun and its object)
    if (t.pos === 'NOUN' && SHOT_LIKE.has(t.lower) && shotIsVerb(tokens, i)) {
      t.pos = 'VERB';
      t.lemma = SHOT_LIKE.get(t.lower)!;
      continue;
    }
    // ("as its new chief executive": after a determiner or possessive, "new" is an adjective)
    if (t.pos === 'ADV' && ADVERB_READ_ADJECTIVES.has(t.lower) && /^(?:DET|PRON)$/.test(tokens[i - 1]?.pos ?? '')) {
      t.pos = 'ADJ';
      continue;
    }
    // ("Chile alleged that Peru ...", "it charged that": a past form before "that" is the verb, not an adjective)
    if (t.pos === 'ADJ' && ADJECTIVE_READ_SPEECH.has(t.lower) && tokens[i + 1]?.lower === 'that' && /^(?:PROPN|NOUN|PRON)$/.test(tokens[i - 1]?.pos ?? '')) {
      t.pos = 'VERB';
      t.lemma = ADJECTIVE_READ_SPEECH.get(t.lower)!;
      continue;
    }
    // ("Oman mediated indirect talks between X and Y": a past form read as an adjective is the verb of a sentence that has none)
    if (t.pos === 'ADJ' && /ed$/.test(t.lower) && tokens[i - 1]?.pos === 'PROPN' && !sentenceHasVerb(tokens, i)) {
      t.pos = 'VERB';
      t.lemma = lemmaOfPast(t.lower);
      continue;
    }
    // ("which was mediated by the Lake Basin Council": a past form read as an adjective between "be" and "by" is a passive verb)
    if (t.pos === 'ADJ' && /ed$/.test(t.lower) && tokens[i + 1]?.lower === 'by' && BE_FORMS.has(tokens[i - 1]?.lower ?? '')) {
      t.pos = 'VERB';
      t.lemma = lemmaOfPast(t.lower);
      continue;
    }
    if (t.pos !== 'VERB') continue;
    // ("the killing of X", "a bombing": a gerund right after an article is a noun)
    if (/ing$/.test(t.lower) && /^(?:the|a|an)$/.test(tokens[i - 1]?.lower ?? '')) {
      t.pos = 'NOUN';
      continue;
    }
    // "fined" is "fine" + d, not "fin" + ed: a one-syllable stem ending in vowel + consonant would have doubled it
    if (t.lower.endsWith('ed') && t.lemma === t.lower.slice(0, -2) && /^[^aeiou]*[aeiou][bcdfgklmnprstvz]$/.test(t.lemma)) t.lemma += 'e';
    if (i === 0) continue;
    const prev = tokens[i - 1]!;
    if (!BE_FORMS.has(prev.lower) || prev.pos !== 'AUX') continue;
    if (/ing$/.test(t.lower) || isParticiple(t)) continue;
    t.pos = 'NOUN';
  }
}

/** Past forms of speech verbs the tagger reads as adjectives ("Chile alleged that"), with their lemmas. */
const ADJECTIVE_READ_SPEECH = new Map([['alleged', 'allege'], ['charged', 'charge'], ['reported', 'report'], ['claimed', 'claim']]);

/** Past forms the tagger reads as nouns after a name ("shot", "stabbed"), with their lemmas. */
const SHOT_LIKE = new Map([['shot', 'shoot'], ['stabbed', 'stab'], ['hit', 'hit'], ['struck', 'strike']]);

/** "Bradek shot Soto", "he shot him": after a name, a subject pronoun or an aside, before a name, a pronoun, an article or "and". */
function shotIsVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next) return false;
  // ("X, an Austin policeman, shot and killed Y": after the comma closing an aside, before a name or "and")
  if (prev.text === ',' && (next.pos === 'PROPN' || /^(?:and|dead)$/.test(next.lower)) && tokens.slice(0, i - 1).some((t) => t.text === ',')) return true;
  // ("who as an Austin policeman shot and killed X": "shot and killed" is two verbs after any subject)
  if (next.lower === 'and' && /^(?:killed|wounded|injured|murdered)$/.test(tokens[i + 2]?.lower ?? '')) return true;
  const subject = prev.pos === 'PROPN' || /^(?:he|she|they|who|police|soldiers|gunmen)$/.test(prev.lower);
  // (and before a capitalized title or "and": "who shot President X", "shot and killed")
  return subject && (next.pos === 'PROPN' || next.pos === 'DET' || next.cap || /^(?:him|her|them|himself|herself|dead|and)$/.test(next.lower));
}

/** Words before "lives" that make it a plural noun ("their lives in", "saved lives in", "many lives"). */
const LIVES_NOUN_BEFORE = new Set(['DET', 'VERB', 'ADJ', 'NUM', 'ADP', 'AUX']);

/**
 * "X lives in Y", "who lives in", "and now lives in": the tagger reads "lives" before a preposition as the plural
 * of "life"; after a name, a pronoun, a singular noun, "and" or an adverb it is the verb.
 */
function livesIsVerb(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // ("the United States, where he lives.": a clause's last word after a name or a pronoun)
  if (prev && (!next || /^[.,;]$/.test(next.text)) && (prev.pos === 'PROPN' || /^(?:he|she|they|who|it)$/.test(prev.lower))) return true;
  if (!next || !/^(?:in|with|near|on|at|outside|abroad|alone|there|here)$/.test(next.lower) || !prev) return false;
  if (LIVES_NOUN_BEFORE.has(prev.pos) || /^(?:their|his|her|our|my|your|its|whose)$/.test(prev.lower)) return false;
  return prev.pos !== 'NOUN' || !prev.lower.endsWith('s');
}

/** A past participle: its lemma differs and it is not an -s form ("signed", "held", "written"). */
function isParticiple(t: Token): boolean {
  if (t.lower === t.lemma) return /(?:ed|en|wn|ne)$/.test(t.lower);
  return !(t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es` || t.lower.endsWith('ies'));
}

/** A lemma for a regular past form: "rescued" -> "rescue", "signed" -> "sign", "carried" -> "carry". */
export function lemmaOfPast(lower: string): string {
  if (lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  if (/(?:[uvcsz]|at|ag|ng|[bcdfgkptz]l)ed$/.test(lower)) return lower.slice(0, -1);
  return lower.slice(0, -2);
}

const ENDS = new Set(['.', '!', '?']);

/** Whether the sentence around token i (between the stops before and after it) has a verb or an auxiliary. */
function sentenceHasVerb(tokens: Token[], i: number): boolean {
  const verb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
  for (let k = i - 1; k >= 0 && !ENDS.has(tokens[k]!.text); k--) if (verb(tokens[k]!)) return true;
  for (let k = i + 1; k < tokens.length && !ENDS.has(tokens[k]!.text); k++) if (verb(tokens[k]!)) return true;
  return false;
}
