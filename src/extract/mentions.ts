// kg/extract: finds entity mentions in one tokenized sentence: countries (names, demonyms, capitals),
// titles and roles, capitalized name chunks (people, organizations, events, products) and role phrases
// ("French Foreign Minister Anne Martin", "Smith's spokesman John Doe", "the attache, Jose Perez").
// Works on surface shape plus general lexicons; knows no particular entity. Agreements are found elsewhere.
import type { EntityType } from '../model/types.js';
import { countryByCode, lookupCountry, MAX_COUNTRY_WORDS, someCountryStartsWith, type CountryForm, type CountryHit } from './countries.js';
import {
  CALENDAR_WORDS,
  COMPANY_NOUNS,
  EVENT_WORDS,
  FORCE_HEADS,
  GEO_FEATURE_WORDS,
  PLACE_OPENING_WORDS,
  WORLD_REGIONS,
  ORG_APPOSITIVES,
  HONORIFIC,
  NAME_PARTICLES,
  PERSON_DESCRIPTORS,
  NAME_POSSESSORS,
  NOT_ORG_ACRONYMS,
  REGIONAL_ADJECTIVES,
  SURNAME_LIKE,
  PORTFOLIO_WORDS,
  PLACE_NOUNS,
  FACILITY_NOUNS,
  ABBREVIATED_TITLES,
  NON_PERSON_WORDS,
  NOT_NAMES,
  ORG_TRAILERS,
  ORG_WORDS,
  STANDALONE_BODIES,
  TITLES,
} from './lexicon.js';
import type { Token } from './tokens.js';
import { acronymOf, isAcronym } from '../util/acronym.js';
import { foldName } from '../util/fold.js';
import { MONTHS, WEEKDAYS } from '../util/months.js';
import { lookupPlace, somePlaceStartsWith, stateAbbreviation, type PlaceInfo } from './places.js';
import { VERB_FRAMES } from './relations/verb-frames.js';

export interface Mention {
  sentence: number;
  /** Token range [t0, t1) in the sentence. */
  t0: number;
  t1: number;
  start: number;
  end: number;
  text: string;
  kind: 'country' | 'entity' | 'title';
  type?: EntityType;
  /** Countries: ISO alpha-3 and how it was named. Organizations may carry their country too. */
  code?: string;
  form?: CountryForm;
  /** The bare name (for people: without their title), used to key the entity. */
  name?: string;
  /** People: their title; title mentions: the title itself. */
  title?: string;
  /** Index (in the sentence's mention list) of what a person's title belongs to (country, org or person). */
  affiliation?: number;
  /** A country or organization that only qualifies a role phrase (not an argument of other relations). */
  modifier?: boolean;
  /** Single capitalized word not yet known (resolved per document: surname, organization, or dropped). */
  single?: boolean;
  /** A single organization word after "the" ("the Commission"): only the one body of the document named with that head. */
  headOnly?: boolean;
  /** With headOnly: the word is an institution's own name too ("Congress", "the Senate"), a body when no longer name fits. */
  standalone?: boolean;
  sentenceInitial?: boolean;
  /** A single name standing right before a role ("Norvalt spokeswoman"): an organization. */
  roleOwner?: boolean;
  /**
   * A single word that names an organization even when seen once: an all-caps acronym in mixed-case text
   * ("BDU", "OPSA"), or a name owned by a country ("Italy's Saipem") that is nobody's surname.
   */
  orgAlone?: boolean;
  /** A single word named as who was killed ("Lennon was fatally shot by", "assassinated Lincoln"): a person. */
  victim?: boolean;
  /** The country owning an organization by possessive ("China's Ministry of Commerce"): ISO code. */
  possessor?: string;
  /** A country inside an organization's name ("Central Bank of Kenya"): a modifier that still shows what the article is about. */
  inName?: boolean;
  /** Organizations qualified by a country ("Swiss drugmaker X"): that country's ISO code. */
  basedIn?: string;
  /** Preceded by a place preposition ("in Geneva"). */
  afterPlacePreposition?: boolean;
  /** A capital named as a place ("in Addis Ababa"): the ISO code of its country. */
  capitalOf?: string;
  /** The place of a locative compound ("Madrid" in "Madrid-based"). */
  based?: boolean;
  /** A name the place gazetteer knows (a single word stays `single` until the document says whose surname it is not). */
  gazetteer?: PlaceInfo['kind'];
  /** Local entity key, assigned by the document registry. */
  key?: string;
}

/**
 * A mention with every field present, in one order: mentions then share one hidden class, so the code that
 * reads them is compiled once instead of being deoptimized by each new combination of optional fields.
 */
export function newMention(sentence: number, t0: number, t1: number, start: number, end: number, text: string, kind: Mention['kind']): Mention {
  return {
    sentence,
    t0,
    t1,
    start,
    end,
    text,
    kind,
    type: undefined,
    code: undefined,
    form: undefined,
    name: undefined,
    title: undefined,
    affiliation: undefined,
    modifier: undefined,
    single: undefined,
    sentenceInitial: undefined,
    roleOwner: undefined,
    orgAlone: undefined,
    victim: undefined,
    inName: undefined,
    possessor: undefined,
    basedIn: undefined,
    afterPlacePreposition: undefined,
    capitalOf: undefined,
    based: undefined,
    gazetteer: undefined,
    key: undefined,
  };
}

/** "Tuvalu's climate envoy", "UN climate chief": an owner, an optional possessive and a few descriptive words. */
const DESCRIPTOR_GAP = /^(\s*[’']s)?(\s+(?:[a-z-]+\s+){1,2})$/u;
const NOT_DESCRIPTORS = new Set([
  'said', 'says', 'told', 'met', 'and', 'or', 'but', 'the', 'a', 'an', 'with', 'by', 'of', 'to', 'for', 'in', 'on',
  'at', 'as', 'from', 'that', 'who', 'which', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'also',
  'then', 'after', 'before', 'while', 'when',
]);
const isDescriptor = (w: string): boolean => /^[a-z-]+$/.test(w) && !/(?:ed|ing)$/.test(w) && !NOT_DESCRIPTORS.has(w) && !/s$/.test(w.replace(/ss$/, ''));
const ROLE_GAP = /^\s+(?:(?:former|deputy|senior|top|chief|acting|interim|then|self-declared|veteran|longtime|outgoing|incoming|new|current|ex-)\s+){1,2}$/u;
/** Between a title and its owner named after it: "founder of the newspaper", "chairman of". */
const OWNER_AFTER_GAP = /^\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?$/;
/** Last words of instruments' names that go on through "of" ("Plan of Action", "Declaration of Principles"). */
const INSTRUMENT_HEADS = new Set([
  'plan', 'programme', 'program', 'initiative', 'framework', 'declaration', 'charter', 'statute', 'protocol',
  'convention', 'treaty', 'memorandum', 'roadmap',
]);
/** Head words of laws' names ("the Veskan Data Protection Regulation", "the Halden Markets Act"). */
const LAW_HEADS = new Set(['regulation', 'regulations', 'act', 'directive', 'law', 'code', 'rules', 'agreement', 'accord', 'accords', 'pact']);
/** Head words of public bodies' names: "Water and Sanitation Authority", "Timber and Allied Workers Union". */
const PUBLIC_BODY_HEADS = new Set([
  'authority', 'administration', 'commission', 'committee', 'ministry', 'department', 'service', 'agency', 'council', 'board',
  'bureau', 'office', 'organization', 'organisation', 'institute', 'union', 'court', 'tribunal', 'directorate', 'secretariat',
]);
/** Heads that several words joined by "and" may share: public bodies', and corporations'. */
const SHARED_HEADS = new Set([
  ...PUBLIC_BODY_HEADS, 'corporation', 'company', 'association', 'federation', 'centre', 'center', 'fund', 'bank', 'group',
  // ("the Peace and Unity Party", "the Farmers' and Regions Party")
  'party', 'front', 'movement',
]);
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'between', '&', 'to']);
/** "of" in the Romance languages, inside the names of bodies ("Banco Serrano de Chile", "Banco Litoral do Brasil"). */
const ROMANCE_OF = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'di', 'du', 'des', 'della', 'degli', 'dei']);
const MODEL_TOKEN = /^\p{L}+-?\d+[\p{L}\d]*$|^\p{Lu}{1,3}-\d+/u;
const COUNTRY_AS_GOVERNMENT = new Set(['government', 'governments', 'side', 'authorities', 'leadership', 'state']);
const DEMONYM_ORG_HEADS = new Set([
  'ministry', 'department', 'agency', 'council', 'parliament', 'senate', 'congress', 'court', 'bank', 'central bank',
  'embassy', 'military', 'army', 'navy', 'cabinet', 'committee', 'commission', 'office', 'security service',
  'intelligence service', ...FORCE_HEADS,
]);
const ORG_NOUN_BEFORE = new Set([
  'agency', 'company', 'firm', 'group', 'newspaper', 'broadcaster', 'bank', 'party', 'organization', 'organisation',
  'network', 'channel', 'outlet', 'lender', 'carrier', 'startup', 'rival', 'subsidiary', 'daily', 'magazine',
  'conglomerate', 'automaker', 'insurer', 'retailer', 'regulator', 'charity', 'foundation', 'nonprofit', 'ngo',
  'drugmaker', 'chipmaker', 'carmaker', 'maker', 'producer', 'supplier', 'operator', 'publisher', 'brewer', 'miner',
  'developer', 'airline', 'university', 'institute', 'watchdog', 'union', 'coalition', 'alliance', 'militia',
  'consortium', 'exchange', 'fund', 'bloc', 'club', 'team', 'brand', 'platform', 'app', 'website', 'manufacturer',
  'distributor', 'shipper', 'broker', 'bankrupt', 'giant', 'unit', 'shipbuilder', 'shipyard', 'steelmaker', 'planemaker',
  'refiner', 'consultancy', 'cooperative', 'multinational',
]);
/** Capitalized words before a city's name that qualify it rather than name someone ("Greater Lima", "Visiting Paris"). */
const CITY_QUALIFIERS =
  /^(?:Greater|Metropolitan|Metro|Downtown|Central|Old|New|Inner|Outer|Suburban|Rural|Urban|Occupied|Capital|\p{Lu}\p{L}*(?:ing|ed|ern))$/u;

/** ", a town in", ", a coastal district of", ", in northern X", " on Morocco's coast": what follows a place's name. */
const PLACE_CONTEXT_AFTER = new RegExp(
  '^,\\s+(?:(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:town|city|village|port|district|province|region|settlement|island|county|' +
    'municipality|suburb|neighbo(?:u)?rhood|township|state|oblast|prefecture)\\s+(?:in|of|on|near)\\b|' +
    'in\\s+(?:the\\s+)?(?:north|south|east|west|central|northern|southern|eastern|western)(?:east|west)?(?:ern)?\\s+\\p{Lu})' +
    // (" on Morocco's Atlantic coast")
    '|^,?\\s+(?:on|along)\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}\\p{Lu}[\\p{L}.]*[’\']s\\s+(?:\\p{Lu}\\p{L}+\\s+)?(?:coast|coastline|border|shore)\\b',
  'u',
);
/** "Pepperell, based in West Point", "JetSur, a Rosario-based rival": only a body is said to be based somewhere. */
const BASED_AFTER =
  /^\s*,\s+(?:(?:based|headquartered|incorporated)\s+in\b|(?:a|an|the)\s+(?:\p{Lu}[\p{L}.]*\s+)?\p{Lu}[\p{L}.]*-based\b)/u;
/** Right after an untitled name, these show it is an organization ("X, which...", "X said it would..."). */
const ORG_CONTEXT_AFTER = new RegExp(
  [
    '^(?:\\s*,\\s*which\\b|\\s+said\\s+(?:on\\s+\\w+\\s+)?(?:that\\s+)?it\\b|',
    '\\s*[’\']s\\s+(?:shares|stock|profit|profits|revenue|revenues|headquarters|board|chief executive|ceo|subsidiary|products|',
    'customers|employees|workers|staff|market|chairman|chairwoman|chair|managing director|founder|shareholders?|largest shareholder|',
    'licen[cs]e|plants?|factory|factories|offices|operations|business|units?|divisions?|parent|executives|directors|management|',
    'brands?|clients|sales|earnings|(?:[\\p{L}-]+\\s+){1,2}(?:subsidiary|unit|arm|division|affiliate))\\b)',
  ].join(''),
  'iu',
);

const PRODUCT_NOUNS = new RegExp(
  [
    '^(?:chips?|vaccines?|jets?|missiles?|tanks?|drones?|models?|series|engines?|aircraft|fighters?|phones?|',
    'processors?|satellites?|rockets?|variant|strain|virus|drug|pills?)$',
  ].join(''),
);
const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our', 'the', 'a', 'an', 'this', 'that']);
const COMPASS = /^(?:north|south|east|west|central|northern|southern|eastern|western)(?:east|west)?(?:ern)?$/;

/** "jets made by X", "shares in X", "a unit of X": what comes next is a company, not a person. */
const ORG_CONTEXT_BEFORE = new RegExp(
  '\\b(?:(?:made|built|manufactured|produced|supplied|operated|employed|owned|controlled)\\s+by|shares\\s+(?:in|of)|stake\\s+in|' +
    '(?:subsidiary|unit|division|(?:co-?)?founders?|executives|shareholders|employees|customers)\\s+of|' +
    '(?:works?|worked|working|employed|teach(?:es|ing)?|taught|lectur(?:es|ed|ing)|stud(?:y|ies|ied|ying))\\s+at)\\s+$',
  'i',
);

/** Words that name a politics in a party's name. */
const PARTY_ADJECTIVES = new Set([
  'democratic', 'social', 'socialist', 'liberal', 'conservative', 'republican', 'progressive', 'patriotic', 'nationalist',
  'popular', "people's", 'civic', 'christian', 'labour', 'labor', 'green', 'communist', 'revolutionary',
]);

/** Legal forms written with a period, and the legal forms that may follow them: "Co. LLC", "Co. Ltd". */
const DOTTED_FORMS = new Set(['co', 'corp', 'inc', 'bros']);
const FORM_AFTER_DOT = new Set(['LLC', 'Ltd', 'LP', 'LLP', 'PLC', 'Plc', 'AG', 'SA', 'KG', 'NV']);

/** "Brandt & Moss": an ampersand with space on both sides ("J&K", "S&P" are abbreviations). */
const spacedAmpersand = (tokens: Token[], k: number): boolean =>
  tokens[k]?.text === '&' && k > 0 && tokens[k - 1]!.end < tokens[k]!.start && (tokens[k + 1]?.start ?? 0) > tokens[k]!.end;

/** "al-Rashidi", "el-Sheikh", "bin-Salman": a lower-case article joined to a capitalized name part continues a name. */
export const ARABIC_PARTICLE_NAME = /^(?:al|el|ad|ag|an|ar|as|ash|at|az|ibn|bin|abu|bou)-\p{Lu}/u;
/** ARABIC_PARTICLE_NAME.test, with the hyphen it needs checked first (most words have none). */
export const isArabicParticleName = (text: string): boolean => text.includes('-') && ARABIC_PARTICLE_NAME.test(text);
/** A Romance particle elided before a capitalized word, inside a name ("Côte d'Ivoire", "Giscard d'Estaing"). */
const ELIDED_PARTICLE = /^[dl][’']\p{Lu}/u;
const isCapLike = (t: Token | undefined): boolean =>
  !!t && (t.cap || (t.kind === 'num' && /-/.test(t.text) && /\p{Lu}/u.test(t.text)) || isArabicParticleName(t.text) || ELIDED_PARTICLE.test(t.text));
/** A possessive "'s" (or a plural's bare apostrophe) after a group noun, before a capitalized word: "People's Alliance". */
const isNamePossessive = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // ("the Farmers' and Regions Party": or "and" and a capitalized word, the name going on)
  const next = tokens[i + 1]?.lower === 'and' ? tokens[i + 2] : tokens[i + 1];
  return !!t && !!prev && (t.lower === "'s" || t.lower === "'") && t.start === prev.end && prev.cap &&
    NAME_POSSESSORS.has(prev.lower) && isCapLike(next);
};
/**
 * "BDU", "OPSA", "GRF" in running text: three to five capitals, not a common abbreviation ("GDP", "CEO"), with
 * no all-caps word next to it (so not a headline or a shouted phrase).
 */
function isLoneAcronym(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // ("the AU", "the U.N.": of two letters only after "the")
  const short = /^(?:\p{Lu}{2}|(?:\p{Lu}\.){2,3})$/u.test(t.text) && tokens[i - 1]?.lower === 'the';
  if ((!short && !/^\p{Lu}{3,5}$/u.test(t.text)) || NOT_ORG_ACRONYMS.has(t.lower.replace(/\./g, ''))) return false;
  const shouted = (u: Token | undefined): boolean => !!u && u.kind === 'word' && /^\p{Lu}{2,}$/u.test(u.text);
  return !shouted(tokens[i - 1]) && !shouted(tokens[i + 1]);
}
/** Kinds of political or public body an apposition may call a name ("X, the largest party in the assembly"). */
const BODY_APPOSITIVES = new Set(['party', 'coalition', 'bloc', 'faction', 'alliance', 'federation', 'union', 'association', 'council', 'commission']);

/** "Tianshan Hydro Engineering, a state-owned Chinese company": a kind of organization in apposition after a name. */
function orgAppositiveAfter(tokens: Token[], i: number): boolean {
  if (tokens[i]?.text !== ',') return false;
  // ("Pacífico Técnica, Aerolíneas del Pacífico's maintenance subsidiary": or opened by an owner's name)
  let k0 = i + 2;
  if (!/^(?:the|a|an)$/.test(tokens[i + 1]?.lower ?? '')) {
    let j = i + 1;
    while (j < i + 6 && (tokens[j]?.cap || NAME_PARTICLES.has(tokens[j]?.lower ?? ''))) j++;
    if (j === i + 1 || !/^(?:'s|’s)$/.test(tokens[j]?.lower ?? '')) return false;
    k0 = j + 1;
  }
  // ("Norvalt, the world's largest lithium miner": a scope's possessive before the kind)
  if (/^(?:world|country|nation|region|continent|industry|sector|state|city)$/.test(tokens[k0]?.lower ?? '') &&
    /^(?:'s|’s)$/.test(tokens[k0 + 1]?.lower ?? '')) k0 += 2;
  // (the kind must head the apposition: "X, the founder of the newspaper Y" is no newspaper)
  for (let k = k0; k < k0 + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("X, the bank's president": a possessive kind owns what the apposition is, a person's title)
    if (ORG_APPOSITIVES.has(t.lower)) {
      const next = tokens[k + 1];
      return !(next?.kind === 'word' && ORG_APPOSITIVES.has(next.lower)) && !/^(?:'s|’s)$/.test(next?.lower ?? '');
    }
    // ("Harmonia Nua, the largest party in the Assembly"; not "X, the party's leader", "the party of ...")
    if (BODY_APPOSITIVES.has(t.lower)) return !/^(?:'s|’s|of)$/.test(tokens[k + 1]?.lower ?? '') && !matchTitle(tokens, k + 1);
    if (t.kind !== 'word' || t.pos === 'ADP' || matchTitle(tokens, k)) return false;
  }
  return false;
}

/** "Vantor, the Swedish chipmaker,": a single name in apposition with a kind of organization (up to 3 words in). */
function beforeOrgAppositive(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',' || !/^(?:the|a|an)$/.test(tokens[i + 2]?.lower ?? '')) return false;
  for (let k = i + 3; k < i + 7 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (ORG_APPOSITIVES.has(t.lower)) return tokens[k + 1]?.kind !== 'word' || /^(?:based|that|which|whose|of|in|with)$/.test(tokens[k + 1]!.lower);
  }
  return false;
}
/** "Italy's Saipem", "Russia's Volgaprom", "Bulgaria's state-owned Balkangaz": a single name after a country's possessive. */
function afterCountryPossessive(tokens: Token[], i: number): boolean {
  let k = i - 1;
  // (past a lower-case qualifier or two: "state-owned", "largest")
  while (k > i - 3 && tokens[k] && !tokens[k]!.cap && tokens[k]!.kind === 'word' && (tokens[k]!.pos === 'ADJ' || tokens[k]!.text.includes('-'))) k--;
  const poss = tokens[k];
  const country = tokens[k - 1];
  return !!poss && !!country && poss.lower === "'s" && poss.start === country.end && country.cap && !!lookupCountry(country.text);
}
const isAllCaps = (t: Token): boolean => /^\p{Lu}[\p{Lu}.-]+$/u.test(t.text) && t.text.length > 1;

/** First words of the titles: most words start none, and are rejected without building phrases. */
const TITLE_FIRST_WORDS = new Set([...TITLES].flatMap((t) => {
  const first = t.split(' ')[0]!;
  // ("Presidents Fujimori and Mahuad": a title's plural opens it too, when the title is one word)
  return t.includes(' ') ? [first] : [first, `${first}s`];
}));
const MAX_TITLE_WORDS = 5;

/** Longest title starting at token i and ending by token `end` (case-insensitive), as [end, title text]. */
export function matchTitle(tokens: Token[], i: number, end = tokens.length): [number, string] | undefined {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return undefined;
  // "Vice Premier", "Deputy Finance Minister", "Acting Attorney General": a rank before any title
  if (TITLE_RANKS.has(first.lower)) {
    const rest = matchTitle(tokens, i + 1, end);
    const own = TITLE_FIRST_WORDS.has(first.lower) ? matchPlainTitle(tokens, i, end) : undefined;
    if (rest && (!own || rest[0] > own[0])) return [rest[0], `${first.text} ${rest[1]}`];
    return own;
  }
  // ("vice-president", "co-chair": a hyphenated title starts with a title's first word)
  const head = first.lower.includes('-') ? first.lower.slice(0, first.lower.indexOf('-')) : first.lower;
  return TITLE_FIRST_WORDS.has(first.lower) || TITLE_FIRST_WORDS.has(head) ? matchPlainTitle(tokens, i, end) : undefined;
}

/** Ranks that make a title of any title. */
const TITLE_RANKS = new Set(['vice', 'deputy', 'acting', 'chief', 'senior', 'principal']);

function matchPlainTitle(tokens: Token[], i: number, end: number): [number, string] | undefined {
  const first = tokens[i]!;
  let words = 1;
  while (words < MAX_TITLE_WORDS && i + words < end && tokens[i + words]!.kind === 'word') words++;
  for (let j = i + words; j > i; j--) {
    let phrase = first.lower;
    for (let k = i + 1; k < j; k++) phrase += ` ${tokens[k]!.lower}`;
    // ("vice-president" is "vice president"; "commissioners" is a plural of "commissioner")
    const exact = TITLES.has(phrase) || (phrase.includes('-') && TITLES.has(phrase.replace(/-/g, ' ')));
    const plural = !exact && phrase.endsWith('s') && TITLES.has(phrase.slice(0, -1));
    if (!exact && !plural) continue;
    // ("chairs the commission", "heads a group": a title's plural before a determiner is a verb)
    if (plural && /^(?:the|a|an|its|their|his|her|this|that)$/.test(tokens[j]?.lower ?? '')) continue;
    // ("Lakeshore Capital Advisors": inside a name, a plural is no title unless a name follows it)
    if (plural && first.cap && tokens[i - 1]?.cap && !tokens[j]?.cap) continue;
    let surface = first.text;
    for (let k = i + 1; k < j; k++) surface += ` ${tokens[k]!.text}`;
    return [j, ABBREVIATED_TITLES.get(phrase) ?? surface];
  }
  return undefined;
}

/** Longest country form starting at token i and ending by token `end`, as [end, hit]. */
function matchCountry(text: string, tokens: Token[], i: number, end = tokens.length): [number, CountryHit] | undefined {
  const first = tokens[i];
  if (!first?.cap) return undefined;
  let best: [number, CountryHit] | undefined;
  // Grows the span while its tokens qualify and some country form still starts with its folded text
  for (let j = i + 1; j <= Math.min(end, i + MAX_COUNTRY_WORDS); j++) {
    const last = tokens[j - 1]!;
    const capital = last.cap || ELIDED_PARTICLE.test(last.text);
    if (j > i + 1 && !(capital || last.lower === 'of' || last.lower === 'the' || last.lower === 'and')) break;
    // (one token: its own text, whose hash the fold memo has already computed)
    const surface = j === i + 1 ? first.text : text.slice(first.start, last.end);
    const folded = foldName(surface);
    if (!someCountryStartsWith(folded)) break;
    if (!capital) continue;
    const hit = lookupCountry(surface, folded);
    if (hit) best = [j, hit];
  }
  return best;
}

interface Piece {
  kind: 'country' | 'title' | 'name' | 'connector';
  t0: number;
  t1: number;
  code?: string;
  form?: CountryForm;
  title?: string;
}

/**
 * The end of a place the gazetteer knows, starting at i, longer than the country match there (ending at `countryEnd`)
 * and with a country's name inside it; undefined when there is none.
 */
function placeSpanOverCountry(text: string, tokens: Token[], i: number, b: number, countryEnd: number): number | undefined {
  // (most first words start no place's name: then no span is cut out and looked up)
  if (Math.min(b, i + 3) <= Math.max(i + 1, countryEnd) || !somePlaceStartsWith(foldName(tokens[i]!.text))) return undefined;
  for (let end = Math.min(b, i + 3); end > Math.max(i + 1, countryEnd); end--) {
    if (!tokens.slice(i, end).every((t) => t.cap)) continue;
    if (!lookupPlace(text.slice(tokens[i]!.start, tokens[end - 1]!.end)).length) continue;
    for (let j = i; j < end; j++) if (matchCountry(text, tokens, j, end)) return end;
  }
  return undefined;
}

/** Ranks and honorifics that are also surnames: closing a name, they are part of it. */
const SURNAME_TITLES = new Set(['sheikh', 'king', 'queen', 'prince', 'sultan', 'emir', 'major', 'general', 'judge', 'justice', 'marshal',
  'bishop', 'dean', 'speaker', 'cardinal', 'chancellor']);
/** Generational suffixes that close a person's name ("Jr.", "III"). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Offices that have a portfolio: "Minister of X", "Commissioner for Y". */
const PORTFOLIO_OFFICES = new Set(['minister', 'secretary', 'commissioner', 'director', 'secretary-general', 'under-secretary-general',
  'under-secretary', 'undersecretary', 'representative']);
const isPortfolioWord = (t: Token | undefined): boolean => !!t && t.cap && PORTFOLIO_WORDS.has(t.lower);
const isPortfolioJoin = (t: Token | undefined): boolean => !!t && (t.lower === 'and' || t.lower === '&' || t.lower === 'the');

/**
 * "Minister of Foreign Affairs Karl Vesterby", "Minister of Trade and Industry Thandi Mokoena": an office, "of" or "for",
 * then portfolio words, make one title; the words after them are the holder's name.
 */
function portfolioTitles(text: string, tokens: Token[], pieces: Piece[]): void {
  for (let k = 0; k + 2 < pieces.length; k++) {
    const p = pieces[k]!;
    const of = pieces[k + 1]!;
    if (p.kind !== 'title' || !PORTFOLIO_OFFICES.has(tokens[p.t1 - 1]!.lower) || of.kind !== 'connector') continue;
    if (tokens[of.t0]!.lower !== 'of' && tokens[of.t0]!.lower !== 'for') continue;
    let end = -1;
    for (let q = k + 2; q < pieces.length; q++) {
      const r = pieces[q]!;
      if (r.kind === 'connector' && isPortfolioJoin(tokens[r.t0])) continue;
      if (r.kind !== 'name') break;
      let t = r.t0;
      while (t < r.t1 && isPortfolioWord(tokens[t])) t++;
      if (t > r.t0) end = t;
      if (t < r.t1) break;
    }
    if (end < 0) continue;
    const title: Piece = { kind: 'title', t0: p.t0, t1: end, title: text.slice(tokens[p.t0]!.start, tokens[end - 1]!.end) };
    let r = k + 2;
    while (r < pieces.length && pieces[r]!.t1 <= end) r++;
    const rest = pieces.slice(r);
    if (rest[0] && rest[0].t0 < end) rest[0] = { ...rest[0], t0: end };
    pieces.splice(k, pieces.length - k, title, ...rest);
  }
}

/**
 * "Minister of Trade, Industry and Competition Lindiwe Mahlangu": a run that goes on a portfolio cut by commas. Returns
 * the office's first token (the run's portfolio words are then part of its title), or -1.
 */
function portfolioBefore(tokens: Token[], a: number): number {
  if (tokens[a - 1]?.text !== ',' || !isPortfolioWord(tokens[a - 2])) return -1;
  let k = a - 2;
  while (k > 0 && (isPortfolioWord(tokens[k]) || isPortfolioJoin(tokens[k]) || tokens[k]!.text === ',')) k--;
  if (!/^(?:of|for)$/.test(tokens[k]?.lower ?? '') || !PORTFOLIO_OFFICES.has(tokens[k - 1]?.lower ?? '')) return -1;
  const title = matchTitle(tokens, k - 1, k);
  if (title) return k - 1;
  for (let s = Math.max(0, k - MAX_TITLE_WORDS); s < k - 1; s++) if (matchTitle(tokens, s, k)?.[0] === k) return s;
  return -1;
}

/** Whether `word` is a Romance "of" right after a piece with an organization word ("Banco Litoral do Brasil"). */
function romanceOfAfterBody(tokens: Token[], word: string, piece: Piece | undefined): boolean {
  return ROMANCE_OF.has(word) && !!piece && lowerWords(tokens, piece.t0, piece.t1).some((w) => ORG_WORDS.has(w));
}

/** Two or three capitalized words from `i` that could be a person's name (no organization or place word). */
function describedName(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && tokens[j]!.cap && tokens[j]!.kind === 'word') j++;
  if (j - i < 2 || j - i > 3) return false;
  return lowerWords(tokens, i, j).every((w) => !ORG_WORDS.has(w) && !NON_PERSON_WORDS.has(w) && !TITLES.has(w));
}

/** Splits a capitalized run [a, b) into country, title, name and connector pieces. */
function segmentRun(text: string, tokens: Token[], a: number, b: number): Piece[] {
  // (one body's name, no title or country in it: "Farmers Without Fences")
  if (prepositionInside(tokens, a, b)) return [{ kind: 'name', t0: a, t1: b }];
  const pieces: Piece[] = [];
  let i = a;
  const office = portfolioBefore(tokens, a);
  if (office >= 0) {
    let end = a;
    for (let t = a; t < b && (isPortfolioWord(tokens[t]) || (t > a && isPortfolioJoin(tokens[t]))); t++) if (isPortfolioWord(tokens[t])) end = t + 1;
    if (end > a && end < b) {
      pieces.push({ kind: 'title', t0: a, t1: end, title: text.slice(tokens[office]!.start, tokens[end - 1]!.end) });
      i = end;
    }
  }
  while (i < b) {
    const t = tokens[i]!;
    const lastPiece = pieces[pieces.length - 1];
    const nameFollows = tokens[i + 1]?.cap || (NAME_PARTICLES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.cap && i + 2 < b);
    // ("Banco Litoral do Brasil": after an organization word, a Romance "of" connects names, see handleRun)
    const bodyOf = romanceOfAfterBody(tokens, t.lower, lastPiece);
    const particle = !t.cap && t.kind !== 'num' && NAME_PARTICLES.has(t.lower);
    if (particle && lastPiece?.kind === 'name' && lastPiece.t1 === i && nameFollows && i + 1 < b && !bodyOf) {
      // "Faisal bin Khalid", "Ludwig van Beethoven": particles inside a personal name
      lastPiece.t1 = i + 1;
      i++;
      continue;
    }
    if (isNamePossessive(tokens, i) && lastPiece?.kind === 'name' && lastPiece.t1 === i && i + 1 < b) {
      // "People's Alliance", "Women's Council": the possessive belongs to the name
      lastPiece.t1 = i + 1;
      i++;
      continue;
    }
    // ("Co. LLC": the period of a legal form inside a run, see the run's loop, is part of the name)
    if (t.text === '.' && lastPiece?.kind === 'name' && lastPiece.t1 === i) {
      lastPiece.t1 = i + 1;
      i++;
      continue;
    }
    if (isArabicParticleName(t.text)) {
      // "Abdel Hakim al-Rashidi": the joined particle ends or continues the personal name, or starts one ("al-Rashidi said")
      if (lastPiece?.kind === 'name' && lastPiece.t1 === i) lastPiece.t1 = i + 1;
      else pieces.push({ kind: 'name', t0: i, t1: i + 1 });
      i++;
      continue;
    }
    if (!t.cap && t.kind !== 'num') {
      pieces.push({ kind: 'connector', t0: i, t1: i + 1 });
      i++;
      continue;
    }
    const country = bracketedInitialsBefore(text, tokens, i) ? undefined : matchCountry(text, tokens, i, b);
    // "New Jersey", "British Columbia", "Western Australia": a region's name with a country's inside it is the region
    const region = placeSpanOverCountry(text, tokens, i, b, country ? country[0] : i);
    if (region) {
      pieces.push({ kind: 'name', t0: i, t1: region });
      i = region;
      continue;
    }
    // ("Rosa Mendes Lima", "Carlos Santiago": a capital's name right after a name's words is a surname)
    // (two name words at least, none of them a clause's opener: "In Pretoria, X" names the capital)
    // (one given name before it will do when it is no word that qualifies a city: "Ana Lima", not "Greater Lima")
    // ("Mocimboa da Praia": after a name's particle too)
    const namePiece = lastPiece?.kind === 'name' && lastPiece.t1 === i;
    const nameWords = namePiece ? tokens.slice(lastPiece.t0, lastPiece.t1) : [];
    const nameBefore = namePiece &&
      nameWords.every((w) => (w.cap && !RUN_OPENERS.has(w.lower) && !NOT_NAMES.has(w.lower)) || (!w.cap && NAME_PARTICLES.has(w.lower))) &&
      (nameWords.length >= 2 || !CITY_QUALIFIERS.test(nameWords[0]!.text));
    // ("Vice President Rosa Montenegro": a country's name closing a titled given name is the surname)
    const titledGiven = namePiece && nameWords.length === 1 && pieces[pieces.length - 2]?.kind === 'title' && pieces[pieces.length - 2]!.t1 === lastPiece.t0;
    if (country && country[1].form === 'name' && titledGiven && country[0] === b && nameBefore) {
      lastPiece.t1 = country[0];
      i = country[0];
      continue;
    }
    if (country && country[1].form === 'capital' && nameBefore) {
      lastPiece.t1 = country[0];
      i = country[0];
      continue;
    }
    // ("the Central American Integration System", "South American leaders": a continent's part, not the country)
    const continental = !!country && namePiece && country[1].form !== 'name' && CONTINENT_PARTS.test(tokens[i - 1]!.lower);
    if (country && !continental) {
      pieces.push({ kind: 'country', t0: i, t1: country[0], code: country[1].country.code, form: country[1].form });
      i = country[0];
      continue;
    }
    // ("Movement for Justice and Dignity": after a body's name and "for", a title's word is what the body is for)
    const body = pieces[pieces.length - 2];
    const bodyFor = lastPiece?.kind === 'connector' && /^(?:for|of)$/.test(tokens[lastPiece.t0]!.lower) && body?.kind === 'name' &&
      lowerWords(tokens, body.t0, body.t1).some((w) => ORG_WORDS.has(w));
    // ("the General Data Rules Regulation": a run a law's or an instrument's word ends has no title in it)
    const instrument = LAW_HEADS.has(tokens[b - 1]!.lower) || INSTRUMENT_HEADS.has(tokens[b - 1]!.lower);
    const matched = (bodyFor && PORTFOLIO_WORDS.has(t.lower)) || instrument ? undefined : matchTitle(tokens, i, b);
    // ("the Dawn and Justice Party": nor a title word right before a party's head)
    const title = matched && /^(?:party|front|movement|alliance|league|coalition)$/.test(tokens[matched[0]]?.lower ?? '') ? undefined : matched;
    // (a short all-caps title is an acronym, unless it is a role's: "CEO", "CFO")
    if (title && !(isAllCaps(t) && t.text.length <= 3 && !NOT_ORG_ACRONYMS.has(t.lower))) {
      pieces.push({ kind: 'title', t0: i, t1: title[0], title: title[1] });
      i = title[0];
      continue;
    }
    const last = pieces[pieces.length - 1];
    if (last && last.kind === 'name' && last.t1 === i) last.t1 = i + 1;
    else pieces.push({ kind: 'name', t0: i, t1: i + 1 });
    i++;
  }
  // "Armed Forces Minister", "Digital Affairs Secretary": capitalized words right before a bare office word
  for (let k = 1; k < pieces.length; k++) {
    const p = pieces[k - 1]!;
    const q = pieces[k]!;
    // ("RCBG Commissioner X": an acronym owns the office, it does not name its field)
    const acronym = p.t1 - p.t0 === 1 && isAllCaps(tokens[p.t0]!);
    // ("Senate Majority Leader X", "House Minority Whip Y": a chamber's name before its leaders' titles)
    const chamberLeader = q.kind === 'title' && /^(?:majority|minority) (?:leader|whip)$/.test((q.title ?? '').toLowerCase()) &&
      p.t1 - p.t0 === 1 && /^(?:senate|house)$/.test(tokens[p.t0]!.lower);
    if (
      q.kind === 'title' && p.kind === 'name' && p.t1 === q.t0 && !acronym &&
      ((q.t1 - q.t0 === 1 && /^(minister|secretary|commissioner)$/.test(tokens[q.t0]!.lower)) || chamberLeader)
    ) {
      // ("Its Irrigation Minister": the possessive is not part of the title)
      const t0 = POSSESSIVE_DETERMINERS.has(tokens[p.t0]!.lower) ? p.t0 + 1 : p.t0;
      const title = { kind: 'title' as const, t0, t1: q.t1, title: text.slice(tokens[t0]!.start, tokens[q.t1 - 1]!.end) };
      if (t0 > p.t0) pieces.splice(k - 1, 2, { kind: 'connector', t0: p.t0, t1: t0 }, title);
      else pieces.splice(k - 1, 2, title);
      k--;
    }
  }
  portfolioTitles(text, tokens, pieces);
  // "Mohamed Abdi Sheikh,", "John Major said": a rank or honorific closing a name of two words or more is its surname
  // ("Elias Martin King Jr.": and when a generational suffix follows it)
  const last = pieces[pieces.length - 1];
  const suffixed = last?.kind === 'name' && NAME_SUFFIXES.has(tokens[last.t0]!.lower) && tokens.slice(last.t0 + 1, last.t1).every((t) => t.text === '.');
  const closing = pieces[pieces.length - (suffixed ? 2 : 1)];
  const named = pieces[pieces.length - (suffixed ? 3 : 2)];
  if (
    closing?.kind === 'title' && closing.t1 - closing.t0 === 1 && SURNAME_TITLES.has(tokens[closing.t0]!.lower) &&
    named?.kind === 'name' && named.t1 === closing.t0 && named.t1 - named.t0 >= 2 &&
    (!suffixed || last!.t0 === closing.t1) &&
    !lowerWords(tokens, named.t0, named.t1).some((w) => NON_PERSON_WORDS.has(w) || ORG_WORDS.has(w))
  ) {
    named.t1 = suffixed ? last!.t1 : closing.t1;
    pieces.splice(pieces.length - (suffixed ? 2 : 1));
  }
  // "Sofia Lindgren", "Victoria Mensah": a capital's name followed by another name is a first name
  for (let k = 0; k + 1 < pieces.length; k++) {
    const p = pieces[k]!;
    const q = pieces[k + 1]!;
    const shouted = tokens.slice(q.t0, q.t1).every((t) => isAllCaps(t)) && !isAllCaps(tokens[p.t0]!);
    if (p.kind === 'country' && p.form === 'capital' && q.kind === 'name' && q.t0 === p.t1 && p.t1 - p.t0 === 1 && !shouted) {
      pieces.splice(k, 2, { kind: 'name', t0: p.t0, t1: q.t1 });
    }
  }
  return pieces;
}

/** Words before a demonym that make it a continent's ("Central American", "Latin American", "East Asian"). */
const CONTINENT_PARTS = /^(?:central|latin|north|south|east|west|northern|southern|eastern|western|southeast|northeast|southwest|northwest)$/;

const lowerWords = (tokens: Token[], a: number, b: number): string[] => tokens.slice(a, b).map((t) => t.lower);

/** Prepositions that, capitalized inside a run, show it is a body's name and no person's. */
const CAPITALIZED_PREPOSITIONS = new Set(['without', 'against', 'beyond', 'across', 'within', 'among', 'versus']);

/** "Farmers Without Fences", "Parents Against Night Racing": a capitalized preposition inside tokens [a, b). */
function prepositionInside(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) if (tokens[k]!.cap && CAPITALIZED_PREPOSITIONS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Classifies a name piece (no country, no title inside) by its words and surroundings. */
function classifyName(tokens: Token[], a: number, b: number, titled: boolean): EntityType | 'single' | undefined {
  const words = lowerWords(tokens, a, b);
  // "the G20 met", "known as the E3,": a group named by a letter and its size (not "the H20 chips", "R45 vaccine")
  if (b - a === 1 && /^[A-Z]\d{1,2}$/.test(tokens[a]!.text)) {
    const next = tokens[b];
    const product = next?.kind === 'word' && !next.cap && PRODUCT_NOUNS.test(next.lower);
    if (!product && tokens[a - 1]?.lower === 'the') return 'Organization';
  }
  for (let k = a; k < b; k++) if (/\d/.test(tokens[k]!.text) && MODEL_TOKEN.test(tokens[k]!.text)) return 'Other';
  if (prepositionInside(tokens, a, b)) return 'Organization';
  const last = words[words.length - 1]!;
  // ("Popular Democratic Forum", "Patriotic Front"-like: a forum named for a politics is a party, not a meeting)
  if (EVENT_WORDS.has(last) && words.length > 1 && !(last === 'forum' && words.some((w) => PARTY_ADJECTIVES.has(w)))) return 'Event';
  if (GEO_FEATURE_WORDS.has(last) && words.length > 1) return 'Place';
  if (words.length > 1 && WORLD_REGIONS.has(words.join(' '))) return 'Place';
  const orgish = words.some((w) => ORG_WORDS.has(w)) || (words.length > 1 && ORG_WORDS.has(words.slice(-2).join(' ')));
  if (orgish) return 'Organization';
  if (PLACE_OPENING_WORDS.has(words[0]!) && words.length > 1 && !titled) return 'Place';
  if (titled && words.length <= 5 && !words.some((w) => NON_PERSON_WORDS.has(w) && !SURNAME_LIKE.has(w))) return 'Person';
  if (words.some((w) => NON_PERSON_WORDS.has(w))) return words.length > 1 ? 'Organization' : undefined;
  if (words.length === 1) return 'single';
  // ("Sayyid Faisal bin Said Al Harthy": particles do not count)
  if (words.filter((w) => !NAME_PARTICLES.has(w)).length <= 4) return 'Person';
  return undefined;
}

/**
 * Finds the mentions of one sentence. `lowercaseSeen` holds words the document also uses in lower case
 * (a sentence-initial "Officials" is then not a name).
 */
export function findMentions(text: string, tokens: Token[], sentence: number, lowercaseSeen: Set<string>): Mention[] {
  const mentions: Mention[] = [];
  const n = tokens.length;
  const firstWord = tokens.findIndex((t) => t.kind === 'word');
  const storyStart = afterDateline(tokens);
  const make = mentionMaker(text, tokens, sentence);

  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    // "(XSE: HLV)", "(Bourse: ABCD)": a stock listing names its exchange, and the ticker is no entity
    const listing = t.text === '(' ? stockListing(tokens, i) : undefined;
    if (listing) {
      const { colon, end } = listing;
      mentions.push(make(i + 1, colon, { kind: 'entity', type: 'Organization', name: text.slice(tokens[i + 1]!.start, tokens[colon - 1]!.end) }));
      i = end;
      continue;
    }
    // ("AU0505102194 Munich VESKA ZEITUNG in German 5 May 94", "Havana Radio Halden Network": a source line)
    const source = i === 0 || isDocumentCode(t) ? sourceLine(text, tokens, i) : undefined;
    if (source) {
      const [c0, c1] = source.city;
      const [o0, o1] = source.outlet;
      const city = text.slice(tokens[c0]!.start, tokens[c1 - 1]!.end);
      mentions.push(make(c0, c1, { kind: 'entity', type: 'Place', name: city, gazetteer: 'city' }));
      mentions.push(make(o0, o1, { kind: 'entity', type: 'Organization', name: text.slice(tokens[o0]!.start, tokens[o1 - 1]!.end), orgAlone: true }));
      // (the language, date and page after it name nothing; a country after "in" is still read: "Moscow VESKA in Russia")
      const country = tokens[o1]?.lower === 'in' && tokens[o1 + 1] && lookupCountry(tokens[o1 + 1]!.text)?.form === 'name';
      i = country ? o1 + 1 : n;
      continue;
    }
    // ("NEW ORLEANS (AP)", "ST. LOUIS, May 2 -": a dateline's city in capitals, whole, when the gazetteer knows it)
    const dateline = i === 0 ? datelineCity(text, tokens) : 0;
    if (dateline) {
      const name = titleCaseWords(text.slice(t.start, tokens[dateline - 1]!.end));
      mentions.push(make(0, dateline, { kind: 'entity', type: 'Place', name: lookupPlace(name)[0]?.name ?? name, gazetteer: 'city' }));
      i = dateline;
      continue;
    }
    // ('Robert K. "Kelly" Ortmann': a nickname in quotes inside a person's name; the name is the rest)
    const nick = t.cap ? nicknamedPerson(tokens, i) : undefined;
    if (nick) {
      const name = `${text.slice(t.start, tokens[nick.open - 1]!.end)} ${text.slice(tokens[nick.close + 1]!.start, tokens[nick.end - 1]!.end)}`;
      mentions.push(make(i, nick.end, { kind: 'entity', type: 'Person', name }));
      i = nick.end;
      continue;
    }
    // Hyphenated country pairs: "Russia-Venezuela"
    const pair = t.cap ? countryPair(t.text) : undefined;
    if (pair) {
      let offset = t.start;
      for (const { part, hit } of pair) {
        mentions.push(Object.assign(newMention(sentence, i, i + 1, offset, offset + part.length, part, 'country'), { code: hit.country.code, form: hit.form }));
        offset += part.length + 1;
      }
      i++;
      continue;
    }
    // "Madrid-based", "the Hyderabad-based company": where something is based names a place (or a country)
    // (the pattern needs a hyphen: most tokens are ruled out without running it)
    const based = t.text.includes('-') ? LOCATIVE_COMPOUND.exec(t.text) : null;
    if (based && /\p{Lu}/u.test(t.text[0]!)) {
      const where = based[1]!;
      mentions.push(basedMention(sentence, i, i + 1, t.start, where, where));
      i++;
      continue;
    }
    // "Petaluma, Calif.", "Kinderhook, N.Y.": an agency's abbreviation of a state after a place names that state
    const state = t.cap ? stateAbbreviationAt(tokens, i) : undefined;
    if (state) {
      const dot = tokens[i + 1]?.text === '.' && tokens[i + 1]!.start === t.end ? 1 : 0;
      mentions.push(make(i, i + 1 + dot, { kind: 'entity', type: 'Place', name: state.name, gazetteer: 'region' }));
      i += 1 + dot;
      continue;
    }
    // ("shooting and killing King as he stood": a title word alone after a killing verb is the victim's surname)
    if (t.cap && SURNAME_TITLES.has(t.lower) && isVictim(tokens, i) && !isCapLike(tokens[i + 1]) && tokens[i + 1]?.lower !== 'of') {
      mentions.push(make(i, i + 1, { kind: 'entity', single: true, name: t.text, victim: true }));
      i++;
      continue;
    }
    // Lower-case titles and roles ("spokeswoman", "opposition leader", "military attache")
    if (!t.cap && t.kind === 'word' && !isArabicParticleName(t.text)) {
      const title = matchTitle(tokens, i);
      if (title) {
        mentions.push(make(i, title[0], { kind: 'title', title: title[1] }));
        i = title[0];
        continue;
      }
      i++;
      continue;
    }
    if (!isCapLike(t)) {
      i++;
      continue;
    }
    // ("Chief executive X told": a sentence's first word is capitalized, the rest of a lower-case title is not)
    if (tokens.slice(0, i).every((u) => u.kind !== 'word') && tokens[i + 1]?.kind === 'word' && !tokens[i + 1]!.cap) {
      const title = matchTitle(tokens, i);
      if (title && title[0] > i + 1 && tokens.slice(i + 1, title[0]).every((u) => !u.cap)) {
        mentions.push(make(i, title[0], { kind: 'title', title: title[1] }));
        i = title[0];
        continue;
      }
    }
    // "St Petersburg-based", "Hong Kong-based": a place of several words before a locative participle
    const basedEnd = multiWordBasedAt(text, tokens, i);
    if (basedEnd > 0) {
      const last = tokens[basedEnd - 1]!;
      const where = text.slice(t.start, last.start + last.text.lastIndexOf('-'));
      mentions.push(basedMention(sentence, i, basedEnd, t.start, where, lookupPlace(where)[0]?.name ?? where));
      i = basedEnd;
      continue;
    }
    // ("a Tennessee Republican": the describing word a run stopped before names nobody)
    if (t.cap && PERSON_DESCRIPTORS.has(t.lower) && isCapLike(tokens[i - 1]) && !isCapLike(tokens[i + 1])) {
      i++;
      continue;
    }
    // ("Writer Ana Soto lives", "Democrat Tomas Bradek": a describing word before a name of two or three words)
    if (PERSON_DESCRIPTORS.has(t.lower) && describedName(tokens, i + 1)) {
      i++;
      continue;
    }
    // ("Shipbuilder Haesong Heavy Industries will supply": a kind of body opening the sentence before a name is no part of it)
    if ((i === firstWord || i === storyStart) && t.cap && ORG_NOUN_BEFORE.has(t.lower) && isCapLike(tokens[i + 1]) && tokens[i + 1]!.kind === 'word') {
      i++;
      continue;
    }
    // A capitalized run, with connectors only between capitalized words
    let j = i + 1;
    while (j < n) {
      const u = tokens[j]!;
      if (u.text.includes('-') && LOCATIVE_COMPOUND.test(u.text)) break; // "The Nairobi-based Lakeshore Capital": the place is no part of the name
      if (countryPair(u.text)) break; // ("The Chile-Peru agreement": the pair is read on its own)
      if (u.lower === 'flight' && tokens[j + 1]?.kind === 'num') break; // ("Sarn Air Flight 610": the airline, then its flight)
      // ("Margit van der Heyde": particles may come in pairs)
      const particleThenName =
        u.kind === 'word' &&
        NAME_PARTICLES.has(u.lower) &&
        (isCapLike(tokens[j + 1]) || (NAME_PARTICLES.has(tokens[j + 1]?.lower ?? '') && isCapLike(tokens[j + 2])));
      // ("Born Dec. 28", "said Monday": a date after a capitalized word is no part of its name; "Good Friday Agreement" is)
      if (datePart(tokens, j)) break;
      // ("Blumenthal, a Connecticut Democrat,": a describing word ending the run is no part of the place's name)
      if (u.cap && PERSON_DESCRIPTORS.has(u.lower) && !isCapLike(tokens[j + 1]) && tokens[j + 1]?.lower !== "'s") break;
      if (isCapLike(u) || particleThenName || isNamePossessive(tokens, j) || isArabicParticleName(u.text)) {
        j++;
        continue;
      }
      // ("Baltic Link 2 AG": a small number inside a name, between capitalized words; not after a month, "May 2 Talks")
      if (
        u.kind === 'num' && /^\d{1,2}$/.test(u.text) && isCapLike(tokens[j + 1]) && tokens[j + 1]!.kind === 'word' &&
        !CALENDAR_WORDS.has(tokens[j - 1]!.lower)
      ) {
        j += 2;
        continue;
      }
      // ("Goldman Sachs & Co. LLC", "Hanwa Motor Co. Ltd": an abbreviated legal form's period, then another legal form)
      if (u.text === '.' && u.start === tokens[j - 1]!.end && DOTTED_FORMS.has(tokens[j - 1]!.lower) && FORM_AFTER_DOT.has(tokens[j + 1]?.text ?? '')) {
        j += 2;
        continue;
      }
      // ("the Organization for Security and Co-operation in Europe": a body's name under way goes on through "in" a continent)
      if (u.lower === 'in' && CONTINENT_WORDS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1]!.cap && bodyUnderWay(tokens, i, j)) {
        j += 2;
        continue;
      }
      // ("a Treaty of Peace, Navigation and Fisheries": an instrument's name under way goes on through a
      // list of capitalized items that ends in "and")
      if (u.text === ',' && instrumentUnderWay(tokens, i, j) && listEndsInAnd(tokens, j + 1)) {
        j++;
        continue;
      }
      if ((u.kind === 'word' || spacedAmpersand(tokens, j)) && CONNECTORS.has(u.lower)) {
        let k = j;
        while (k < n && k < j + 2 && (tokens[k]!.kind === 'word' || spacedAmpersand(tokens, k)) && CONNECTORS.has(tokens[k]!.lower)) k++;
        // ("covers the White House for The Halden Courier": "for" before a capitalized article starts another name)
        const anotherName = tokens[j]!.lower === 'for' && tokens[j + 1]?.text === 'The';
        // ("Crestline Partners for C$4.8 billion": a currency's letters are no name)
        const currency = tokens[k + 1]?.text === '$' && tokens[k + 1]!.start === tokens[k]?.end;
        if (isCapLike(tokens[k]) && !anotherName && !currency) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    // ("the Organization for Peace and Co-operation in Africa (OPCA)": the acronym after it shows where a body's
    // name ends)
    // (only a run that is all the name, or "The" and the name: a unit named "of" it is read as before)
    const named = acronymSpan(tokens, i, j);
    if (named && (named.t0 === i || (named.t0 === i + 1 && tokens[i]!.lower === 'the'))) {
      const name = text.slice(tokens[named.t0]!.start, tokens[named.t1 - 1]!.end);
      mentions.push(make(named.t0, named.t1, { kind: 'entity', type: 'Organization', name }));
      i = named.t1;
      continue;
    }
    handleRun(text, tokens, i, j, i === firstWord || i === storyStart, lowercaseSeen, mentions, make);
    i = j;
  }
  literalCapitals(text, tokens, mentions);
  datelineAgency(text, tokens, mentions, make);
  linkRoles(text, tokens, mentions);
  return mentions;
}

/** Whether tokens [i, j) hold an agreement's or instrument's head word, then "of", "on" or "for" ("Treaty of Peace"). */
function instrumentUnderWay(tokens: Token[], i: number, j: number): boolean {
  for (let k = i; k + 1 < j; k++) {
    const head = tokens[k]!.lower;
    if ((INSTRUMENT_HEADS.has(head) || head === 'agreement' || head === 'pact') && /^(?:of|on|for)$/.test(tokens[k + 1]!.lower)) return true;
  }
  return false;
}

/**
 * Whether a list of capitalized items starts at token k and ends in "and" and one more ("Navigation and Fisheries");
 * no item is a country or a place ("the Treaty of Rome, Germany and France signed" is two).
 */
export function listEndsInAnd(tokens: Token[], k: number): boolean {
  for (let items = 0; items < 6; items++) {
    const start = k;
    while (isCapLike(tokens[k]) && tokens[k]!.kind === 'word') k++;
    if (k === start || k - start > 4) return false;
    const item = tokens.slice(start, k).map((t) => t.text).join(' ');
    if (lookupCountry(item) || lookupPlace(item).length) return false;
    if (tokens[k]?.text === ',') k++;
    else if (tokens[k]?.lower === 'and') return isCapLike(tokens[k + 1]) && !lookupCountry(tokens[k + 1]!.text) && !lookupPlace(tokens[k + 1]!.text).length;
    else return false;
  }
  return false;
}

/** Lower-case head words after a party's or movement's name ("the Unity for Tomorrow party"). */
const PARTY_HEADS = new Set(['party', 'movement', 'alliance', 'coalition', 'front', 'bloc']);

/** Continents that may close a body's name after "in" ("... Co-operation in Europe", "... Development in Africa"). */
export const CONTINENT_WORDS: ReadonlySet<string> = new Set(['europe', 'africa', 'asia', 'oceania', 'americas']);

/** Whether tokens [i, j) are a body's name under way: an organization word, then "for" or "of" and more. */
function bodyUnderWay(tokens: Token[], i: number, j: number): boolean {
  const k = tokens.slice(i, j).findIndex((t) => t.lower === 'for' || t.lower === 'of');
  return k > 0 && tokens.slice(i, i + k).some((t) => ORG_WORDS.has(t.lower));
}

/** How far into a sentence a dateline's dash may come ("WASHINGTON, Nov. 19, 2024 — "). */
const DATELINE_TOKENS = 14;

/**
 * The first word of the story after a dateline ("WASHINGTON, Nov. 19, 2024 — Sanctions were imposed"), which opens
 * a sentence as much as the first word does; -1 when there is none. The dash follows a date, a place in capitals or
 * an agency in brackets.
 */
export function afterDateline(tokens: Token[]): number {
  for (let k = 1; k < Math.min(tokens.length - 1, DATELINE_TOKENS); k++) {
    if (!/^[—–-]$/.test(tokens[k]!.text)) continue;
    const prev = tokens[k - 1]!;
    const datelike = prev.kind !== 'word' ? prev.text === ')' || /^\d{1,4}$/.test(prev.text) : isAllCaps(prev) || /^\d/.test(prev.text);
    return datelike && tokens[k + 1]!.kind === 'word' ? k + 1 : -1;
  }
  return -1;
}

const QUOTES = new Set(['"', '“', '”']);

/**
 * 'Robert K. "Kelly" Ortmann': one or two given names (or initials), a capitalized nickname of one or two words in
 * double quotes, then one surname; the token indices of the quotes and the end, or undefined.
 */
function nicknamedPerson(tokens: Token[], i: number): { open: number; close: number; end: number } | undefined {
  const name = (k: number): boolean => !!tokens[k]?.cap && tokens[k]!.kind === 'word' && !TITLE_FIRST_WORDS.has(tokens[k]!.lower);
  let j = i;
  while (j < i + 4 && (name(j) || (tokens[j]?.text === '.' && j > i && tokens[j - 1]!.text.length === 1))) j++;
  if (j === i || !QUOTES.has(tokens[j]?.text ?? '')) return undefined;
  let k = j + 1;
  while (k < j + 3 && name(k)) k++;
  if (k === j + 1 || !QUOTES.has(tokens[k]?.text ?? '') || !name(k + 1) || tokens[k + 2]?.cap) return undefined;
  return { open: j, close: k, end: k + 2 };
}

/** Small words an acronym skips inside a name ("Co-operation in Africa" in OPCA). */
const ACRONYM_GAPS = new Set(['in', 'on', 'at', 'and', 'of', 'for', 'the', 'to', '&']);

/**
 * A body's name that a capitalized run stopped short of (at token j) and an acronym in brackets a few words on shows
 * whole: the acronym is the initials of the name's capitalized words, some after j. Its token range, or undefined.
 */
function acronymSpan(tokens: Token[], i: number, j: number): { t0: number; t1: number } | undefined {
  // (a word written with a capital, "Co-operation" too)
  const upper = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
  let k = j;
  while (k < j + 8 && tokens[k] && (upper(tokens[k]) || ACRONYM_GAPS.has(tokens[k]!.lower))) k++;
  if (k === j || tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !upper(tokens[k - 1])) return undefined;
  const acronym = tokens[k + 1]!.text;
  if (!/^\p{Lu}{3,8}$/u.test(acronym)) return undefined;
  // (from the end, one capitalized word per letter: where the name starts)
  let t0 = k;
  let letters = acronym.length;
  while (letters > 0 && t0 > i) {
    t0--;
    if (!upper(tokens[t0])) continue;
    if (tokens[t0]!.text[0] !== acronym[letters - 1]) return undefined;
    letters--;
  }
  if (letters > 0 || t0 >= j) return undefined;
  return { t0, t1: k };
}

/** Words before a month that make it a date ("in October", "since March", "last June"). */
const MONTH_BEFORE = new Set(['in', 'since', 'by', 'until', 'during', 'last', 'early', 'late', 'mid', 'next', 'this', 'from', 'through']);

/** "Russia-Venezuela": countries joined by hyphens, each part with its country; undefined when the word is none. */
function countryPair(word: string): { part: string; hit: CountryHit }[] | undefined {
  if (!word.includes('-') || MODEL_TOKEN.test(word)) return undefined;
  const out: { part: string; hit: CountryHit }[] = [];
  for (const part of word.split('-')) {
    const hit = lookupCountry(part);
    if (!hit) return undefined;
    out.push({ part, hit });
  }
  return out.length > 1 ? out : undefined;
}

/** A month before its day ("Dec. 28", "May 2") or a weekday not opening a longer name, at token j. */
function datePart(tokens: Token[], j: number): boolean {
  const u = tokens[j]!;
  if (u.kind !== 'word' || !u.cap) return false;
  const next = tokens[j + 1];
  if (MONTHS[u.lower] !== undefined) {
    const day = next?.text === '.' ? tokens[j + 2] : next;
    return day?.kind === 'num' && /^\d{1,2}$/.test(day.text);
  }
  return WEEKDAYS[u.lower] !== undefined && !isCapLike(next);
}

/**
 * A stock listing opening at token i: "(" an exchange's one or two capitalized words ":" a ticker of capitals (and
 * dots) ")", as in "(XSE: HLV)" or "(Bourse: ABCD)". Gives the colon's token and the token after the listing.
 */
function stockListing(tokens: Token[], i: number): { colon: number; end: number } | undefined {
  let k = i + 1;
  if (!tokens[k]?.cap) return undefined;
  k++;
  if (tokens[k]?.cap && tokens[k + 1]?.text === ':') k++;
  if (tokens[k]?.text !== ':') return undefined;
  let j = k + 1;
  while (j < tokens.length && j <= k + 3 && /^[A-Z.]{1,6}$/.test(tokens[j]!.text)) j++;
  return j > k + 1 && tokens[j]?.text === ')' ? { colon: k, end: j + 1 } : undefined;
}

/** Head words of an organization's units, named "<unit> of <organization>". */
const UNIT_WORDS = new Set([
  'group', 'committee', 'commission', 'council', 'unit', 'division', 'office', 'bureau', 'board', 'branch', 'wing', 'mission', 'panel',
]);

/**
 * Where the organization a unit's name is "of" starts in a group ("[Lakes Group] of the [Organization for ...]"), with
 * the country written before it ("of the Veldonian Aviation Administration" starts at "Aviation" after the demonym), if any.
 */
function parentInName(tokens: Token[], group: Piece[]): { t0: number; code?: string } | undefined {
  const ofs = group.flatMap((p, q) => (q > 0 && p.kind === 'connector' && tokens[p.t0]!.lower === 'of' ? [q] : []));
  const unit = group[ofs[0]! - 1];
  // ("Tribunal of Arbitration of the Andean Community": a body named "of" something, then "of" its organization)
  const of = unit?.kind === 'name' && UNIT_WORDS.has(tokens[unit.t1 - 1]!.lower) ? ofs[0] : ofs.length >= 2 ? ofs[ofs.length - 1] : undefined;
  if (of === undefined) return undefined;
  let q = of + 1;
  if (group[q]?.kind === 'connector' && tokens[group[q]!.t0]!.lower === 'the') q++;
  const country = group[q]?.kind === 'country' ? group[q] : undefined;
  if (country) q++;
  const first = group[q];
  const last = group[group.length - 1]!;
  if (first?.kind !== 'name' || last.kind !== 'name' || !ORG_WORDS.has(tokens[last.t1 - 1]!.lower)) return undefined;
  return { t0: first.t0, ...(country?.code ? { code: country.code } : {}) };
}

type Make = (t0: number, t1: number, extra: Partial<Mention> & Pick<Mention, 'kind'>) => Mention;

/** Makes the mentions of one sentence over a token range. */
function mentionMaker(text: string, tokens: Token[], sentence: number): Make {
  // (returned unnamed: the TypeScript loader would name a closure declared as a constant, on every call)
  return (t0, t1, extra) => {
    const start = tokens[t0]!.start;
    const end = tokens[t1 - 1]!.end;
    return Object.assign(newMention(sentence, t0, t1, start, end, text.slice(start, end), extra.kind), extra);
  };
}

function handleRun(
  text: string,
  tokens: Token[],
  a: number,
  b: number,
  initial: boolean,
  lowercaseSeen: Set<string>,
  out: Mention[],
  make: Make,
): void {
  // ("the Horn of Africa", "the Middle East": a world region's name, whole, is a place)
  const r0 = tokens[a]!.lower === 'the' ? a + 1 : a;
  if (b - r0 >= 3 && WORLD_REGIONS.has(lowerWords(tokens, r0, b).join(' '))) {
    out.push(make(r0, b, { kind: 'entity', type: 'Place', name: text.slice(tokens[r0]!.start, tokens[b - 1]!.end) }));
    return;
  }
  const pieces = segmentRun(text, tokens, a, b);
  // Split the run into groups at connectors; "X of Y" stays together when X is an organization head.
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    if (piece.kind === 'connector') {
      const word = tokens[piece.t0]!.lower;
      const prev = current[current.length - 1];
      const prevWords = prev ? lowerWords(tokens, prev.t0, prev.t1) : [];
      const orgHead =
        (prev && prev.kind === 'name' && prevWords.some((w) => ORG_WORDS.has(w) || EVENT_WORDS.has(w))) ||
        (prev && prev.kind === 'connector' && current.length > 1) ||
        // "International Centre for Settlement of Investment Disputes": an organization name already under way
        // goes on through further "of"/"for" (not "and": "Bank of X and Y" are two)
        ((word === 'of' || word === 'for') && (prev?.kind === 'name' || prev?.kind === 'title') && current.some((q) => q.kind === 'connector')) ||
        // "Joint Comprehensive Plan of Action", "Declaration of Principles": an instrument's name goes on through "of"
        (word === 'of' && prev?.kind === 'name' && INSTRUMENT_HEADS.has(prevWords[prevWords.length - 1]!)) ||
        // "Ministry of Trade and Industry", "Department of Housing and Urban Development": portfolios joined by "and"
        ((word === 'and' || word === '&') && prev?.kind === 'name' && current.some((q) => q.kind === 'connector') &&
          prevWords.every((w) => PORTFOLIO_WORDS.has(w)) && pieces[p + 1]?.kind === 'name' &&
          tokens.slice(pieces[p + 1]!.t0, pieces[p + 1]!.t1).every(isPortfolioWord));
      // "X and the Y", "X and Russia": two names, whatever X is
      const nextPiece = pieces[p + 1];
      // ("the Nurses' Union and Transportes del Sur S.A.": two names that each have an organization word)
      const nextOrgWords = nextPiece?.kind === 'name' && lowerWords(tokens, nextPiece.t0, nextPiece.t1).some((w) => ORG_WORDS.has(w));
      // ("the Veskan Union and OPSA": an acronym of three letters or more after "and" is a name of its own)
      const acronymNext = nextPiece?.kind === 'name' && nextPiece.t1 - nextPiece.t0 === 1 && /^\p{Lu}{3,}$/u.test(tokens[nextPiece.t0]!.text);
      const twoNames = (word === 'and' || word === '&') &&
        (tokens[piece.t0 + 1]?.lower === 'the' || nextPiece?.kind === 'country' || acronymNext ||
          // ("Kenya Steel and Borg Heavy Industries": a country's name opening the first is no connector)
          // (not "Veskania Radio and TV": then what follows has a name of two words or more)
          (prev?.kind === 'name' && prevWords.some((w) => ORG_WORDS.has(w)) && nextOrgWords && !current.some((q) => q.kind === 'connector') &&
            (current.length === 1 || nextPiece.t1 - nextPiece.t0 >= 2)) ||
          // ("Irrawaddy Logistics and Bago Trading": a body's name, then a name of two words or more of its own)
          (word === 'and' && prev?.kind === 'name' && current.length === 1 && prevWords.length >= 2 &&
            ORG_WORDS.has(prevWords[prevWords.length - 1]!) && nextPiece?.kind === 'name' && nextPiece.t1 - nextPiece.t0 >= 2 &&
            pieces[p + 2]?.kind !== 'connector'));
      // "Public Debt and Privatisation Committee", "China Road and Bridge Corporation": words of two or more
      // without an organization word, then "and" and a name ending with one, make one organization
      const nextWords = nextPiece?.kind === 'name' ? lowerWords(tokens, nextPiece.t0, nextPiece.t1) : [];
      const before = current.length ? current[current.length - 1]!.t1 - current[0]!.t0 - (tokens[current[0]!.t0]!.lower === 'the' ? 1 : 0) : 0;
      // ("Water and Sanitation Authority", "Food and Drug Administration", "Peace and Unity Party": one word, when what
      // follows is a public body's or a party's name of two words or more; not an acronym, "BDU and Baltic Union")
      const oneWordBody =
        before === 1 && current[0]!.kind === 'name' && !/^[A-Z]+$/.test(tokens[current[current.length - 1]!.t1 - 1]!.text) &&
        nextWords.length >= 2 && (PUBLIC_BODY_HEADS.has(nextWords[nextWords.length - 1]!) || nextWords[nextWords.length - 1] === 'party');
      const sharedHead =
        word === 'and' && !twoNames && current.length > 0 && current.every((q) => q.kind === 'name' || q.kind === 'country') &&
        (before >= 2 || oneWordBody) &&
        !current.some((q) => lowerWords(tokens, q.t0, q.t1).some((w) => ORG_WORDS.has(w))) &&
        // (two names of several words each are two: "Morvik Trade Finance and Baltic Union Bank"; not "China Road and
        // Bridge Corporation", "Food and Allied Workers Union")
        nextWords.length > 0 && !(before >= 2 && nextWords.length >= 3) && ORG_WORDS.has(nextWords[nextWords.length - 1]!) &&
        // (several words before "and" share a body's head, "China Road and Bridge Corporation"; a firm's trade word is no
        // such head: "Halden Salmon and Veska Foods" are two)
        (before < 2 || SHARED_HEADS.has(nextWords[nextWords.length - 1]!)) &&
        // (a connector after the name ends it only before another name: "the Peace and Unity Party on Sunday" is one)
        (pieces[p + 2]?.kind !== 'connector' || CALENDAR_WORDS.has(tokens[pieces[p + 3]?.t0 ?? -1]?.lower ?? ''));
      if (sharedHead) {
        current.push(piece);
        continue;
      }
      // ("to" only right after the organization word: "Committee to Protect Journalists")
      const toAfterHead = word === 'to' && prev?.kind === 'name' && ORG_WORDS.has(lowerWords(tokens, prev.t0, prev.t1).pop() ?? '');
      // ("Banco Litoral do Brasil", "Universidad de Valdora": a Romance "of" after an organization word is one too)
      const romanceOf = prev?.kind === 'name' && romanceOfAfterBody(tokens, word, prev);
      const joins = word === 'of' || word === 'for' || word === 'the' || word === '&' || word === 'and' || toAfterHead;
      // ("Harcastle & Prey", "Brandt & Moss": names joined by an ampersand are one firm's)
      const ampersand = spacedAmpersand(tokens, piece.t0) && prev?.kind === 'name' && pieces[p + 1]?.kind === 'name';
      // ("Organization for Security and Co-operation in Europe": a body's name under way, closed by its continent)
      // ("the opposition Unity for Tomorrow party": a run a party's lower-case head word follows is the party's name)
      const partyName = (word === 'for' || word === 'of') && PARTY_HEADS.has(tokens[b]?.lower ?? '') && prev?.kind === 'name';
      const continent = word === 'in' && CONTINENT_WORDS.has(tokens[piece.t1]?.lower ?? '') && current.some((q) => q.kind === 'connector') &&
        !current.some((q) => q.kind === 'country');
      if (((joins && orgHead) || romanceOf || ampersand || continent || partyName) && !twoNames) {
        current.push(piece);
        continue;
      }
      if (current.length) groups.push(current);
      current = [];
      continue;
    }
    current.push(piece);
  }
  if (current.length) groups.push(current);

  for (const group of groups) {
    // "Royal Canadian Border Guard", "Royal Thai Army": a word, a demonym and an organization's name are one name
    for (let q = 0; q + 2 < group.length; q++) {
      const [w, c, o] = [group[q]!, group[q + 1]!, group[q + 2]!];
      if (
        w.kind !== 'name' || w.t1 - w.t0 !== 1 || c.kind !== 'country' || o.kind !== 'name' || w.t1 !== c.t0 || c.t1 !== o.t0
      ) continue;
      // ("All Japan Judo Federation", "All India Radio": "All" and a country's name open a national body's name)
      const all = tokens[w.t0]!.lower === 'all' && c.form === 'name';
      if (c.form !== 'demonym' && !all) continue;
      if (classifyName(tokens, o.t0, o.t1, false) !== 'Organization' || (NOT_NAMES.has(tokens[w.t0]!.lower) && !all)) continue;
      group.splice(q, 3, { kind: 'name', t0: w.t0, t1: o.t1 });
    }
    const g1 = group[group.length - 1]!.t1;
    const hasConnector = group.some((p) => p.kind === 'connector');

    // "Ministry of Foreign Affairs", "Bank of X": one organization (or event) over the whole group
    if (hasConnector && group[group.length - 1]!.kind !== 'connector') {
      let g0 = group[0]!.t0;
      if (tokens[g0]!.lower === 'the') g0++;
      const type = classifyName(tokens, g0, g1, false);
      const kind = type === 'Event' ? 'Event' : 'Organization';
      const country = group.find((p) => p.kind === 'country');
      const code = country?.code;
      out.push(make(g0, g1, { kind: 'entity', type: kind, name: text.slice(tokens[g0]!.start, tokens[g1 - 1]!.end), ...(code ? { code } : {}) }));
      // "Constitutional Court of Guatemala" also names Guatemala (inside the name, it is no argument of its own);
      // only a country the name ends with, after "of" ("Alliance of Small Island States" names no country)
      const before = (n: number): string | undefined => (country ? tokens[country.t0 - n]?.lower : undefined);
      const ofCountry = country === group[group.length - 1] &&
        (before(1) === 'of' || ROMANCE_OF.has(before(1) ?? '') || (before(1) === 'the' && before(2) === 'of'));
      if (country && ofCountry && kind === 'Organization')
        out.push(make(country.t0, country.t1, { kind: 'country', code: country.code!, form: country.form!, modifier: true, inName: true }));
      // "Lakes Group of the Organization for River Security", "Evaluation Group of the Veldonian Aviation Administration": a
      // unit's name also names the organization it is of (inside the name, no argument of its own)
      const parent = kind === 'Organization' ? parentInName(tokens, group) : undefined;
      if (parent)
        out.push(make(parent.t0, g1, {
          kind: 'entity',
          type: 'Organization',
          name: text.slice(tokens[parent.t0]!.start, tokens[g1 - 1]!.end),
          modifier: true,
          inName: true,
          ...(parent.code ? { code: parent.code } : {}),
        }));
      continue;
    }
    let p = 0;
    while (p < group.length) {
      const piece = group[p]!;
      const next = group[p + 1];
      if (piece.kind === 'country') {
        // "Russian Defense Ministry", "Venezuelan Central Bank": a country's organization
        if (next && next.kind === 'name' && classifyName(tokens, next.t0, next.t1, false) === 'Organization') {
          out.push(make(piece.t0, next.t1, {
            kind: 'entity',
            type: 'Organization',
            code: piece.code!,
            name: text.slice(tokens[piece.t0]!.start, tokens[next.t1 - 1]!.end),
          }));
          p += 2;
          continue;
        }
        const m = make(piece.t0, piece.t1, { kind: 'country', code: piece.code!, form: piece.form! });
        out.push(m);
        p++;
        continue;
      }
      if (piece.kind === 'title') {
        if (next && next.kind === 'name') {
          const type = classifyName(tokens, next.t0, next.t1, true);
          if (type === 'Person') {
            out.push(make(piece.t0, piece.t1, { kind: 'title', title: piece.title! }));
            out.push(make(next.t0, next.t1, {
              kind: 'entity',
              type: 'Person',
              name: text.slice(tokens[next.t0]!.start, tokens[next.t1 - 1]!.end),
              title: piece.title!,
            }));
            p += 2;
            continue;
          }
          // "General Assembly", "Director General Office": the title word is part of a name
          out.push(make(piece.t0, next.t1, {
            kind: 'entity',
            type: type === 'Event' ? 'Event' : 'Organization',
            name: text.slice(tokens[piece.t0]!.start, tokens[next.t1 - 1]!.end),
          }));
          p += 2;
          continue;
        }
        out.push(make(piece.t0, piece.t1, { kind: 'title', title: piece.title! }));
        p++;
        continue;
      }
      // A name piece
      let n0 = piece.t0;
      const n1 = piece.t1;
      // Sentence-initial common words: "Officials", "Both", "The"
      // (not a compass word opening a longer name: "South Wales Police officers arrested")
      const compassName = (k: number): boolean =>
        COMPASS.test(tokens[k]!.lower) && n1 - k >= 3 && !REGIONAL_ADJECTIVES.has(tokens[k + 1]!.lower) && !!tokens[k + 1]!.cap;
      while (
        n0 < n1 && n0 === a && initial && !compassName(n0) &&
        (NOT_NAMES.has(tokens[n0]!.lower) || (lowercaseSeen.has(tokens[n0]!.lower) && n1 - n0 > 0))
      ) n0++;
      // Anywhere: a function word or a calendar word opening the run ("On Saturday", "Does Norvalt", "October Jayamanne")
      // (and after the sentence's first word: "In October Jayamanne said")
      const afterPreposition = n0 > a && MONTH_BEFORE.has(tokens[a]!.lower);
      while (
        n0 < n1 && (n0 === a || afterPreposition) &&
        (CALENDAR_WORDS.has(tokens[n0]!.lower) ||
          RUN_OPENERS.has(tokens[n0]!.lower) ||
          (NOT_NAMES.has(tokens[n0]!.lower) && CALENDAR_WORDS.has(tokens[n0 + 1]?.lower ?? '')))
      ) {
        if (n0 === a) a++;
        n0++;
      }
      // "- The Continental Commission fined": a capitalized article before a longer name is not part of it
      if (n1 - n0 >= 3 && tokens[n0]!.lower === 'the') n0++;
      // "Nairobi-based Lakeshore Capital": where it is based is not part of the name (it says where, below)
      const basedToken = n0 < n1 && /^[\p{L}.]+-based$/u.test(tokens[n0]!.text) ? tokens[n0]! : undefined;
      // "AU-brokered Nile talks", "Russian-backed forces": a participle compound opens no name
      while (n0 < n1 && /^[\p{L}.]+-(?:brokered|led|backed|owned|run|funded|sponsored|controlled|allied|made)$/u.test(tokens[n0]!.text)) n0++;
      if (basedToken) n0++;
      if (n0 >= n1) {
        p++;
        continue;
      }
      const words = lowerWords(tokens, n0, n1);
      if (words.length === 1 && (NOT_NAMES.has(words[0]!) || REGIONAL_ADJECTIVES.has(words[0]!) || lowercaseSeen.has(words[0]!))) {
        p++;
        continue;
      }
      // "the East African nation", "Southeast Asian countries": a compass point and a regional adjective qualify a noun
      if (words.length === 2 && (COMPASS.test(words[0]!) || words[0] === 'gulf') && REGIONAL_ADJECTIVES.has(words[1]!)) {
        p++;
        continue;
      }
      // All-caps words that are not acronyms of names (UPDATED, BREAKING) were filtered by NOT_NAMES.
      // ("Velmar-Louis Hart President Ana Soto": a name before a body's head and a person's name is the body)
      const headOf = next?.kind === 'title' && group[p + 2]?.kind === 'name' && HEAD_ROLES.has(tokens[next.t1 - 1]!.lower);
      const classified = classifyName(tokens, n0, n1, false);
      const type = classified === 'Person' && headOf && n1 - n0 >= 2 ? 'Organization' : classified;
      const name = text.slice(tokens[n0]!.start, tokens[n1 - 1]!.end);
      if (words.length === 1 && ORG_WORDS.has(words[0]!) && !isAllCaps(tokens[n0]!)) {
        // ("Congress passed", "told the Senate": an institution's own one-word name, when not the sentence's first word)
        const standalone = STANDALONE_BODIES.has(words[0]!) && !(n0 === a && initial);
        if (tokens[n0 - 1]?.lower === 'the' || standalone) {
          out.push(make(n0, n1, { kind: 'entity', single: true, headOnly: true, name, ...(standalone ? { standalone: true } : {}) }));
        }
        p++;
        continue;
      }
      // "the Veska Assembly Urška Lah": a person's name right after an organization's
      const lastOrg = words.reduce((k, w, idx) => (ORG_WORDS.has(w) ? idx : k), -1);
      const tail = lastOrg >= 0 ? words.slice(lastOrg + 1) : [];
      if (
        tail.length >= 2 && tail.length <= 3 && tail.every((w) => !NON_PERSON_WORDS.has(w) && !ORG_WORDS.has(w) && !NOT_NAMES.has(w)) &&
        tokens.slice(n0 + lastOrg + 1, n1).every((t) => t.cap)
      ) {
        const cut = n0 + lastOrg + 1;
        out.push(make(n0, cut, { kind: 'entity', type: 'Organization', name: text.slice(tokens[n0]!.start, tokens[cut - 1]!.end) }));
        out.push(make(cut, n1, { kind: 'entity', type: 'Person', name: text.slice(tokens[cut]!.start, tokens[n1 - 1]!.end) }));
        p++;
        continue;
      }
      // "Texas", "New Orleans", "Galveston": a name the gazetteer knows, with nothing saying it is someone's or a body's
      const place = gazetteerPlace(tokens, n0, n1, name, type, words);
      if (place && type !== 'single') {
        out.push(make(n0, n1, { kind: 'entity', type: 'Place', name, gazetteer: place.kind }));
        p++;
        continue;
      }
      // "Cambodia's Stung Treng province", "the Don Sahong dam in southern Laos": a lower-case place noun after the name
      // (not an adjective: "the Korean peninsula", "the Asia-Pacific region")
      const adjectival = n1 - n0 === 1 && /(?:an|ese|ish|ic|-\p{L}+)$/u.test(tokens[n0]!.text);
      // (a body only for a word no person's name has, like "South", is a place before its noun: "the South Gobi desert")
      const body = type === 'Organization' && words.some((w) => ORG_WORDS.has(w));
      if ((placeTrailer(tokens, n1) || facilityTrailer(tokens, n1)) && !adjectival && !body && type !== 'Event' && type !== 'Other') {
        out.push(make(n0, n1, { kind: 'entity', type: 'Place', name }));
        p++;
        continue;
      }
      const trailer = orgTrailer(tokens, n1);
      // ("Halvern Group, the Denver company,": a known town in an apposition qualifies the company it calls the name)
      // ("the Istanbul daily Gazete Ufuk": and before the name of the body it describes)
      if (trailer && place && /^(?:a|an|the)$/.test(tokens[n0 - 1]?.lower ?? '') && (tokens[n0 - 2]?.text === ',' || isCapLike(tokens[trailer.end]))) {
        out.push(make(n0, n1, { kind: 'entity', type: 'Place', name, gazetteer: place.kind }));
        p++;
        continue;
      }
      if (trailer) {
        const withAdmin = /^(administration|government)$/.test(trailer.word);
        out.push(make(n0, withAdmin ? trailer.end : n1, {
          kind: 'entity',
          type: 'Organization',
          name: withAdmin ? text.slice(tokens[n0]!.start, tokens[trailer.end - 1]!.end) : name,
        }));
      } else if (orgNounBefore(tokens, n0) && type !== 'Event' && type !== 'Other') {
        out.push(make(n0, n1, { kind: 'entity', type: 'Organization', name }));
      } else if (
        isDateline(tokens, n0, n1) ||
        // (not a person's name in the possessive no place shares: "divisions in Ana Soto's government")
        // (nor a body an apposition says it is: "invest in Jua Grid, a Nairobi-based solar startup")
        (afterPlacePreposition(tokens, n0) && type !== 'Event' && type !== 'Other' && !words.some((w) => ORG_WORDS.has(w)) &&
          !(type === 'Person' && !place && /^['’]s$/.test(tokens[n1]?.text ?? '')) && !orgAppositiveAfter(tokens, n1)) ||
        ((type === 'single' || type === undefined || type === 'Person') &&
          PLACE_CONTEXT_AFTER.test(text.slice(tokens[n1 - 1]!.end, tokens[n1 - 1]!.end + 60))) ||
        ((type === 'single' || type === 'Person') && !words.some((w) => ORG_WORDS.has(w)) && PLACE_AT.has(tokens[n0 - 1]?.lower ?? '') &&
          regionAfterComma(text, tokens, n1))
      ) {
        // "SAN FRANCISCO, May 20 -" datelines and "in Geneva", "in New York": places
        // (a region the gazetteer knows keeps that form: "in Oklahoma, Arizona and Texas" is a list of regions)
        const known = place && !isDateline(tokens, n0, n1) ? { gazetteer: place.kind } : {};
        out.push(make(n0, n1, { kind: 'entity', type: 'Place', name: isAllCaps(tokens[n0]!) ? titleCaseWords(name) : name, ...known }));
      } else if (type === 'single') {
        out.push(make(n0, n1, {
          kind: 'entity',
          single: true,
          name,
          sentenceInitial: n0 === a && initial,
          ...(place ? { gazetteer: place.kind } : {}),
          ...(n1 === n0 + 1 && isVictim(tokens, n0) ? { victim: true } : {}),
          ...(isLoneAcronym(tokens, n0) ||
            afterCountryPossessive(tokens, n0) ||
            (n1 === n0 + 1 && (beforeOrgAppositive(tokens, n0) || orgAppositiveAfter(tokens, n1))) ||
            BASED_AFTER.test(text.slice(tokens[n1 - 1]!.end, tokens[n1 - 1]!.end + 24)) ||
            ORG_CONTEXT_AFTER.test(text.slice(tokens[n1 - 1]!.end, tokens[n1 - 1]!.end + 40))
            ? { orgAlone: true }
            : {}),
        }));
      } else if (
        type === 'Person' &&
        (ORG_CONTEXT_AFTER.test(text.slice(tokens[n1 - 1]!.end, tokens[n1 - 1]!.end + 40)) ||
          ORG_CONTEXT_BEFORE.test(text.slice(Math.max(0, tokens[n0]!.start - 30), tokens[n0]!.start)) ||
          orgAppositiveAfter(tokens, n1) ||
          bracketedInitialsAfter(text, tokens, n0, n1))
      ) {
        // an untitled name that behaves like an organization
        out.push(make(n0, n1, { kind: 'entity', type: 'Organization', name }));
      } else if (type) {
        out.push(make(n0, n1, { kind: 'entity', type: basedToken && type === 'Person' ? 'Organization' : type, name }));
      }
      // ("Nairobi-based X": X is based in that capital's or country's country, and is no person)
      const last = out[out.length - 1];
      if (basedToken && last?.start === tokens[n0]!.start && last.kind === 'entity') {
        const where = lookupCountry(basedToken.text.slice(0, -'-based'.length));
        if (where) last.basedIn = where.country.code;
      }
      p++;
    }
  }
}

/**
 * "the Aliança Social-Democrata (ASD)": a short form in brackets made of the name's initials says the name is a body's
 * (people are not given acronyms).
 */
function bracketedInitialsAfter(text: string, tokens: Token[], n0: number, n1: number): boolean {
  if (tokens[n1]?.text !== '(' || tokens[n1 + 2]?.text !== ')') return false;
  const short = tokens[n1 + 1]!.text;
  return isAcronym(short) && acronymOf(text.slice(tokens[n0]!.start, tokens[n1 - 1]!.end)) === short;
}

/**
 * "the Danish Relief Council (DRC)": a bracketed short form at token i made of the initials of the name before it
 * stands for that name, not for a country that shares it; unless that name is the country's ("Democratic Republic of
 * the Congo (DRC)").
 */
function bracketedInitialsBefore(text: string, tokens: Token[], i: number): boolean {
  const short = tokens[i]!.text;
  if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')' || !isAcronym(short) || i < 3) return false;
  const last = i - 2;
  for (let k = last, words = 0; k >= 0 && words < 8; k--, words++) {
    const t = tokens[k]!;
    if (!t.cap && !CONNECTORS.has(t.lower)) return false;
    if (!t.cap) continue;
    const name = text.slice(t.start, tokens[last]!.end);
    if (acronymOf(name) === short) return !lookupCountry(name);
  }
  return false;
}

/** A title, honorific or speech verb next to a name makes it someone's, whatever places share it. */
const PERSON_AFTER = /^(?:said|says|told|added|asked|wrote|argued|explained|stated|noted|insisted|replied)$/;

/** The gazetteer's place for a name piece [n0, n1), unless the run or its context says it is a person's or a body's name. */
function gazetteerPlace(tokens: Token[], n0: number, n1: number, name: string, type: ReturnType<typeof classifyName>, words: string[]): PlaceInfo | undefined {
  if (n1 - n0 > 4 || type === 'Event' || type === 'Other') return undefined;
  // ("New Orleans": a word that says "not a person" is no organization word either)
  if (type === 'Organization' && words.some((w) => ORG_WORDS.has(w))) return undefined;
  // ("NRC", "ANC": an acronym is no place's name)
  if (n1 - n0 === 1 && isAllCaps(tokens[n0]!) && tokens[n0]!.text.length <= 4) return undefined;
  const next = tokens[n1];
  const prev = tokens[n0 - 1];
  // ("Mayor Tom Hale of Dayton said": after "of", "in" or "from" the name before a speech verb is still the place)
  if (next && PERSON_AFTER.test(next.lower) && !/^(?:of|in|from)$/.test(prev?.lower ?? '')) return undefined;
  // ("Kendal, who stepped down": a relative "who" is said of people, never of places)
  // (not after "of": "Gov. X of Virginia, who")
  const who = next?.lower === 'who' || (next?.text === ',' && tokens[n1 + 1]?.lower === 'who');
  if (who && n1 - n0 === 1 && !/^(?:of|in|from)$/.test(prev?.lower ?? '')) return undefined;
  if (prev && (HONORIFIC.test(prev.text) || (prev.text === '.' && HONORIFIC.test(tokens[n0 - 2]?.text ?? '')))) return undefined;
  if (
    next?.lower === "'s" && tokens[n1 + 1] && !tokens[n1 + 1]!.cap &&
    /^(?:wife|husband|son|daughter|mother|father|brother|sister|family|career|death|body|lawyer|attorney)$/.test(tokens[n1 + 1]!.lower)
  ) return undefined;
  return lookupPlace(name)[0];
}

/** An agency abbreviation of a state at token i ("Calif" + ".", "N.Y."), after a place and a comma or right after a name. */
function stateAbbreviationAt(tokens: Token[], i: number): PlaceInfo | undefined {
  const t = tokens[i]!;
  const dotted = t.text.endsWith('.') || (tokens[i + 1]?.text === '.' && tokens[i + 1]!.start === t.end);
  if (!dotted) return undefined;
  const prev = tokens[i - 1];
  if (!prev || !(prev.text === ',' || (prev.cap && prev.kind === 'word'))) return undefined;
  if (prev.text === ',' && !tokens[i - 2]?.cap) return undefined;
  return stateAbbreviation(t.text);
}

/**
 * The place (or country) of a locative compound over tokens [t0, t1), written `where` from offset `start`: a country
 * unless only its capital is named, else a place called `name`.
 */
function basedMention(sentence: number, t0: number, t1: number, start: number, where: string, name: string): Mention {
  const hit = lookupCountry(where);
  const country = !!hit && hit.form !== 'capital';
  const m = newMention(sentence, t0, t1, start, start + where.length, where, country ? 'country' : 'entity');
  if (country) Object.assign(m, { code: hit.country.code, form: hit.form });
  else Object.assign(m, { type: 'Place' as EntityType, name });
  m.based = true;
  return m;
}

/**
 * The end of "St Petersburg-based", "Hong Kong-based" starting at token i: one or two capitalized words, then a
 * locative compound, that together name a place or a country the gazetteer knows; 0 when there is none.
 */
function multiWordBasedAt(text: string, tokens: Token[], i: number): number {
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    const u = tokens[k]!;
    if (u.text.includes('-') && LOCATIVE_COMPOUND.test(u.text)) {
      const where = text.slice(tokens[i]!.start, u.start + u.text.lastIndexOf('-'));
      return lookupPlace(where).length || lookupCountry(where) ? k + 1 : 0;
    }
    if (!tokens[k]!.cap && tokens[k]!.text !== '.') return 0;
  }
  return 0;
}

/** "Madrid-based", "Bothell, Washington-based" (the last part), "Hong Kong-flagged": a place and a locative participle. */
const LOCATIVE_COMPOUND = /^(\p{Lu}[\p{L}\p{M}.'’]*)-(?:based|headquartered|registered|flagged|listed)$/u;

/** Function words that, capitalized after a colon or a quote, open a clause rather than a name ("On Saturday", "Does Norvalt"). */
const RUN_OPENERS = new Set(
  ('on in at by for from to with as if when while after before since until during and but or nor so yet whether does did ' +
    'do can could would should might must has have had is are was were also however meanwhile then now how what why ' +
    'where who which that this these those there here').split(' '),
);

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'across', 'around']);
const NEARNESS = new Set(['nearby', 'neighbouring', 'neighboring']);

const HOLDING_NOUNS = new Set(['shares', 'share', 'stake', 'stakes', 'investment', 'investments', 'interest', 'holding', 'holdings', 'trading', 'confidence']);
// (and the nouns of who lives somewhere: "a native of Gothenburg", "residents of Tarnów", "the mayor of X")
const SETTLEMENT_NOUNS = new Set(['city', 'town', 'village', 'port', 'region', 'province', 'district', 'capital', 'island', 'enclave', 'camp',
  'native', 'natives', 'resident', 'residents', 'mayor', 'governor']);

/**
 * "in Addis Ababa", "ANKARA, Turkey -", "the capital, Moscow": a capital named as the place where something is, not
 * as its government ("Beijing confirmed"), is a place of its own (it lies in its country).
 */
function literalCapitals(text: string, tokens: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'country' || m.form !== 'capital' || m.modifier) continue;
    // ("ANKARA, Turkey -"; "Moscow ITAR-TASS", "SOFIA (AP)": a dateline line naming its agency)
    const agencyLine = (m.t0 === 0 && tokens.length <= 6 && (tokens[m.t1]?.text === '(' || (!!tokens[m.t1] && isAllCaps(tokens[m.t1]!)))) ||
      sourceLineAt(tokens, m.t1) > 0;
    const dateline = (m.t0 === 0 && /^[,–—-]$/.test(tokens[m.t1]?.text ?? '') && isAllCaps(tokens[m.t0]!)) || agencyLine;
    const apposed = tokens[m.t0 - 1]?.text === ',' && tokens[m.t0 - 2]?.lower === 'capital';
    // ("San Jose, California-based X": a city before a region's locative compound)
    const beforeBased = tokens[m.t1]?.text === ',' && LOCATIVE_COMPOUND.test(tokens[m.t1 + 1]?.text ?? '');
    // ("to Caracas, Venezuela, for": a capital followed by its own country's name is the city)
    const addressed = tokens[m.t1]?.text === ',' && mentions.some((x) => x.t0 === m.t1 + 1 && x.kind === 'country' && x.code === m.code && x.form === 'name');
    // ("pilots from Montreal and Ottawa", "between Ottawa and Montreal": a capital coordinated with a town is a town)
    const coordinated = coordinatedWithPlace(tokens, mentions, m);
    if (!dateline && !apposed && !beforeBased && !addressed && !coordinated && !afterPlacePreposition(tokens, m.t0)) continue;
    m.kind = 'entity';
    m.type = 'Place';
    m.name = isAllCaps(tokens[m.t0]!) ? titleCaseWords(m.text) : m.text;
    m.capitalOf = m.code;
    m.code = undefined;
    m.form = undefined;
  }
}

/** Whether a capital is coordinated ("and", "or") with a place that is not a country ("Montreal and Ottawa"). */
function coordinatedWithPlace(tokens: Token[], mentions: Mention[], m: Mention): boolean {
  // (another capital read as a town does not count: "in Kyiv and Warsaw" may name two governments)
  const town = (x: Mention): boolean => x.kind === 'entity' && (x.type === 'Place' || !!x.gazetteer) && !x.capitalOf;
  const before = /^(?:and|or)$/.test(tokens[m.t0 - 1]?.lower ?? '') && mentions.some((x) => x.t1 === m.t0 - 1 && town(x));
  const after = /^(?:and|or)$/.test(tokens[m.t1]?.lower ?? '') && mentions.some((x) => x.t0 === m.t1 + 1 && town(x));
  return before || after;
}

/**
 * A dateline line naming its agency: "SAN FRANCISCO (AP)", "BELGRADE, Yugoslavia (AP)", "Moscow IZVESTIYA": the
 * agency (in brackets, or in capitals after the place) is an organization.
 */
function datelineAgency(text: string, tokens: Token[], mentions: Mention[], make: Make): void {
  // ("NEW YORK (AP) _ The mayor said": the wire archives' dateline, its underscore dash opening the story, names the
  // agency too; a dateline with a real dash before the story is left to the story)
  const close = tokens.findIndex((t, k) => k < 8 && t.text === ')' && tokens[k + 1]?.text === '_');
  const n = close > 0 && tokens.slice(0, close).every((t) => t.cap || t.kind !== 'word') ? close + 1 : tokens.length;
  if (n > 8 || !tokens[0]?.cap) return;
  let a = -1;
  if (tokens[n - 1]!.text === ')') a = tokens.findIndex((t) => t.text === '(') + 1;
  else {
    const place = mentions.find((m) => m.t0 === 0 && (m.type === 'Place' || m.kind === 'country'));
    if (place && place.t1 < n && tokens.slice(place.t1).every((t) => isAllCaps(t) || t.text === '-')) a = place.t1;
  }
  const b = tokens[n - 1]!.text === ')' ? n - 1 : n;
  if (a <= 0 || b - a < 1 || b - a > 3 || !tokens.slice(a, b).every((t) => t.cap || t.text === '-')) return;
  const taken = mentions.findIndex((m) => m.t0 < b && m.t1 > a);
  if (taken >= 0 && mentions[taken]!.kind !== 'entity') return;
  if (taken >= 0) mentions.splice(taken, 1);
  mentions.push(make(a, b, { kind: 'entity', type: 'Organization', name: text.slice(tokens[a]!.start, tokens[b - 1]!.end), orgAlone: true }));
  mentions.sort((x, y) => x.t0 - y.t0);
}

/** Words that make a name a broadcaster's: "Radio Halden Network", "Veska Television". */
const BROADCASTER_WORDS = new Set(['radio', 'television', 'tv', 'network', 'channel']);
/** A monitoring service's document code: "FL1402001894", "AU0505102194" (letters and eight or more digits). */
const isDocumentCode = (t: Token): boolean => t.text.length >= 10 && /^\p{Lu}{2}\d{8,}$/u.test(t.text);

/**
 * A monitoring service's source line standing alone: an optional document code, a city the gazetteer knows, then the
 * outlet (in capitals, "THE COURIER", "I VESKA", or a broadcaster's name, "Radio Halden Network"), then nothing,
 * or a language, a date and a page. Returns the city's and the outlet's token ranges.
 */
function sourceLine(text: string, tokens: Token[], i: number): { city: [number, number]; outlet: [number, number] } | undefined {
  if (tokens.length - i > 24) return undefined;
  let k = i;
  while (k < i + 2 && tokens[k] && /\d/.test(tokens[k]!.text) && /^[\p{Lu}\d]+$/u.test(tokens[k]!.text)) k++;
  // (a code inside a longer line starts a source line only when one follows it: "... Events FL1402001894 Havana Radio")
  if (i > 0 && k === i) return undefined;
  for (let len = 3; len >= 1; len--) {
    const words = tokens.slice(k, k + len);
    if (words.length < len || !words.every((t) => t.cap && t.kind === 'word' && !isAllCaps(t))) continue;
    const city = text.slice(words[0]!.start, words[len - 1]!.end);
    if (!lookupPlace(city).some((p) => p.kind === 'city')) continue;
    let e = k + len;
    while (e < tokens.length && e < k + len + 6 && tokens[e]!.cap && tokens[e]!.kind === 'word' && tokens[e]!.lower !== 'in') e++;
    const outlet = tokens.slice(k + len, e);
    if (!outlet.length) return undefined;
    // (in capitals, "VESKA Domestic Service" too: the outlet's own name first)
    const shouted = isAllCaps(outlet[0]!) || (outlet[0]!.text.length === 1 && !!outlet[1] && isAllCaps(outlet[1]));
    const broadcaster = outlet.some((t) => BROADCASTER_WORDS.has(t.lower));
    if (!shouted && !broadcaster) return undefined;
    const next = tokens[e];
    if (next && !(next.lower === 'in' && tokens[e + 1]?.cap) && next.kind !== 'num') return undefined;
    return { city: [k, k + len], outlet: [k + len, e] };
  }
  return undefined;
}

/**
 * A monitoring service's source line, "Beijing XINHUA in English 1313 GMT", "Paris Radio France International in French
 * 1830 GMT": after a place, a capitalized outlet name of one to five words, then "in", a language and a number. Returns
 * the index after the outlet's name, or 0.
 */
export function sourceLineAt(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k < i + 5 && tokens[k]!.cap) k++;
  if (k === i || tokens[k]?.lower !== 'in' || !tokens[k + 1]?.cap || tokens[k + 2]?.kind !== 'num') return 0;
  return k;
}

/** Prepositions of place before a name that a region or country qualifies ("at Pearl Harbor, Hawaii,"). */
const PLACE_AT = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'inside']);

/**
 * ", Hawaii," or ", Morocco." after token n1-1: a country, a first-level region or an agency's abbreviation of a state
 * closing an aside, which says the name before it is a place's ("signed at Marrakech, Morocco, on 12 April").
 */
function regionAfterComma(text: string, tokens: Token[], n1: number): boolean {
  if (tokens[n1]?.text !== ',') return false;
  const first = tokens[n1 + 1];
  for (let len = 1; len <= 3; len++) {
    const last = tokens[n1 + len];
    if (!first || !last || !last.cap) return false;
    const after = tokens[n1 + len + 1];
    if (after && !/^[,.;)]$/.test(after.text)) continue;
    const surface = text.slice(first.start, last.end);
    if (lookupCountry(surface) || stateAbbreviation(surface) || lookupPlace(surface).some((p) => p.kind === 'region')) return true;
  }
  return false;
}

/** "in Geneva", "the city of El Fasher": a preposition of place, or "<settlement> of", right before the name. */
function afterPlacePreposition(tokens: Token[], i: number): boolean {
  // ("lived in nearby Adamsdown": a word of nearness between)
  if (NEARNESS.has(tokens[i - 1]?.lower ?? '') && PLACE_PREPOSITIONS.has(tokens[i - 2]?.lower ?? '')) return true;
  const prev = tokens[i - 1];
  // ("In Pretoria, ...": the sentence's first word may be capitalized)
  if (!prev || prev.kind !== 'word' || (prev.cap && i - 1 > 0)) return false;
  const noun = tokens[i - 2];
  // "shares in NordJet", "a stake in X": a holding, not a place
  if (prev.lower === 'in' && noun && HOLDING_NOUNS.has(noun.lower)) return false;
  if (PLACE_PREPOSITIONS.has(prev.lower)) return true;
  // ("in his native Vestby", "Soto's native Vestby": where someone is from)
  if (prev.lower === 'native' && /^(?:his|her|their|'s|’s)$/.test(noun?.lower ?? '')) return true;
  // ("Mrs. Soto is from Yatsushiro", "she comes from Gdynia": where someone is from)
  if (prev.lower === 'from' && /^(?:is|was|are|were|comes|came|hails|hailed)$/.test(noun?.lower ?? '')) return true;
  return prev.lower === 'of' && !!noun && noun.kind === 'word' && !noun.cap && (SETTLEMENT_NOUNS.has(noun.lower) || PLACE_NOUNS.has(noun.lower));
}

/** Nouns for a killing or a killer, after the victim's possessive. */
const KILLING_NOUNS = new Set(['assassin', 'killer', 'murderer', 'assassination', 'murder', 'slaying', 'killing']);
/** Verbs of killing, by lemma: the one-word phrases of the verb lexicon's kill frame. */
const KILLING = new Set(VERB_FRAMES.find((f) => f.id === 'kill')!.phrases.filter((p) => !p.includes(' ')));

/** "Lennon was (fatally) shot by", "who killed Lincoln": a name right after a killing verb, or its passive's subject. */
function isVictim(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev && prev.pos === 'VERB' && KILLING.has(prev.lemma)) return true;
  // ("Soto's assassin, X", "Bradek's murder": whose killing or killer a possessive names)
  if (tokens[i + 1]?.lower === "'s" && KILLING_NOUNS.has(tokens[i + 2]?.lower ?? '')) return true;
  let k = i + 1;
  if (!/^(?:was|were)$/.test(tokens[k]?.lower ?? '')) return false;
  k++;
  if (tokens[k]?.pos === 'ADV') k++;
  return !!tokens[k] && KILLING.has(tokens[k]!.lemma) && tokens[k]!.lower !== tokens[k]!.lemma;
}

/**
 * "NEW ORLEANS (AP)", "LOS ANGELES, May 2 -": two or three words in capitals opening the line, then a bracket, comma or
 * dash, that the gazetteer knows as one city (one word only before a bracket); returns the end token, or 0.
 */
function datelineCity(text: string, tokens: Token[]): number {
  let b = 0;
  while (b < tokens.length && b < 4 && (isAllCaps(tokens[b]!) || (tokens[b]!.text === '.' && b > 0))) b++;
  // (one word only before an agency's bracket: "MIAMI (AP)")
  if (b < (tokens[b]?.text === '(' ? 1 : 2) || !/^[(,–—-]$/.test(tokens[b]?.text ?? '')) return 0;
  const name = titleCaseWords(text.slice(tokens[0]!.start, tokens[b - 1]!.end));
  return lookupPlace(name).some((p) => p.kind === 'city') && !lookupCountry(name) ? b : 0;
}

/** "SAN FRANCISCO, May 20": capitals at the very start of the line, then a comma. */
function isDateline(tokens: Token[], a: number, b: number): boolean {
  // one word of three letters or more ("BONN"), or several all-caps words ("LA PAZ"); not an acronym alone ("UN")
  const words = tokens.slice(a, b);
  return a === 0 && words.every((t) => isAllCaps(t)) && (words.length > 1 || words[0]!.text.length > 2) && /^[,–—-]$/.test(tokens[b]?.text ?? '');
}

const titleCaseWords = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** A lower-case organization noun right after a name: "RIA Novosti state news agency", "Dolan administration". */
function orgTrailer(tokens: Token[], i: number): { word: string; end: number } | undefined {
  for (let j = Math.min(tokens.length, i + 3); j > i; j--) {
    const words = tokens.slice(i, j);
    if (!words.every((t) => t.kind === 'word' && !t.cap)) continue;
    const phrase = words.map((t) => t.lower).join(' ');
    if (ORG_TRAILERS.has(phrase)) return { word: words[words.length - 1]!.lower, end: j };
  }
  return undefined;
}

/** Whether token i is a place noun closing the name before it, with no noun after it ("Gaza city council" is a body's). */
function placeTrailer(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.cap || !PLACE_NOUNS.has(t.lower)) return false;
  const next = tokens[i + 1];
  return !next || !(next.kind === 'word' && !next.cap && (next.pos === 'NOUN' || next.pos === 'PROPN'));
}

/** "Kestrel Flats plutonium processing plant": up to three lower-case words after a name, then a facility noun. */
function facilityTrailer(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap) return false;
    if (FACILITY_NOUNS.has(t.lower)) return !(tokens[k + 1]?.lower === 'of') && !/^(?:NOUN)$/.test(tokens[k + 1]?.pos ?? '');
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && !/ing$/.test(t.lower)) return false;
  }
  return false;
}

/** "news agency X", "the company X": a lower-case organization noun right before a name. */
function orgNounBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // ("X's maintenance subsidiary, Pacífico Técnica": also in apposition after a kind of unit)
  const before = prev?.text === ',' ? tokens[i - 2] : undefined;
  if (before && before.kind === 'word' && !before.cap && /^(?:subsidiary|unit|arm|division|affiliate)$/.test(before.lower)) return true;
  if (headOfBefore(tokens, i)) return true;
  if (!prev || prev.kind !== 'word' || !ORG_NOUN_BEFORE.has(prev.lower)) return false;
  // (a kind of body written capitalized only because it opens the sentence: "Shipbuilder X")
  return !prev.cap || !tokens.slice(0, i - 1).some((t) => t.kind === 'word');
}

/** Lower-case roles of heading a body, which a name after "of" is the body of ("president of Brookvale Plastics"). */
const HEAD_ROLES = new Set([
  'president', 'chairman', 'chairwoman', 'chair', 'leader', 'head', 'director', 'founder', 'co-founder', 'manager', 'treasurer',
  'spokesman', 'spokeswoman', 'spokesperson', 'publisher', 'owner', 'chief', 'officer', 'executive', 'vice-president',
]);

/** "president of (the) X", "leader of the Ukrainian Popular Rukh": the name after a heading role and "of" (not "X's"). */
function headOfBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of') return false;
  const role = tokens[k - 1];
  return !!role && role.kind === 'word' && !role.cap && HEAD_ROLES.has(role.lower) && !/^['’]s$/.test(tokens[i + 1]?.text ?? '');
}

/** A verb of naming right before a name: "names X chief executive" makes X the appointee, not the title's owner. */
const NAMED_BY_VERB = /\b(?:names?|named|appoints?|appointed|elects?|elected|makes?|made|nominates?|nominated)\s+$/i;

/**
 * Links role phrases: a person's title and what it belongs to.
 *  - "[Country|Demonym] ['s] [title] [Person]"; "[Org|Person] 's [title] [Person]"
 *  - "[Demonym] [lowercase org words]" -> organization ("Russian foreign ministry")
 *  - "[title], [Person]," apposition ("the attache, Jose Perez,")
 */
function linkRoles(text: string, tokens: Token[], mentions: Mention[]): void {
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  // Demonym + lower-case organization head: "The Russian foreign ministry"
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind !== 'country') continue;
    // ("Turkey's parliament": the possessive of a country's name works like its demonym, "Turkish parliament")
    // (not before a title: "Sudan's army chief X" is a role)
    const possessive = m.form !== 'demonym' && /^['’]s$/.test(tokens[m.t1]?.text ?? '') && tokens[m.t1]!.start === m.end && !matchTitle(tokens, m.t1 + 1);
    const demonym = possessive && m.code ? countryByCode(m.code)?.demonym : undefined;
    let j = possessive ? m.t1 + 1 : m.t1;
    const start = j;
    const words: string[] = [];
    while (j < tokens.length && j < start + 3 && tokens[j]!.kind === 'word' && !tokens[j]!.cap) {
      words.push(tokens[j]!.lower);
      j++;
      const phrase = words.join(' ');
      const head = words[words.length - 1]!;
      if (COUNTRY_AS_GOVERNMENT.has(head) && words.length === 1) break;
      if (demonym && /^(?:to|of|for|in|on|with|at|by|and)$/.test(tokens[j - 1]!.lower)) break;
      // ("a Russian air force Antonov-124": a force's name of two words before another noun only qualifies it)
      const qualifying = FORCE_HEADS.has(phrase) && !!tokens[j] && (tokens[j]!.cap || tokens[j]!.pos === 'NOUN' || tokens[j]!.kind === 'num');
      if ((DEMONYM_ORG_HEADS.has(head) || DEMONYM_ORG_HEADS.has(phrase)) && (m.form === 'demonym' || demonym) && head !== 'military' && !qualifying) {
        const org = { ...m, kind: 'entity' as const, type: 'Organization' as EntityType, t1: j, end: tokens[j - 1]!.end };
        org.text = text.slice(org.start, org.end);
        org.name = demonym ? `${demonym} ${phrase}` : org.text;
        if (demonym) org.possessor = m.code;
        delete org.form;
        mentions[k] = org;
        break;
      }
    }
  }
  // "Swiss drugmaker Helvetia Pharma", "Norwegian shipping group X": the country qualifies the organization
  for (let k = 0; k + 1 < mentions.length; k++) {
    const c = mentions[k]!;
    const org = mentions[k + 1]!;
    // (a name typed a person here may turn out a body's in the document: "Finnish chip designer Kuusela Silicon")
    if (c.kind !== 'country' || org.kind !== 'entity' || (org.type !== 'Organization' && org.type !== 'Person')) continue;
    const gap = text.slice(c.end, org.start);
    if (!/^\s+(?:[a-z-]+\s+){1,3}$/.test(gap)) continue;
    // ("Danish lighting maker X": a trade's "-ing" word before the head)
    const words = gap.trim().split(/\s+/);
    if (!words.every((w, i) => isDescriptor(w) || (i < words.length - 1 && /ing$/.test(w) && !NOT_DESCRIPTORS.has(w)))) continue;
    // ("U.S. cloud software company X": a country's short form before a company noun works as its demonym)
    const shortForm = c.form !== 'demonym' && /^(?:[A-Z]\.){2,3}$|^[A-Z]{2,3}$/.test(c.text) && COMPANY_NOUNS.has(words[words.length - 1]!);
    if (c.form !== 'demonym' && !shortForm) continue;
    org.basedIn = c.code!;
    if (org.type === 'Organization') c.modifier = true;
  }
  // "China's Ministry of Commerce": the organization is that country's (whose "Commerce Minister X" is, later)
  for (let k = 0; k + 1 < mentions.length; k++) {
    const c = mentions[k]!;
    const org = mentions[k + 1]!;
    if (c.kind === 'country' && c.code && org.kind === 'entity' && org.type === 'Organization' && /^['’]s\s+$/.test(text.slice(c.end, org.start)))
      org.possessor = c.code;
  }
  // Role phrases
  for (let k = 0; k < mentions.length; k++) {
    const title = mentions[k]!;
    if (title.kind !== 'title') continue;
    // "chief scientist Dr. X": the honorific does not replace the role before it
    const before = mentions[k - 1];
    if (HONORIFIC.test(title.title ?? '') && before?.kind === 'title' && /^\s*$/.test(text.slice(before.end, title.start))) continue;
    // The person the title introduces: directly after, or after ", " (apposition), past an honorific ("Dr.")
    let next = k + 1;
    const honorific = mentions[next];
    if (honorific?.kind === 'title' && HONORIFIC.test(honorific.title ?? '') && /^\s*$/.test(text.slice(title.end, honorific.start))) next++;
    let person = mentions[next];
    if (person && person.kind === 'entity' && (person.type === 'Person' || person.single)) {
      const gap = text.slice(mentions[next - 1]!.end, person.start);
      if (!/^\.?\s*,?\s*$/.test(gap)) person = undefined;
    } else person = undefined;
    if (person) {
      person.type = 'Person';
      delete person.single;
      person.title ??= title.title!;
      if (person.title !== title.title) person.title = title.title!;
    }
    // What the title belongs to: the mention right before it, possibly through "'s" or lower-case modifiers
    let b = k - 1;
    let owner: Mention | undefined;
    while (b >= 0) {
      const prev = mentions[b]!;
      // ("the Philippines' foreign minister": a name ending in s takes a bare apostrophe for its possessive)
      const written = text.slice(prev.end, title.start);
      const gap = /s$/i.test(prev.text) && /^['’]\s/u.test(written) ? `'s${written.slice(1)}` : written;
      const descriptors = DESCRIPTOR_GAP.exec(gap);
      const described = !!descriptors && descriptors[2]!.trim().split(/\s+/).filter(Boolean).every(isDescriptor);
      if (/^\s*$|^\s*[’']s\s*$/u.test(gap) || ROLE_GAP.test(gap) || described) {
        // "Oxbridge Biologics chief scientist X": an untitled name right before a lower-case role is its organization
        // (not one a verb of naming makes it: "Halvern names Ana Duarte chief executive")
        const appointee = (): boolean => NAMED_BY_VERB.test(text.slice(Math.max(0, prev.start - 14), prev.start));
        if (prev.kind === 'entity' && prev.type === 'Person' && !prev.title && /^\s+$/.test(gap) && /^\p{Ll}/u.test(title.text) && !appointee()) {
          prev.type = 'Organization';
          owner = prev;
        } else if (prev.kind === 'country' || (prev.kind === 'entity' && (prev.type === 'Organization' || prev.type === 'Person'))) owner = prev;
        // "Smith's spokesman": a single name in the possessive is a person owner (resolved per document)
        else if (prev.kind === 'entity' && prev.single && /^\s*[’']s\s*/u.test(gap)) owner = prev;
        // "Lumenworks chief executive", "Norvalt spokeswoman", "UN climate chief": a bare name right before a role owns it
        else if (prev.kind === 'entity' && prev.single && (/^\s+$/u.test(gap) || (described && !descriptors![1]))) {
          owner = prev;
          prev.roleOwner = true;
        }
        else if (prev.kind === 'title' && /^\s*$/.test(gap)) {
          b--;
          continue;
        }
      }
      break;
    }
    // "its governor Selim Arikan": the organization or country last named in the sentence, not one named in passing
    // ("Cairo controls the crossing not run by Israel, and its intelligence chief")
    if (!owner && /\b(?:its|their)\s+(?:[a-z-]+\s+)?$/.test(text.slice(Math.max(0, title.start - 20), title.start))) {
      const owners = mentions.slice(0, k).filter((x) => (x.kind === 'country' && !x.inName) || (x.kind === 'entity' && x.type === 'Organization'));
      owner = antecedentOwner(owners, text);
    }
    // "X, the founder of the newspaper Y": an owner after the title, through "of"
    const after = mentions[k + 1];
    if (
      !owner && !person && after && (after.kind === 'country' || (after.kind === 'entity' && after.type === 'Organization')) &&
      OWNER_AFTER_GAP.test(text.slice(title.end, after.start))
    ) {
      owner = after;
      // ("the leader of Ghana's opposition National Progress Party": the body the country's possessive qualifies)
      const body = mentions[k + 2];
      const qualifies = /^[’']s\s+(?:[a-z-]+\s+){0,3}$/u;
      if (after.kind === 'country' && body?.kind === 'entity' && body.type === 'Organization' && qualifies.test(text.slice(after.end, body.start))) {
        owner = body;
      }
    }
    if (
      owner && owner.kind === 'entity' && (owner.type === 'Person' || (owner.single && !owner.roleOwner)) &&
      !/[’']s\s*$/u.test(text.slice(owner.end, title.start))
    ) owner = undefined;
    if (owner) {
      // The owner in a role phrase qualifies the title; it is not an argument of the sentence's verbs
      owner.modifier = true;
      title.affiliation = mentions.indexOf(owner);
      if (person) person.affiliation = mentions.indexOf(owner);
    }
  }
}

const OBLIQUE_BEFORE = /\b(?:by|with|of|in|into|from|to|at|on|for|between|against|than|under|over|across|through)\s+(?:the\s+)?$/i;

/** Whether the name at `start`-`end` of `text` is named in passing: possessive of a noun, or object of a preposition. */
export function namedInPassing(text: string, start: number, end: number): boolean {
  // (and an exchange in a stock listing, "(XSE: HLV)")
  return /^(?:['’]s?\s|: ?[A-Z.]{1,6}\))/.test(text.slice(end, end + 10)) || OBLIQUE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** What "its" refers to among the owners named before it: the last not named in passing, else the last. */
export function antecedentOwner(owners: Mention[], text: string): Mention | undefined {
  // (nor one written as an adjective: "the Swiss-registered company ... its chief executive")
  const adjective = (x: Mention): boolean => x.form === 'demonym' || !!x.based;
  // (a name in passing before an adjective: "sanctions on X AG, the Swiss-registered company, and on its chief executive")
  return owners.filter((x) => !namedInPassing(text, x.start, x.end) && !adjective(x)).pop() ?? owners.filter((x) => !adjective(x)).pop() ??
    owners[owners.length - 1];
}
