// kg/extract: the sentence-level claims of a document: verb relations between the entities a sentence
// names (with pronouns, "its" and a quoted "we" resolved to entities), their dates and reported-speech
// sources, party_to for agreements, and agreement signing dates and status. Needs keyed mentions (see
// document-entities) and speakers' countries (see document-roles).
import type { Claim } from '../model/types.js';
import { nearestDate } from './dates.js';
import { evidenceOf, lowerBound, regionAt, type DocumentContext, type Registry, type SentenceData } from './document-context.js';
import { LEADER_OFFICES } from './lexicon.js';
import type { Mention } from './mentions.js';
import { attributeQuotes } from './quotes.js';
import { findRelations, type Arg } from './relations.js';
import type { Span } from './sentences.js';

/** Who is named where, inside and outside quotes: what pronouns and quotes resolve against. */
interface Speakers {
  quoteRegions: Span[];
  /** People named outside quotes, in text order (speakers and pronoun antecedents), and their offsets. */
  narrated: Mention[];
  narratedStarts: number[];
  personAtOffset: Map<number, string>;
  /** Quotes with a known speaker, in text order, and their starts. */
  spokenRegions: (Span & { speakerAt?: number })[];
  spokenStarts: number[];
  /** Person or organization key -> the country their role ties them to. */
  affiliation: Map<string, string>;
  /** Organizations named in the document, in text order, and their ends (antecedents of "the group"). */
  organizations: Mention[];
  organizationEnds: number[];
  /** Countries named in the document, in text order, and their ends (antecedents of "the government"). */
  countries: Mention[];
  countryEnds: number[];
}

/** Adds verb relations, party_to and agreement facts for every sentence to `ctx.claims`. */
export function addSentenceClaims(ctx: DocumentContext, affiliation: Map<string, string>): void {
  const speakers = findSpeakers(ctx, affiliation);
  const holders = officeHolders(ctx.claims);
  let focus: string | undefined;
  for (const s of ctx.sentences) {
    const args = sentenceArgs(s, ctx.registry, speakers);
    const anaphors = titleAnaphors(s, ctx.text, holders, args);
    if (anaphors.length) args.push(...anaphors), args.sort((x, y) => x.start - y.start || y.end - x.end);
    const agreementsHere = s.agreements.filter((a) => a.key);
    if (agreementsHere.length) focus = agreementsHere[agreementsHere.length - 1]!.key;
    const evidence = evidenceOf(ctx.docId, ctx.text, s);
    addVerbRelations(ctx, s, args, focus, evidence, speakers);
    addAgreementFacts(ctx, s, focus, evidence);
  }
  // Signing and party_to claims carry the agreement's date when they have none of their own
  for (const c of ctx.claims) {
    if (c.type === 'signed' || c.type === 'party_to') {
      const ag = ctx.registry.get(c.type === 'signed' ? c.object : c.subject);
      if (ag?.signed && !c.date) c.date = ag.signed;
    }
  }
}

function findSpeakers(ctx: DocumentContext, affiliation: Map<string, string>): Speakers {
  const mentions = ctx.sentences.flatMap((s) => s.mentions);
  const personOffsets = mentions.filter((m) => m.type === 'Person' && m.key);
  // (a copy: attributing speakers writes to the regions)
  const quoteRegions = ctx.quotes.map((r) => ({ ...r }));
  const narrated = personOffsets.filter((m) => regionAt(quoteRegions, m.start) === undefined);
  const narratedStarts = narrated.map((m) => m.start);
  const regions = attributeQuotes(
    ctx.text,
    quoteRegions,
    (from, to) => {
      const m = narrated[lowerBound(narratedStarts, from)];
      return m && m.start < to ? m.start : undefined;
    },
    (at) => narrated[lowerBound(narratedStarts, at) - 1]?.start,
  );
  const spokenRegions = regions.filter((r) => r.speakerAt !== undefined);
  const named = mentions.filter((m) => m.key && !m.modifier && m.kind !== 'title');
  const organizations = named.filter((m) => ctx.registry.get(m.key!)?.type === 'Organization');
  const countries = named.filter((m) => ctx.registry.get(m.key!)?.type === 'Country');
  return {
    organizations,
    organizationEnds: organizations.map((m) => m.end),
    countries,
    countryEnds: countries.map((m) => m.end),
    quoteRegions,
    narrated,
    narratedStarts,
    personAtOffset: new Map(personOffsets.map((m) => [m.start, m.key!])),
    spokenRegions,
    spokenStarts: spokenRegions.map((r) => r.start),
    affiliation,
  };
}


/** Country key + "|" + office (lower case) -> the people the document's role claims give that office. */
function officeHolders(claims: Claim[]): Map<string, Set<string>> {
  const holders = new Map<string, Set<string>>();
  const add = (k: string, person: string): void => {
    if (!holders.has(k)) holders.set(k, new Set());
    holders.get(k)!.add(person);
  };
  for (const c of claims) {
    if (c.type !== 'holds_office' || !c.object.startsWith('c:')) continue;
    const office = c.label.toLowerCase().replace(/ of$/, '');
    add(`${c.object}|${office}`, c.subject);
    if (LEADER_OFFICES.has(office)) add(`${c.object}|leader`, c.subject);
  }
  return holders;
}

/**
 * "the Turkish president", "the Russian leader" with no name after them: the one person the document gives that
 * office (a leader: that country's one president, prime minister, king...).
 */
function titleAnaphors(s: SentenceData, text: string, holders: Map<string, Set<string>>, args: Arg[]): Arg[] {
  const out: Arg[] = [];
  s.mentions.forEach((m) => {
    if (m.kind !== 'title' || !m.title || m.affiliation === undefined || /^\s+\p{Lu}/u.test(text.slice(m.end, m.end + 3))) return;
    const owner = s.mentions[m.affiliation];
    if (owner?.kind !== 'country' || !owner.key || owner.end > m.start || !/\bthe\s+$/i.test(text.slice(Math.max(0, owner.start - 5), owner.start))) return;
    const people = holders.get(`${owner.key}|${m.title.toLowerCase()}`);
    if (people?.size !== 1 || args.some((a) => a.start <= m.start && m.end <= a.end)) return;
    out.push({ start: owner.start, end: m.end, key: [...people][0]!, type: 'Person' });
  });
  return out;
}

/** Nouns that, after "the", stand for the organization last named ("the group denies it"). */
const ORGANIZATION_ANAPHORS = new Set(['group', 'company', 'firm', 'militia', 'organization', 'organisation', 'movement', 'alliance', 'coalition', 'bloc', 'charity', 'agency', 'lender', 'insurer', 'carmaker', 'automaker', 'drugmaker', 'broadcaster', 'conglomerate', 'startup', 'retailer']);
/** Nouns that, after "the", stand for the country last named ("urged the government to..."). */
const COUNTRY_ANAPHORS = new Set(['government', 'regime', 'country']);
/** How far back (in characters) "the group" looks for its organization. */
const ANAPHOR_REACH = 600;
const FIRST_PERSON_PLURAL = new Set(['we', 'our', 'us', 'ours']);
const THIRD_PERSON = new Set(['he', 'she', 'him']);

/** The entities a sentence names, with pronouns resolved, in text order, without nested duplicates. */
function sentenceArgs(s: SentenceData, registry: Registry, sp: Speakers): Arg[] {
  const args: Arg[] = [];
  for (const m of s.mentions) {
    if (!m.key || m.modifier || m.kind === 'title') continue;
    args.push({ start: m.start, end: m.end, key: m.key, type: registry.get(m.key)!.type });
  }
  for (const a of s.agreements) if (a.key) args.push({ start: a.start, end: a.end, key: a.key, type: 'Agreement' });
  // First person inside a quote: the speaker's country
  for (let ri = Math.max(0, lowerBound(sp.spokenStarts, s.start) - 1); ri < sp.spokenRegions.length && sp.spokenRegions[ri]!.start < s.end; ri++) {
    const r = sp.spokenRegions[ri]!;
    if (r.end <= s.start) continue;
    const speaker = sp.personAtOffset.get(r.speakerAt!);
    const country = speaker ? sp.affiliation.get(speaker) : undefined;
    if (!country) continue;
    for (const t of s.tokens) {
      if (t.start > r.start && t.end < r.end && FIRST_PERSON_PLURAL.has(t.lower)) args.push({ start: t.start, end: t.end, key: country, type: 'Country' });
    }
  }
  for (const t of s.tokens) {
    if (t.lower === 'its') {
      // "its planned acquisition": the last organization or country named in the sentence
      let owner: Arg | undefined;
      for (const a of args) if (a.end <= t.start && (a.type === 'Organization' || a.type === 'Country') && (!owner || a.end > owner.end)) owner = a;
      if (owner) args.push({ start: t.start, end: t.end, key: owner.key, type: owner.type });
    }
  }
  s.tokens.forEach((t, i) => {
    // "the group", "the company": the last organization named before; "the government": the last country
    const organization = ORGANIZATION_ANAPHORS.has(t.lower);
    if ((!organization && !COUNTRY_ANAPHORS.has(t.lower)) || s.tokens[i - 1]?.lower !== 'the') return;
    // "the group of experts" is not the organization; "accused the group of attacking" is
    if (s.tokens[i + 1]?.lower === 'of' && !/ing$/.test(s.tokens[i + 2]?.lower ?? '')) return;
    if (args.some((a) => a.start <= t.start && t.end <= a.end)) return;
    const [candidates, ends] = organization ? [sp.organizations, sp.organizationEnds] : [sp.countries, sp.countryEnds];
    // (one named earlier in the same sentence is its subject, not its antecedent: "X accused the group"; but
    // "the country" is often the one just named: "to visit Chile next week, his first trip to the country")
    const named = new Set(t.lower === 'country' ? args.slice(0, 1).map((a) => a.key) : args.map((a) => a.key));
    for (let k = lowerBound(ends, t.start + 1) - 1; k >= 0 && t.start - candidates[k]!.end < ANAPHOR_REACH; k--) {
      const antecedent = candidates[k]!;
      if (named.has(antecedent.key!)) continue;
      args.push({ start: s.tokens[i - 1]!.start, end: t.end, key: antecedent.key!, type: organization ? 'Organization' : 'Country' });
      break;
    }
  });
  for (const t of s.tokens) {
    // "he"/"she" as a subject: the last person named; "him": the one before that
    if (!THIRD_PERSON.has(t.lower) || regionAt(sp.quoteRegions, t.start) !== undefined) continue;
    const distinct: string[] = [];
    for (let i = lowerBound(sp.narratedStarts, t.start) - 1; i >= 0 && distinct.length < 2; i--) {
      const key = sp.narrated[i]!.key!;
      if (!distinct.includes(key)) distinct.push(key);
    }
    const key = t.lower === 'him' ? distinct[1] : distinct[0];
    if (key) args.push({ start: t.start, end: t.end, key, type: 'Person' });
  }
  args.sort((x, y) => x.start - y.start || y.end - x.end);
  return args.filter((a, i) => i === 0 || !(args[i - 1]!.start <= a.start && a.end <= args[i - 1]!.end));
}

/** Verb relations of the sentence, dated and attributed; "ratified" also marks the agreement. */
function addVerbRelations(ctx: DocumentContext, s: SentenceData, args: Arg[], focus: string | undefined, evidence: Claim['evidence'], sp: Speakers): void {
  const quoteSpeaker = regionAt(sp.spokenRegions, s.start, true);
  const source = quoteSpeaker ? sp.personAtOffset.get(quoteSpeaker.speakerAt!) : undefined;
  for (const rel of findRelations(ctx.text, s, args, focus)) {
    const date = nearestDate(s.dates, rel.at);
    const reporter = source ?? reportedBy(ctx.text, s, args, rel.at);
    ctx.claims.push({ ...rel, evidence, confidence: 0.7, ...(date ? { date } : {}), ...(reporter && reporter !== rel.subject && reporter !== rel.object ? { source: reporter } : {}) });
    const agreement = ctx.registry.get(rel.object);
    if (agreement?.type === 'Agreement' && rel.type === 'ratified' && !agreement.status) agreement.status = 'ratified';
  }
}

const NEGATED = /\b(?:not|never|yet to)\b|n[’']t\b/i;
const AGREEMENT_REFERENCE = /^(?:It|This|That)\b|\b(?:the|this) (?:treaty|agreement|accord|pact|deal)\b/i;

/** Agreements: parties, signing dates, status. */
function addAgreementFacts(ctx: DocumentContext, s: SentenceData, focus: string | undefined, evidence: Claim['evidence']): void {
  const { registry, claims } = ctx;
  for (const a of s.agreements) {
    if (!a.key) continue;
    const e = registry.get(a.key)!;
    for (const p of a.parties) {
      const party = s.mentions[p];
      if (!party?.key || party.key === a.key) continue;
      claims.push({ type: 'party_to', label: 'party to', subject: a.key, object: party.key, evidence, confidence: 0.85 });
    }
    if (a.year && !e.signed) e.signed = a.year;
    // "an agreement between X and Y in March 2023": the date the text gives where it names the agreement
    if (!e.date && a.label) {
      const date = nearestDate(s.dates.filter((d) => Math.abs(d.start - a.end) < 40 || Math.abs(a.start - d.end) < 40), a.headStart);
      if (date) e.date = date;
    }
  }
  const sentenceText = ctx.text.slice(s.start, s.end);
  const keyed = s.agreements.filter((a) => a.key);
  const target = keyed.length ? keyed[keyed.length - 1]!.key : AGREEMENT_REFERENCE.test(sentenceText) ? focus : undefined;
  if (!target) return;
  const e = registry.get(target)!;
  const signedAt = sentenceText.search(/\bsigned\b/i);
  if (signedAt >= 0 && !NEGATED.test(sentenceText.slice(Math.max(0, signedAt - 12), signedAt))) {
    const date = nearestDate(s.dates.filter((d) => d.start >= s.start + signedAt), s.start + signedAt);
    if (date && (!e.signed || date.length > e.signed.length)) e.signed = date;
    if (!e.status) e.status = 'signed';
  }
  const force = /\b(?:entered|enters|came|comes) into force\b/i.exec(sentenceText);
  if (force && !NEGATED.test(sentenceText.slice(0, force.index))) e.status = 'in force';
}

const SPEECH_VERB = /\b(?:said|says|told|added|declared|claimed|insisted|announced|stated|noted|reported)\b/gi;

/** "Smith said that France was sending...": the speaker right before the last speech verb ahead of `at`. */
function reportedBy(text: string, s: Span, args: Arg[], at: number): string | undefined {
  const head = text.slice(s.start, at);
  let last: RegExpExecArray | undefined;
  SPEECH_VERB.lastIndex = 0;
  for (let m = SPEECH_VERB.exec(head); m; m = SPEECH_VERB.exec(head)) last = m;
  if (!last) return undefined;
  const verbAt = s.start + last.index;
  const speaker = [...args].reverse().find((a) => a.end <= verbAt);
  if (!speaker || !/^\s*(?:(?:has|had|also|earlier|on|\w+day)\s+)*$/i.test(text.slice(speaker.end, verbAt))) return undefined;
  return speaker.type === 'Person' || speaker.type === 'Organization' || speaker.type === 'Country' ? speaker.key : undefined;
}
