// kg/extract: Document -> Extraction. Orchestrates the stage: sentences and tokens, mentions, agreements,
// in-document coreference (surnames, bare "the treaty", role back-references, "we" inside a quote), role
// relations (holds_office, spokesperson_for), party_to, verb relations and their dates. Pure and per document;
// entity keys are local (resolve makes them global).
import type { Claim, EntityType, Extraction, KgDocument, LocalEntity } from '../model/types.js';
import { foldName } from '../util/fold.js';
import { findAgreements, type AgreementMention } from './agreements.js';
import { countryByCode } from './countries.js';
import { findDates, nearestDate, parseDocDate, type DateMention } from './dates.js';
import { ORG_WORDS, SPOKESPERSON_ROLES, WEAK_ROLES } from './lexicon.js';
import { findMentions, type Mention } from './mentions.js';
import { attributeQuotes, findQuoteRegions } from './quotes.js';
import { findRelations, type Arg } from './relations.js';
import { splitSentences, type Span } from './sentences.js';
import { countWords, tokenize, type Token } from './tokens.js';

/** Bump when extraction output changes, so caches keyed on it are invalidated. */
export const EXTRACTOR_VERSION = 1;

interface SentenceData extends Span {
  index: number;
  tokens: Token[];
  mentions: Mention[];
  agreements: (AgreementMention & { key?: string })[];
  dates: DateMention[];
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to']);
const BOILERPLATE = /^(?:By\s+\p{Lu}[^.!?]{0,60}$|(?:Photo|Photos|Related|Published|Updated|Source|Sources|Credit|Credits|Read more|See also|Watch|Video|Caption|Image|Images|Advertisement|Copyright|Share|Tags)\s*:)/u;
const titleCase = (s: string): string =>
  s.split(' ').map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
const lastWord = (s: string): string => foldName(s).split(' ').pop() ?? '';

class Registry {
  readonly entities = new Map<string, LocalEntity>();
  add(key: string, type: EntityType, name: string, surface: string, extra: Partial<LocalEntity> = {}): string {
    let e = this.entities.get(key);
    if (!e) {
      e = { key, type, name, aliases: [], mentions: 0, ...extra };
      this.entities.set(key, e);
    } else if (type !== 'Country' && name.length > e.name.length) e.name = name;
    e.mentions++;
    if (!e.aliases.includes(surface)) e.aliases.push(surface);
    return key;
  }
}

/** Extracts entities and claims from one document. */
export function extractDocument(doc: KgDocument): Extraction {
  const text = doc.text;
  const docDate = parseDocDate(doc.date);
  const registry = new Registry();
  const claims: Claim[] = [];

  // Sentences, tokens and the document's lower-case vocabulary
  const spans = splitSentences(text);
  const lowercaseSeen = new Set<string>();
  const tokenized = spans.map((s) => tokenize(text, s.start, s.end));
  for (const tokens of tokenized) for (const t of tokens) if (t.kind === 'word' && !t.cap) lowercaseSeen.add(t.lower);

  // Mentions and agreements per sentence
  const sentences: SentenceData[] = spans.map((span, index) => {
    const tokens = tokenized[index]!;
    // Bylines, captions and page furniture ("By Staff Writer", "Photo: ...", "Related: ...") name nothing
    if (BOILERPLATE.test(text.slice(span.start, Math.min(span.end, span.start + 40)))) {
      return { ...span, index, tokens, mentions: [], agreements: [], dates: [] };
    }
    const mentions = findMentions(text, tokens, index, lowercaseSeen);
    const agreements = findAgreements(text, tokens, index, mentions);
    // Names inside an agreement's name are not entities of their own; its parties stay as countries.
    for (const a of agreements) {
      if (!a.label) continue;
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (m.start >= a.start && m.end <= a.end) {
          if (m.kind === 'country' || (m.type === 'Organization' && a.parties.includes(k))) m.modifier = true;
          else m.kind = 'title', (m.title = undefined), (m.type = undefined), (m.single = false), (m.name = undefined);
        }
      }
    }
    return { ...span, index, tokens, mentions, agreements, dates: findDates(text, span.start, span.end, docDate) };
  });

  // One name, one type per document: an untitled "person" named elsewhere as an organization is that organization
  const orgNames = new Map<string, EntityType>();
  for (const s of sentences) for (const m of s.mentions) if (m.kind === 'entity' && m.type && m.type !== 'Person' && m.name) orgNames.set(foldName(m.name), m.type);
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'entity' || m.type !== 'Person' || m.title || m.affiliation !== undefined) continue;
      const other = orgNames.get(foldName(m.name ?? m.text));
      if (other) m.type = other;
    }
  }

  // Registry: countries, organizations, events, products, people (full names first)
  const personKeyOf = new Map<string, string>(); // folded full name -> key
  const persons: { key: string; tokens: string[] }[] = [];
  const personsByLast = new Map<string, { key: string; tokens: string[] }[]>();
  const personsByLaterWord = new Map<string, { key: string; tokens: string[] }[]>();
  const index = <T>(map: Map<string, T[]>, k: string, v: T): void => {
    const list = map.get(k);
    if (list) {
      if (!list.includes(v)) list.push(v);
    } else map.set(k, [v]);
  };
  const all = sentences.flatMap((s) => s.mentions.map((m) => ({ s, m })));
  for (const { m } of all) {
    if (m.kind === 'country') {
      const c = countryByCode(m.code!);
      m.key = registry.add(`c:${m.code}`, 'Country', c?.name ?? m.text, m.text, { code: m.code! });
    } else if (m.kind === 'entity' && m.type && m.type !== 'Person') {
      const name = m.name ?? m.text;
      m.key = registry.add(`${m.type[0]}:${foldName(name).replace(/^the /, '')}`, m.type, name, name);
    }
  }
  const personMentions = all.filter(({ m }) => m.kind === 'entity' && m.type === 'Person').map(({ m }) => m);
  personMentions.sort((a, b) => (b.name ?? b.text).split(/\s+/).length - (a.name ?? a.text).split(/\s+/).length || a.start - b.start);
  for (const m of personMentions) {
    const name = m.name ?? m.text;
    const words = foldName(name).split(' ');
    // A shorter form of a longer name in this document ("Garcia Lopez", "Smith") is the same person
    const longer = (personsByLast.get(words[words.length - 1]!) ?? []).filter(
      (p) => p.tokens.length > words.length && words.every((w, i) => p.tokens[p.tokens.length - words.length + i] === w),
    );
    let key: string;
    if (longer.length === 1) key = longer[0]!.key;
    else if (longer.length > 1) continue; // ambiguous: two people share this name; prefer no link
    else {
      key = personKeyOf.get(words.join(' ')) ?? `p:${words.join(' ')}`;
      if (!personKeyOf.has(words.join(' '))) {
        personKeyOf.set(words.join(' '), key);
        const person = { key, tokens: words };
        persons.push(person);
        index(personsByLast, words[words.length - 1]!, person);
        for (const w of words.slice(1)) index(personsByLaterWord, w, person);
      }
    }
    m.key = registry.add(key, 'Person', name, name, m.title ? { title: titleCase(m.title) } : {});
    const e = registry.entities.get(key)!;
    if (m.title && !e.title) e.title = titleCase(m.title);
  }
  // Single capitalized words: a surname of someone named in full, else an organization named twice, else nothing
  const singleCounts = new Map<string, number>();
  for (const { m } of all) if (m.single && !m.sentenceInitial) singleCounts.set(foldName(m.text), (singleCounts.get(foldName(m.text)) ?? 0) + 1);
  const namedByFirstWord = new Map<string, LocalEntity[]>();
  const namedByAcronym = new Map<string, LocalEntity[]>();
  for (const e of registry.entities.values()) {
    if (e.type !== 'Organization' && e.type !== 'Event' && e.type !== 'Place') continue;
    const words = foldName(e.name).split(' ');
    if (words.length > 1) index(namedByFirstWord, words[0]!, e);
    const acronym = acronymOf(e.name);
    if (acronym) index(namedByAcronym, acronym, e);
  }
  for (const { m } of all) {
    if (!m.single) continue;
    const w = foldName(m.text);
    const owners = personsByLaterWord.get(w) ?? [];
    // "Lumenworks" for "Lumenworks Inc.", "UN" for "United Nations"
    const orgs = [...new Set([...(namedByFirstWord.get(w) ?? []), ...(/^\p{Lu}{2,6}$/u.test(m.text) ? namedByAcronym.get(m.text) ?? [] : [])])];
    if (owners.length === 1) {
      m.key = registry.add(owners[0]!.key, 'Person', m.text, m.text);
      m.type = 'Person';
    } else if (owners.length === 0 && orgs.length === 1) {
      m.key = registry.add(orgs[0]!.key, orgs[0]!.type, orgs[0]!.name, m.text);
      m.type = orgs[0]!.type;
    } else if (owners.length === 0 && orgs.length === 0 && (m.roleOwner || (singleCounts.get(w) ?? 0) >= 2)) {
      m.key = registry.add(`O:${w}`, 'Organization', m.text, m.text);
      m.type = 'Organization';
    }
  }

  // Agreements: described ones keyed by topic; bare references go to the nearest described one of the same kind
  const described: { key: string; head: string; sentence: number }[] = [];
  for (const s of sentences) {
    for (const a of s.agreements) {
      if (!a.label) continue;
      const existing = described.find((d) => d.key === `A:${a.topic}`);
      a.key = registry.add(`A:${a.topic}`, 'Agreement', a.label, text.slice(a.start, a.end));
      const e = registry.entities.get(a.key)!;
      if (/^\p{Lu}/u.test(a.label) && a.label.length > e.name.length) e.name = a.label;
      if (!existing) described.push({ key: a.key, head: a.head, sentence: s.index });
    }
  }
  for (const s of sentences) {
    for (const a of s.agreements) {
      if (a.label) continue;
      // Same kind of agreement first (preceding, else following); any kind only if named before
      const same = described.filter((d) => d.head === a.head);
      const target = same.filter((d) => d.sentence <= s.index).pop() ?? same[0] ?? described.filter((d) => d.sentence <= s.index).pop();
      if (!target) continue;
      a.key = target.key;
      registry.add(target.key, 'Agreement', registry.entities.get(target.key)!.name, text.slice(a.start, a.end));
    }
  }

  // Role relations: holds_office / spokesperson_for, including back-references ("the attache, X")
  const roleRefs: { last: string; key: string }[] = [];
  const speakerAffiliation = new Map<string, string>();
  const roleClaim = (s: SentenceData, person: string, owner: string, title: string): void => {
    const spokes = SPOKESPERSON_ROLES.has(title.toLowerCase());
    if (!spokes && WEAK_ROLES.has(title.toLowerCase())) return;
    claims.push({
      type: spokes ? 'spokesperson_for' : 'holds_office',
      label: spokes ? `${title.toLowerCase()} for` : `${titleCase(title)} of`,
      subject: person,
      object: owner,
      evidence: evidenceOf(doc.id, text, s),
      confidence: 0.9,
    });
    const ownerEntity = registry.entities.get(owner);
    const country = ownerEntity?.type === 'Country' ? owner : ownerEntity?.code ? `c:${ownerEntity.code}` : speakerAffiliation.get(owner);
    if (country && !speakerAffiliation.has(person)) speakerAffiliation.set(person, country);
  };
  const recentOrgs: { key: string; words: Set<string> }[] = [];
  const titleOwners = new Map<Mention, string>();
  for (const s of sentences) {
    s.mentions.forEach((m, k) => {
      if (m.kind === 'entity' && m.type === 'Organization' && m.key) recentOrgs.unshift({ key: m.key, words: new Set(foldName(m.name ?? m.text).split(' ')) });
      if (m.kind !== 'title' || !m.title) return;
      const owner = m.affiliation !== undefined ? s.mentions[m.affiliation] : undefined;
      let ownerKey = owner?.key;
      if (!ownerKey) ownerKey = ownerOfLowercaseOrg(s, m, recentOrgs);
      if (!ownerKey) {
        // "his French counterpart, Armed Forces Minister X": the earlier role's owner
        const prevTitle = s.mentions[k - 1];
        if (prevTitle?.kind === 'title' && /^\s*,\s*$/.test(text.slice(prevTitle.end, m.start))) ownerKey = titleOwners.get(prevTitle);
      }
      if (ownerKey) titleOwners.set(m, ownerKey);
      const person = s.mentions.find(
        (p) => p.kind === 'entity' && p.type === 'Person' && p.key && p.start >= m.end && /^\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+)?,?\s*$/.test(text.slice(m.end, p.start)),
      );
      if (ownerKey && !person) roleRefs.push({ last: lastWord(m.title), key: ownerKey });
      if (person?.key) {
        if (!ownerKey) ownerKey = [...roleRefs].reverse().find((r) => r.last === lastWord(m.title!))?.key;
        if (ownerKey && ownerKey !== person.key) roleClaim(s, person.key, ownerKey, m.title);
      }
    });
  }
  inferUnqualifiedOffices(sentences, registry, claims, doc.id, text);
  // "Swiss drugmaker Helvetia Pharma": the organization is based in that country
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!m.basedIn || !m.key || !registry.entities.has(`c:${m.basedIn}`)) continue;
      claims.push({ type: 'located_in', label: 'based in', subject: m.key, object: `c:${m.basedIn}`, evidence: evidenceOf(doc.id, text, s), confidence: 0.8 });
    }
  }

  // Quotes and their speakers (for "we"/"our" inside quotes, and reported-speech sources)
  const personOffsets = all.filter(({ m }) => m.type === 'Person' && m.key).map(({ m }) => m);
  const quoteRegions = findQuoteRegions(text);
  const inQuotes = (at: number): boolean => regionAt(quoteRegions, at) !== undefined;
  // People named outside quotes, in text order (speakers and pronoun antecedents)
  const narrated = personOffsets.filter((m) => !inQuotes(m.start));
  const narratedStarts = narrated.map((m) => m.start);
  const regions = attributeQuotes(
    text,
    quoteRegions,
    (from, to) => {
      const m = narrated[lowerBound(narratedStarts, from)];
      return m && m.start < to ? m.start : undefined;
    },
    (at) => narrated[lowerBound(narratedStarts, at) - 1]?.start,
  );
  const personAtOffset = new Map(personOffsets.map((m) => [m.start, m.key!]));
  const spokenRegions = regions.filter((r) => r.speakerAt !== undefined);
  const spokenStarts = spokenRegions.map((r) => r.start);

  // Verb relations, party_to, agreement dates and status
  let focus: string | undefined;
  for (const s of sentences) {
    const args: Arg[] = [];
    for (const m of s.mentions) {
      if (!m.key || m.modifier || m.kind === 'title') continue;
      const type = registry.entities.get(m.key)!.type;
      args.push({ start: m.start, end: m.end, key: m.key, type });
    }
    for (const a of s.agreements) if (a.key) args.push({ start: a.start, end: a.end, key: a.key, type: 'Agreement' });
    // First person inside a quote: the speaker's country
    for (let ri = Math.max(0, lowerBound(spokenStarts, s.start) - 1); ri < spokenRegions.length && spokenRegions[ri]!.start < s.end; ri++) {
      const r = spokenRegions[ri]!;
      if (r.end <= s.start) continue;
      const speaker = personAtOffset.get(r.speakerAt!);
      const country = speaker ? speakerAffiliation.get(speaker) : undefined;
      if (!country) continue;
      for (const t of s.tokens) {
        if (t.start > r.start && t.end < r.end && /^(we|our|us|ours)$/.test(t.lower)) args.push({ start: t.start, end: t.end, key: country, type: 'Country' });
      }
    }
    // "its planned acquisition": the last organization or country named in the sentence
    for (const t of s.tokens) {
      if (t.lower !== 'its') continue;
      const owner = [...args].reverse().find((a) => a.end <= t.start && (a.type === 'Organization' || a.type === 'Country'));
      if (owner) args.push({ start: t.start, end: t.end, key: owner.key, type: owner.type });
    }
    // "he"/"she" as a subject: the last person named; "him": the one before that
    for (const t of s.tokens) {
      if (!/^(he|she|him)$/.test(t.lower) || inQuotes(t.start)) continue;
      const distinct: string[] = [];
      for (let i = lowerBound(narratedStarts, t.start) - 1; i >= 0 && distinct.length < 2; i--) {
        const key = narrated[i]!.key!;
        if (!distinct.includes(key)) distinct.push(key);
      }
      const key = t.lower === 'him' ? distinct[1] : distinct[0];
      if (key) args.push({ start: t.start, end: t.end, key, type: 'Person' });
    }
    args.sort((x, y) => x.start - y.start || y.end - x.end);
    const dedup = args.filter((a, i) => i === 0 || !(args[i - 1]!.start <= a.start && a.end <= args[i - 1]!.end));
    const agreementsHere = s.agreements.filter((a) => a.key);
    if (agreementsHere.length) focus = agreementsHere[agreementsHere.length - 1]!.key;
    const sentenceText = text.slice(s.start, s.end);
    const evidence = evidenceOf(doc.id, text, s);
    const quoteSpeaker = regionAt(spokenRegions, s.start, true);
    const source = quoteSpeaker ? personAtOffset.get(quoteSpeaker.speakerAt!) : undefined;

    for (const rel of findRelations(text, s, dedup, focus)) {
      const date = nearestDate(s.dates, rel.at);
      const reporter = source ?? reportedBy(text, s, dedup, rel.at);
      claims.push({ ...rel, evidence, confidence: 0.7, ...(date ? { date } : {}), ...(reporter && reporter !== rel.subject && reporter !== rel.object ? { source: reporter } : {}) });
      // "signed" and "ratified" also date and qualify the agreement
      const agreement = registry.entities.get(rel.object);
      if (agreement?.type === 'Agreement' && rel.type === 'ratified' && !agreement.status) agreement.status = 'ratified';
    }
    // Agreements: parties, signing dates, status
    const negated = /\b(?:not|never|yet to)\b|n[’']t\b/i;
    for (const a of s.agreements) {
      if (!a.key) continue;
      const e = registry.entities.get(a.key)!;
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
    const target = agreementsHere.length ? agreementsHere[agreementsHere.length - 1]!.key : /^(?:It|This|That)\b|\b(?:the|this) (?:treaty|agreement|accord|pact|deal)\b/i.test(sentenceText) ? focus : undefined;
    if (target) {
      const e = registry.entities.get(target)!;
      const signedAt = sentenceText.search(/\bsigned\b/i);
      if (signedAt >= 0 && !negated.test(sentenceText.slice(Math.max(0, signedAt - 12), signedAt))) {
        const date = nearestDate(s.dates.filter((d) => d.start >= s.start + signedAt), s.start + signedAt);
        if (date && (!e.signed || date.length > e.signed.length)) e.signed = date;
        if (!e.status) e.status = 'signed';
      }
      const force = /\b(?:entered|enters|came|comes) into force\b/i.exec(sentenceText);
      if (force && !negated.test(sentenceText.slice(0, force.index))) e.status = 'in force';
    }
  }
  for (const c of claims) {
    if (c.type === 'signed' || c.type === 'party_to') {
      const ag = registry.entities.get(c.type === 'signed' ? c.object : c.subject);
      if (ag?.signed && !c.date) c.date = ag.signed;
    }
  }

  const { text: _t, ...meta } = doc;
  const entities = [...registry.entities.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { doc: { ...meta, words: countWords(text) }, entities, claims };
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

/** Index of the first element of the sorted `xs` that is >= x. */
function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The region (sorted by start, not nested) containing offset `at`: strictly inside, or from its start when `inclusive`. */
function regionAt<R extends { start: number; end: number }>(regions: R[], at: number, inclusive = false): R | undefined {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const r = regions[i]!;
    if ((inclusive ? at >= r.start : at > r.start) && at < r.end) return r;
  }
  return undefined;
}

/** Initials of a multi-word name, skipping small words: "North Atlantic Treaty Organization" -> "NATO". */
function acronymOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length > 1 ? words.map((w) => w[0]).join('') : '';
}

function evidenceOf(doc: string, text: string, s: Span): Claim['evidence'] {
  return { doc, text: text.slice(s.start, s.end), start: s.start, end: s.end };
}

const ORG_HEAD_WORDS = new Set(['ministry', 'department', 'office', 'government', 'agency', 'embassy', 'council', 'committee', 'commission', 'cabinet', 'presidency', 'army', 'military', 'police', 'party']);

/**
 * "ministry spokeswoman Anna Smith", "foreign ministry spokesman Tariq Aziz": lower-case words before a title
 * name an organization: one named earlier whose name has all those words, else (for government bodies) the
 * country the sentence is about (its first country mention before the title).
 */
function ownerOfLowercaseOrg(s: SentenceData, title: Mention, recentOrgs: { key: string; words: Set<string> }[]): string | undefined {
  const words: string[] = [];
  let i = s.tokens.findIndex((t) => t.start === title.start) - 1;
  while (i >= 0 && words.length < 3 && s.tokens[i]!.kind === 'word' && !s.tokens[i]!.cap && /^[a-z-]+$/.test(s.tokens[i]!.text)) {
    words.unshift(s.tokens[i]!.lower);
    i--;
  }
  // only the words of the organization phrase itself ("said ministry" -> "ministry")
  const first = words.findIndex((w) => !/^(said|says|told|added|and|the|a|an|with|by|of|to|according)$/.test(w));
  if (first < 0) return undefined;
  const head = words.slice(first);
  // the words must name a kind of organization ("ministry", "bank", "fund"), not a field ("climate envoy")
  if (!ORG_WORDS.has(head[head.length - 1]!)) return undefined;
  const match = recentOrgs.find((o) => head.every((w) => o.words.has(w)));
  if (match) return match.key;
  // A government body of the one country the sentence names before it
  if (!ORG_HEAD_WORDS.has(head[head.length - 1]!)) return undefined;
  const countries = new Set(s.mentions.filter((x) => x.kind === 'country' && x.key && !x.modifier && x.end <= title.start).map((x) => x.key!));
  return countries.size === 1 ? [...countries][0] : undefined;
}

const NATIONAL_OFFICE = /\b(?:president|minister|chancellor|premier|king|queen|emir|sultan|secretary of state)\b/i;

/** Offices a country has one holder of at a time. */
const SINGLE_HOLDER_OFFICES = new Set(['president', 'prime minister', 'chancellor', 'premier', 'king', 'queen', 'emir', 'sultan', 'foreign minister', 'defense minister', 'defence minister', 'finance minister', 'interior minister', 'supreme leader', 'vice president']);

/**
 * "President Ana Silva" with no country named: the country most often named in the same sentences as that
 * person, among countries whose same office is not already held by someone else in the document. Needs a
 * clear winner seen in at least two sentences; otherwise nothing is inferred.
 */
function inferUnqualifiedOffices(sentences: SentenceData[], registry: Registry, claims: Claim[], docId: string, text: string): void {
  const held = new Map<string, Set<string>>(); // office -> countries with a holder
  const hasRole = new Set<string>();
  for (const c of claims) {
    if (c.type !== 'holds_office' && c.type !== 'spokesperson_for') continue;
    hasRole.add(c.subject);
    const office = c.label.toLowerCase().replace(/ of$/, '');
    if (!held.has(office)) held.set(office, new Set());
    held.get(office)!.add(c.object);
  }
  // The country the document names most (not counting qualifiers of other people's titles), if unique
  const countryCounts = new Map<string, number>();
  for (const s of sentences) for (const m of s.mentions) if (m.kind === 'country' && m.key && !m.modifier) countryCounts.set(m.key, (countryCounts.get(m.key) ?? 0) + 1);
  const byCount = [...countryCounts.entries()].sort((a, b) => b[1] - a[1]);
  const dominant = byCount[0] && (!byCount[1] || byCount[1][1] < byCount[0][1]) ? byCount[0][0] : undefined;
  const sentencesOf = new Map<string, SentenceData[]>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!m.key) continue;
      const list = sentencesOf.get(m.key) ?? [];
      if (list[list.length - 1] !== s) list.push(s);
      sentencesOf.set(m.key, list);
    }
  }
  for (const e of registry.entities.values()) {
    if (e.type !== 'Person' || !e.title || hasRole.has(e.key)) continue;
    const office = e.title.toLowerCase();
    if (WEAK_ROLES.has(office) || SPOKESPERSON_ROLES.has(office)) continue;
    const counts = new Map<string, number>();
    let evidenceSentence: SentenceData | undefined;
    for (const s of sentencesOf.get(e.key) ?? []) {
      evidenceSentence ??= s;
      // Countries qualifying someone else's title ("Brazilian President X") say nothing about this person
      const countries = new Set(s.mentions.filter((m) => m.kind === 'country' && m.key && !m.modifier).map((m) => m.key!));
      for (const c of countries) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const taken = SINGLE_HOLDER_OFFICES.has(office) ? held.get(office) ?? new Set() : new Set<string>();
    const ranked = [...counts.entries()].filter(([c]) => !taken.has(c)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [best, second] = ranked;
    if (!evidenceSentence) continue;
    let country: string | undefined;
    if (best && best[1] >= 2 && !(second && second[1] === best[1])) country = best[0];
    // A national office with no country anywhere near: the country the article is about
    else if (dominant && NATIONAL_OFFICE.test(office) && !taken.has(dominant) && (!best || best[0] === dominant || best[1] < 2)) country = dominant;
    if (!country) continue;
    claims.push({
      type: 'holds_office',
      label: `${e.title} of`,
      subject: e.key,
      object: country,
      evidence: evidenceOf(docId, text, evidenceSentence),
      confidence: 0.5,
    });
  }
}
