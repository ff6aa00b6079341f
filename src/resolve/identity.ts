// kg/resolve: who a local entity is across documents (its identity key) and which node id that identity
// takes: countries by ISO code, people by transliteration-folded full name, agreements by name and signing
// year, organizations by extract's orgIdentity, the rest by folded name. Pure; holds no state between calls.
import type { EntityType, LocalEntity } from '../model/types.js';
import { orgIdentity } from '../extract/org-identity.js';
import { foldName, slugify } from '../util/fold.js';
import { personKey } from './person-names.js';

export const TYPE_PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Country: 'country',
  Organization: 'org',
  Agreement: 'agreement',
  Event: 'event',
  Place: 'place',
  Other: 'other',
};

/** The cross-document identity of a local entity: two local entities with one identity are one node. */
export function identityOf(e: LocalEntity): string {
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

/** The id an identity's node would like, from the local entity that first names it ("person:ilse-marant"). */
export const baseIdOf = (e: LocalEntity): string =>
  e.type === 'Country' && e.code ? `country:${e.code.toLowerCase()}` : `${TYPE_PREFIX[e.type]}:${slugify(e.name)}`;

/**
 * Claims the first free id in `base`, `base-2`, `base-3`... for `identity`, recording it in `used` (id ->
 * identity). Identities claim ids in the order the corpus first names them, so slug collisions always resolve
 * the same way.
 */
export function claimEntityId(base: string, identity: string, used: Map<string, string>): string {
  let id = base;
  for (let i = 2; used.has(id) && used.get(id) !== identity; i++) id = `${base}-${i}`;
  used.set(id, identity);
  return id;
}
