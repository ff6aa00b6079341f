// kg/extract: the bodies a document names as parts of a state or of another organization: "Latvia's parliament",
// "Japan's Ministry of Fisheries" are part of their country (said with a possessive); "the BDU Defence Council" is part
// of the UN when the document names the UN too. Knows no particular body:
// only the words state bodies are named with.
import type { Claim } from '../model/types.js';
import { foldName } from '../util/fold.js';
import { countryByCode } from './countries.js';
import { evidenceOf, type DocumentContext, type SentenceData } from './document-context.js';

/** Head words of the bodies of a state: a country's one of these is part of it. */
const STATE_BODY_WORDS = new Set([
  'parliament', 'ministry', 'department', 'court', 'assembly', 'agency', 'administration', 'commission', 'council', 'forces',
  'army', 'navy', 'police', 'bureau', 'treasury', 'duma', 'congress', 'senate', 'cabinet', 'guard', 'legislature', 'chamber',
  'directorate', 'secretariat', 'inspectorate', 'service', 'corporation',
]);

/** Adds part_of claims for state bodies named with their country and for bodies named after their parent organization. */
export function addBodyClaims(ctx: DocumentContext): void {
  const { registry, sentences, text, docId } = ctx;
  const firstSentence = new Map<string, SentenceData>();
  for (const s of sentences) for (const m of s.mentions) if (m.key && !firstSentence.has(m.key)) firstSentence.set(m.key, s);
  const orgs = [...registry.entities.values()].filter((e) => e.type === 'Organization');
  // (said with a possessive, "Latvia's parliament": a name merely made with a country's word is not said to be its part)
  const possessed = new Map<string, string>();
  for (const s of sentences) for (const m of s.mentions) if (m.key && m.possessor && !possessed.has(m.key)) possessed.set(m.key, m.possessor);
  const said = new Set(ctx.claims.filter((c) => c.type === 'part_of').map((c) => `${c.subject} ${c.object}`));
  const claim = (subject: string, object: string, label: string, rule: string): void => {
    const s = firstSentence.get(subject);
    if (!s || said.has(`${subject} ${object}`)) return;
    said.add(`${subject} ${object}`);
    ctx.claims.push({
      type: 'part_of',
      label,
      family: 'membership',
      rule,
      subject,
      object,
      evidence: evidenceOf(docId, text, s),
      confidence: 0.6,
    } satisfies Claim);
  };
  for (const e of orgs) {
    const words = foldName(e.name).split(' ');
    // (a country's body: one country in its name, a state body's head word)
    const code = possessed.get(e.key);
    const country = code ? countryByCode(code) : undefined;
    if (country && words.some((w) => STATE_BODY_WORDS.has(w))) {
      const key = `c:${country.code}`;
      if (!registry.get(key)) registry.add(key, 'Country', country.name, country.name, { code: country.code });
      claim(e.key, key, 'part of', 'body:state-body');
      continue;
    }
    // ("the BDU Defence Council" with "the BDU" named: the organization its name begins with)
    for (const parent of orgs) {
      if (parent === e) continue;
      const names = [parent.name, ...parent.aliases].map(foldName).filter((n) => n.length >= 2);
      if (names.some((n) => foldName(e.name).startsWith(`${n} `) && words.some((w) => STATE_BODY_WORDS.has(w)))) {
        claim(e.key, parent.key, 'part of', 'body:named-after-parent');
        break;
      }
    }
  }
  // A body's part_of says more than its located_in: drop the latter for the same pair
  const parts = new Set(ctx.claims.filter((c) => c.type === 'part_of').map((c) => `${c.subject} ${c.object}`));
  ctx.claims = ctx.claims.filter((c) => !(c.type === 'located_in' && parts.has(`${c.subject} ${c.object}`)));
}
