// kg/extract: the bodies a document names as parts of a state or of another organization: "Latvia's parliament",
// "Japan's Ministry of Fisheries" are part of their country (said with a possessive); "the BDU Defence Council" is part
// of the UN when the document names the UN too; "the Evaluation Group of the Aviation Administration" is part of the
// latter. Knows no particular body: only the words state bodies are named with.
import type { Claim } from '../model/types.js';
import { foldName } from '../util/fold.js';
import { countryByCode, lookupCountry, MAX_COUNTRY_WORDS } from './countries.js';
import { evidenceOf, type DocumentContext, type SentenceData } from './document-context.js';
import { FORCE_HEADS } from './lexicon.js';

/** Head words of the bodies of a state: a country's one of these is part of it. */
const STATE_BODY_WORDS = new Set([
  'parliament', 'ministry', 'department', 'court', 'assembly', 'agency', 'administration', 'commission', 'council', 'forces',
  'army', 'navy', 'police', 'bureau', 'treasury', 'duma', 'congress', 'senate', 'cabinet', 'guard', 'legislature', 'chamber',
  'directorate', 'secretariat', 'inspectorate', 'service', 'corporation', 'force', 'office',
]);
/** Heads of state bodies that are no single word of STATE_BODY_WORDS: "Ukraine's air force", "Egypt's central bank". */
const TWO_WORD_STATE_HEADS = new Set([...FORCE_HEADS, 'central bank']);
const endsWithTwoWordHead = (name: string): boolean => TWO_WORD_STATE_HEADS.has(name.split(' ').slice(-2).join(' '));

/**
 * Head words that name civil bodies as often as state ones when a country's word is merely part of the name ("the
 * Danish Relief Council", "the Chinese Chamber of Commerce"); said with a possessive they still count.
 */
const CIVIL_BODY_WORDS = new Set(['council', 'chamber', 'corporation']);

/** The two claims this module makes: a body is part of a state or an organization, or in a country. */
const BODY_CLAIMS = {
  part_of: { label: 'part of', family: 'membership', confidence: 0.6 },
  located_in: { label: 'in', family: 'location', confidence: 0.5 },
} as const;

/** Adds part_of claims for state bodies named with their country and for bodies named after their parent organization. */
export function addBodyClaims(ctx: DocumentContext): void {
  const { registry, sentences, text, docId } = ctx;
  const firstSentence = new Map<string, SentenceData>();
  // (said with a possessive, "Latvia's parliament": a name merely made with a country's word is not said to be its part)
  const possessed = new Map<string, string>();
  const national = new Map<string, string>();
  // (the country a body's name ends with after "of": "the Farmers' Credit Bank of Chile")
  const ofCountry = new Map<string, string>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind === 'country' && m.inName && m.key) {
        const outer = s.mentions.find((o) => o.kind === 'entity' && o.type === 'Organization' && o.key && o.start < m.start && o.end === m.end);
        if (outer?.key && !ofCountry.has(outer.key)) ofCountry.set(outer.key, m.code!);
      }
      if (!m.key) continue;
      if (!firstSentence.has(m.key)) firstSentence.set(m.key, s);
      if (m.possessor && !possessed.has(m.key)) possessed.set(m.key, m.possessor);
      // ("the Turkish Navy", "the Peruvian Coast Guard": a state body named with its country)
      // (a proper name: "the Tarvian interior ministry" describes a body, and says no more than the country's name does)
      const proper = !/\s(?!(?:of|the|and|for|on)\s)\p{Ll}/u.test(m.name ?? m.text);
      if (m.kind === 'entity' && m.type === 'Organization' && m.code && proper && !m.inName && !national.has(m.key)) national.set(m.key, m.code);
    }
  }
  const orgs = [...registry.entities.values()].filter((e) => e.type === 'Organization');
  const folded = new Map(orgs.map((e) => [e, foldName(e.name)]));
  const said = new Set(ctx.claims.filter((c) => c.type === 'part_of').map((c) => `${c.subject} ${c.object}`));
  const located = new Set(ctx.claims.filter((c) => c.type === 'located_in').map((c) => `${c.subject} ${c.object}`));
  // (each pair once, quoted from the sentence that first names the body; a part is never also merely located)
  const add = (kind: keyof typeof BODY_CLAIMS, subject: string, object: string, rule: string): void => {
    const s = firstSentence.get(subject);
    const pair = `${subject} ${object}`;
    const seen = kind === 'part_of' ? said : located;
    if (!s || said.has(pair) || seen.has(pair)) return;
    seen.add(pair);
    const { label, family, confidence } = BODY_CLAIMS[kind];
    ctx.claims.push({ type: kind, label, family, rule, subject, object, evidence: evidenceOf(docId, text, s), confidence } satisfies Claim);
  };
  for (const e of orgs) {
    const name = folded.get(e)!;
    // (only a body a state or an organization has: a state body's head word in its name)
    const words = name.split(' ');
    if (!words.some((w) => STATE_BODY_WORDS.has(w)) && !endsWithTwoWordHead(name)) {
      const of = ofCountry.get(e.key);
      // (a body is in what its name says it is of, when it is no state's part: "the Farmers' Credit Bank of Chile")
      if (of && registry.get(`c:${of}`)) add('located_in', e.key, `c:${of}`, 'body:named-with-country');
      continue;
    }
    const stateNamed = words.some((w) => STATE_BODY_WORDS.has(w) && !CIVIL_BODY_WORDS.has(w));
    const code = possessed.get(e.key) ?? (stateNamed ? national.get(e.key) : undefined);
    const country = code ? countryByCode(code) : undefined;
    if (country) {
      const key = `c:${country.code}`;
      if (!registry.get(key)) registry.add(key, 'Country', country.name, country.name, { code: country.code });
      // ("the U.S. Fisheries Board" names the U.S. as written: that form is the country's alias too; a demonym is not)
      const written = nameFormOpening(e.name, country.code);
      if (written) registry.addAlias(key, written);
      add('part_of', e.key, key, possessed.has(e.key) ? 'body:state-body' : 'body:national-body');
      continue;
    }
    // ("the BDU Defence Council" with "the BDU" named: the organization its name begins with)
    // (not a shorter form of the same name: "Appeals Chamber" for "Appeals Chamber of the Andean Community")
    const parent = orgs.find((p) => p !== e && [folded.get(p)!, ...p.aliases.map(foldName)].some(
      (n) => n.length >= 2 && name.startsWith(`${n} `) && !/^(?:of|for) /.test(name.slice(n.length + 1)),
    ));
    if (parent) add('part_of', e.key, parent.key, 'body:named-after-parent');
  }
  // ("the Evaluation Group of the Aviation Administration": a unit is part of the organization its name is of)
  for (const s of sentences) {
    for (const inner of s.mentions) {
      if (!inner.inName || inner.kind !== 'entity' || !inner.key) continue;
      const outer = s.mentions.find((m) => m !== inner && m.kind === 'entity' && m.key && m.start < inner.start && m.end === inner.end);
      if (outer?.key && outer.key !== inner.key) add('part_of', outer.key, inner.key, 'body:unit-of-parent');
    }
  }
  // A body's part_of says more than its located_in: drop the latter for the same pair
  ctx.claims = ctx.claims.filter((c) => !(c.type === 'located_in' && said.has(`${c.subject} ${c.object}`)));
}

/** The country name form (not a demonym) a body's name opens with, when it is country `code`'s: "U.S." of "U.S. Fisheries Board". */
function nameFormOpening(name: string, code: string): string | undefined {
  const words = name.split(' ');
  for (let n = Math.min(MAX_COUNTRY_WORDS, words.length - 1); n >= 1; n--) {
    const prefix = words.slice(0, n).join(' ');
    const hit = lookupCountry(prefix);
    if (hit?.country.code === code && hit.form === 'name') return prefix;
  }
  return undefined;
}
