// kg/resolve: merges the per-document entities of every extraction into global entities with stable ids:
// countries by ISO code, people by transliteration-folded full name (a surname alone never merges two
// documents' people), organizations, places and events by folded name, agreements by name and signing date.
// Prefers a duplicate to a wrong merge. Claims are rewritten onto the global ids.
import type { EntityType, Extraction, LocalEntity } from '../model/types.js';
import { acronymOf, isAcronym } from '../util/acronym.js';
import { foldName, slugify } from '../util/fold.js';
import { orgIdentity } from '../extract/org-identity.js';
import { personKey } from './person-names.js';
import type { Resolution, ResolvedClaim, ResolvedEntity } from './types.js';

const TYPE_PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Country: 'country',
  Organization: 'org',
  Agreement: 'agreement',
  Event: 'event',
  Place: 'place',
  Other: 'other',
};

/** The cross-document identity of a local entity. */
function identityOf(e: LocalEntity): string {
  switch (e.type) {
    case 'Country':
      return `country:${(e.code ?? foldName(e.name)).toLowerCase()}`;
    case 'Person':
      return `person:${personKey(e.name)}`;
    case 'Agreement':
      return `agreement:${foldName(e.name)}${e.signed ? `:${e.signed.slice(0, 4)}` : ''}`;
    case 'Organization':
      return `org:${orgIdentity(e.name)}`;
    default:
      return `${TYPE_PREFIX[e.type]}:${foldName(e.name).replace(/^the /, '')}`;
  }
}

const preferLabel = (current: string, candidate: string): string => {
  // The longer form names the entity best; on ties prefer accented (original) spellings, then sort order.
  if (candidate === current) return current;
  if (candidate.length !== current.length) return candidate.length > current.length ? candidate : current;
  const accents = (s: string): number => s.normalize('NFD').length - s.length;
  if (accents(candidate) !== accents(current)) return accents(candidate) > accents(current) ? candidate : current;
  return candidate < current ? candidate : current;
};

/** Resolves local entities across documents into global entities. */
export function resolveEntities(extractions: Extraction[]): Resolution {
  // Entities being merged, by identity; surface forms as a set while merging (a country named in every
  // document stays linear). Documents need no set: extractions come one document at a time.
  const byIdentity = new Map<string, { g: ResolvedEntity; aliases: Set<string> }>();
  const claims: ResolvedClaim[] = [];
  const usedIds = new Map<string, string>(); // id -> identity (guards slug collisions)

  for (const x of extractions) {
    const localToGlobal = new Map<string, string>();
    for (const e of x.entities) {
      const identity = identityOf(e);
      let merging = byIdentity.get(identity);
      if (!merging) {
        const base = e.type === 'Country' && e.code ? `country:${e.code.toLowerCase()}` : `${TYPE_PREFIX[e.type]}:${slugify(e.name)}`;
        let id = base;
        for (let i = 2; usedIds.has(id) && usedIds.get(id) !== identity; i++) id = `${base}-${i}`;
        usedIds.set(id, identity);
        merging = { g: { id, label: e.name, type: e.type, aliases: [], mentions: 0, documents: [] }, aliases: new Set() };
        byIdentity.set(identity, merging);
      } else if (e.type !== 'Country') {
        merging.g.label = preferLabel(merging.g.label, e.name);
      }
      const { g, aliases } = merging;
      for (const a of e.aliases) aliases.add(a);
      aliases.add(e.name);
      g.mentions += e.mentions;
      // (assemble de-duplicates, should two extractions share a document id)
      if (g.documents[g.documents.length - 1] !== x.doc.id) g.documents.push(x.doc.id);
      if (e.title && !g.title) g.title = e.title;
      if (e.code) g.code = e.code;
      if (e.signed && (!g.signed || e.signed.length > g.signed.length)) g.signed = e.signed;
      if (e.date && !g.date) g.date = e.date;
      if (e.status) g.status = rankStatus(g.status, e.status);
      localToGlobal.set(e.key, g.id);
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
  mergeAcronyms(byIdentity, claims);
  const entities = [...byIdentity.values()].map(({ g, aliases }) => ({ ...g, aliases: [...aliases].filter((a) => a !== g.label) }));
  return { entities, claims };
}

/**
 * An organization known only by its acronym in some documents ("IMF") is the one organization whose full name
 * has those initials ("International Monetary Fund") or was given that acronym in brackets, when there is exactly
 * one. Rewrites claims onto it.
 */
function mergeAcronyms(byIdentity: Map<string, { g: ResolvedEntity; aliases: Set<string> }>, claims: ResolvedClaim[]): void {
  const byInitials = new Map<string, string[]>();
  for (const [identity, { g, aliases }] of byIdentity) {
    if (g.type !== 'Organization' || isAcronym(g.label)) continue;
    // its initials, and acronyms a document gave it in brackets ("Kurdistan Workers' Party (PKK)")
    const initials = acronymOf(g.label);
    for (const short of new Set([...(initials ? [initials] : []), ...[...aliases].filter(isAcronym)])) {
      const list = byInitials.get(short);
      if (list) list.push(identity);
      else byInitials.set(short, [identity]);
    }
  }
  const renamed = new Map<string, string>();
  for (const [identity, short] of [...byIdentity]) {
    if (short.g.type !== 'Organization' || !isAcronym(short.g.label)) continue;
    const targets = byInitials.get(short.g.label);
    if (targets?.length !== 1) continue;
    const full = byIdentity.get(targets[0]!)!;
    full.aliases.add(short.g.label);
    for (const a of short.aliases) full.aliases.add(a);
    full.g.mentions += short.g.mentions;
    full.g.documents.push(...short.g.documents);
    if (!full.g.title && short.g.title) full.g.title = short.g.title;
    if (!full.g.code && short.g.code) full.g.code = short.g.code;
    renamed.set(short.g.id, full.g.id);
    byIdentity.delete(identity);
  }
  if (renamed.size === 0) return;
  for (const c of claims) {
    c.subject = renamed.get(c.subject) ?? c.subject;
    c.object = renamed.get(c.object) ?? c.object;
    if (c.source) c.source = renamed.get(c.source) ?? c.source;
  }
}

const STATUS_ORDER = ['signed', 'ratified', 'in force'];
const rankStatus = (a: string | undefined, b: string): string =>
  a && STATUS_ORDER.indexOf(a) > STATUS_ORDER.indexOf(b) ? a : b;
