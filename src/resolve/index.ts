// kg/resolve: public surface of the resolve stage.
export { resolveEntities } from './resolve-entities.js';
export { personKey, surnameKey, foldNamePart } from './person-names.js';
export type { Resolution, ResolvedEntity, ResolvedClaim } from './types.js';
