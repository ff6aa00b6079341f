// kg/extract/grammar: cuts a tagged sentence into chunks: noun phrases (with the entities they name, the
// entities that qualify their head and their possessor), verb groups (auxiliaries, negation, modals, catenative
// chains, particles, voice), prepositions, conjunctions, relative and subordinating words, punctuation. Works on
// part-of-speech tags plus the sentence's named spans; resolves no pronoun (see coreference).
import type { Token } from '../tokens.js';
import {
  CLASSIFIER_NOUNS,
  MODALS,
  NEGATING_CATENATIVES,
  NEGATIONS,
  PERSONAL_PRONOUNS,
  PHRASAL,
  POSSESSIVE_DETERMINERS,
  COMPLEMENT_VERBS,
  REAL_CATENATIVES,
  RELATIVE_WORDS,
  SPEECH_VERBS,
  SUBORDINATOR_OR_PREP,
  SUBORDINATORS,
  TIME_WORDS,
  UNREAL_CATENATIVES,
} from './lexicon.js';
import type { Chunk, ChunkKind, Ref, VerbInfo } from './types.js';

/** A sentence as the chunker sees it: tagged tokens, named entities and titles by token range. */
export interface SentenceInput {
  tokens: Token[];
  /** Named entity spans (mentions and agreements with a key), sorted, not overlapping. */
  names: Ref[];
  /** Title spans ("Prime Minister", "spokeswoman"), sorted. */
  titles: { t0: number; t1: number; title: string }[];
}

const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);
const VERBISH = new Set(['VERB', 'AUX']);

const newChunk = (kind: ChunkKind, t0: number, t1: number, word = ''): Chunk => ({
  kind,
  t0,
  t1,
  word,
  head: t1 - 1,
  entities: [],
  modifiers: [],
  possessor: undefined,
  det: undefined,
  temporal: false,
  verb: undefined,
});

/** Whether token i is a verb form that can head a verb group (not a participle used as an adjective). */
const isVerb = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  return !!t && VERBISH.has(t.pos) && t.kind === 'word';
};

/** Three-word adverbs of manner. */
const MULTIWORD_ADVERBS = new Set(['face to face', 'one on one', 'side by side', 'hand in hand', 'shoulder to shoulder']);

/** Cuts the sentence into chunks. */
export function chunkSentence(input: SentenceInput): Chunk[] {
  const { tokens } = input;
  const n = tokens.length;
  const nameAt: (Ref | undefined)[] = new Array(n);
  for (const r of input.names) if (r.t0 < n) nameAt[r.t0] = r;
  const titleEnd: number[] = new Array(n).fill(-1);
  for (const t of input.titles) if (t.t0 < n) titleEnd[t.t0] = t.t1;
  const titled = (k: number): boolean => titleEnd[k]! > k;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    const lower = t.lower;
    const prev = chunks[chunks.length - 1];
    if (nameAt[i] || titleEnd[i]! > i) {
      i = pushNounPhrase(input, nameAt, titleEnd, i, chunks);
      continue;
    }
    // ("met face to face", "talked one on one", "stood side by side": a manner, not an object and a preposition)
    const three = `${lower} ${tokens[i + 1]?.lower ?? ''} ${tokens[i + 2]?.lower ?? ''}`;
    if (MULTIWORD_ADVERBS.has(three) && !nameAt[i + 1] && !nameAt[i + 2]) {
      chunks.push(newChunk('adv', i, i + 3, three));
      i += 3;
      continue;
    }
    if (t.kind === 'punct' && !(CURRENCY_SIGN.test(t.text) && tokens[i + 1]?.kind === 'num')) {
      // ("$50 million" is one noun phrase, opened by its currency sign)
      // "-" inside a compound ("far-right" is one token; "Indian- and Chinese-held" is not) stays punctuation
      chunks.push(newChunk('punct', i, i + 1, t.text));
      i++;
      continue;
    }
    // "according to", "along with": a preposition however the tagger read its first word
    const two = MULTIWORD_FIRST.has(lower) ? `${lower} ${tokens[i + 1]?.lower ?? ''}` : '';
    if (two && MULTIWORD_PREPS.has(two) && !MULTIWORD_PREPS.has(`${two} ${tokens[i + 2]?.lower ?? ''}`)) {
      chunks.push(newChunk('prep', i, i + 2, two));
      i += 2;
      continue;
    }
    // ("elected X, a former minister, as prime minister": "as" before an office is a preposition, however tagged)
    if (lower === 'as' && t.pos !== 'ADP' && (titled(i + 1) || (DETERMINERS_OF_TITLES.test(tokens[i + 1]?.lower ?? '') && titled(i + 2)))) {
      chunks.push(newChunk('prep', i, i + 1, lower));
      i++;
      continue;
    }
    // ("several countries, including Malaysia and Turkey,": a preposition after a noun phrase or its comma)
    if ((lower === 'including' || lower === 'excluding') && (prev?.kind === 'np' || prev?.word === ',')) {
      chunks.push(newChunk('prep', i, i + 1, lower));
      i++;
      continue;
    }
    if (RELATIVE_WORDS.has(lower) && !(lower === 'where' && i === 0)) {
      chunks.push(newChunk('rel', i, i + 1, lower));
      i++;
      continue;
    }
    if (lower === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET') && !nounFollows(tokens, i)) {
      // relative after a noun phrase ("the deal that was signed"), complementizer after a verb ("said that")
      // ("the deferred prosecution agreement (DPA) that": after a bracketed acronym, the noun phrase before it)
      const bracketed = prev?.kind === 'punct' && prev.word === ')' && chunks[chunks.length - 2]?.kind === 'np' && chunks[chunks.length - 3]?.word === '(';
      const np = bracketed ? chunks[chunks.length - 4] : prev;
      chunks.push(newChunk(np?.kind === 'np' && !np.temporal && !afterComplementVerb(chunks) ? 'rel' : 'sub', i, i + 1, lower));
      i++;
      continue;
    }
    if (SUBORDINATORS.has(lower) || (SUBORDINATOR_OR_PREP.has(lower) && opensClause(tokens, nameAt, i))) {
      chunks.push(newChunk('sub', i, i + 1, lower));
      i++;
      continue;
    }
    // "share synchronized, coordinated and unified positions": participles before a noun, after a verb
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && prev?.kind === 'vg' && participlesThenNoun(tokens, i)) {
      i = pushNounPhrase(input, nameAt, titleEnd, i, chunks);
      continue;
    }
    if (startsVerbGroup(tokens, i)) {
      i = pushVerbGroup(tokens, i, chunks);
      continue;
    }
    if (t.pos === 'CCONJ' || lower === '&') {
      chunks.push(newChunk('conj', i, i + 1, lower));
      i++;
      continue;
    }
    if (t.pos === 'ADP' || (lower === 'to' && t.pos === 'PART')) {
      // "according to", "along with", "together with", "as well as", "on behalf of", "ahead of": one preposition
      const first = MULTIWORD_FIRST.has(lower);
      const two = first ? `${lower} ${tokens[i + 1]?.lower ?? ''}` : '';
      const three = first ? `${two} ${tokens[i + 2]?.lower ?? ''}` : '';
      if (first && MULTIWORD_PREPS.has(three)) {
        chunks.push(newChunk('prep', i, i + 3, three));
        i += 3;
      } else if (first && MULTIWORD_PREPS.has(two)) {
        chunks.push(newChunk('prep', i, i + 2, two));
        i += 2;
      } else {
        chunks.push(newChunk('prep', i, i + 1, lower));
        i++;
      }
      continue;
    }
    if (startsNounPhrase(t)) {
      i = pushNounPhrase(input, nameAt, titleEnd, i, chunks);
      continue;
    }
    // ("a surtax on most Brazilian steel products", "talks with nearly all the parties": a quantity's adverb after a
    // preposition opens the noun phrase it quantifies)
    const afterPrep = chunks[chunks.length - 1]?.kind === 'prep';
    if (afterPrep && t.pos === 'ADV' && QUANTITY_ADVERBS.has(lower) && tokens[i + 1] && startsNounPhrase(tokens[i + 1]!)) {
      const at = chunks.length;
      const start = i;
      i = pushNounPhrase(input, nameAt, titleEnd, start + 1, chunks);
      if (chunks[at]?.t0 === start + 1) chunks[at]!.t0 = start;
      continue;
    }
    if (t.pos === 'ADV' || t.pos === 'PART') {
      // "along with", "together with" where the tagger calls the first word an adverb
      const two = MULTIWORD_FIRST.has(lower) ? `${lower} ${tokens[i + 1]?.lower ?? ''}` : '';
      if (two && MULTIWORD_PREPS.has(two)) {
        chunks.push(newChunk('prep', i, i + 2, two));
        i += 2;
        continue;
      }
      chunks.push(newChunk('adv', i, i + 1, lower));
      i++;
      continue;
    }
    chunks.push(newChunk('other', i, i + 1, lower));
    i++;
  }
  return chunks;
}

/** Words that may open an office after "as" ("as its chief executive", "as the new minister"). */
const DETERMINERS_OF_TITLES = /^(?:its|his|her|their|the|a|an)$/;

const MULTIWORD_PREPS = new Set([
  'according to', 'along with', 'together with', 'as well as', 'on behalf of', 'ahead of', 'in favour of', 'in favor of',
  'on the sidelines of', 'in addition to', 'instead of', 'because of', 'due to', 'rather than', 'such as', 'as part of',
  'in response to', 'on top of', 'in front of', 'out of', 'away from', 'close to', 'next to', 'prior to', 'in charge of',
  'alongside', 'apart from', 'in line with', 'in the wake of', 'at the request of', 'at the invitation of',
]);
/** First words of the prepositions of several words: no other word needs its pair of words built and looked up. */
const MULTIWORD_FIRST = new Set([...MULTIWORD_PREPS].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]!));

/** Whether the last verb group so far takes a "that" clause ("saying on social media that ..."). */
function afterComplementVerb(chunks: Chunk[]): boolean {
  for (let k = chunks.length - 1; k >= 0; k--) {
    const c = chunks[k]!;
    if (c.kind === 'vg') return SPEECH_VERBS.has(c.verb!.lemma) || COMPLEMENT_VERBS.has(c.verb!.lemma);
    if (c.kind === 'rel' || c.kind === 'sub' || (c.kind === 'punct' && c.word !== ',')) return false;
  }
  return false;
}

/** Participles and adjectives (with commas and "and" between them) from token i, then a noun. */
function participlesThenNoun(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + 10; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') return k > i;
    if ((t.pos === 'VERB' && /ed$/.test(t.lower)) || t.pos === 'ADJ' || t.text === ',' || t.lower === 'and') continue;
    return false;
  }
  return false;
}

/** "that" followed by a noun: a determiner ("that deal"). */
const nounFollows = (tokens: Token[], i: number): boolean => {
  const next = tokens[i + 1];
  return !!next && (next.pos === 'NOUN' || next.pos === 'ADJ') && !(next.pos === 'NOUN' && VERBISH.has(tokens[i + 2]?.pos ?? 'X'));
};

/** "after Halmi resigned" (a clause follows) vs "after the vote" (a phrase). */
function opensClause(tokens: Token[], nameAt: (Ref | undefined)[], i: number): boolean {
  const lower = tokens[i]!.lower;
  if (lower === 'as' && /^(?:well|part|a|an|the)$/.test(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k < i + 9; k++) {
    const t = tokens[k]!;
    if (nameAt[k]) {
      k = nameAt[k]!.t1 - 1;
      continue;
    }
    if (t.kind === 'punct') return false;
    if (VERBISH.has(t.pos) && k > i + 1) return !/ing$/.test(t.lower) || tokens[k - 1]?.pos === 'AUX';
    if (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
  }
  return false;
}

/** A currency sign, a token of its own before the number it opens ("$", "50", "million"). */
const CURRENCY_SIGN = /^[$€£¥]$/;

function startsNounPhrase(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind !== 'word' && !(t.pos === 'SYM' && CURRENCY_SIGN.test(t.text))) return false;
  if (t.pos === 'SYM') return true;
  if (t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') return true;
  if (t.pos === 'PRON')
    return PERSONAL_PRONOUNS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower) ||
      /^(?:both|all|each|one|none|some|many|most|either|neither)$/.test(t.lower);
  return t.cap && t.pos === 'X';
}

function startsVerbGroup(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word') return false;
  if (VERBISH.has(t.pos)) return true;
  const next = tokens[i + 1];
  // "to sign", "not only"; "also said", "finally approved", "never ratified"; "not to worry"
  if (t.lower === 'to' && t.pos === 'PART') return !!next && VERBISH.has(next.pos);
  if ((t.lower === 'not' || t.lower === 'never') && next?.lower === 'to' && isVerb(tokens, i + 2)) return true;
  if (t.pos === 'ADV' || t.pos === 'PART') {
    for (let k = i + 1; k < tokens.length && k < i + 3; k++) {
      const u = tokens[k]!;
      if (VERBISH.has(u.pos)) return true;
      if (!(u.pos === 'ADV' || (u.pos === 'PART' && u.lower !== 'to'))) return false;
    }
  }
  return false;
}

/** Adverbs of quantity that open a noun phrase after a preposition ("on most Brazilian goods", "with nearly all"). */
const QUANTITY_ADVERBS = new Set(['most', 'nearly', 'almost', 'roughly', 'about', 'around', 'some', 'mostly', 'mainly', 'only']);

/** Words before a determiner that open the same noun phrase ("both the", "all its", "half the"). */
const PREDETERMINERS = new Set(['both', 'all', 'half']);

/** Pushes the noun phrase starting at token i; returns the index after it. */
function pushNounPhrase(input: SentenceInput, nameAt: (Ref | undefined)[], titleEnd: number[], i: number, chunks: Chunk[]): number {
  const { tokens } = input;
  const n = tokens.length;
  let j = i;
  const names: Ref[] = [];
  let possessor: Ref | undefined;
  let det: string | undefined;
  const first = tokens[i]!;
  const second = tokens[i + 1];
  // ("joined both the Veskan Union and OPSA", "all its allies": a predeterminer before the determiner)
  if (PREDETERMINERS.has(first.lower) && second && (second.pos === 'DET' || POSSESSIVE_DETERMINERS.has(second.lower)) && second.kind === 'word') {
    det = second.lower;
    j += 2;
  } else if (first.pos === 'DET' || (first.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(first.lower))) {
    det = first.lower;
    j++;
  } else if (first.pos === 'PRON' && PERSONAL_PRONOUNS.has(first.lower) && !nameAt[i]) {
    const c = newChunk('np', i, i + 1);
    c.det = first.lower;
    chunks.push(c);
    return i + 1;
  }
  let lastName: Ref | undefined;
  let lastNameEnd = -1;
  while (j < n) {
    const name = nameAt[j];
    if (name) {
      names.push(name);
      lastName = name;
      j = name.t1;
      lastNameEnd = j;
      // "fined Vantoro 2.4 billion euros": a number after a name starts another phrase
      if (tokens[j]?.kind === 'num' || (tokens[j]?.pos === 'SYM' && tokens[j + 1]?.kind === 'num')) break;
      continue;
    }
    if (titleEnd[j]! > j) {
      j = titleEnd[j]!;
      continue;
    }
    const t = tokens[j]!;
    const next = tokens[j + 1];
    // "the bid last month": a time expression after the head is not part of the phrase
    if (j > i && /^(?:last|next|this|earlier|later)$/.test(t.lower) && next && TIME_WORDS.has(next.lower) && NOUNISH.has(tokens[j - 1]!.pos)) break;
    if (
      (t.lower === "'s" || t.lower === "'") && t.start === tokens[j - 1]?.end && j > i && next &&
      (nameAt[j + 1] || titleEnd[j + 1]! > j + 1 || NOUNISH.has(next.pos) || next.kind === 'num')
    ) {
      if (lastName && lastNameEnd === j) possessor = lastName;
      j++;
      continue;
    }
    // ("Harwick Corp. agreed": the full stop of a name's abbreviation, however tagged, belongs to the name and heads
    // nothing; not an honorific's, "Dr. Arun Mehra", before a capital)
    if (t.text === '.' && lastNameEnd === j && t.start === tokens[j - 1]!.end && j < n - 1 && !tokens[j + 1]!.cap) {
      j++;
      break;
    }
    // (a full stop the tagger calls a noun goes on only inside an abbreviation: "Dr. Sidhu", "7 a.m.")
    if (t.kind === 'num' || (NOUNISH.has(t.pos) && (t.kind !== 'punct' || !!next?.cap || /^\p{L}$/u.test(tokens[j - 1]?.text ?? '')))) {
      // a capitalized word the tagger calls a verb is still part of a name-like run ("Forge Route")
      j++;
      continue;
    }
    if (t.pos === 'SYM' && /^[$€£¥%]$/.test(t.text)) {
      j++;
      continue;
    }
    // "far - right", "Indian- and Chinese-held": a hyphen between two words written together
    if (t.text === '-' && t.start === tokens[j - 1]?.end && next && next.start === t.end && j > i) {
      j++;
      continue;
    }
    // "most populous", "newly elected": an adverb before an adjective or participle inside the phrase
    // (not right after a name: "Washington briefly paused military aid" is a subject, an adverb and its verb)
    if (
      t.pos === 'ADV' && next && j > i && (/ly$/.test(t.lower) || DEGREE_ADVERBS.has(t.lower)) && tokens[j - 1]!.pos !== 'PROPN' &&
      (next.pos === 'ADJ' || (next.pos === 'VERB' && /(?:ed|en)$/.test(next.lower) && NOUNISH.has(tokens[j + 2]?.pos ?? 'X')))
    ) {
      j++;
      continue;
    }
    // "more than 50 other countries", "at least 20 soldiers": a comparative quantity opens the phrase
    if (
      (t.lower === 'than' || t.lower === 'least' || t.lower === 'most') && j === i + 1 && /^(?:more|less|fewer|at)$/.test(tokens[i]!.lower) &&
      next && (next.kind === 'num' || next.pos === 'NUM')
    ) {
      j++;
      continue;
    }
    // "the disputed town", "a ruling party": a participle between a determiner or adjective and a noun
    if (t.pos === 'VERB' && /(?:ing|ed|en)$/.test(t.lower) && j > i && next && (next.pos === 'NOUN' || next.pos === 'PROPN' || nameAt[j + 1])) {
      const before = tokens[j - 1]!;
      if (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM' || (before.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(before.lower))) {
        j++;
        continue;
      }
    }
    // "synchronized, coordinated, and unified positions": a run of participles and adjectives before the noun
    if (
      ((t.pos === 'VERB' && /ed$/.test(t.lower)) || t.text === ',' || t.lower === 'and') && participlesThenNoun(tokens, j) &&
      (j === i || tokens[i]!.pos === 'VERB' || tokens[j - 1]!.pos === 'VERB' || tokens[j - 1]!.text === ',')
    ) {
      j++;
      continue;
    }
    // "military and technical cooperation", "Indian and Chinese troops": "and" between two modifiers
    if ((t.lower === 'and' || t.lower === 'or') && j > i && next) {
      const before = tokens[j - 1]!;
      const modifierBefore =
        before.pos === 'ADJ' ||
        (lastName && lastNameEnd === j && lastName.type === 'Country' && /^\p{Lu}\p{Ll}+(?:an|ish|ese|i|ic)$/u.test(tokens[j - 1]!.text));
      const nextName = nameAt[j + 1];
      const modifierAfter =
        next.pos === 'ADJ' ||
        (!!nextName && nextName.type === 'Country' && /^\p{Lu}\p{Ll}+(?:an|ish|ese|i|ic)$/u.test(next.text) && nextName.t1 === j + 2);
      const thenNoun = tokens[j + 2] && (NOUNISH.has(tokens[j + 2]!.pos) || /-/.test(next.text));
      if (modifierBefore && modifierAfter && thenNoun) {
        j++;
        continue;
      }
    }
    break;
  }
  if (j === i) j = i + 1;
  const c = newChunk('np', i, j);
  c.det = det;
  // Head: the last token that is not a possessive marker
  let h = j - 1;
  while (h > i && (tokens[h]!.lower === "'s" || tokens[h]!.lower === "'" || tokens[h]!.text === '.')) h--;
  c.head = h;
  // Entities the phrase names: the name at its head, or the last name when only classifier nouns follow it
  const headName = names.find((r) => r.t0 <= h && h < r.t1);
  let classified = false;
  if (headName) {
    c.entities.push(headName);
  } else if (lastName && lastName !== possessor && lastNameEnd <= h && onlyClassifiers(tokens, lastNameEnd, h + 1)) {
    c.entities.push(lastName);
    classified = true;
  }
  for (const r of names) if (!c.entities.includes(r)) c.modifiers.push(r);
  // Coordinated modifiers before a classifier head ("the Russian and Venezuelan governments") name both
  if (classified && lastName) {
    for (const r of c.modifiers) {
      if (r.type === 'Country' && r !== possessor && r.t1 < lastName.t0 && /^(?:and|or)$/.test(tokens[r.t1]?.lower ?? '')) c.entities.unshift(r);
    }
    c.modifiers = c.modifiers.filter((r) => !c.entities.includes(r));
  }
  c.possessor = possessor;
  c.temporal = !names.length && isTemporal(tokens, i, j);
  chunks.push(c);
  return j;
}

/** Whether tokens [a, b) are all classifier nouns ("government", "party") or empty. */
function onlyClassifiers(tokens: Token[], a: number, b: number): boolean {
  if (a >= b) return a === b;
  for (let k = a; k < b; k++) if (!CLASSIFIER_NOUNS.has(tokens[k]!.lower)) return false;
  return true;
}

function isTemporal(tokens: Token[], a: number, b: number): boolean {
  let timeWord = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num') continue;
    if (!TIME_WORDS.has(t.lower)) return false;
    if (
      !/^(?:the|a|an|this|that|last|next|same|early|late|one|two|three|four|five|six|seven|eight|nine|ten|several|few|first|second|third|all|each|every)$/
        .test(t.lower)
    ) timeWord = true;
  }
  return timeWord || /^(?:19|20)\d{2}$/.test(tokens[a]!.text);
}

/** Pushes the verb group starting at token i (catenative chains and particles included); returns the index after it. */
function pushVerbGroup(tokens: Token[], i: number, chunks: Chunk[]): number {
  const n = tokens.length;
  let j = i;
  let lastVerb = -1;
  const verbs: number[] = [];
  const aux: Token[] = [];
  let negated = false;
  let infinitive = tokens[i]!.lower === 'to';
  while (j < n) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && /^(?:be|have|do|get)$/.test(t.lemma) && isVerb(tokens, j + 1) && tokens[j + 1]!.pos === 'VERB')) {
      if (lastVerb >= 0 && tokens[lastVerb]!.pos === 'VERB') break; // "said was" starts another group
      aux.push(t);
      lastVerb = j;
      j++;
      continue;
    }
    if (t.pos === 'VERB') {
      // a second verb joins only through "to" or as a gerund ("consider asking"), or right after auxiliaries
      const prevTok = tokens[j - 1];
      if (lastVerb >= 0 && tokens[lastVerb]!.pos === 'VERB' && !(prevTok?.lower === 'to') && !/ing$/.test(t.lower)) break;
      verbs.push(j);
      lastVerb = j;
      j++;
      continue;
    }
    if (NEGATIONS.has(t.lower) || t.lower === "n't") {
      negated = true;
      if (j === i && tokens[j + 1]?.lower === 'to') infinitive = true;
      j++;
      continue;
    }
    // "has yet to ratify": not ratified
    if (t.lower === 'yet' && tokens[j + 1]?.lower === 'to' && isVerb(tokens, j + 2)) {
      negated = true;
      j++;
      continue;
    }
    if (t.lower === 'to' && t.pos === 'PART' && isVerb(tokens, j + 1)) {
      if (j === i) infinitive = true;
      j++;
      continue;
    }
    if ((t.pos === 'ADV' || t.pos === 'PART') && !PARTICLE_WORDS.has(t.lower)) {
      // adverbs inside the group only when a verb follows
      let k = j + 1;
      while (k < n && (tokens[k]!.pos === 'ADV' || NEGATIONS.has(tokens[k]!.lower))) k++;
      if (k < n && isVerb(tokens, k) && (lastVerb < 0 || tokens[lastVerb]!.pos === 'AUX')) {
        for (let q = j; q < k; q++) if (NEGATIONS.has(tokens[q]!.lower)) negated = true;
        j = k;
        continue;
      }
    }
    break;
  }
  if (j === i) j = i + 1;
  // Phrasal particle right after the main verb
  let particle: string | undefined;
  const mainIndex = verbs.length ? verbs[verbs.length - 1]! : lastVerb >= 0 ? lastVerb : i;
  const main = tokens[mainIndex]!;
  const after = tokens[j];
  if (after && PARTICLE_WORDS.has(after.lower) && PHRASAL.has(`${main.lemma} ${after.lower}`)) {
    particle = after.lower;
    j++;
  }
  const chain = verbs.slice(0, -1).map((k) => tokens[k]!.lemma);
  const lemma = main.lemma;
  const modal = aux.map((a) => a.lower).find((w) => MODALS.has(w));
  const beAux = aux.some((a) => a.lemma === 'be' || a.lower === 'been' || a.lemma === 'get');
  const participle = isPastForm(main);
  const info: VerbInfo = {
    main: mainIndex,
    lemma,
    ...(particle ? { particle } : {}),
    chain,
    negated: negated || chain.some((c) => NEGATING_CATENATIVES.has(c)),
    ...(modal ? { modal } : {}),
    irrealis: chain.some((c) => UNREAL_CATENATIVES.has(c)) && !chain.some((c) => REAL_CATENATIVES.has(c)),
    passive: verbs.length > 0 && beAux && participle && !/ing$/.test(main.lower),
    past: aux.length ? /^(?:was|were|had|did|been)$/.test(aux[0]!.lower) || (aux[0]!.lower === 'has' || aux[0]!.lower === 'have') : participle,
    copula:
      verbs.length === 0 && aux.some((a) => a.lemma === 'be') ||
      (verbs.length === 1 && /^(?:become|remain)$/.test(lemma) && !aux.some((a) => a.lemma === 'be')),
    form: infinitive ? 'infinitive' : aux.length ? 'finite' : /ing$/.test(main.lower) && main.pos === 'VERB' ? 'ing' : participle ? 'past' : 'finite',
    auxOnly: verbs.length === 0,
  };
  if (info.copula && verbs.length === 0) info.lemma = 'be';
  const c = newChunk('vg', i, j);
  c.head = mainIndex;
  c.verb = info;
  chunks.push(c);
  return j;
}

/** Adverbs of degree that may stand inside a noun phrase ("the most populous members"). */
const DEGREE_ADVERBS = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'far', 'well', 'much', 'still', 'even', 'almost', 'nearly']);

const PARTICLE_WORDS = new Set(['up', 'off', 'out', 'down', 'back', 'over', 'away', 'in', 'on', 'part']);

/** A past tense or participle form: "signed", "held", "written" (its lemma differs and it is not -s or -ing). */
export function isPastForm(t: Token): boolean {
  if (t.lower === t.lemma || /ing$/.test(t.lower)) return false;
  if (t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es` || (t.lemma.endsWith('y') && t.lower === `${t.lemma.slice(0, -1)}ies`)) return false;
  if (/^(?:is|are|am|has|does)$/.test(t.lower)) return false;
  return true;
}
