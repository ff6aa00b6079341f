// kg/extract: the sentence-level claims of a document: verb relations between the entities a sentence
// names (with pronouns, "its" and a quoted "we" resolved to entities), their dates and reported-speech
// sources, party_to for agreements, and agreement signing dates and status. Needs keyed mentions (see
// document-entities) and speakers' countries (see document-roles).
import type { Claim, EntityType } from '../model/types.js';
import { nearestDate } from './dates.js';
import { evidenceOf, lowerBound, regionAt, stateTitle, titleCase, type DocumentContext, type SentenceData } from './document-context.js';
import { LEADER_OFFICES } from './lexicon.js';
import type { Mention } from './mentions.js';
import { attributeQuotes } from './quotes.js';
import { namedAsAdjective, namedAside, type SentenceGrammar } from './grammar/analyse.js';
import { clauseClaims, nominalClaims, type ClauseTrace } from './relations/clause-relations.js';
import { ACT_NOUNS, Discourse } from './relations/discourse.js';
import type { ArgumentContext } from './relations/arguments.js';
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

/** How many sentences after it was last named an agreement stays the one "signed" refers to. */
const FOCUS_SENTENCES = 3;

/** Per sentence, what the clause analysis fired and vetoed (for `kg explain`). */
export type SentenceTraces = Map<number, ClauseTrace[]>;

/** Adds verb relations, party_to and agreement facts for every sentence to `ctx.claims`. */
export function addSentenceClaims(ctx: DocumentContext, affiliation: Map<string, string>, grammars: SentenceGrammar[], traces?: SentenceTraces): void {
  const speakers = findSpeakers(ctx, affiliation);
  const totals = new Map<string, number>();
  for (const g of grammars) for (const r of g.names) totals.set(r.key, (totals.get(r.key) ?? 0) + 1);
  const discourse = new Discourse(totals);
  for (const c of ctx.claims) {
    if (c.type !== 'holds_office' && c.type !== 'spokesperson_for') continue;
    const title = c.label.replace(/ (?:of|for)$/, '');
    discourse.addTitle(c.subject, title, ctx.registry.get(c.object)?.type === 'Country' ? c.object : undefined);
  }
  for (const e of ctx.registry.entities.values()) if (e.type === 'Person' && e.title) discourse.addTitle(e.key, e.title);
  let focus: string | undefined;
  let focusAt = -1;
  const typeOf = (key: string): EntityType | undefined => ctx.registry.get(key)?.type;
  const setTitle = (key: string, title: string, unowned: boolean): void => {
    const e = ctx.registry.get(key);
    if (unowned) stateTitle(ctx, key, title);
    else if (e && e.type === 'Person' && !e.title) e.title = titleCase(title);
  };
  // (the same for every sentence: made once, not per sentence)
  const nameOf = (key: string): string | undefined => ctx.registry.get(key)?.name;
  const quoted = (at: number): boolean => regionAt(speakers.quoteRegions, at) !== undefined;
  const speakerCountry = (at: number): string | undefined => {
    const r = regionAt(speakers.spokenRegions, at);
    const speaker = r ? speakers.personAtOffset.get(r.speakerAt!) : undefined;
    return speaker ? speakers.affiliation.get(speaker) : undefined;
  };
  for (const s of ctx.sentences) {
    // (a deal the text says did not happen, "its abandoned purchase of X", is the focus only when there is no other)
    const keyed = s.agreements.filter((a) => a.key);
    const agreementsHere = focus ? keyed.filter((a) => !a.unrealized) : keyed;
    if (agreementsHere.length) (focus = agreementsHere[agreementsHere.length - 1]!.key), (focusAt = s.index);
    const evidence = evidenceOf(ctx.docId, ctx.text, s);
    const recentFocus = (focus && s.index - focusAt <= FOCUS_SENTENCES ? focus : undefined) ?? (keyed.length ? undefined : upcomingAgreement(ctx, s));
    const grammar = grammars[s.index]!;
    for (const r of grammar.names) {
      const e = ctx.registry.get(r.key);
      discourse.add(
        {
          key: r.key,
          type: r.type,
          start: r.start,
          end: r.end,
          quoted: regionAt(speakers.quoteRegions, r.start) !== undefined,
          oblique: namedAside(ctx.text, grammar, r),
          adjective: namedAsAdjective(grammar, r),
          titleOwner: s.mentions.some((m) => m.key === r.key && m.start === r.start && !!m.modifier),
        },
        e?.name,
      );
    }
    // ("the plan", "the measure": acts that "it" may stand for rather than an entity)
    for (let t = 0; t + 1 < s.tokens.length; t++) {
      const noun = s.tokens[t + 1]!;
      if (ACT_NOUNS.has(noun.lemma) && !noun.cap && /^(?:the|this|that)$/.test(s.tokens[t]!.lower)) discourse.addAct(s.tokens[t]!.start);
    }
    const args: ArgumentContext = {
      tokens: s.tokens,
      discourse,
      titleAt: (t) => grammar.titles.find((x) => x.t0 === t),
      quoted,
      speakerCountry,
    };
    const trace: ClauseTrace[] | undefined = traces ? [] : undefined;
    const input = {
      tokens: s.tokens,
      chunks: grammar.chunks,
      clauses: grammar.clauses,
      dates: s.dates,
      evidence,
      args,
      typeOf,
      nameOf,
      ...(recentFocus ? { focusAgreement: recentFocus } : {}),
      partiesNamed: new Set(keyed.filter((a) => a.parties.length).map((a) => a.key!)),
      setTitle,
    };
    const claims = [...clauseClaims(input, trace), ...nominalClaims(input, trace)];
    if (traces && trace) traces.set(s.index, trace);
    for (const c of claims) {
      ctx.claims.push(c);
      const agreement = ctx.registry.get(c.object);
      if (agreement?.type !== 'Agreement' || c.family !== 'agreement') continue;
      if (c.type === 'ratified' && !agreement.status) agreement.status = 'ratified';
      // "a defence deal signed on Friday": the date of the clause that signs, reaches or concludes it
      if (c.date && c.type === 'signed' && (!agreement.signed || c.date.length > agreement.signed.length)) agreement.signed = c.date;
      else if (c.date && !agreement.date) agreement.date = c.date;
    }
    addAgreementFacts(ctx, s, focus, evidence);
  }
  // An agreement the text does not date is dated by the document that reports it
  if (ctx.docDate) {
    for (const e of ctx.registry.entities.values()) if (e.type === 'Agreement' && !e.signed && !e.date) e.date = ctx.docDate.slice(0, 4);
  }
  // Signing and party_to claims carry the agreement's date when they have none of their own
  for (const c of ctx.claims) {
    if (c.type === 'signed' || c.type === 'party_to') {
      const ag = ctx.registry.get(c.type === 'signed' ? c.object : c.subject);
      if (ag?.signed && !c.date) c.date = ag.signed;
    }
  }
}

/** How far into the next sentence (in characters) a reference to "the deal" just agreed may open it. */
const OPENING_REFERENCE = 24;

/**
 * "X and Y agreed on Thursday to exchange prisoners. Under the deal, ...": with no agreement of its own or named
 * before, a sentence means the one the next sentence opens by calling "the deal".
 */
function upcomingAgreement(ctx: DocumentContext, s: SentenceData): string | undefined {
  const next = ctx.sentences[s.index + 1];
  const a = next?.agreements.find((x) => x.key && x.start - next.start <= OPENING_REFERENCE);
  return a && /^the$/i.test(ctx.text.slice(Math.max(next!.start, a.start - 4), a.start).trim()) ? a.key : undefined;
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







/** A deal's making said right after its mention ("first announced in", "agreed last October"). */
const AGREED_AFTER = /^[^.;]*?\b(?:first\s+)?(?:announced|agreed|reached|struck|unveiled)(?:\s+(?:in|on))?/;

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
      claims.push({
        type: 'party_to',
        label: 'party to',
        family: 'agreement',
        rule: 'agreement:named-parties',
        subject: a.key,
        object: party.key,
        evidence,
        confidence: 0.85,
      });
    }
    // "Norvalt's acquisition of Cloudmere": the buyer acquires the target
    const buyer = a.buyer !== undefined ? s.mentions[a.buyer]?.key : undefined;
    const target = a.target !== undefined ? s.mentions[a.target]?.key : undefined;
    if (buyer && target && buyer !== target) {
      claims.push({
        type: 'acquires',
        label: 'acquires',
        family: 'economic',
        rule: 'agreement:acquisition',
        subject: buyer,
        object: target,
        evidence,
        confidence: 0.8,
      });
    }
    if (a.year && !e.signed) e.signed = a.year;
    // "The takeover, first announced in May of last year": when the text says the deal was made, over any other date
    const made = AGREED_AFTER.exec(ctx.text.slice(a.end, Math.min(s.end, a.end + 60)));
    const madeEnd = made ? a.end + made.index + made[0].length : -1;
    const agreedOn = made ? s.dates.find((d) => d.start >= madeEnd && d.start <= madeEnd + 4) : undefined;
    if (agreedOn && !e.signed) e.date = agreedOn.iso;
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


