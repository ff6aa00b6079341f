// kg/extract: role claims of a document: holds_office and spokesperson_for from titles next to names
// ("French Foreign Minister X", "ministry spokeswoman Y", "X, Acme's general counsel", back-references like
// "the attache, Z"), offices whose country is left unsaid (from "the Turkish president" said later, the body the
// office is named after, the sentences the person appears in, or the dateline), and organizations based in the
// country that qualifies them; and the relations a role implies (a spokesperson works for the body, a mayor lives in
// the city). Records each person's country for "we" inside their quotes.
import type { Claim } from '../model/types.js';
import { foldName } from '../util/fold.js';
import { evidenceOf, insideQuote, lastWord, titleCase, titleClaim, type DocumentContext, type Registry, type SentenceData } from './document-context.js';
import {
  EXCLUSIVE_OFFICES, FOUNDER_TITLES, LEADER_OFFICES, ORG_WORDS, ROLE_TO_NAME_GAP, SPOKESPERSON_ROLES, TITLE_CONVENTIONS, WEAK_ROLES,
} from './lexicon.js';
import { countryByAlpha2 } from './countries.js';
import { antecedentOwner, type Mention } from './mentions.js';
import { lookupPlace, stateAbbreviation } from './places.js';
import type { Token } from './tokens.js';

/** Between a person and a title in apposition: "X, the founder of...", "X, a former governor of...". */
const APPOSITION_BEFORE_TITLE = /^\s*,\s*(?:the|a|an)\s+(?:(?:former|then|current|longtime)\s+)?$/;

/**
 * Adds the document's role claims to `ctx.claims`; returns each person's (and organization's) country as
 * far as their roles tell it.
 */
export function addRoleClaims(ctx: DocumentContext): Map<string, string> {
  const { docId, text, sentences, registry, claims } = ctx;
  const roleRefs: { title: string; key: string }[] = [];
  const speakerAffiliation = new Map<string, string>();
  // Organizations a country qualifies ("the Egyptian foreign ministry", "Peru's Foreign Ministry")
  const orgCountry = new Map<string, string>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      const code = m.possessor ?? m.code;
      if (m.kind === 'entity' && m.type === 'Organization' && m.key && code && registry.entities.has(`c:${code}`)) orgCountry.set(m.key, `c:${code}`);
    }
  }
  const roleClaim = (s: SentenceData, person: string, owner: string, title: string): void => {
    const spokes = SPOKESPERSON_ROLES.has(title.toLowerCase());
    // ("her Peruvian counterpart X": a counterpart of a country holds its office like the one they are matched with)
    const counterpart = title.toLowerCase() === 'counterpart' && registry.get(owner)?.type === 'Country';
    if (!spokes && WEAK_ROLES.has(title.toLowerCase()) && !counterpart) return;
    // (an office belongs to a country or a body, not to a person: only a spokesperson speaks for one)
    if (!spokes && registry.get(owner)?.type === 'Person') return;
    // ("Labour MP X", "Republican Senator Y": a legislator's party is what they belong to, the seat is in a chamber)
    const ownerEntity = registry.get(owner);
    const { type, label } = titleClaim(title, spokes, ownerEntity);
    const member = type === 'member_of';
    claims.push({
      type,
      label,
      family: member ? 'membership' : 'office',
      rule: 'role:title',
      subject: person,
      object: owner,
      evidence: evidenceOf(docId, text, s),
      confidence: 0.9,
    });
    // the spokesman of a country's ministry speaks for that country's government too
    const ownerCountry = spokes ? orgCountry.get(owner) : undefined;
    if (ownerCountry && ownerCountry !== person) {
      claims.push({
        type: 'spokesperson_for',
        label: `${title.toLowerCase()} for`,
        family: 'office',
        rule: 'role:spokesperson-country',
        subject: person,
        object: ownerCountry,
        evidence: evidenceOf(docId, text, s),
        confidence: 0.7,
      });
    }
    const country = ownerEntity?.type === 'Country' ? owner : ownerEntity?.code ? `c:${ownerEntity.code}` : speakerAffiliation.get(owner);
    if (country && !speakerAffiliation.has(person)) speakerAffiliation.set(person, country);
  };
  const recentOrgs: { key: string; words: Set<string> }[] = [];
  const quoted = (at: number): boolean => insideQuote(ctx.quotes, at);
  const titleOwners = new Map<Mention, string>();
  for (const s of sentences) {
    s.mentions.forEach((m, k) => {
      if (m.kind === 'entity' && m.type === 'Organization' && m.key) recentOrgs.unshift({ key: m.key, words: new Set(foldName(m.name ?? m.text).split(' ')) });
      if (m.kind !== 'title' || !m.title) return;
      const owner = m.affiliation !== undefined ? s.mentions[m.affiliation] : undefined;
      let ownerKey = owner?.key;
      if (!ownerKey) {
        // (of two bodies with those words, the one of the country whose person spoke just before)
        const lastSpeaker = sentences[s.index - 1]?.mentions.filter((x) => x.type === 'Person' && x.key).pop()?.key;
        const prefer = lastSpeaker ? speakerAffiliation.get(lastSpeaker) : undefined;
        ownerKey = ownerOfLowercaseOrg(s, m, recentOrgs, sentences[s.index - 1], quoted, prefer ? (key) => orgCountry.get(key) === prefer : undefined);
      }
      if (!ownerKey) {
        // "his French counterpart, Armed Forces Minister X": the earlier role's owner
        const prevTitle = s.mentions[k - 1];
        if (prevTitle?.kind === 'title' && /^\s*,\s*$/.test(text.slice(prevTitle.end, m.start))) ownerKey = titleOwners.get(prevTitle);
      }
      const person = s.mentions.find(
        (p) => p.kind === 'entity' && p.type === 'Person' && p.key && p.start >= m.end && ROLE_TO_NAME_GAP.test(text.slice(m.end, p.start)),
      );
      // "Sudan, which lies between... Its Irrigation Minister X": "its" is the country or organization named last
      // in the sentence, else the one the sentence before opens with
      if (!ownerKey) {
        const ti = s.tokens.findIndex((t) => t.start === m.start);
        if (ti > 0 && /^(?:its|their)$/i.test(s.tokens[ti - 1]!.text)) {
          // (not one named in passing: "hosted Tazar's bureau, with Washington's knowledge, and its prime minister")
          const owners = s.mentions.filter((x) => x.end <= m.start && isOwnerMention(x));
          const named = antecedentOwner(owners, text);
          ownerKey = named?.key ?? sentences[s.index - 1]?.mentions.find(isOwnerMention)?.key;
        }
      }
      // "President Ana Soto of Chile": the country after the name
      if (!ownerKey && person) {
        const next = s.mentions[s.mentions.indexOf(person) + 1];
        if (next?.kind === 'country' && next.key && /^\s+of\s+(?:the\s+)?$/.test(text.slice(person.end, next.start))) ownerKey = next.key;
      }
      if (ownerKey) titleOwners.set(m, ownerKey);
      // "Quintana, the founder of the newspaper X": the person stands before the title, in apposition
      const before = s.mentions[k - 1];
      // (not in a list where each title goes before its holder: "X, the President of Azerbaijan, Elchin Maharramli, and ...")
      const afterOwner = owner ? s.mentions[s.mentions.indexOf(owner) + 1] : undefined;
      const holderAfter = !!afterOwner && afterOwner.type === 'Person' && /^\s*,\s*$/.test(text.slice(owner!.end, afterOwner.start));
      if (
        !person && !holderAfter && ownerKey && owner && owner.start > m.end &&
        before?.kind === 'entity' && before.type === 'Person' && before.key && APPOSITION_BEFORE_TITLE.test(text.slice(before.end, m.start))
      ) {
        if (ownerKey !== before.key) roleClaim(s, before.key, ownerKey, m.title);
        return;
      }
      // "Levent Sarac, head of the parliament's foreign affairs committee": a body named in lower case after "of",
      // the one named earlier with that word
      const ofBody =
        !person && !owner && before?.kind === 'entity' && before.type === 'Person' && before.key &&
        /^\s*,\s*(?:(?:the|a|an)\s+)?$/.test(text.slice(before.end, m.start))
          ? /^\s+of\s+(?:the\s+)?([a-z]+)\b/.exec(text.slice(m.end, m.end + 40))
          : null;
      const body = ofBody && ORG_WORDS.has(ofBody[1]!) ? recentOrgs.find((o) => o.words.has(ofBody[1]!)) : undefined;
      if (body && before?.key && body.key !== before.key) {
        roleClaim(s, before.key, body.key, m.title);
        return;
      }
      // "Kent Walker, Acme's general counsel,", "X, the GRF's mission chief": the person stands before the owner's
      // possessive, in apposition
      const possessor = before;
      const appositive = s.mentions[k - 2];
      if (
        !person && possessor?.key && possessor.kind !== 'title' && appositive?.kind === 'entity' && appositive.type === 'Person' && appositive.key &&
        appositive.key !== possessor.key && /^\s*,\s*(?:the\s+)?$/.test(text.slice(appositive.end, possessor.start)) &&
        /^['’]s\s+(?:[a-z-]+\s+){0,2}$/.test(text.slice(possessor.end, m.start))
      ) {
        roleClaim(s, appositive.key, possessor.key, m.title);
        return;
      }
      if (ownerKey && !person && registry.get(ownerKey)?.type !== 'Person') roleRefs.push({ title: m.title.toLowerCase(), key: ownerKey });
      if (person?.key) {
        // (the same office, one ending with the other: "the Turkish president" for "President X", "Venezuela's military
        // attache" for "the attache, X"; not "its prime minister" for "National Security Minister X")
        const title = m.title.toLowerCase();
        // (never a more specific title than the office said before: "the Chinese leader" is not "Senate Minority Leader X"'s)
        const same = (r: { title: string }) => r.title === title || r.title.endsWith(` ${title}`);
        // (nor for one whose office the document gives elsewhere: "the President of Azerbaijan, Elchin Maharramli")
        const placed = ctx.claims.some((c) => c.type === 'holds_office' && c.subject === person.key);
        if (!ownerKey && !placed) ownerKey = [...roleRefs].reverse().find(same)?.key;
        if (ownerKey && ownerKey !== person.key) roleClaim(s, person.key, ownerKey, m.title);
      }
    });
  }
  // "Swiss drugmaker Helvetia Pharma": the organization is based in that country
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!m.basedIn || !m.key || !registry.entities.has(`c:${m.basedIn}`) || registry.get(m.key)?.type !== 'Organization') continue;
      claims.push({
        type: 'located_in',
        label: 'based in',
        family: 'location',
        rule: 'role:demonym-based-in',
        subject: m.key,
        object: `c:${m.basedIn}`,
        evidence: evidenceOf(docId, text, s),
        confidence: 0.8,
      });
    }
  }
  return speakerAffiliation;
}

const ORG_HEAD_WORDS = new Set([
  'ministry', 'department', 'office', 'government', 'agency', 'embassy', 'council', 'committee', 'commission',
  'cabinet', 'presidency', 'army', 'military', 'police', 'party',
]);

/**
 * "ministry spokeswoman Anna Smith", "foreign ministry spokesman Tariq Aziz": lower-case words before a title
 * name an organization: one named earlier whose name has all those words, else (for government bodies) the
 * country the sentence is about (its first country mention before the title).
 */
function ownerOfLowercaseOrg(
  s: SentenceData,
  title: Mention,
  recentOrgs: { key: string; words: Set<string> }[],
  previous: SentenceData | undefined,
  quoted: (at: number) => boolean,
  preferred?: (orgKey: string) => boolean,
): string | undefined {
  const words: string[] = [];
  let i = s.tokens.findIndex((t) => t.start === title.start) - 1;
  // "the bank's vice president": the possessive's noun
  if (s.tokens[i]?.lower === "'s" || s.tokens[i]?.lower === '’s') i--;
  // (a sentence's first word is capitalized anyway: "Ministry spokesman X said"; "Treasury spokeswoman X": an
  // organization word no name took)
  const unnamed = (t: Token): boolean => ORG_WORDS.has(t.lower) && !s.mentions.some((m) => m.start <= t.start && t.end <= m.end);
  const lowerCase = (t: Token, at: number): boolean =>
    t.kind === 'word' && (!t.cap || (at === 0 && /^[A-Z][a-z-]+$/.test(t.text)) || unnamed(t)) && /^[a-z-]+$/i.test(t.text);
  while (i >= 0 && words.length < 3 && lowerCase(s.tokens[i]!, i)) {
    words.unshift(s.tokens[i]!.lower);
    i--;
  }
  // only the words of the organization phrase itself ("said ministry" -> "ministry", "meet the bank" -> "bank")
  const determiner = Math.max(words.lastIndexOf('the'), words.lastIndexOf('a'), words.lastIndexOf('an'), words.lastIndexOf('its'), words.lastIndexOf('their'));
  if (determiner >= 0) words.splice(0, determiner + 1);
  const first = words.findIndex((w) => !/^(said|says|told|added|and|the|a|an|with|by|of|to|according)$/.test(w));
  if (first < 0) return undefined;
  const head = words.slice(first);
  // the words must name a kind of organization ("ministry", "bank", "fund"), not a field ("climate envoy")
  if (!ORG_WORDS.has(head[head.length - 1]!)) return undefined;
  const matches = recentOrgs.filter((o) => head.every((w) => o.words.has(w)));
  const match = (preferred && matches.find((o) => preferred(o.key))) ?? matches[0];
  if (match) return match.key;
  // A government body of the one country the sentence names before it
  if (!ORG_HEAD_WORDS.has(head[head.length - 1]!)) return undefined;
  // (not a country the speaker's quote is about: '"Sweden cannot be a haven," said foreign ministry spokesman X')
  const countries = new Set(
    s.mentions.filter((x) => x.kind === 'country' && x.key && !x.modifier && x.end <= title.start && !quoted(x.start)).map((x) => x.key!),
  );
  if (countries.size > 0) return countries.size === 1 ? [...countries][0] : undefined;
  // none: the country the sentence before opens with ("Turkish officials accused Sweden... 'Quote,' said ...")
  const opener = previous?.mentions.find((x) => x.kind === 'country' && x.key && !quoted(x.start));
  return opener?.key;
}

/** Families of relations a person has with foreign countries (visits, meetings, criticism...). */
const FOREIGN_FAMILIES = new Set(['movement', 'diplomatic', 'conflict']);
/** What a country does for or to someone of another country: backs, hosts, welcomes or invites them; sanctions, expels, arrests them. */
const BACKING_TYPES = new Set([
  'supports', 'hosts', 'welcomes', 'invites', 'sanctions', 'expels', 'arrests', 'detains', 'indicts', 'charges', 'extradites', 'summons',
]);

const NATIONAL_OFFICE = new RegExp(
  [
    '\\b(?:president|minister|chancellor|premier|king|queen|emir|sultan|secretary of state|attorney general|prosecutor general|',
    '(?:treasury|commerce|defen[cs]e|foreign|home|energy|health|labou?r|trade|transport|agriculture|education|interior) secretary)\\b',
  ].join(''),
  'i',
);

/** Words before a title that make its holder a past one: "former President", "then-Secretary of State". */
const FORMER_BEFORE = /\b(?:former|then-?|ex-|onetime|late)\s*(?:\p{L}+\s+){1,3}$/iu;

/** A company's offices: "Chief executive X told analysts", said with no company, is the company the passage is about. */
const COMPANY_OFFICES = new Set([
  'chief executive', 'chief executive officer', 'ceo', 'cfo', 'coo', 'cto', 'chief financial officer', 'chief operating officer',
  'chief technology officer', 'managing director', 'general manager',
]);

/** Words of a body's name that say it is no company ("Toronto Stock Exchange", "Ministry of Industry"). */
const NOT_COMPANY = new RegExp(
  '\\b(?:exchange|ministry|department|court|tribunal|commission|agency|authority|parliament|council|government|police|army|' +
    'party|union|federation|association|university|embassy|committee)\\b',
  'i',
);

/** A public body's offices that name no body of their own. */
const BODY_CHAIRS = new Set(['chair', 'chairwoman', 'chairperson', 'commissioner', 'vice chair', 'vice-chair']);

/** A court's offices, and the words of a court's name. */
const JUDGES = new Set(['judge', 'justice', 'magistrate', 'presiding judge', 'district judge']);
const COURT = /\b(?:court|tribunal)\b/i;

/** Offices said with no body whose holder serves the body of that kind the passage is about (see passageBody). */
const PASSAGE_OFFICES: { offices: ReadonlySet<string>; fits: (name: string) => boolean; rule: string }[] = [
  { offices: COMPANY_OFFICES, fits: (name) => !NOT_COMPANY.test(name), rule: 'role:company-office' },
  { offices: JUDGES, fits: (name) => COURT.test(name), rule: 'role:judge-court' },
  // ("Chair Ana Soto and the agency's other members": a public body's chair or commissioner, the body the passage is about)
  { offices: BODY_CHAIRS, fits: (name) => NOT_COMPANY.test(name) && !COURT.test(name), rule: 'role:body-chair' },
];

/** Claims between two people that say they deal with each other as their countries' envoys ("X received Y"). */
const MEETING_TYPES = new Set(['meets', 'hosts', 'talks_with', 'speaks_with', 'calls', 'welcomes', 'congratulates', 'invites']);

/** After a demonym: the person is someone's counterpart from that country ("his Emirati counterpart"). */
const COUNTERPART_AFTER = /^\s+counterparts?\b/;

/** Offices a country has one holder of at a time. */
const SINGLE_HOLDER_OFFICES = new Set([
  ...LEADER_OFFICES, 'foreign minister', 'defense minister', 'defence minister', 'finance minister',
  'interior minister', 'vice president',
]);

/**
 * "President Ana Silva" with no country named: the country most often named in the same sentences as that
 * person, among countries whose same office is not already held by someone else in the document. Needs a
 * clear winner seen in at least two sentences; otherwise nothing is inferred.
 */
export function inferUnqualifiedOffices(ctx: DocumentContext): void {
  const { sentences, registry, claims, docId, text } = ctx;
  const held = new Map<string, Set<string>>(); // office -> countries with a holder
  const hold = (office: string, holder: string): void => {
    if (!held.has(office)) held.set(office, new Set());
    held.get(office)!.add(holder);
  };
  const hasRole = new Set<string>();
  const officesOf = new Map<string, Set<string>>(); // person -> countries they hold an office of
  for (const c of claims) {
    if (c.type !== 'holds_office' && c.type !== 'spokesperson_for') continue;
    hasRole.add(c.subject);
    const office = c.label.toLowerCase().replace(/ of$/, '');
    hold(office, c.object);
    if (c.type !== 'holds_office' || !c.object.startsWith('c:')) continue;
    if (!officesOf.has(c.subject)) officesOf.set(c.subject, new Set());
    officesOf.get(c.subject)!.add(c.object);
  }
  // The country the document names most (not counting qualifiers of other people's titles)
  const countryCounts = new Map<string, number>();
  for (const s of sentences) {
    for (const c of namedCountries(s, registry, (m) => !m.modifier || !!m.inName)) countryCounts.set(c, (countryCounts.get(c) ?? 0) + 1);
  }
  // (Map order is first-mention order: on a tie, the country the article names first, as its lead usually does)
  const byCount = [...countryCounts.entries()].sort((a, b) => b[1] - a[1]);
  // The dateline's country ("WASHINGTON (AP) -", "ANKARA, Turkey -") is where the story is told from: it wins
  // unless another country is named clearly more often
  const placed = datelineCountry(sentences, text);
  const dateline = placed && registry.entities.has(placed) ? placed : undefined;
  const top = byCount[0];
  const dominant = dateline && top && (countryCounts.get(dateline) ?? 0) * 1.5 >= top[1] ? dateline : top?.[0];
  // "the Turkish president" with no name after it: who holds that office, for the unqualified "President X"
  const officeRefs = new Map<string, Set<string>>(); // office -> countries
  const officeRefsIn = new Map<SentenceData, Map<string, string>>(); // sentence -> office -> country
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'title' || !m.title || m.affiliation === undefined || /^\s+\p{Lu}/u.test(text.slice(m.end, m.end + 3))) continue;
      const owner = s.mentions[m.affiliation];
      if (owner?.kind !== 'country' || !owner.key) continue;
      const office = m.title.toLowerCase();
      if (!officeRefs.has(office)) officeRefs.set(office, new Set());
      officeRefs.get(office)!.add(owner.key);
      if (!officeRefsIn.has(s)) officeRefsIn.set(s, new Map());
      officeRefsIn.get(s)!.set(office, owner.key);
    }
  }
  const sentencesOf = new Map<string, SentenceData[]>();
  const orgCounts = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!m.key) continue;
      if (registry.get(m.key)?.type === 'Organization') orgCounts.set(m.key, (orgCounts.get(m.key) ?? 0) + 1);
      const list = sentencesOf.get(m.key) ?? [];
      if (list[list.length - 1] !== s) list.push(s);
      sentencesOf.set(m.key, list);
    }
  }
  for (const e of registry.entities.values()) {
    if (e.type !== 'Person' || !e.title) continue;
    const stated = ctx.statedTitles.get(e.key) ?? [];
    // ("X, a former prosecutor, as minister of justice": of the titles given, a present national office first)
    const national = stated.filter((t) => NATIONAL_OFFICE.test(t));
    let chosen = national.find((t) => !t.startsWith('former ')) ?? national[0] ?? e.title.toLowerCase();
    if (hasRole.has(e.key)) {
      // ("X, a deputy governor of the central bank, was appointed finance minister": an organization's officer may
      // also be given a minister's post whose country the text leaves unsaid)
      const minister = officesOf.has(e.key) ? undefined : stated.find((t) => /\bminister\b/.test(t));
      if (!minister) continue;
      chosen = minister;
    }
    const pastTitle = chosen.startsWith('former ');
    const title = titleCase(chosen.replace(/^former /, ''));
    const office = title.toLowerCase();
    // (a founder founded a body, never a country's office)
    if (WEAK_ROLES.has(office) || SPOKESPERSON_ROLES.has(office) || FOUNDER_TITLES.has(office)) continue;
    const giveOffice = (object: string, rule: string, sentence: SentenceData, confidence = 0.5): void => {
      const evidence = evidenceOf(docId, text, sentence);
      claims.push({ type: 'holds_office', label: `${title} of`, family: 'office', rule, subject: e.key, object, evidence, confidence });
    };
    // "Competition Commissioner X" in an article naming the Continental Commission: the one organization whose
    // name has the word the office is made from
    const body = officeBody(office, registry);
    if (body) {
      const first = (sentencesOf.get(e.key) ?? [])[0];
      if (first) giveOffice(body, 'role:office-body', first);
      continue;
    }
    const counts = new Map<string, number>();
    const inOwn = new Set<string>();
    let evidenceSentence: SentenceData | undefined;
    const own = sentencesOf.get(e.key) ?? [];
    // ("Chief executive X told analysts", "Justice Y found Z guilty": the body of that kind the passage is about)
    const passage = pastTitle ? undefined : PASSAGE_OFFICES.find((p) => p.offices.has(office));
    const passageOwner = passage && passageBody(own, sentences, registry, orgCounts, passage.fits);
    if (passage && passageOwner) {
      giveOffice(passageOwner, passage.rule, own[0]!, 0.45);
      continue;
    }
    // ("Sen. X of Vermont": a national legislator of a state or province sits for the country it is in)
    const seat = LEGISLATORS.has(office) ? seatCountry(own, e.key, text, registry) : undefined;
    if (seat) {
      giveOffice(seat.country, 'role:legislator-of-region', seat.sentence, 0.55);
      continue;
    }
    // The sentence before the first mention sets the scene ("The United States welcomed it. Commerce
    // Secretary X said..."): its countries count once too
    const before = own[0] && own[0].index > 0 ? sentences[own[0].index - 1] : undefined;
    const scene = before && !own.includes(before) ? [before, ...own] : own;
    for (const s of scene) {
      if (s !== before) evidenceSentence ??= s;
      // Countries qualifying someone else's title ("Brazilian President X") say nothing about this person
      const countries = new Set(namedCountries(s, registry, (m) => !m.modifier));
      // ...and countries the sentence gives someone else's office count less ("X, the President of Azerbaijan, Y")
      // (or that the document says are the countries of other people the sentence names: "Hartwell received Dalisay")
      const others = new Set(
        claims
          .filter((c) => c.type === 'holds_office' && c.subject !== e.key && c.evidence.start >= s.start && c.evidence.start < s.end)
          .map((c) => c.object),
      );
      for (const m of s.mentions) if (m.key && m.key !== e.key) for (const c of officesOf.get(m.key) ?? []) others.add(c);
      // (a people's adjective says less than the country's name or capital: "told reporters in Ottawa that the Indian officials")
      const adjectiveOnly = (c: string) => s.mentions.every((m) => m.key !== c || (m.kind === 'country' && m.form === 'demonym'));
      for (const c of countries) counts.set(c, (counts.get(c) ?? 0) + (adjectiveOnly(c) || others.has(c) ? 0.5 : 1));
      if (s !== before) for (const c of countries) inOwn.add(c);
      // (a scene the sentence before sets by a country: "In Israel, the deal exposed divisions. ... Minister X")
      else if (
        s.mentions[0]?.kind === 'country' && s.mentions[0].key &&
        /^In\s+(?:the\s+)?$/.test(text.slice(s.start, s.mentions[0].start))
      ) inOwn.add(s.mentions[0].key);
    }
    // "China's Ministry of Commerce said... Commerce Minister X": the country owning the body the office is named after
    const field = office.split(' ').slice(0, -1);
    const owned = field.length === 1 ? bodyOwner(scene, field[0]!, registry) : undefined;
    if (owned && evidenceSentence) {
      giveOffice(owned, 'role:body-owner', evidenceSentence);
      continue;
    }
    // ("former President X", "then-President Y": a past holder shares the office with the present one)
    const former = pastTitle || own.some((s) => s.mentions.some((m) => m.key === e.key && FORMER_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start))));
    const single = (SINGLE_HOLDER_OFFICES.has(office) || TITLE_CONVENTIONS.has(office)) && !former;
    const taken = single ? new Set(held.get(office) ?? []) : new Set<string>();
    // Countries the person goes to or acts on are not theirs ("Hartwell visited Manila")
    for (const c of claims) if (c.subject === e.key && FOREIGN_FAMILIES.has(c.family) && registry.get(c.object)?.type === 'Country') taken.add(c.object);
    // ...nor the countries that back, host or act on them ("Washington's support for President X")
    for (const c of claims) {
      if (c.object === e.key && BACKING_TYPES.has(c.type) && registry.get(c.subject)?.type === 'Country') taken.add(c.subject);
    }
    // ...nor the countries of the officials they meet or host ("Hartwell met Dalisay", Dalisay holding office in the Philippines)
    for (const c of claims) {
      if (!MEETING_TYPES.has(c.type) || (c.subject !== e.key && c.object !== e.key)) continue;
      const other = c.subject === e.key ? c.object : c.subject;
      for (const o of claims) if (o.subject === other && o.type === 'holds_office' && registry.get(o.object)?.type === 'Country') taken.add(o.object);
    }
    // ...nor the country of their counterpart ("Trade Minister X and his Emirati counterpart, Y")
    for (const s of own) {
      for (const m of s.mentions) {
        if (m.kind === 'country' && m.form === 'demonym' && m.key && COUNTERPART_AFTER.test(text.slice(m.end, m.end + 14))) {
          if (/\b(?:his|her)\s+$/.test(text.slice(Math.max(s.start, m.start - 5), m.start))) taken.add(m.key);
        }
      }
    }
    // ...nor the country that brokered what they signed ("The accord, brokered by Qatar, was signed by Minister X")
    const signed = new Set(claims.filter((c) => c.subject === e.key && c.type === 'signed').map((c) => c.object));
    for (const c of claims) if (c.type === 'mediates' && signed.has(c.object) && registry.get(c.subject)?.type === 'Country') taken.add(c.subject);
    const ranked = [...counts.entries()].filter(([c]) => !taken.has(c)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [best, second] = ranked;
    if (!evidenceSentence) continue;
    let country: string | undefined;
    // "Secretary of State X", "Taoiseach X": an office of one country's naming, that country when the document names it
    const convention = (TITLE_CONVENTIONS.get(office) ?? []).map((code) => `c:${code}`).filter((c) => registry.entities.has(c) && !taken.has(c));
    // (an office of another country's naming, that country unnamed: no other country's, "Pope Francis" is no American office)
    if (EXCLUSIVE_OFFICES.has(office) && !convention.length) continue;
    if (convention.length === 1) {
      giveOffice(convention[0]!, 'role:title-convention', evidenceSentence, 0.6);
      continue;
    }
    // ("In Israel, which has lobbied Washington, former Prime Minister X called it": the scene the person's sentence opens
    // with is their country, whatever else it names)
    const opener = own[0]?.mentions[0];
    // ("In Washington, President X said": a capital opening the sentence sets its country's scene too)
    const openerCountry = opener?.kind === 'country' ? opener.key : opener?.capitalOf ? `c:${opener.capitalOf}` : undefined;
    const sceneCountry =
      openerCountry && !opener!.modifier && registry.entities.has(openerCountry) && /^In\s+(?:the\s+)?$/.test(text.slice(own[0]!.start, opener!.start))
        ? openerCountry
        : undefined;
    if (sceneCountry && !taken.has(sceneCountry) && NATIONAL_OFFICE.test(office)) {
      giveOffice(sceneCountry, 'role:scene-office', evidenceSentence);
      if (!former) hold(office, sceneCountry);
      continue;
    }
    // "Tanabe and Defence Minister Hiroshi Okuda": an office-holder joined to one whose country is known serves it too
    const partner = coordinatedCountry(own, e.key, claims, registry, text);
    if (partner && !taken.has(partner)) {
      giveOffice(partner, 'role:coordinated-office', own[0]!);
      continue;
    }
    // (else "the Turkish president" said later of the one country whose holder is otherwise unnamed)
    // ("President X ... In it, the Chinese leader wrote": "leader" says any of a country's leading offices)
    const refs = [...(officeRefs.get(office) ?? []), ...(LEADER_OFFICES.has(office) ? officeRefs.get('leader') ?? [] : [])];
    const referenced = SINGLE_HOLDER_OFFICES.has(office) ? [...new Set(refs)].filter((c) => !taken.has(c)) : [];
    // ("Lindqvist met Karahan, where the Turkish president agreed": the office said of a country beside the name)
    const besideName = new Set(own.map((s) => officeRefsIn.get(s)?.get(office)).filter((c): c is string => !!c && !taken.has(c)));
    if (besideName.size === 1 && SINGLE_HOLDER_OFFICES.has(office)) country = [...besideName][0];
    // ("WASHINGTON - ... President X hailed the accords", Bahrain named beside X twice: a leader the story is told from
    // leads the dateline's country, unless another is named beside X more than twice as often)
    else if (datelineLeads(office, dateline, counts, best, taken)) country = dateline;
    else if (best && best[1] >= 1.5 && !(second && second[1] > best[1] - 0.5)) country = best[0];
    // (a tie the dateline's or the article's own country is in: that one)
    else if (best && second && second[1] === best[1] && dominant && ranked.some(([c, n]) => c === dominant && n === best[1])) country = dominant;
    else if (referenced.length === 1) country = referenced[0];
    // (the one country named beside the person, however often: "In Pretoria, X, the minister of...")
    else if (best && !second && inOwn.has(best[0])) country = best[0];
    // A national office with no country anywhere near: the country the article is about
    else if (dominant && NATIONAL_OFFICE.test(office) && !taken.has(dominant) && (!best || best[0] === dominant || best[1] < 2)) country = dominant;
    // (none beside the person, the article's own country taken: the dateline's, where the story is told from)
    else if (!best && dateline && NATIONAL_OFFICE.test(office) && !taken.has(dateline)) country = dateline;
    if (!country) continue;
    giveOffice(country, 'role:unqualified-office', evidenceSentence);
    // (one President per country: "President Dalisay" taken, "President Hartwell" is not the Philippines' too)
    if (!former) hold(office, country);
  }
}

/**
 * "X, Estonia's foreign minister, met her Latvian counterpart, Y": a counterpart holds the office of the one named
 * with them in the sentence, in their own country. Relabels "Counterpart of" claims (and the holder's title) when one
 * other office of another country is said in the same sentence; else leaves them.
 */
export function nameCounterparts(ctx: DocumentContext): void {
  const offices = ctx.claims.filter((c) => c.type === 'holds_office' && ctx.registry.get(c.object)?.type === 'Country');
  for (const c of offices) {
    if (c.label !== 'Counterpart of') continue;
    const others = offices.filter(
      (o) => o !== c && o.subject !== c.subject && o.object !== c.object && o.label !== 'Counterpart of' && o.evidence.start === c.evidence.start,
    );
    const labels = [...new Set(others.map((o) => o.label))];
    if (labels.length !== 1) continue;
    c.label = labels[0]!;
    const holder = ctx.registry.get(c.subject);
    if (holder?.type === 'Person' && (!holder.title || /^counterparts?$/i.test(holder.title))) holder.title = labels[0]!.replace(/ of$/, '');
  }
}

/** Whether an unqualified leader's office goes to the dateline's country: named beside them at least half as often as the first. */
function datelineLeads(
  office: string,
  dateline: string | undefined,
  counts: Map<string, number>,
  best: [string, number] | undefined,
  taken: Set<string>,
): boolean {
  if (!dateline || !LEADER_OFFICES.has(office) || taken.has(dateline)) return false;
  const n = counts.get(dateline) ?? 0;
  return n > 0 && 2 * n >= (best?.[1] ?? 0);
}

/** The country of the one office-holder a person is coordinated with ("X and Defence Minister Y"), in the person's first sentence that has one. */
function coordinatedCountry(own: SentenceData[], key: string, claims: Claim[], registry: Registry, text: string): string | undefined {
  for (const s of own) {
    const k = s.mentions.findIndex((m) => m.key === key);
    if (k < 0) continue;
    // (the title is a mention of its own, right before the name)
    const title = s.mentions[k - 1]?.kind === 'title' && /^\s*$/.test(text.slice(s.mentions[k - 1]!.end, s.mentions[k]!.start)) ? s.mentions[k - 1] : undefined;
    const start = (title ?? s.mentions[k]!).start;
    const end = s.mentions[k]!.end;
    for (const other of [s.mentions[title ? k - 2 : k - 1], s.mentions[k + 1]]) {
      if (!other?.key || registry.get(other.key)?.type !== 'Person' || other.key === key) continue;
      const between = other.end <= start ? text.slice(other.end, start) : text.slice(end, other.start);
      if (!/^\s*and\s*$/.test(between)) continue;
      const countries = new Set(
        claims.filter((c) => c.subject === other.key && c.type === 'holds_office' && registry.get(c.object)?.type === 'Country').map((c) => c.object),
      );
      if (countries.size === 1) return [...countries][0];
    }
  }
  return undefined;
}

/** A mention that can own a title: a keyed country or organization. */
const isOwnerMention = (x: Mention): boolean => !!x.key && (x.kind === 'country' || (x.kind === 'entity' && x.type === 'Organization'));

/**
 * The countries a sentence names (country mentions passing `keep`), counting "Turkey's parliament", whose country
 * mention became part of the organization, as naming Turkey.
 */
function namedCountries(s: SentenceData, registry: Registry, keep: (m: Mention) => boolean): string[] {
  const out: string[] = [];
  s.mentions.forEach((m, i) => {
    if (m.kind === 'country' && m.key && keep(m)) out.push(m.key);
    // ("In Pretoria, X, the minister of...": a capital named as a place says which country too)
    if (m.kind === 'entity' && m.type === 'Place' && m.capitalOf && registry.entities.has(`c:${m.capitalOf}`)) out.push(`c:${m.capitalOf}`);
    const prev = s.mentions[i - 1];
    const absorbed = m.kind === 'entity' && m.possessor && !(prev?.kind === 'country' && prev.code === m.possessor && prev.end <= m.start);
    if (absorbed && registry.entities.has(`c:${m.possessor}`)) out.push(`c:${m.possessor}`);
  });
  return out;
}

/** National legislators, who may be said to be "of" the state or province they sit for. */
const LEGISLATORS = new Set(['senator', 'sen', 'sen.', 'representative', 'rep', 'rep.', 'congressman', 'congresswoman', 'deputy', 'mp']);

/** "Sen. X of Vermont": the country (named in the document) of the one region a person is said to be "of", in their first sentence saying so. */
function seatCountry(own: SentenceData[], key: string, text: string, registry: Registry): { country: string; sentence: SentenceData } | undefined {
  for (const s of own) {
    const k = s.mentions.findIndex((m) => m.key === key);
    const region = s.mentions[k + 1];
    if (k < 0 || region?.kind !== 'entity' || (region.type && region.type !== 'Place')) continue;
    if (!/^\s+of\s+$/.test(text.slice(s.mentions[k]!.end, region.start))) continue;
    const places = lookupPlace(region.text).filter((p) => p.kind === 'region');
    const countries = new Set(places.map((p) => p.country));
    const code = countries.size === 1 ? countryByAlpha2([...countries][0]!)?.code : undefined;
    // (a country the document names)
    if (code && registry.entities.has(`c:${code}`)) return { country: `c:${code}`, sentence: s };
  }
  return undefined;
}

/** The country owning, by possessive, an organization of `sentences` whose name has the word `field` ("commerce"). */
function bodyOwner(sentences: SentenceData[], field: string, registry: Registry): string | undefined {
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!m.possessor || !registry.entities.has(`c:${m.possessor}`)) continue;
      if (foldName(m.name ?? m.text).split(' ').includes(field)) return `c:${m.possessor}`;
    }
  }
  return undefined;
}

/** The country of a dateline ("MOSCOW, June 3 -", "WASHINGTON (AP) -") in the document's first lines. */
function datelineCountry(sentences: SentenceData[], text: string): string | undefined {
  for (const s of sentences.slice(0, 6)) {
    const m = s.mentions[0];
    // (after markup only: "**WASHINGTON —**")
    if (!m?.key || !/^[*_\s]*$/.test(text.slice(s.start, m.start))) continue;
    const after = text.slice(m.end, m.end + 40);
    const key = m.kind === 'country' ? m.key : m.type === 'Place' ? placeCountry(m, after) : undefined;
    if (!key) continue;
    // "MOSCOW, May 2 -", "ANKARA (Reuters) -"; in any case, a place set off by a bar or dash ("Ottawa | October 15, 2024 —")
    if (m.text === m.text.toUpperCase() && /^[*_]*\s*(?:,|\(|[-–—])/.test(after)) return key;
    if (/^\s*(?:\||[–—]\s)/.test(after)) return key;
  }
  return undefined;
}

/**
 * The country of a place in a dateline: a capital's, the country of the state after it ("PALO ALTO, Calif."), or of
 * the one country the gazetteer puts every place of that name in.
 */
function placeCountry(m: Mention, after: string): string | undefined {
  if (m.capitalOf) return `c:${m.capitalOf}`;
  const state = /^,\s*([A-Z][A-Za-z.]{1,5})/.exec(after);
  const region = state ? stateAbbreviation(state[1]!) : undefined;
  const countries = new Set(region ? [region.country] : lookupPlace(m.text).map((p) => p.country));
  const code = countries.size === 1 ? countryByAlpha2([...countries][0]!)?.code : undefined;
  return code ? `c:${code}` : undefined;
}

/** The one organization of the document named by the word an office is made from: commissioner -> Commission, councillor -> Council. */
function officeBody(office: string, registry: Registry): string | undefined {
  const last = office.split(/\s+/).pop() ?? '';
  const bodies = [...registry.entities.values()].filter(
    (e) => e.type === 'Organization' && foldName(e.name).split(' ').some((w) => w.length >= 6 && ORG_WORDS.has(w) && last.startsWith(w) && last !== w),
  );
  return bodies.length === 1 ? bodies[0]!.key : undefined;
}

/**
 * The body a passage is about, for an office said with no body ("Chief executive X", "Justice Y"): of the organizations
 * of the office's kind (`fits`, by name) named in the holder's first sentence and the two before it, the one the document
 * names most, when named at least twice and clearly more than the next.
 */
function passageBody(
  own: SentenceData[],
  sentences: SentenceData[],
  registry: Registry,
  orgCounts: ReadonlyMap<string, number>,
  fits: (name: string) => boolean,
): string | undefined {
  const first = own[0];
  if (!first) return undefined;
  const scene = sentences.slice(Math.max(0, first.index - 2), first.index + 1);
  const named = new Set<string>();
  for (const s of scene) {
    for (const m of s.mentions) {
      const org = m.key ? registry.get(m.key) : undefined;
      if (org?.type === 'Organization' && fits(org.name)) named.add(org.key);
    }
  }
  // ("The tribunal voted 3-2. Chair X and ..."): a body the scene calls by its head word, lower case
  const words = new Set(scene.flatMap((s) => s.tokens.filter((t, i) => !t.cap && s.tokens[i - 1]?.lower === 'the').map((t) => t.lower)));
  for (const e of registry.entities.values()) {
    const head = e.name.split(' ').pop()!.toLowerCase();
    if (e.type === 'Organization' && fits(e.name) && words.has(head)) named.add(e.key);
  }
  const ranked = [...named].map((k) => [k, orgCounts.get(k) ?? 0] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [best, second] = ranked;
  if (!best || best[1] < 2 || (second && second[1] * 1.5 > best[1])) return undefined;
  return best[0];
}

/** A relation one claim implies: the claims of type `from` whose subject and object have the given types. */
interface ImpliedRelation {
  from: string;
  subject: string;
  object: string;
  type: string;
  label: string;
  family: Claim['family'];
  rule: string;
}

const IMPLIED_RELATIONS: ImpliedRelation[] = [
  // ("Halvern spokesman X": who speaks for an organization works for it; a country's spokesperson may be its government's
  // or a ministry's, which the text does not always say)
  {
    from: 'spokesperson_for', subject: 'Person', object: 'Organization',
    type: 'works_for', label: 'works for', family: 'office', rule: 'document:spokesperson-works-for',
  },
  // ("Chicago Mayor X", "Ohio's governor, Y": who holds a city's or a state's office lives there; not a country's,
  // whose ambassadors and envoys serve abroad)
  {
    from: 'holds_office', subject: 'Person', object: 'Place',
    type: 'lives_in', label: 'lives in', family: 'location', rule: 'document:local-office-residence',
  },
];

/** Adds, beside each claim, the relations it implies (IMPLIED_RELATIONS), once per pair of entities. */
export function addImpliedRelations(ctx: DocumentContext): void {
  for (const implied of IMPLIED_RELATIONS) {
    const have = new Set(ctx.claims.filter((c) => c.type === implied.type).map((c) => `${c.subject}|${c.object}`));
    for (const c of [...ctx.claims]) {
      const types = [ctx.registry.get(c.subject)?.type, ctx.registry.get(c.object)?.type];
      if (c.type !== implied.from || types[0] !== implied.subject || types[1] !== implied.object) continue;
      const key = `${c.subject}|${c.object}`;
      if (have.has(key)) continue;
      have.add(key);
      ctx.claims.push({ ...c, type: implied.type, label: implied.label, family: implied.family, rule: implied.rule });
    }
  }
}
