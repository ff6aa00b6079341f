// kg/extract: gives every mention of a document a local entity key: countries and named organizations,
// people (a shorter form of a longer name in the document is the same person), single capitalized words
// (a surname, an organization's short name or acronym, else an organization named twice, else nothing) and
// agreements (described ones by topic, bare "the treaty" to the nearest described one). Makes no claims.
import type { Token } from './tokens.js';
import type { LocalEntity } from '../model/types.js';
import { acronymOf, isAcronym } from '../util/acronym.js';
import { foldName } from '../util/fold.js';
import { registerDescribedEvents } from './document-events.js';
import { PERSON_DESCRIPTORS, STANDALONE_BODIES } from './lexicon.js';
import { lookupPlace } from './places.js';
import { countriesByOfficialHead, countryByCode } from './countries.js';
import { orgIdentity } from './org-identity.js';
import { addToIndex, insideQuote, titleCase, type DocumentContext, type Registry, type SentenceData } from './document-context.js';
import type { QuoteRegion } from './quotes.js';
import { CONTINENT_WORDS, type Mention } from './mentions.js';

interface PersonName {
  key: string;
  tokens: string[];
}

/**
 * "Aerolíneas del Pacífico S.A. (AdP)", "Ministry of Defence (MoD)": a short form of mixed case, whose capitals are
 * initials of the name's capitalized words, in order; or whose letters are all of them ("Tawu").
 */
function mixedCaseAbbreviation(short: string, name: string): boolean {
  if (!/^\p{Lu}[\p{L}]{1,5}$/u.test(short)) return false;
  // ("the Textile and Allied Workers Union (Tawu)": an acronym written as a word)
  if (short.length >= 3 && short.toUpperCase() === acronymOf(name)) return true;
  const caps = short.replace(/\P{Lu}/gu, '');
  if (caps.length < 2) return false;
  const initials = acronymOf(name);
  let k = 0;
  for (const c of initials) if (c === caps[k]) k++;
  return k === caps.length;
}

/** Keys every mention and agreement of the document in `registry`. */
export function registerEntities(ctx: DocumentContext): void {
  const { sentences, registry, text } = ctx;
  const mentions = sentences.flatMap((s) => s.mentions);
  placesBeforeRegions(mentions, text);
  registerNamed(mentions, registry, text);
  mergeShortBodies(mentions, registry);
  const personsByLaterWord = registerPersons(mentions, registry, text);
  registerSingles(mentions, registry, personsByLaterWord, text, sentences, ctx.tentative);
  mergeShortPlaces(mentions, registry);
  mergeBracketedTranslations(mentions, registry, text);
  mergeNamedTails(mentions, registry);
  registerAgreements(sentences, registry, text, ctx.quotes, ctx.tentative);
  registerDescribedEvents(ctx);
}

/**
 * "Patchogue, N.Y.;", "from North Wales, Pa., voiced": a name right before ", <state>" that closes the phrase is a town,
 * whatever its words made of it (not a titled person: "Gov. X, Texas" does not occur; "Sen. X, D-Calif." is another form).
 */
function placesBeforeRegions(mentions: Mention[], text: string): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    const n = mentions[i + 1]!;
    if (m.sentence !== n.sentence || m.kind !== 'entity' || m.title || m.type === 'Place' || m.type === 'Event') continue;
    if (n.kind !== 'entity' || n.type !== 'Place' || n.gazetteer !== 'region' || !/^,\s*$/.test(text.slice(m.end, n.start))) continue;
    if (!/^(?:\s*[,;:.)(]|\s*$|\s+(?:and|on|in|was|is|said|has|had)\b)/.test(text.slice(n.end, n.end + 6))) continue;
    m.type = 'Place';
    m.single = false;
    m.orgAlone = false;
  }
}

/** Countries, organizations, events, places and products. */
function registerNamed(mentions: Mention[], registry: Registry, text: string): void {
  // "the Islamic Republic" in an article naming Iran: the one named country with that official name's head
  const named = new Set(mentions.filter((m) => m.kind === 'country' && m.code).map((m) => m.code!));
  for (const m of mentions) {
    if (m.kind !== 'entity' || m.type !== 'Organization') continue;
    const heads = countriesByOfficialHead(foldName(m.name ?? m.text).replace(/^the /, '')).filter((code) => named.has(code));
    if (heads.length !== 1) continue;
    m.kind = 'country';
    m.code = heads[0]!;
    m.form = 'name';
    m.type = undefined;
  }
  // "the Danish Relief Council (DRC) ... The DRC said": a short form the document gave a body names it, not a country
  const shortForms = new Set(mentions.filter((m) => m.single && text[m.start - 1] === '(' && text[m.end] === ')').map((m) => m.text));
  for (const m of mentions) {
    if (m.kind !== 'country' || !shortForms.has(m.text)) continue;
    m.kind = 'entity';
    m.single = true;
    m.orgAlone = true;
    m.code = undefined;
    m.form = undefined;
  }
  for (const m of mentions) {
    if (m.kind === 'country') {
      const c = countryByCode(m.code!);
      // (a capital standing for its government is no name of the country: "Beijing confirmed" names China, not "Beijing")
      m.key = registry.add(`c:${m.code}`, 'Country', c?.name ?? m.text, m.form === 'capital' ? c?.name ?? m.text : m.text, { code: m.code! });
    } else if (m.kind === 'entity' && m.type && m.type !== 'Person') {
      // "Peru's Foreign Ministry": a body named only by what it is carries its country ("Peruvian Foreign Ministry"),
      // so two countries' foreign ministries never become one node across documents
      // (not guessed from what the article is about: "the Interior Department" in a Qatar-datelined story is not Qatar's)
      const written = m.name ?? m.text;
      const demonym = m.possessor && isGenericBody(written) ? countryByCode(m.possessor)?.demonym : undefined;
      const name = demonym ? `${demonym} ${written}` : written;
      // (organizations by identity: "US Department of Fisheries" and "United States Department of Fisheries" are one)
      const identity = m.type === 'Organization' ? orgIdentity(name) : foldName(name).replace(/^the /, '');
      m.key = registry.add(`${m.type[0]}:${identity}`, m.type, name, demonym ? written : name);
      // ("Turkey's parliament" as written, next to its name "Turkish parliament")
      if (!demonym && m.text !== name && m.possessor) registry.addAlias(m.key, m.text);
      // ("Calif." for California)
      if (m.gazetteer && m.text !== name) registry.addAlias(m.key, m.text);
    }
  }
}

/**
 * "the Halden Circuit" beside "the Court of Appeals for the Halden Circuit": a body of two words or more that ends
 * the one longer body's name after "for the" is that body (not after "of the": "the High Court of the Veskan Union" is
 * not the Union, "the Evaluation Group of the Aviation Administration" a unit of it).
 */
function mergeNamedTails(mentions: Mention[], registry: Registry): void {
  const orgs = [...registry.entities.values()].filter((e) => e.type === 'Organization').map((e) => ({ e, w: foldName(e.name) }));
  for (const { e, w } of orgs) {
    if (!w.includes(' ') || !registry.entities.has(e.key)) continue;
    const longer = orgs.filter((o) => o.e !== e && registry.entities.has(o.e.key) && o.w.endsWith(` for the ${w}`)).map((o) => o.e);
    if (longer.length === 1) foldEntity(mentions, registry, e.key, longer[0]!.key);
  }
}

/**
 * "the far-right Nasa Vlast (Our Power) party": a name in brackets right after a body's name, before the body's
 * kind, is the same body in translation.
 */
function mergeBracketedTranslations(mentions: Mention[], registry: Registry, text: string): void {
  const named = mentions.filter((m) => m.key).sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < named.length; k++) {
    const a = named[k]!;
    const b = named[k + 1]!;
    if (a.key === b.key || !/^\s*\(\s*$/.test(text.slice(a.end, b.start))) continue;
    if (!/^\s*\)\s+(?:party|movement|alliance|coalition|front|bloc|union)\b/.test(text.slice(b.end, b.end + 24))) continue;
    const kept = registry.get(a.key!);
    const gone = registry.get(b.key!);
    if (!kept || !gone || [kept.type, gone.type].some((t) => t === 'Country' || t === 'Place' || t === 'Agreement')) continue;
    kept.type = 'Organization';
    foldEntity(mentions, registry, b.key!, a.key!);
  }
}

/**
 * "in Addis" beside "Addis Ababa": a one-word place the gazetteer does not know is the one longer place of the
 * document that starts with it.
 */
function mergeShortPlaces(mentions: Mention[], registry: Registry): void {
  const places = [...registry.entities.values()].filter((e) => e.type === 'Place');
  for (const e of places) {
    const w = foldName(e.name);
    if (w.includes(' ') || lookupPlace(e.name).length) continue;
    const longer = places.filter((o) => o !== e && foldName(o.name).startsWith(`${w} `) && registry.entities.has(o.key));
    if (longer.length === 1) foldEntity(mentions, registry, e.key, longer[0]!.key);
  }
}

/** Folds entity `from` into `into`, its mentions with it. */
function foldEntity(mentions: Mention[], registry: Registry, from: string, into: string): void {
  registry.merge(from, into);
  for (const m of mentions) if (m.key === from) m.key = into;
}

/**
 * "the Omani ministry" after "the Omani foreign ministry": a two-word body (qualifier + head) is the one longer body
 * of the document with the same qualifier and head.
 */
function mergeShortBodies(mentions: Mention[], registry: Registry): void {
  const fold = (from: string, into: string): void => foldEntity(mentions, registry, from, into);
  const orgs = [...registry.entities.values()].filter((e) => e.type === 'Organization');
  for (const e of orgs) {
    const words = foldName(e.name).split(' ');
    if (words.length !== 2 || !SHORT_BODY_HEADS.has(words[1]!)) continue;
    const longer = orgs.filter((o) => {
      const w = foldName(o.name).split(' ');
      return o !== e && w.length > 2 && w[0] === words[0] && w[w.length - 1] === words[1];
    });
    if (longer.length !== 1 || !registry.entities.has(longer[0]!.key)) continue;
    fold(e.key, longer[0]!.key);
  }
  // ("the Court of Appeal" beside "the Court of Appeal of Veskaria": a body of two words or more is the one longer body
  // of the document that is its name and "of" someone)
  for (const e of orgs) {
    const name = foldName(e.name).replace(/^the /, '');
    if (!registry.entities.has(e.key) || name.split(' ').length < 2) continue;
    const longer = orgs.filter((o) => o !== e && registry.entities.has(o.key) && foldName(o.name).replace(/^the /, '').startsWith(`${name} of `));
    if (longer.length !== 1) continue;
    fold(e.key, longer[0]!.key);
  }
  // ("Halvern Group" beside "Halvern Group N.V.": a company's name without its legal form is the company)
  for (const e of orgs) {
    if (!registry.entities.has(e.key)) continue;
    const name = foldName(e.name).replace(/^the /, '');
    const longer = orgs.filter((o) => {
      if (o === e || !registry.entities.has(o.key)) return false;
      const other = foldName(o.name).replace(/^the /, '');
      const tail = other.startsWith(`${name} `) ? other.slice(name.length + 1).split(' ') : [];
      return tail.length >= 1 && tail.length <= 2 && tail.every((x) => STRICT_LEGAL_FORMS.has(x));
    });
    if (longer.length === 1) fold(e.key, longer[0]!.key);
  }
  // ("a rise in Halvern's share price" beside "Halvern Inc.": a place only by its preposition that is a company's name
  // without its legal form is that company; not a place the gazetteer knows)
  const companies = new Map<string, string[]>();
  for (const o of orgs) {
    const w = foldName(o.name).split(' ');
    if (w.length > 1 && w.slice(1).every((x) => LEGAL_FORMS.has(x))) addToIndex(companies, w[0]!, o.key);
  }
  for (const e of [...registry.entities.values()]) {
    if (e.type !== 'Place') continue;
    const company = companies.get(foldName(e.name));
    const own = mentions.filter((m) => m.key === e.key);
    if (company?.length !== 1 || own.some((m) => m.gazetteer || m.capitalOf)) continue;
    for (const m of own) m.type = 'Organization';
    fold(e.key, company[0]!);
  }
  // "the Foreign Ministry" in a document whose one country-qualified foreign ministry is Armenia's
  const left = [...registry.entities.values()].filter((e) => e.type === 'Organization');
  const byIdentity = new Map(left.map((e) => [e, orgIdentity(e.name)]));
  for (const e of left) {
    const id = byIdentity.get(e)!;
    if (!registry.entities.has(e.key) || /^[a-z]{3} /.test(id) || !isGenericBody(e.name)) continue;
    const qualified = left.filter(
      (o) => o !== e && registry.entities.has(o.key) && byIdentity.get(o)!.replace(/^(?:[a-z]{3} )+/, '') === id && byIdentity.get(o) !== id,
    );
    if (qualified.length !== 1) continue;
    fold(e.key, qualified[0]!.key);
  }
}
/** Legal forms proper, which a company's name may drop ("Halvern Group N.V." is "Halvern Group"). */
const STRICT_LEGAL_FORMS = new Set([
  'inc', 'corp', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'asa', 'ab', 'oyj', 'spa', 'se', 'sarl', 'srl',
  'pjsc', 'jsc', 'kgaa', 'lp', 'llp', 'co', 'bhd', 'pte',
]);
/** Words that only say what legal form a company has: "Norvalt Inc." is "Norvalt". */
const LEGAL_FORMS = new Set([
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'group',
  'holdings', 'holding',
]);
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const SHORT_BODY_HEADS = new Set(['ministry', 'embassy', 'government', 'army', 'military', 'parliament', 'police']);

const GENERIC_BODY_WORDS = new Set(
  ('foreign affairs defence defense finance interior justice health trade commerce economy economic energy agriculture ' +
    'education ministry office department parliament government embassy army navy air force police central bank ' +
    'cabinet presidency security council national assembly supreme court constitutional treasury state of the and for').split(' '),
);
/** "Foreign Ministry", "National Assembly", "Central Bank": every word says what kind of body, none says whose. */
const isGenericBody = (name: string): boolean => foldName(name).split(' ').every((w) => GENERIC_BODY_WORDS.has(w));

/** People, full names first; returns them indexed by every word after their first. */
function registerPersons(mentions: Mention[], registry: Registry, text: string): Map<string, PersonName[]> {
  const personKeyOf = new Map<string, string>(); // folded full name -> key
  const personsByLast = new Map<string, PersonName[]>();
  const personsByLaterWord = new Map<string, PersonName[]>();
  const personsByFirst = new Map<string, PersonName[]>();
  const personMentions = mentions.filter((m) => m.kind === 'entity' && m.type === 'Person');
  const wordCount = new Map(personMentions.map((m) => [m, (m.name ?? m.text).split(/\s+/).length]));
  personMentions.sort((a, b) => wordCount.get(b)! - wordCount.get(a)! || a.start - b.start);
  // Title mentions by sentence, in text order (what may stand right before a name)
  const titlesBySentence = new Map<number, Mention[]>();
  for (const t of mentions) {
    if (t.kind !== 'title') continue;
    const list = titlesBySentence.get(t.sentence);
    if (list) list.push(t);
    else titlesBySentence.set(t.sentence, [t]);
  }
  for (const m of personMentions) {
    const name = m.name ?? m.text;
    const words = foldName(name).split(' ');
    // A shorter form of a longer name in this document ("Garcia Lopez", "Smith") is the same person
    const longer = (personsByLast.get(words[words.length - 1]!) ?? []).filter(
      (p) => p.tokens.length > words.length && words.every((w, i) => p.tokens[p.tokens.length - words.length + i] === w),
    );
    // ("Sheikh Faisal" for "Faisal bin Nasser Al Maadeed", "President Qiao" for "Qiao Wenhai": a titled first name)
    const byFirst = longer.length === 0 && words.length === 1 && m.title ? personsByFirst.get(words[0]!) ?? [] : [];
    let key: string;
    if (longer.length === 1) key = longer[0]!.key;
    else if (byFirst.length === 1) key = byFirst[0]!.key;
    else if (longer.length > 1) continue; // ambiguous: two people share this name; prefer no link
    else {
      const folded = words.join(' ');
      key = personKeyOf.get(folded) ?? `p:${folded}`;
      if (!personKeyOf.has(folded)) {
        personKeyOf.set(folded, key);
        const person = { key, tokens: words };
        addToIndex(personsByLast, words[words.length - 1]!, person);
        if (words.length > 1) addToIndex(personsByFirst, words[0]!, person);
        for (const w of words.slice(1)) addToIndex(personsByLaterWord, w, person);
      }
    }
    m.key = registry.add(key, 'Person', name, name, m.title ? { title: titleCase(m.title) } : {});
    // "President Kennedy", "Ms. Toth": the name as written with a capitalized title or honorific is one of its forms
    const titled = titlesBySentence.get(m.sentence)?.find((t) => t.t1 <= m.t0 && t.t1 >= m.t0 - 1 && /^\p{Lu}/u.test(t.text));
    const gap = titled ? text.slice(titled.end, m.start) : '';
    // (not a title the run continues from before a comma: "Minister of Trade, Industry and Competition X")
    const plainTitle = titled && titled.t1 - titled.t0 <= 3 && (titled.title ?? '').split(' ').length === titled.t1 - titled.t0;
    if (plainTitle && /^\.?\s+$/.test(gap)) {
      registry.addAlias(key, `${titled.text}${gap.replace(/\s+/g, ' ')}${name}`);
      // ("Toledo Mayor Karl Brandis", "U.S. Sen. Ana Ruiz": with the place or country qualifying the title too)
      const place = (q: Mention): boolean => q.kind === 'country' || (q.kind === 'entity' && (q.type === 'Place' || !!q.gazetteer));
      const qualifier = mentions.find((q) => q.sentence === m.sentence && place(q) && /^\s$/.test(text.slice(q.end, titled.start)));
      if (qualifier) registry.addAlias(key, `${text.slice(qualifier.start, titled.end)}${gap.replace(/\s+/g, ' ')}${name}`);
    }
    const e = registry.get(key)!;
    if (m.title && !e.title) e.title = titleCase(m.title);
  }
  return personsByLaterWord;
}

// (token tests of registerSingles' properNoun, made once here rather than on every call)
const isVerb = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
const connector = (t: Token | undefined): boolean => !!t && /^(?:of|for|and|the|de|del|&)$/.test(t.lower);
const noun = (t: Token | undefined): boolean => !!t && !t.cap && t.pos === 'NOUN';

/** Head words a body's full name is shortened to after "the" ("the Agency", "the Bank", "the Court"). */
const HEAD_SHORT_FORMS = new Set([
  'commission', 'fund', 'court', 'bank', 'council', 'union', 'ministry', 'agency', 'parliament', 'assembly', 'committee', 'tribunal',
  'organization', 'organisation', 'alliance', 'board', 'authority', 'department', 'company', 'corporation', 'federation', 'institute',
  ...STANDALONE_BODIES,
]);

/** Continents, by their folded one-word names: places, never bodies. */
const CONTINENTS = new Set([...CONTINENT_WORDS, 'antarctica', 'australasia', 'eurasia']);

/** Verbs (lemmas) only people are the subjects of: thinking, remembering, weeping, wearing, marrying. */
const HUMAN_VERBS = new Set([
  'think', 'believe', 'remember', 'recall', 'feel', 'wear', 'sob', 'cry', 'weep', 'smile', 'laugh', 'marry', 'confess', 'testify', 'plead',
]);
/** Nouns of a person's description besides PERSON_DESCRIPTORS' trades: "a retired teacher", "a 23-year-old student". */
const PERSON_NOUNS = new Set([
  'man', 'woman', 'teacher', 'student', 'farmer', 'doctor', 'nurse', 'soldier', 'priest', 'mother', 'father', 'son', 'daughter',
  'resident', 'native', 'retiree', 'pensioner', 'worker', 'engineer', 'pilot', 'driver', 'clerk', 'teenager', 'boy', 'girl',
]);
/** ", 60," or ", a retired teacher," from token k (after the comma): an aside only a person takes. */
const personApposition = (tokens: Token[], k: number): boolean => {
  const t = tokens[k];
  if (t && /^\d{1,2}$/.test(t.text) && tokens[k + 1]?.text === ',') return true;
  if (!t || !/^(?:a|an)$/.test(t.lower)) return false;
  for (let j = k + 1; j <= k + 4 && tokens[j]; j++) {
    const w = tokens[j]!;
    if (w.kind !== 'word') return false;
    if (!w.cap && (PERSON_DESCRIPTORS.has(w.lower) || PERSON_NOUNS.has(w.lower))) return tokens[j + 1]?.text === ',' || tokens[j + 1]?.lower === 'who';
  }
  return false;
};
/** "Vollan thought he could", "Ruiz sobbed loudly", "Marsh, who": a single name before what only people do is a person's. */
const humanSubject = (tokens: Token[] | undefined, m: Mention): boolean => {
  // (never after "the": "the Palace said" is a body's word)
  if (!tokens || m.t1 !== m.t0 + 1 || tokens[m.t0 - 1]?.lower === 'the') return false;
  const next = tokens[m.t0 + 1];
  // ("Marsh, who is going": "who" is said of people)
  if (next?.lower === 'who' || (next?.text === ',' && tokens[m.t0 + 2]?.lower === 'who')) return true;
  // ("Ray, 60, was sentenced", "Sirhan, a retired teacher, said": an age or a person's description in apposition)
  if (next?.text === ',' && personApposition(tokens, m.t0 + 2)) return true;
  // ("Vollan said from his cell": a name said once, before a speech verb; a body named twice was taken before)
  // (not opening the sentence: a headline's "Palace says" is a body's)
  if (!m.sentenceInitial && next && /^(?:said|says|told|added|asked|wrote|argued|explained|insisted|replied|recalled)$/.test(next.lower)) return true;
  const verb = next?.pos === 'ADV' ? tokens[m.t0 + 2] : next;
  return !!verb && verb.pos === 'VERB' && HUMAN_VERBS.has(verb.lemma);
};

/** Single capitalized words: a surname of someone named in full, else an organization named twice, else nothing. */
function registerSingles(
  mentions: Mention[],
  registry: Registry,
  personsByLaterWord: Map<string, PersonName[]>,
  text: string,
  sentences: SentenceData[],
  tentative: Set<string>,
): void {
  // A single word the tagger reads as a proper noun inside a sentence ("sued Quillon", "Tazar and Qirat signed"), not a
  // piece of a longer name ("Mechanism for Consultation and Coordination") nor an abbreviation ("Calif.")
  const properNoun = (m: Mention): boolean => {
    const tokens = sentences[m.sentence]?.tokens;
    if (!tokens || m.t1 !== m.t0 + 1 || tokens[m.t0]!.pos !== 'PROPN') return false;
    const prev = tokens[m.t0 - 1];
    const next = tokens[m.t0 + 1];
    // (opening a sentence only as the subject of a verb right after it: "Norvalt acquired Cloudmere")
    // ("Tazar and Qirat signed": two names joined, then the verb, are two subjects, not one longer name)
    const pairThenVerb = next?.lower === 'and' && tokens[m.t0 + 2]?.cap && tokens[m.t0 + 2]!.pos === 'PROPN' && isVerb(tokens[m.t0 + 3]);
    // (or an adverb, then the verb: "Ruby fatally shot Oswald")
    const verbNext = isVerb(next) || (next?.pos === 'ADV' && /ly$/.test(next.lower) && isVerb(tokens[m.t0 + 2]));
    if (m.sentenceInitial && !((verbNext && !/s$/.test(m.text)) || pairThenVerb)) return false;
    // (a piece of "Mechanism for Consultation and Coordination"; not of "including Tazar and Qirat")
    // (nor two names qualifying a noun: "Kichwa and Secoya communities")
    const pieceBefore =
      prev?.lower === 'and'
        ? tokens[m.t0 - 2]?.cap && (connector(tokens[m.t0 - 3]) || !!tokens[m.t0 - 3]?.cap || noun(next))
        : connector(prev) && tokens[m.t0 - 2]?.cap;
    if (pieceBefore) return false;
    const pieceAfter =
      next?.lower === 'and'
        ? tokens[m.t0 + 2]?.cap && (connector(tokens[m.t0 + 3]) || !!tokens[m.t0 + 3]?.cap || connector(prev) || noun(tokens[m.t0 + 3]))
        : /^(?:of|for|&)$/.test(next?.lower ?? '') && tokens[m.t0 + 2]?.cap;
    if (pieceAfter && !CALENDAR.test(tokens[m.t0 + 2]!.lower)) return false;
    if (next?.text === '.' && m.text.length <= 5 && tokens[m.t0 + 2]) return false;
    return !/(?:ans|ians|ists|ims|ews|ese)$/.test(m.text);
  };
  // One type per name: "Kazan" is the place the document also writes "in Kazan"
  const placeKeys = new Map<string, string>();
  for (const e of registry.entities.values()) if (e.type === 'Place') placeKeys.set(foldName(e.name), e.key);
  const singleCounts = new Map<string, number>();
  // "the Kurdistan Workers' Party (PKK)": an acronym in brackets right after a name is that name, whatever its letters
  const bracketed = new Map<string, LocalEntity>();
  // ("the Andean Liberation Army, or ALA,": the same after ", or")
  mentions.forEach((m, i) => {
    if (!m.single) return;
    // the name just before (a country inside it, "of Colombia", comes after it in the list)
    let k = i - 1;
    while (k >= 0 && mentions[k]!.inName) k--;
    // (the body inside a unit's name whose initials the acronym is: "the Review Group of the Federal Fisheries
    // Administration (FFA)" is the Administration)
    const inner = mentions.slice(k + 1, i).find((x) => x.kind === 'entity' && x.key && x.type === 'Organization' && acronymOf(x.name ?? x.text) === m.text);
    const prev = inner ?? mentions[k];
    if (prev?.kind !== 'entity' || !prev.key || prev.type === 'Person') return;
    // (a place the gazetteer knows has no acronym of the text's making: "PETALUMA, Calif. (AP)" is the agency)
    if (prev.gazetteer) return;
    const gap = text.slice(prev.end, m.start);
    const bracket = /^\s*\($/.test(gap) && text[m.end] === ')';
    const or = /^\s*,\s+or\s+$/.test(gap) && /^\s*[,)]/.test(text.slice(m.end, m.end + 2));
    if ((bracket && (isAcronym(m.text) || mixedCaseAbbreviation(m.text, prev.text))) || or) bracketed.set(m.text, registry.get(prev.key)!);
  });
  for (const m of mentions) if (m.single && !m.sentenceInitial) singleCounts.set(foldName(m.text), (singleCounts.get(foldName(m.text)) ?? 0) + 1);
  // People of two or three words by their first word, built on first use
  let byFirst: Map<string, LocalEntity[]> | undefined;
  const personsByFirstWord = (): Map<string, LocalEntity[]> => {
    if (byFirst) return byFirst;
    byFirst = new Map();
    for (const e of registry.entities.values()) {
      if (e.type === 'Person' && /^\S+ \S+( \S+)?$/.test(e.name)) addToIndex(byFirst, foldName(e.name).split(' ')[0]!, e);
    }
    return byFirst;
  };
  const namedByFirstWord = new Map<string, LocalEntity[]>();
  const namedByAcronym = new Map<string, LocalEntity[]>();
  // ("the Agency" for "the Halden Space Agency", "the Bank" for "the Veskan Development Bank")
  const namedByHead = new Map<string, LocalEntity[]>();
  for (const e of registry.entities.values()) {
    if (e.type !== 'Organization' && e.type !== 'Event' && e.type !== 'Place') continue;
    const words = foldName(e.name).split(' ');
    // ("BDU" is not the "BDU Defence Council": an acronym before a body's name names another body)
    const firstIsAcronym = isAcronym(e.name.split(/\s+/)[0] ?? '');
    if (words.length > 1 && (!firstIsAcronym || words.slice(1).every((w) => LEGAL_FORMS.has(w)))) addToIndex(namedByFirstWord, words[0]!, e);
    const acronym = acronymOf(e.name);
    if (acronym) addToIndex(namedByAcronym, acronym, e);
    if (e.type === 'Organization' && words.length > 1 && HEAD_SHORT_FORMS.has(words[words.length - 1]!)) addToIndex(namedByHead, words[words.length - 1]!, e);
  }
  for (const m of mentions) {
    if (!m.single) continue;
    const w = foldName(m.text);
    // ("al-Rawahi" folds to two words: the person whose name ends with both)
    const parts = w.split(' ');
    const owners =
      parts.length === 1
        ? personsByLaterWord.get(w) ?? []
        : (personsByLaterWord.get(parts[parts.length - 1]!) ?? []).filter(
            (p) => p.tokens.slice(-parts.length).join(' ') === w && p.tokens.length > parts.length,
          );
    // "Lumenworks" for "Lumenworks Inc.", "BDU" for "Baltic Defence Union"
    const inBrackets = bracketed.get(m.text);
    const byAcronym = isAcronym(m.text) ? namedByAcronym.get(m.text) ?? [] : [];
    const named = inBrackets ? [inBrackets] : [...new Set([...(namedByFirstWord.get(w) ?? []), ...byAcronym])];
    const afterThe = sentences[m.sentence]?.tokens[m.t0 - 1]?.lower === 'the';
    const byHead = !named.length && (afterThe || m.standalone) && m.t1 === m.t0 + 1 ? namedByHead.get(w) ?? [] : [];
    const candidates = byHead.length === 1 ? byHead : named;
    if (m.headOnly && byHead.length !== 1) {
      if (m.standalone) {
        m.key = registry.add(`O:${w}`, 'Organization', m.text, m.text);
        m.type = 'Organization';
      }
      continue;
    }
    // ("Halvern" for "The Halvern Company" rather than "Halvern Communications": the one name that is the word and a legal form)
    const legal = candidates.filter((o) => foldName(o.name).split(' ').slice(1).every((x) => LEGAL_FORMS.has(x)));
    const orgs = candidates.length > 1 && legal.length === 1 ? legal : candidates;
    // "Qiao" for "Qiao Wenhai", "Kim" for "Kim Jong Un": a family name written first, when nothing else fits
    const firstOf = owners.length === 0 && orgs.length === 0 && parts.length === 1 ? personsByFirstWord().get(w) ?? [] : [];
    if (owners.length === 1 || firstOf.length === 1) {
      const person = owners.length === 1 ? owners[0]!.key : firstOf[0]!.key;
      // ("Finnish chip designer Kuusela Silicon ... Kuusela, which is based in Tampere": a short form that behaves like a
      // body's makes the untitled name it shortens a body)
      const named = registry.get(person);
      if (m.orgAlone && named && !named.title && named.type === 'Person') {
        named.type = 'Organization';
        m.key = registry.add(person, 'Organization', m.text, m.text);
        m.type = 'Organization';
        continue;
      }
      m.key = registry.add(person, 'Person', m.text, m.text);
      m.type = 'Person';
    } else if (owners.length === 0 && orgs.length === 1) {
      m.key = registry.add(orgs[0]!.key, orgs[0]!.type, orgs[0]!.name, m.text);
      m.type = orgs[0]!.type;
    } else if (owners.length === 0 && orgs.length === 0 && m.victim) {
      // ("Lennon was fatally shot by X", "assassinated Lincoln": who was killed is a person, whatever else the name is)
      m.key = registry.add(`p:${w}`, 'Person', m.text, m.text);
      m.type = 'Person';
      tentative.delete(m.key);
    } else if (owners.length === 0 && orgs.length === 0 && placeKeys.has(w)) {
      m.key = registry.add(placeKeys.get(w)!, 'Place', m.text, m.text);
      m.type = 'Place';
    } else if (owners.length === 0 && orgs.length === 0 && m.gazetteer && !m.orgAlone) {
      // "Texas", "Houston": a region or city the gazetteer knows, and nobody's surname here (a node even when named
      // once in passing: "smoke hung over Boise" names a place as surely as a relation does)
      m.key = registry.add(placeKeys.get(w) ?? `P:${w}`, 'Place', m.text, m.text);
      m.type = 'Place';
      tentative.delete(m.key);
    } else if (owners.length === 0 && orgs.length === 0 && CONTINENTS.has(w)) {
      // ("president for Europe at X": a continent is a place whatever titles it follows; kept when related)
      const known = registry.entities.has(placeKeys.get(w) ?? `P:${w}`);
      m.key = registry.add(placeKeys.get(w) ?? `P:${w}`, 'Place', m.text, m.text);
      m.type = 'Place';
      if (!known) tentative.add(m.key);
    } else if (owners.length === 0 && orgs.length === 0 && (m.roleOwner || m.orgAlone || (singleCounts.get(w) ?? 0) >= 2)) {
      m.key = registry.add(`O:${w}`, 'Organization', m.text, m.text);
      m.type = 'Organization';
      tentative.delete(m.key);
    } else if (owners.length === 0 && orgs.length === 0 && !m.orgAlone && humanSubject(sentences[m.sentence]?.tokens, m)) {
      m.key = registry.add(`p:${w}`, 'Person', m.text, m.text);
      m.type = 'Person';
      tentative.delete(m.key);
    } else if (owners.length === 0 && orgs.length === 0 && properNoun(m)) {
      const known = registry.entities.has(`O:${w}`);
      m.key = registry.add(`O:${w}`, 'Organization', m.text, m.text);
      m.type = 'Organization';
      if (!known) tentative.add(m.key);
    }
  }
  // ("Anvisa acted. ... Anvisa's president, X, said": a sentence's first word that the document has already made a
  // body's single-word name is that body, whatever follows it)
  for (const m of mentions) {
    if (!m.single || m.key || !m.sentenceInitial) continue;
    const known = registry.get(`O:${foldName(m.text)}`);
    if (known?.type !== 'Organization') continue;
    m.key = registry.add(known.key, 'Organization', known.name, m.text);
    m.type = 'Organization';
  }
}

/**
 * Agreements: described ones keyed by topic; bare references go to the nearest described one of the same kind.
 * A bare reference with a year ("under a 2019 memorandum") goes to the described agreement of that year (written
 * before its head or in its sentence), else it is an agreement of its own, named by year and head.
 */
function registerAgreements(sentences: SentenceData[], registry: Registry, text: string, quotes: QuoteRegion[], tentative: Set<string>): void {
  const described: Described[] = [];
  const yearOf = new Map<string, string[]>(); // described key -> the years written with it
  const named: { key: string; start: number; sentence: number }[] = []; // every mention of a described agreement by name
  const quoted = (at: number): boolean => insideQuote(quotes, at);
  for (const s of sentences) {
    for (const a of s.agreements) {
      if (!a.label) continue;
      const existing = described.find((d) => d.key === `A:${a.topic}`);
      a.key = registry.add(`A:${a.topic}`, 'Agreement', a.label, text.slice(a.start, a.end));
      const e = registry.get(a.key)!;
      if (/^\p{Lu}/u.test(a.label) && a.label.length > e.name.length) e.name = a.label;
      const proper = /\p{Lu}/u.test(text[a.headStart] ?? '');
      const flags = { quoted: quoted(a.start), proper, parties: a.parties.length > 0, ...(a.unrealized ? { unrealized: true } : {}) };
      if (!existing) described.push({ key: a.key, head: a.head, sentence: s.index, start: a.start, ...flags });
      else if (!a.unrealized) delete existing.unrealized;
      named.push({ key: a.key, start: a.start, sentence: s.index });
      const years = yearOf.get(a.key) ?? [];
      years.push(...(a.year ? [a.year] : text.slice(s.start, s.end).match(/\b(?:19|20)\d{2}\b/g) ?? []));
      yearOf.set(a.key, years);
    }
  }
  mergeDealsNamedByTarget(sentences, described, registry);
  mergeHeadlineAgreements(sentences, described, registry, text);
  for (const s of sentences) {
    for (const a of s.agreements) {
      if (a.label || !a.year) continue;
      const sameYear = described.find((d) => yearOf.get(d.key)!.includes(a.year!));
      if (sameYear) {
        a.key = sameYear.key;
        registry.add(sameYear.key, 'Agreement', registry.get(sameYear.key)!.name, text.slice(a.start, a.end));
        continue;
      }
      const label = `${a.year} ${a.head}`;
      a.key = registry.add(`A:${label}`, 'Agreement', label, text.slice(a.start, a.end));
      if (!described.some((d) => d.key === a.key)) {
        described.push({ key: a.key, head: a.head, sentence: s.index, start: a.start, quoted: quoted(a.start) });
        yearOf.set(a.key, [a.year]);
      }
    }
  }
  if (described.length === 0) {
    const unnamed = unnamedAgreement(sentences, registry, text);
    if (unnamed) described.push(unnamed);
  }
  for (const s of sentences) {
    for (const a of s.agreements) {
      if (a.label || a.key) continue;
      // ("the deal, known as the Geneva Understanding": a reference that the next words name)
      const calledBy = s.agreements.find((b) => b.key && b.label && b.start > a.end && KNOWN_AS.test(text.slice(a.end, b.start)));
      if (calledBy) {
        a.key = calledBy.key;
        registry.add(calledBy.key!, 'Agreement', registry.get(calledBy.key!)!.name, text.slice(a.start, a.end));
        continue;
      }
      // Same kind of agreement first (preceding, else following); any kind only if the narration named it
      // before ("the climate deal we promised" in a quote is not what a later "the agreement" means)
      // (not a deal the text says did not happen, "its abandoned purchase of X", when another of the kind is named)
      const kind = described.filter((d) => d.head === a.head);
      const same = kind.some((d) => !d.unrealized) ? kind.filter((d) => !d.unrealized) : kind;
      if (a.sameKindOnly) {
        const own = same.filter((d) => d.start < a.start).pop() ?? same[0];
        if (own) {
          a.key = own.key;
          registry.add(own.key, 'Agreement', registry.get(own.key)!.name, text.slice(a.start, a.end));
        }
        continue;
      }
      // ("an arrangement the Irish government agreed with Quillon": with no agreement of its kind named, a new one)
      // (unless one of its kind is named before, or later by a proper name or without parties of its own: "we signed a
      // treaty ... It is called the Treaty between X and Y"; "unveiled an agreement ... the gas transit agreement between
      // Y and Z" are two)
      if (a.indefinite && !same.some((d) => d.start < a.start || d.proper || !d.parties)) {
        // ("call for a ceasefire": no agreement of its own, and none other than one of its kind)
        if (/^(?:ceasefire|truce|armistice|declaration)$/.test(a.head)) continue;
        const label = a.head.charAt(0).toUpperCase() + a.head.slice(1);
        a.key = registry.add(`A:${a.head}@${s.index}:${a.start}`, 'Agreement', label, text.slice(a.start, a.end));
        tentative.add(a.key);
        // (a later "the deal" may mean it)
        described.push({ key: a.key, head: a.head, sentence: s.index, start: a.start, quoted: quoted(a.start) });
        named.push({ key: a.key, start: a.start, sentence: s.index });
        continue;
      }
      // (named before the reference: "the agreement would resolve ... the deferred prosecution agreement" is not the latter)
      const earlier = described.filter((d) => d.start < a.start && !d.quoted);
      // (one of its kind named in the last sentences; else the agreement named most so far, what the article is about:
      // "the agreement" in a story on the Windsor Framework is the Framework, not a withdrawal agreement named once)
      const recent = same.filter((d) => named.some((n) => n.key === d.key && n.start < a.start && s.index - n.sentence <= RECENT_SENTENCES));
      const times = (d: { key: string }): number => named.filter((n) => n.key === d.key && n.start < a.start).length;
      const realized = earlier.filter((d) => !d.unrealized);
      const main = realized.reduce<Described | undefined>((best, d) => (!best || times(d) > times(best) ? d : best), undefined);
      // (the article's agreement when named twice and more than any earlier one of the reference's kind; else the
      // last of its kind; else, "we signed a treaty ... It is called the Treaty of X", the one its proper name gives later)
      const sameEarlier = same.filter((d) => d.start < a.start);
      const dominant = main && times(main) >= 2 && sameEarlier.every((d) => d === main || times(d) < times(main)) ? main : undefined;
      const properLater = same.find((d) => d.proper && d.start > a.start);
      const target = recent.pop() ?? dominant ?? sameEarlier.pop() ?? properLater ?? main ?? same[0] ?? earlier.pop();
      if (!target) {
        // ("X has agreed to supply engines to Y. The contract, signed on Wednesday, ...": a sentence opening on the
        // deal the one before says was agreed introduces it)
        const before = sentences[s.index - 1];
        if (!before || a.start - s.start > 4 + a.head.length || !/^the$/i.test(text.slice(s.start, a.start).trim())) continue;
        if (!/\bagree(?:d|s)? to\b/i.test(text.slice(before.start, before.end))) continue;
        const label = a.head.charAt(0).toUpperCase() + a.head.slice(1);
        a.key = registry.add(`A:${a.head}@${s.index}:${a.start}`, 'Agreement', label, text.slice(a.start, a.end));
        described.push({ key: a.key, head: a.head, sentence: s.index, start: a.start, quoted: quoted(a.start) });
        named.push({ key: a.key, start: a.start, sentence: s.index });
        continue;
      }
      a.key = target.key;
      // "the purchase" counts as a mention but is no alias of the agreement
      const name = registry.get(target.key)!.name;
      registry.add(target.key, 'Agreement', name, a.referenceOnly ? name : text.slice(a.start, a.end));
    }
  }
  agreementAcronyms(sentences, registry, text);
}

/** What joins a reference to the name given it right after ("the deal, known as the X", "the pact, dubbed X"). */
const KNOWN_AS = /^\s*,?\s*(?:(?:now|officially|formally)\s+)?(?:known as|called|dubbed|named|titled)\s+(?:the\s+)?$/;

/** An agreement the text names (or introduces), for resolving later references to it. */
interface Described {
  key: string;
  head: string;
  sentence: number;
  start: number;
  quoted?: boolean;
  /** "its planned purchase of X": a deal that did not happen. */
  unrealized?: boolean;
  /** Named with a capitalized head ("the Harbour Accord"). */
  proper?: boolean;
  /** Named with parties of its own ("the transit agreement between X and Y"). */
  parties?: boolean;
}

/**
 * "the Tarnet deal" in an article on "Halvern's acquisition of Tarnet Resources": a deal named by a company
 * the document names as the target of an acquisition is that acquisition.
 */
function mergeDealsNamedByTarget(sentences: SentenceData[], described: Described[], registry: Registry): void {
  const acquisitionOf = new Map<string, string>(); // folded name or alias of a target -> its acquisition's key
  for (const s of sentences) {
    for (const a of s.agreements) {
      const target = a.key && a.target !== undefined ? s.mentions[a.target] : undefined;
      const org = target?.key ? registry.get(target.key) : undefined;
      // (and its first word: "the Tarnet deal" for "Tarnet Resources")
      if (org) for (const n of [org.name, ...org.aliases, org.name.split(' ')[0]!]) acquisitionOf.set(foldName(n), a.key!);
    }
  }
  if (!acquisitionOf.size) return;
  for (const d of [...described]) {
    const name = registry.get(d.key)?.name ?? '';
    const m = /^(.+) (?:deal|takeover|acquisition|merger|purchase)$/i.exec(name);
    const into = m ? acquisitionOf.get(foldName(m[1]!)) : undefined;
    if (!into || into === d.key) continue;
    registry.merge(d.key, into);
    described.splice(described.indexOf(d), 1);
    for (const s of sentences) for (const a of s.agreements) if (a.key === d.key) a.key = into;
  }
}

/** How many sentences back an agreement of a reference's own kind still counts as the one meant. */
const RECENT_SENTENCES = 2;

/** "the General Security of Military Information Agreement, or GSOMIA,", "the deferred prosecution agreement (DPA)". */
function agreementAcronyms(sentences: SentenceData[], registry: Registry, text: string): void {
  const rekey = new Map<string, string>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'entity' || !m.single || !m.key || !isAcronym(m.text)) continue;
      const a = s.agreements.find((x) => x.key && x.end <= m.start && x.end >= m.start - 6);
      if (!a) continue;
      const gap = text.slice(a.end, m.start);
      const bracket = /^\s*\($/.test(gap) && text[m.end] === ')';
      const or = /^\s*,\s+or\s+$/.test(gap) && /^\s*[,)]/.test(text.slice(m.end, m.end + 2));
      if (bracket || or) rekey.set(m.key, a.key!);
    }
  }
  for (const [from, into] of rekey) {
    registry.merge(from, into);
    for (const s of sentences) for (const m of s.mentions) if (m.key === from) Object.assign(m, { key: into, type: 'Agreement' });
  }
}

/**
 * A headline's agreement ("Peru, Chile sign fisheries pact") is the one the body describes with the same head word
 * ("a pact on the joint management of fish stocks"), or the body's only agreement, when the headline is the only
 * place it is named that way.
 * The headline is the first line when it has no sentence punctuation (repeated lines of the same text count too).
 */
function mergeHeadlineAgreements(
  sentences: SentenceData[],
  described: { key: string; head: string; sentence: number }[],
  registry: Registry,
  text: string,
): void {
  const first = sentences[0];
  if (!first || first.agreements.length === 0) return;
  const headline = text.slice(first.start, first.end).trim();
  if (/[.!?]["”’]?$/.test(headline)) return;
  const inHeadline = (s: SentenceData): boolean => text.slice(s.start, s.end).trim() === headline;
  for (const a of first.agreements) {
    if (!a.key) continue;
    const from = a.key;
    const elsewhere = sentences.some((s) => !inHeadline(s) && s.agreements.some((b) => b.key === from));
    // (the same head word, else the body's only agreement: "Kenya, India sign satellite pact" / "a space cooperation
    // agreement", unless the body says "the pact" of something else and the two names share no word)
    const inBody = described.filter((d) => d.key !== from && !inHeadline(sentences[d.sentence]!));
    const sameHead = inBody.find((d) => d.head === a.head);
    const only = inBody.length === 1 ? inBody[0]! : undefined;
    const headInBody = sentences.some((s) => !inHeadline(s) && s.agreements.some((b) => !b.label && b.head === a.head));
    const words = (key: string): string[] => foldName(registry.get(key)!.name).split(' ');
    const shared = only ? words(only.key).some((w) => w.length > 3 && words(from).includes(w)) : false;
    const body = sameHead ?? (only && (!headInBody || shared) ? only : undefined);
    if (elsewhere || !body) continue;
    registry.merge(from, body.key);
    for (const s of sentences) for (const b of s.agreements) if (b.key === from) b.key = body.key;
    described.splice(described.findIndex((d) => d.key === from), 1);
  }
}

const AGREEING = /\b(?:agreed|agree|agrees|agreement|deal|accord|pact|signed|struck|reached)\b/i;

/**
 * An article that only ever says "the agreement" or "the deal": one agreement named after the two countries or
 * organizations that a sentence (up to the first reference) says agreed, joined by "and" right before the verb
 * ("Japan and South Korea agreed to lift...") -> "Agreement between Japan and South Korea". Else nothing.
 */
function unnamedAgreement(
  sentences: SentenceData[],
  registry: Registry,
  text: string,
): { key: string; head: string; sentence: number; start: number } | undefined {
  const first = sentences.find((s) => s.agreements.some((a) => !a.label && !a.referenceOnly));
  if (!first) return undefined;
  const head = first.agreements.find((a) => !a.label && !a.referenceOnly)!.head;
  for (const s of sentences) {
    if (s.index > first.index) break;
    // "Chile and Bolivia agreed", "Japan and South Korea signed": two parties joined by "and", then the verb
    const parties = s.mentions.filter((m) => {
      const type = m.key ? registry.get(m.key)?.type : undefined;
      return !m.modifier && (type === 'Country' || type === 'Organization');
    });
    for (let i = 0; i + 1 < parties.length; i++) {
      const [x, y] = [parties[i]!, parties[i + 1]!];
      if (x.key === y.key || !/^\s*and\s+(?:the\s+)?$/.test(text.slice(x.end, y.start))) continue;
      if (!AGREEING.test(text.slice(y.end, y.end + 40))) continue;
      const label = `${head.charAt(0).toUpperCase()}${head.slice(1)} between ${registry.get(x.key!)!.name} and ${registry.get(y.key!)!.name}`;
      const key = registry.add(`A:${foldName(label)}`, 'Agreement', label, label);
      return { key, head, sentence: s.index, start: s.start };
    }
  }
  return undefined;
}
