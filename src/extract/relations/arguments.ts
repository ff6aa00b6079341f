// kg/extract/relations: the entities a noun phrase stands for, as an argument of a relation: the names at its
// head; a pronoun or a description resolved through the discourse ("he", "the alliance", "the two countries", "the
// Ethiopian premier"); or, for a common noun, the entities qualifying it ("Indian diplomats", "Sweden's bid"), which
// the caller may take with the noun as part of the relation ("expels diplomats of").
import type { Chunk, Ref } from '../grammar/types.js';
import type { Token } from '../tokens.js';
import type { Discourse } from './discourse.js';
import { RULING_NOUNS } from './discourse.js';
import { PLACE_NOUNS } from '../lexicon.js';

export interface ArgumentContext {
  tokens: Token[];
  discourse: Discourse;
  /** Title spans of the sentence by start token (for "the minister"). */
  titleAt: (t: number) => { t1: number; title: string } | undefined;
  /** Whether a character offset is inside a quotation. */
  quoted: (at: number) => boolean;
  /** The country of whoever speaks the quotation at an offset ("we" inside it), if known. */
  speakerCountry: (at: number) => string | undefined;
}

/** How a noun phrase reaches its entities. */
export interface Resolved {
  refs: Ref[];
  /** The phrase's head is a common noun and the refs qualify it (the noun may go into the relation). */
  viaModifier: boolean;
  /** The head noun (lemma), for common-noun heads. */
  noun?: string;
}

const EMPTY: Resolved = { refs: [], viaModifier: false };
/** "the two", "the three", ...: how many the phrase counts, from two (index 0) up. */
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six'];
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const FIRST_PLURAL = new Set(['we', 'us', 'our']);

const refFor = (np: Chunk, tokens: Token[], key: string, type: Ref['type'], via: Ref['via']): Ref => ({
  key,
  type,
  t0: np.t0,
  t1: np.t1,
  start: tokens[np.t0]!.start,
  end: tokens[np.t1 - 1]!.end,
  via,
});

/** Plural nouns of organizations counted in "the two companies", "both airlines". */
const ORG_GROUP_NOUNS = new RegExp(
  '^(?:companies|firms|airlines|carriers|banks|lenders|groups|carmakers|automakers|insurers|operators|organi[sz]ations|agencies|' +
    'unions|clubs|utilities|miners|retailers)$',
);

/** Sums that are lent, not given. */
const LENT = new Set(['loan', 'credit', 'bailout', 'facility']);

const CURRENCY = /^(?:[$€£¥]|dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|rand|pesos?|shillings?|naira|usd|eur)$/;

/** Whether a noun phrase is a sum of money: a currency with a number ("$50 million", "20 million euros"); signs are tokens of their own. */
function isMoney(tokens: Token[], np: Chunk): boolean {
  let number = false;
  let currency = false;
  for (let t = np.t0; t < np.t1; t++) {
    const tok = tokens[t]!;
    if (tok.kind === 'num' || /^(?:million|billion|trillion|bn|mln|m)$/.test(tok.lower)) number = true;
    if (CURRENCY.test(tok.lower)) currency = true;
  }
  return number && currency;
}

/** Resolves a noun phrase to the entities it stands for. `exclude`: keys it cannot be (the clause's other argument). */
export function resolvePhrase(np: Chunk, ctx: ArgumentContext, exclude?: Set<string>): Resolved {
  const { tokens, discourse } = ctx;
  if (np.kind !== 'np' || np.temporal) return EMPTY;
  if (np.entities.length) return { refs: np.entities, viaModifier: false };
  const head = tokens[np.head]!;
  const at = tokens[np.t0]!.start;
  const single = np.t1 - np.t0 === 1;
  // Pronouns
  if (single && /^(?:he|she|him)$/.test(head.lower) && !ctx.quoted(at)) {
    const key = discourse.person(at, exclude, head.lower === 'him');
    return key ? { refs: [refFor(np, tokens, key, 'Person', 'pronoun')], viaModifier: false } : EMPTY;
  }
  // "it": the organization, agreement or country named last, close before
  if (single && head.lower === 'it' && !ctx.quoted(at)) {
    const n = discourse.it(at, exclude);
    return n ? { refs: [refFor(np, tokens, n.key, n.type, 'pronoun')], viaModifier: false } : EMPTY;
  }
  if (single && FIRST_PLURAL.has(head.lower) && ctx.quoted(at)) {
    const key = ctx.speakerCountry(at);
    return key ? { refs: [refFor(np, tokens, key, 'Country', 'pronoun')], viaModifier: false } : EMPTY;
  }
  if (single) return head.pos === 'NOUN' ? { refs: [], viaModifier: false, noun: head.lemma } : EMPTY;
  const det = np.det;
  // "the two countries", "both sides", "the two men", "the three leaders"
  const count = det === 'both' ? 2 : det === 'the' ? NUMBER_WORDS.indexOf(tokens[np.t0 + 1]?.lower ?? '') + 2 : 1;
  if (count >= 2) {
    const type = /^(?:countries|nations|governments|sides|states|neighbours|neighbors|capitals)$/.test(head.lower)
      ? 'Country'
      : /^(?:men|women|leaders|ministers|presidents|officials|sides|heads|counterparts|envoys|negotiators)$/.test(head.lower)
        ? 'Person'
        : ORG_GROUP_NOUNS.test(head.lower)
          ? 'Organization'
          : undefined;
    if (type) {
      const keys = discourse.group(at, type, count);
      if (keys.length === count) return { refs: keys.map((k) => refFor(np, tokens, k, type, 'description')), viaModifier: false };
    }
    return EMPTY;
  }
  // "the minister", "the Ethiopian premier", "the external affairs minister"
  for (let t = np.t0; t < np.t1; t++) {
    const title = ctx.titleAt(t);
    if (!title || title.t1 !== np.head + 1) continue;
    // ("backed his foreign minister": a possessive's office-holder is named before too)
    if (det && !DEFINITE.has(det) && !/^(?:his|her|their)$/.test(det)) break;
    const country = np.modifiers.find((r) => r.type === 'Country');
    const key = discourse.titled(title.title, at, country?.key) ?? (country ? undefined : discourse.titled(title.title, at));
    if (key) return { refs: [refFor(np, tokens, key, 'Person', 'description')], viaModifier: false };
    break;
  }
  // "the alliance", "the company", "the government" (no qualifier of its own: "the Hungarian government" names Hungary)
  if (det && DEFINITE.has(det) && np.modifiers.length === 0 && !np.possessor && np.head === np.t1 - 1) {
    // ("welcomed the ruling" is about the court; "the ruling rejects his appeal" is no court acting)
    const subject = tokens[np.t1]?.pos === 'VERB' || tokens[np.t1]?.pos === 'AUX';
    const hit = RULING_NOUNS.has(head.lemma) && subject ? undefined : discourse.describedBy(head.lemma, at, exclude);
    if (hit) return { refs: [refFor(np, tokens, hit.key, hit.type, 'description')], viaModifier: false };
    return { refs: [], viaModifier: false, noun: head.lemma };
  }
  // "Toronto's Leslieville neighbourhood", "the Ampatuan district": a place noun stands for the place named before it
  if (PLACE_NOUNS.has(head.lower) && head.pos === 'NOUN') {
    const place = np.modifiers.filter((r) => r.type === 'Place' && r !== np.possessor && r.t1 === np.head).pop();
    if (place) return { refs: [place], viaModifier: false };
  }
  // A common noun qualified by entities: "Indian diplomats", "Sweden's bid", "US approval"
  const modifiers = np.possessor ? [np.possessor, ...np.modifiers.filter((r) => r !== np.possessor)] : np.modifiers;
  if (modifiers.length && head.pos === 'NOUN') {
    const refs = modifiers.filter((r) => r.type === 'Country' || r.type === 'Organization' || r.type === 'Person');
    return { refs: refs.map((r) => ({ ...r, via: 'modifier' as const })), viaModifier: true, noun: head.lemma };
  }
  // ("$50 million", "20 million euros": a sum of money, whatever its head; not a loan, "a $500 million loan")
  if (isMoney(tokens, np) && !LENT.has(head.lemma)) return { refs: [], viaModifier: false, noun: 'money' };
  return { refs: [], viaModifier: false, noun: head.pos === 'NOUN' ? head.lemma : undefined };
}
