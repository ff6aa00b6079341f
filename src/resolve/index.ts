// kg/resolve: public surface of the resolve stage.
export { resolveEntities, entityOfFold } from './resolve-entities.js';
export { identityOf, baseIdOf, claimEntityId, TYPE_PREFIX } from './identity.js';
export { startEntityFold, addToEntityFold, foldEntity, copyEntityFold, preferLabel } from './entity-fold.js';
export type { EntityFold } from './entity-fold.js';
export { acronymKeysOf, planAcronymMerges, mergeAcronymFold } from './acronyms.js';
export type { AcronymCandidate } from './acronyms.js';
export { personKey, surnameKey, foldNamePart } from './person-names.js';
export type { Resolution, ResolvedEntity, ResolvedClaim } from './types.js';
