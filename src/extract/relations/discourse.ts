// kg/extract/relations: what a document has named so far, for resolving pronouns and descriptions: "he"/"she"
// (the last person named outside quotes), "its"/"their" (the last organization or country), "the alliance", "the
// company", "the court" (the last organization whose name or description has that word, else the last organization
// for generic words), "the government", "the country" (the last country), "the two countries" (the last two),
// "the minister", "the Ethiopian premier" (the person holding that title). Keeps no claims of its own.
import type { EntityType } from '../../model/types.js';
import { foldName } from '../../util/fold.js';

/** One named entity occurrence, in text order. */
export interface Named {
  key: string;
  type: EntityType;
  start: number;
  end: number;
  /** The occurrence is the subject of its clause. */
  subject?: boolean;
  /** Inside a quotation. */
  quoted?: boolean;
  /** The name as written (for events and organizations described later by one of its words). */
  name?: string;
  /** Named in passing: a possessive qualifying a noun ("Washington's knowledge") or after a preposition ("run by Israel"). */
  oblique?: boolean;
  /** Written as an adjective ("the Swiss-registered company"): no antecedent of "its". */
  adjective?: boolean;
  /** Qualifying a title ("US President X"): no antecedent of "it" when an act was said near. */
  titleOwner?: boolean;
}

/** Nouns that stand for an organization. Generic ones take the last organization; others need the word in its name. */
const ORG_GENERIC = new Set([
  'group', 'organization', 'organisation', 'body', 'bloc', 'alliance', 'grouping', 'coalition', 'club', 'forum',
  'institution', 'consortium', 'movement', 'militia', 'network', 'charity', 'nonprofit',
]);
/** Words of a name that say the body is no company (for "the company", "the firm"). */
const NOT_COMPANY_WORDS = new Set(['university', 'college', 'school', 'institute', 'ministry', 'department', 'council', 'commission', 'court', 'parliament',
  'police', 'army', 'navy', 'party', 'government', 'committee', 'assembly', 'senate', 'congress', 'church', 'hospital', 'foundation', 'union',
  'administration', 'agency', 'authority', 'bureau', 'office', 'inspectorate', 'directorate', 'tribunal', 'embassy', 'federation', 'association',
  'fund', 'organization', 'organisation']);
const ORG_COMPANY = new Set([
  'company', 'firm', 'group', 'carrier', 'airline', 'lender', 'bank', 'insurer', 'maker', 'carmaker', 'automaker',
  'drugmaker', 'chipmaker', 'developer', 'giant', 'conglomerate', 'startup', 'retailer', 'operator', 'producer',
  'supplier', 'manufacturer', 'business', 'buyer', 'seller', 'acquirer', 'target', 'biotech', 'utility', 'broadcaster',
  'publisher',
]);
const ORG_NAMED = new Set([
  'court', 'tribunal', 'commission', 'committee', 'council', 'agency', 'ministry', 'department', 'fund', 'union',
  'party', 'parliament', 'assembly', 'senate', 'congress', 'board', 'authority', 'regulator', 'watchdog', 'office',
  'bureau', 'service', 'army', 'navy', 'force', 'forces', 'guard', 'police', 'legislature', 'cabinet', 'administration',
  'secretariat', 'mission', 'delegation', 'federation', 'league', 'association', 'institute', 'university', 'exchange',
  'bank', 'embassy', 'consulate', 'mechanism',
]);
/** Words that name what kind of body a regulator or court is ("the regulator", "the watchdog"): any organization whose name has one of these. */
/** Nouns a description of an organization or a country may have ("the company", "the country"), resolved by `describedBy`. */
export const ORG_DESCRIPTION_NOUNS: ReadonlySet<string> = new Set<string>();

const ORG_KIND_WORDS: Record<string, string[]> = {
  regulator: ['commission', 'authority', 'agency', 'office', 'board', 'bureau', 'administration', 'department'],
  watchdog: ['commission', 'authority', 'agency', 'office', 'board', 'bureau'],
  court: ['court', 'tribunal', 'circuit'],
  tribunal: ['court', 'tribunal'],
  alliance: ['alliance', 'organization', 'organisation', 'pact', 'treaty'],
  bloc: ['union', 'community', 'association', 'organization', 'organisation', 'bloc', 'group'],
  lender: ['bank', 'fund'],
};
/** Nouns for what a court gives: "welcomed the ruling" is about the court the document names first. */
export const RULING_NOUNS: ReadonlySet<string> = new Set(['ruling', 'verdict', 'judgment', 'judgement']);

/** Nouns of acts and proposals "it" may stand for ("the plan", "the measure"); agreements are entities of their own. */
export const ACT_NOUNS: ReadonlySet<string> = new Set([
  'plan', 'proposal', 'measure', 'decision', 'move', 'bill', 'decree', 'scheme', 'programme', 'program', 'policy', 'reform',
]);

/** Offices whose holder is "the leader" of their country. */
const LEADERS = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'supreme leader', 'leader']);

/** Nouns that stand for an event ("the summit", "the talks"). */
const EVENT_NOUNS = new Set([
  'summit', 'conference', 'meeting', 'gathering', 'talks', 'forum', 'war', 'election', 'vote', 'referendum', 'ceremony',
  'games', 'visit', 'invasion', 'attack', 'offensive',
]);
/** Nouns that stand for a country. */
const COUNTRY_NOUNS = new Set([
  'country', 'nation', 'government', 'state', 'kingdom', 'republic', 'emirate', 'regime', 'administration', 'neighbour',
  'neighbor', 'island', 'archipelago',
]);
for (const w of [...ORG_GENERIC, ...ORG_COMPANY, ...ORG_NAMED, ...Object.keys(ORG_KIND_WORDS), ...RULING_NOUNS, ...COUNTRY_NOUNS]) {
  (ORG_DESCRIPTION_NOUNS as Set<string>).add(w);
}

/** Head words of bodies' names in other languages (folded), by their English word: "the commission" says the Comisión. */
const FOREIGN_HEADS = new Map<string, string>([
  ...['comision', 'comissao', 'commissione', 'kommission', 'komisja', 'commissie'].map((w): [string, string] => [w, 'commission']),
  ...['ministerio', 'ministere', 'ministero', 'ministerium'].map((w): [string, string] => [w, 'ministry']),
  ...['tribunal', 'corte', 'cour', 'gericht', 'tribunale'].map((w): [string, string] => [w, 'court']),
  ...['banco', 'banque', 'banca'].map((w): [string, string] => [w, 'bank']),
  ...['consejo', 'conseil', 'conselho', 'consiglio'].map((w): [string, string] => [w, 'council']),
  ...['autoridad', 'autorite', 'autoridade', 'autorita', 'autoriteit', 'behorde'].map((w): [string, string] => [w, 'authority']),
  ...['partido', 'parti', 'partito', 'partei'].map((w): [string, string] => [w, 'party']),
  ...['agencia', 'agence', 'agenzia', 'agentur'].map((w): [string, string] => [w, 'agency']),
]);

export class Discourse {
  private readonly named: Named[] = [];
  /** Offsets of "the <act noun>" ("the plan"), in document order. */
  private readonly acts: number[] = [];
  /** How often the whole document names each entity (what it is about), when known. */
  private readonly totals: ReadonlyMap<string, number>;

  constructor(totals: ReadonlyMap<string, number> = new Map()) {
    this.totals = totals;
  }

  /** Organization key -> folded words of its name and of descriptions given to it. */
  private readonly orgWords = new Map<string, Set<string>>();
  /** Person key -> lower-case titles. */
  private readonly titles = new Map<string, Set<string>>();
  /** Person key -> country key of their office. */
  private readonly officeCountry = new Map<string, string>();

  /** Records an occurrence; `n` is kept (and given `name` when it has none), so pass a fresh object. */
  add(n: Named, name?: string): void {
    if (name && !n.name) n.name = name;
    this.named.push(n);
    if (n.type === 'Organization' && name) this.describe(n.key, name);
  }

  /** Records words that describe an organization ("Skarvik, the Swedish defence group": "group"). */
  describe(key: string, words: string): void {
    let set = this.orgWords.get(key);
    if (!set) this.orgWords.set(key, (set = new Set()));
    for (const w of foldName(words).split(' ')) {
      if (!w) continue;
      set.add(w);
      // ("the commission" for the "Comisión Veskana de ...": a body's head word in another language is its English one)
      const english = FOREIGN_HEADS.get(w);
      if (english) set.add(english);
    }
  }

  addTitle(person: string, title: string, country?: string): void {
    let set = this.titles.get(person);
    if (!set) this.titles.set(person, (set = new Set()));
    set.add(title.toLowerCase());
    if (country && !this.officeCountry.has(person)) this.officeCountry.set(person, country);
  }

  /** The last entity before offset `at` passing `ok`, looking back at most `reach` characters. */
  private last(at: number, ok: (n: Named) => boolean, reach = 1500, exclude?: Set<string>): Named | undefined {
    for (let i = this.named.length - 1; i >= 0; i--) {
      const n = this.named[i]!;
      if (n.start >= at) continue;
      if (at - n.end > reach) return undefined;
      if (exclude?.has(n.key)) continue;
      if (ok(n)) return n;
    }
    return undefined;
  }

  /** "he", "she", "him", "his", "her": the last person named outside quotes (the subject before others). */
  person(at: number, exclude?: Set<string>, objectCase = false): string | undefined {
    const first = this.last(at, (n) => n.type === 'Person' && !n.quoted, 1200, exclude);
    if (!first || !objectCase) return first?.key;
    // "him": the person before the last one named, when the last is the clause's own subject
    return first.key;
  }

  /** "it": the last organization, agreement or country named, close before (not across a paragraph). */
  it(at: number, exclude?: Set<string>): Named | undefined {
    const it = (n: Named) => n.type === 'Organization' || n.type === 'Agreement' || n.type === 'Country';
    // ("Turkey has grown in Somalia, and it signed": one named after a preposition is less likely "it")
    // ("Japan welcomed the plan when it was unveiled ... it has been attacked": an act said since, which is no entity,
    // is what "it" more likely means: none of the entities; so it is before one named only in passing)
    const direct = this.last(at, (x) => it(x) && !x.oblique && !((x.adjective || x.titleOwner) && this.acts.length), 250, exclude);
    const actAfter = (from: number): boolean => this.acts.some((a) => a > from && a < at);
    if (direct) return actAfter(direct.end) ? undefined : direct;
    return actAfter(at - 250) ? undefined : this.last(at, it, 250, exclude);
  }

  /** Records "the plan", "the measure" at an offset: an act "it" may stand for (see it). */
  addAct(start: number): void {
    this.acts.push(start);
  }

  /** "its", "their": the last organization or country named. */
  owner(at: number, exclude?: Set<string>): Named | undefined {
    const owner = (n: Named) => n.type === 'Organization' || n.type === 'Country';
    // ("Cairo controls the crossing not run by Israel, and its intelligence chief": one named in passing is not "its")
    // ("sanctions on X AG, the Swiss-registered company, and on its chief executive": a name in passing before an adjective)
    return this.last(at, (n) => owner(n) && !n.oblique, 400, exclude) ?? this.last(at, (n) => owner(n) && !n.adjective, 400, exclude) ??
      this.last(at, owner, 400, exclude);
  }

  /** "the <noun>" for an organization or a country; undefined when the noun names neither. */
  describedBy(noun: string, at: number, exclude?: Set<string>): Named | undefined {
    if (EVENT_NOUNS.has(noun)) return this.last(at, (n) => n.type === 'Event' && foldName(n.name ?? '').split(' ').includes(noun), 2500, exclude);
    if (COUNTRY_NOUNS.has(noun)) return this.salient(at, 'Country', exclude);
    if (RULING_NOUNS.has(noun)) {
      // (the court the story leads with: the ruling it is about; later courts are mostly background)
      const courts = ORG_KIND_WORDS.court!;
      return this.named.find((n) => n.start < at && n.type === 'Organization' && !exclude?.has(n.key) && courts.some((w) => this.orgWords.get(n.key)?.has(w)));
    }
    const kinds = ORG_KIND_WORDS[noun];
    if (kinds) {
      const hit = this.last(at, (n) => n.type === 'Organization' && kinds.some((w) => this.orgWords.get(n.key)?.has(w)), 2500, exclude);
      if (hit) return hit;
      // ("the alliance", "the bloc": else one known by its acronym, never the parliament named last)
      if (noun === 'alliance' || noun === 'bloc') return this.last(at, (n) => n.type === 'Organization' && /^\p{Lu}{3,}$/u.test(n.name ?? ''), 2500, exclude);
    }
    if (ORG_NAMED.has(noun)) return this.last(at, (n) => n.type === 'Organization' && !!this.orgWords.get(n.key)?.has(noun), 2500, exclude);
    if (ORG_GENERIC.has(noun) || ORG_COMPANY.has(noun)) {
      const described = this.last(at, (n) => n.type === 'Organization' && !!this.orgWords.get(n.key)?.has(noun), 2500, exclude);
      // (else the last organization, if its name does not say it is some other kind of body: "a graduate of
      // Stanford University, joined the firm")
      const company = ORG_COMPANY.has(noun);
      return described ?? this.last(
        at,
        (n) => n.type === 'Organization' && !(company && [...(this.orgWords.get(n.key) ?? [])].some((w) => NOT_COMPANY_WORDS.has(w))),
        1200,
        exclude,
      );
    }
    return undefined;
  }

  /** The entity of a type named most often so far among those named in the last `reach` characters ("the country"). */
  private salient(at: number, type: EntityType, exclude?: Set<string>, reach = 1200): Named | undefined {
    const recent = new Map<string, Named>();
    const counts = new Map<string, number>();
    for (const n of this.named) {
      if (n.start >= at || n.type !== type) continue;
      counts.set(n.key, (counts.get(n.key) ?? 0) + 1);
      if (at - n.end <= reach && !exclude?.has(n.key)) recent.set(n.key, n);
    }
    const weight = (key: string): number => this.totals.get(key) ?? counts.get(key) ?? 0;
    let best: Named | undefined;
    for (const n of recent.values()) if (!best || weight(n.key) > weight(best.key)) best = n;
    return best;
  }

  /** "the two countries", "the three men": the last `count` distinct entities of a type named. */
  group(at: number, type: EntityType, count: number): string[] {
    const out: string[] = [];
    for (let i = this.named.length - 1; i >= 0 && out.length < count; i--) {
      const n = this.named[i]!;
      if (n.start >= at || n.type !== type || out.includes(n.key)) continue;
      if (at - n.end > 2500) break;
      out.push(n.key);
    }
    return out.length === count ? out : [];
  }

  /** "the minister", "the Ethiopian premier": the last person with that title (and that country, when given). */
  titled(title: string, at: number, country?: string): string | undefined {
    const t = title.toLowerCase();
    const fits = (key: string): boolean => {
      const titles = this.titles.get(key);
      if (!titles) return false;
      const same = [...titles].some(
        (x) =>
          x === t ||
          x.endsWith(` ${t}`) ||
          (t === 'premier' && x === 'prime minister') ||
          (t === 'prime minister' && x === 'premier') ||
          (t === 'leader' && LEADERS.has(x)),
      );
      return same && (!country || this.officeCountry.get(key) === country);
    };
    return this.last(at, (n) => n.type === 'Person' && fits(n.key), 4000)?.key;
  }
}
