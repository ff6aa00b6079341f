// kg/extract: parties from signatories. "President Hartwell and Vice Premier Qiao signed the trade agreement": an
// agreement signed by officials of countries binds those countries, so each signatory's country or organization (the one
// the document says they hold an office of) is a party to it. Runs after the office claims; knows no particular office-holder.
import type { Claim } from '../model/types.js';
import type { DocumentContext } from './document-context.js';

const PARTY_TYPES = new Set(['Country', 'Organization']);

/** Words of a signing that is no party's: "signed as a witness", "witnessed the signing". */
const WITNESS = /\bwitness/i;

/** Adds party_to claims for the countries and organizations of the people who signed an agreement. */
export function addSignatoryParties(ctx: DocumentContext): void {
  const { claims, registry } = ctx;
  const bodiesOf = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.type !== 'holds_office' || !PARTY_TYPES.has(registry.get(c.object)?.type ?? '')) continue;
    if (!bodiesOf.has(c.subject)) bodiesOf.set(c.subject, new Set());
    bodiesOf.get(c.subject)!.add(c.object);
  }
  const parties = new Set(claims.filter((c) => c.type === 'party_to').map((c) => `${c.subject}|${c.object}`));
  const added: Claim[] = [];
  for (const c of claims) {
    if (c.type !== 'signed' || registry.get(c.subject)?.type !== 'Person' || registry.get(c.object)?.type !== 'Agreement') continue;
    const bodies = bodiesOf.get(c.subject);
    // (one only: an official said to hold offices of two is not read)
    if (bodies?.size !== 1 || WITNESS.test(c.evidence.text)) continue;
    const party = [...bodies][0]!;
    if (parties.has(`${c.object}|${party}`)) continue;
    parties.add(`${c.object}|${party}`);
    added.push({
      type: 'party_to',
      label: 'party to',
      family: 'agreement',
      rule: 'document:signatory-party',
      subject: c.object,
      object: party,
      evidence: c.evidence,
      confidence: 0.6,
      ...(c.date ? { date: c.date } : {}),
    });
  }
  claims.push(...added);
}
