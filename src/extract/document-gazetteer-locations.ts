// kg/extract: where a city is, from the gazetteer, when the sentence names both. "In Colorado, snow fell on Denver":
// a city named beside the region (state, province) the place data puts it in is located there. Countries are left
// out: measured, a city beside a country is too often not in it. General knowledge from the place data; names no place.
// Runs before the location chains, so that what is in the city is in its region too.
import type { Claim } from '../model/types.js';
import { evidenceOf, type DocumentContext } from './document-context.js';
import { lookupPlace } from './places.js';
import { foldName } from '../util/fold.js';

/** Adds the located_in claims the gazetteer gives between cities and regions named in one sentence. */
export function addGazetteerLocations(ctx: DocumentContext): void {
  const { sentences, registry, claims, docId, text } = ctx;
  const located = new Set(claims.filter((c) => c.type === 'located_in').map((c) => `${c.subject}|${c.object}`));
  const placedIn = new Set(claims.filter((c) => c.type === 'located_in').map((c) => c.subject));
  for (const s of sentences) {
    const keys = [...new Set(s.mentions.filter((m) => m.key && m.kind !== 'title').map((m) => m.key!))];
    const entities = keys.map((k) => registry.get(k)).filter((e) => e !== undefined);
    for (const place of entities) {
      // (a place the text already puts somewhere keeps what the text says: "X, Texas" is not also in Mexico)
      if (place.type !== 'Place' || placedIn.has(place.key)) continue;
      const known = lookupPlace(place.name);
      if (!known.length) continue;
      for (const outer of entities) {
        if (outer === place) continue;
        // (cities in their region only: a country named beside a city is too often another's, "American" or a capital's)
        const fits = outer.type === 'Place' && known.some((p) => p.kind === 'city' && p.region && foldName(p.region) === foldName(outer.name));
        const key = `${place.key}|${outer.key}`;
        if (!fits || located.has(key)) continue;
        located.add(key);
        const claim: Claim = {
          type: 'located_in',
          label: 'in',
          family: 'location',
          rule: 'document:gazetteer-location',
          subject: place.key,
          object: outer.key,
          evidence: evidenceOf(docId, text, s),
          confidence: 0.4,
        };
        claims.push(claim);
      }
    }
  }
}
