// kg/extract/grammar: the grammar of one sentence: its named spans (keyed mentions and agreements) and title spans
// by token, its chunks and its clauses. Needs tagged tokens and keyed mentions; makes no claims.
import type { EntityType } from '../../model/types.js';
import type { SentenceData } from '../document-context.js';
import { afterDateline, namedInPassing } from '../mentions.js';
import type { Token } from '../tokens.js';
import type { PatternInput, PatternSpan } from '../rules/pattern.js';
import { chunkSentence } from './chunks.js';
import { lemmaOfPast } from './tag.js';
import { findClauses } from './clauses.js';
import type { Chunk, Clause, Ref } from './types.js';
import { SPOKESPERSON_ROLES, WEAK_ROLES } from '../lexicon.js';

export interface SentenceGrammar {
  names: Ref[];
  titles: { t0: number; t1: number; title: string }[];
  chunks: Chunk[];
  clauses: Clause[];
  /** The same spans, indexed for the pattern rules. */
  patternInput: PatternInput;
}

/** Token index of the token containing character offset `at` (tokens sorted), or -1. */
function tokenAt(s: SentenceData, at: number): number {
  let lo = 0;
  let hi = s.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = s.tokens[mid]!;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Forms of "be" a bare verb form cannot follow as a verb ("was previously finance chief"). */
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', "'s"]);
/** Determiners and possessives a participle may qualify a noun after ("its remaining soldiers"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'my', 'your']);

/**
 * The tagger reads capitalized and all-caps words badly ("New/ADV START/VERB", "Russia rescued/NOUN New START"):
 * inside a name every word is a proper noun, and a word ending in -ed between a name and what can follow a verb is
 * a verb.
 */
function retagAroundNames(s: SentenceData, names: Ref[]): void {
  const tokens = s.tokens;
  for (const r of names) for (let t = r.t0; t < r.t1; t++) if (tokens[t]!.kind === 'word' && tokens[t]!.pos !== 'PUNCT') tokens[t]!.pos = 'PROPN';
  const nameEnds = new Set(names.map((r) => r.t1));
  const nameStarts = new Set(names.map((r) => r.t0));
  // ("Sanctions were imposed on X", "WASHINGTON — Talks resumed": the capitalized first word of a sentence or of the
  // story after a dateline, when it names nothing and no name follows, is a common noun the tagger took for a name)
  for (const first of [tokens.findIndex((t) => t.kind === 'word'), afterDateline(tokens)]) {
    const opener = tokens[first];
    if (!opener || opener.pos !== 'PROPN' || names.some((r) => r.t0 <= first && first < r.t1) || tokens[first + 1]?.pos === 'PROPN') continue;
    opener.pos = 'NOUN';
    if (opener.lemma === opener.lower && /[^s]s$/.test(opener.lower)) opener.lemma = opener.lower.slice(0, -1);
  }
  // ("the heat-pump unit", "a cross-border deal": a hyphenated word after a determiner qualifies a noun, it is no verb)
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && t.text.includes('-') && tokens[i - 1]!.pos === 'DET' && tokens[i + 1]!.kind === 'word') t.pos = 'ADJ';
    // ("its remaining 400 soldiers", "the ruling party": a participle between a determiner and its noun or number)
    const next = tokens[i + 1]!;
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && DETERMINERS.has(tokens[i - 1]!.lower) && (next.kind === 'num' || next.pos === 'NOUN')) t.pos = 'ADJ';
    // ("was previously finance chief at X": a bare verb form after "be" and before a noun is a noun qualifying it)
    const be = tokens[i - 1]!.pos === 'ADV' ? tokens[i - 2] : tokens[i - 1];
    const bare = t.pos === 'VERB' && t.lemma === t.lower && !/(?:ed|ing|en)$/.test(t.lower);
    if (bare && BE_FORMS.has(be?.lower ?? '') && (next.pos === 'NOUN' || next.pos === 'ADJ')) t.pos = 'NOUN';
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') continue;
    const next = tokens[i + 1]!;
    // "holds Danish citizenship and lives/NOUN in Aarhus": a bare -s word after "and", once a verb came before, then a preposition
    // (the verb before in the same present form: "was sending equipment and experts to" keeps its noun)
    if (
      t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && /^(?:and|but)$/.test(tokens[i - 1]!.lower) &&
      /^(?:in|at|on|to|from|with|for)$/.test(next.lower) && /[^s]s$/.test(lastVerbBefore(tokens, i)?.lower ?? '')
    ) {
      t.pos = 'VERB';
      t.lemma = t.lower.slice(0, -1);
      continue;
    }
    const objectNext = nameStarts.has(i + 1) || next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PRON';
    if (!objectNext) continue;
    // "Russia rescued/NOUN New START": a past form right after a name
    if (/[a-z]ed$/.test(t.lower) && nameEnds.has(i)) {
      t.pos = 'VERB';
      if (t.lemma === t.lower) t.lemma = lemmaOfPast(t.lower);
      continue;
    }
    // "Norway, along with Chile, backs/NOUN Ilse Marant": a bare plural between a name (or an aside's comma) and a name
    if (t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && (nameEnds.has(i) || tokens[i - 1]!.text === ',') && (nameStarts.has(i + 1) || next.pos === 'DET')) {
      t.pos = 'VERB';
      t.lemma = /(?:ches|shes|sses|xes|zes)$/.test(t.lower)
        ? t.lower.slice(0, -2)
        : t.lower.endsWith('ies')
          ? `${t.lower.slice(0, -3)}y`
          : t.lower.slice(0, -1);
    }
  }
}


/** Analyses one sentence; `typeOf` gives a local key's entity type. */
export function analyseSentence(s: SentenceData, typeOf: (key: string) => EntityType | undefined): SentenceGrammar {
  const all: Ref[] = [];
  const forms = new Map<Ref, string | undefined>();
  for (const m of s.mentions) {
    if (!m.key || m.kind === 'title') continue;
    const type = typeOf(m.key);
    if (!type) continue;
    const r: Ref = { key: m.key, type, t0: m.t0, t1: m.t1, start: m.start, end: m.end, via: 'name' };
    all.push(r);
    forms.set(r, m.based ? 'based' : m.gazetteer ?? m.form);
  }
  for (const a of s.agreements) {
    if (!a.key) continue;
    const t0 = tokenAt(s, a.start);
    // ("its purchase of Israel's Harel Optics": an acquisition is its head word, the names after it stay visible)
    const t1 = a.target !== undefined ? tokenAt(s, a.headStart) + 1 : tokenAt(s, a.end - 1) + 1;
    if (t0 < 0 || t1 <= t0) continue;
    all.push({ key: a.key, type: 'Agreement', t0, t1, start: a.start, end: a.end, via: 'name' });
  }
  // Longest first at each start; nested and overlapping spans dropped
  all.sort((a, b) => a.t0 - b.t0 || b.t1 - a.t1);
  const names: Ref[] = [];
  for (const r of all) if (!names.length || r.t0 >= names[names.length - 1]!.t1) names.push(r);
  const titles = s.mentions.filter((m) => m.kind === 'title' && m.title).map((m) => ({ t0: m.t0, t1: m.t1, title: m.title! }));
  retagAroundNames(s, names);
  const chunks = chunkSentence({ tokens: s.tokens, names, titles });
  const clauses = findClauses(s.tokens, chunks);
  const nameIndex: (PatternSpan | undefined)[] = new Array(s.tokens.length);
  const spanOf = (r: Ref): PatternSpan => ({ t0: r.t0, t1: r.t1, key: r.key, type: r.type, ...(forms.get(r) ? { form: forms.get(r)! } : {}) });
  for (const r of names) nameIndex[r.t0] = spanOf(r);
  // ("a trade agreement between Canada and Andesur, the bloc that groups ...": the last name inside an agreement's span,
  // closing it, stays visible to patterns that start there)
  for (const a of names) {
    if (a.type !== 'Agreement') continue;
    const inner = all.filter((r) => r !== a && r.t0 > a.t0 && r.t1 === a.t1 && !nameIndex[r.t0]).pop();
    if (inner) nameIndex[inner.t0] = spanOf(inner);
  }
  const titleIndex: (PatternSpan | undefined)[] = new Array(s.tokens.length);
  for (const t of titles) {
    const lower = t.title.toLowerCase().replace(/ for$/, '');
    const spokes = SPOKESPERSON_ROLES.has(lower);
    titleIndex[t.t0] = { t0: t.t0, t1: t.t1, title: t.title, spokes, office: !spokes && !WEAK_ROLES.has(lower) };
  }
  return { names, titles, chunks, clauses, patternInput: { tokens: s.tokens, names: nameIndex, titles: titleIndex } };
}

/**
 * A name no "its" refers to when another is near: named in passing ("Washington's knowledge", "run by Israel") or
 * written as an adjective ("the Swiss company", "the Zurich-based firm").
 */
export function namedAside(text: string, g: SentenceGrammar, r: Ref): boolean {
  return namedInPassing(text, r.start, r.end) || namedAsAdjective(g, r);
}

/** A name written as an adjective ("the Swiss company", "the Zurich-based firm"): never what "its" means. */
export function namedAsAdjective(g: SentenceGrammar, r: Ref): boolean {
  const form = g.patternInput.names[r.t0]?.form;
  return form === 'demonym' || form === 'based';
}

/** The last verb among the ten tokens before i - 1 (tokens i - 10 to i - 2), if any. */
function lastVerbBefore(tokens: Token[], i: number): Token | undefined {
  for (let k = i - 2; k >= Math.max(0, i - 10); k--) if (tokens[k]!.pos === 'VERB') return tokens[k];
  return undefined;
}
