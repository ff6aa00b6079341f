// kg/resolve: merges the per-document entities of every extraction into global entities with stable ids:
// countries by ISO code, people by transliteration-folded full name (a surname alone never merges two
// documents' people), organizations by extract's orgIdentity, places and events by folded name, agreements by
// name and signing date.
// Prefers a duplicate to a wrong merge. Claims are rewritten onto the global ids. The incremental index
// (pipeline/graph-index.ts) folds the same way from the same helpers.
import type { Extraction } from '../model/types.js';
import { acronymKeysOf, mergeAcronymFold, planAcronymMerges } from './acronyms.js';
import { addToEntityFold, startEntityFold, type EntityFold } from './entity-fold.js';
import { baseIdOf, claimEntityId, identityOf } from './identity.js';
import type { Resolution, ResolvedClaim, ResolvedEntity } from './types.js';

/** The global entity of a fold (aliases without the label). */
export const entityOfFold = (id: string, g: EntityFold): ResolvedEntity => {
  const e: ResolvedEntity = { id, label: g.label, type: g.type, aliases: [...g.aliases].filter((a) => a !== g.label), mentions: g.mentions, documents: g.documents };
  if (g.title) e.title = g.title;
  if (g.code) e.code = g.code;
  if (g.signed) e.signed = g.signed;
  if (g.date) e.date = g.date;
  if (g.status) e.status = g.status;
  return e;
};

/** Resolves local entities across documents into global entities. `extractions` in document id order. */
export function resolveEntities(extractions: Extraction[]): Resolution {
  // Entities being folded, by identity, in the order the corpus first names them
  const byIdentity = new Map<string, { id: string; g: EntityFold }>();
  const claims: ResolvedClaim[] = [];
  const usedIds = new Map<string, string>(); // id -> identity (guards slug collisions)

  for (const x of extractions) {
    const localToGlobal = new Map<string, string>();
    for (const e of x.entities) {
      const identity = identityOf(e);
      let merging = byIdentity.get(identity);
      if (!merging) {
        merging = { id: claimEntityId(baseIdOf(e), identity, usedIds), g: startEntityFold(e) };
        byIdentity.set(identity, merging);
      }
      addToEntityFold(merging.g, e, x.doc.id);
      localToGlobal.set(e.key, merging.id);
    }
    for (const c of x.claims) {
      const subject = localToGlobal.get(c.subject);
      const object = localToGlobal.get(c.object);
      if (!subject || !object) continue;
      // One shape for every claim (a spread copies whatever extra fields the extractor left)
      const claim: ResolvedClaim = { type: c.type, label: c.label, family: c.family, rule: c.rule, subject, object, evidence: c.evidence, confidence: c.confidence };
      if (c.date) claim.date = c.date;
      const source = c.source ? localToGlobal.get(c.source) : undefined;
      if (source) claim.source = source;
      claims.push(claim);
    }
  }

  // Acronyms merged into their full names, claims rewritten onto them
  const orgs = [...byIdentity].filter(([, m]) => m.g.type === 'Organization');
  const plan = planAcronymMerges(orgs.map(([identity, m]) => ({ identity, label: m.g.label, keys: acronymKeysOf(m.g.label, m.g.aliases) })));
  const renamed = new Map<string, string>();
  for (const [shortIdentity, fullIdentity] of plan) {
    const short = byIdentity.get(shortIdentity)!;
    const full = byIdentity.get(fullIdentity)!;
    mergeAcronymFold(full.g, short.g);
    renamed.set(short.id, full.id);
    byIdentity.delete(shortIdentity);
  }
  if (renamed.size > 0) {
    for (const c of claims) {
      c.subject = renamed.get(c.subject) ?? c.subject;
      c.object = renamed.get(c.object) ?? c.object;
      if (c.source) c.source = renamed.get(c.source) ?? c.source;
    }
  }
  const entities = [...byIdentity.values()].map(({ id, g }) => entityOfFold(id, g));
  return { entities, claims };
}
