// kg/extract: where things are, carried along a chain one sentence states. "St. Nicholas Hospital in Gosforth in
// northeast England": what is in a place is in the place that place is in, when the same sentence says both links;
// who lives in "Tarrow, Fla." lives in Florida too (who was born in "Vestby, N.Y." is left in the town: a birthplace
// and its state are read as one address). Runs after every sentence's claims; names no place.
import type { Claim } from '../model/types.js';
import type { DocumentContext } from './document-context.js';

/** Adds the located_in (and lives_in) claims that follow, within one sentence, from one link after a located_in. */
export function addLocationChains(ctx: DocumentContext): void {
  const bySentence = new Map<number, Claim[]>();
  for (const c of ctx.claims) {
    // (where someone lives is carried too, not where they were born: "born in Vestby, N.Y." is one address)
    if (c.type !== 'located_in' && !(c.type === 'lives_in' && !/^(?:born|native)\b/.test(c.label))) continue;
    const list = bySentence.get(c.evidence.start);
    if (list) list.push(c);
    else bySentence.set(c.evidence.start, [c]);
  }
  for (const list of bySentence.values()) {
    const within = new Map<string, string[]>(); // place -> places it is in
    for (const c of list) if (c.type === 'located_in') within.set(c.subject, [...(within.get(c.subject) ?? []), c.object]);
    if (!within.size) continue;
    const have = new Set(list.map((c) => `${c.type}|${c.subject}|${c.object}`));
    // (breadth first over the sentence's links; each claim is followed through the places its object is in)
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      for (const outer of within.get(c.object) ?? []) {
        const key = `${c.type}|${c.subject}|${outer}`;
        if (outer === c.subject || have.has(key)) continue;
        have.add(key);
        const made: Claim = { ...c, object: outer, rule: 'document:location-chain', confidence: Math.min(c.confidence, 0.5) };
        list.push(made);
        ctx.claims.push(made);
      }
    }
  }
}
