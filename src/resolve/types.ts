// kg/resolve: the shapes resolution hands to assemble (global entities and claims between them).
import type { Claim, EntityAttributes } from '../model/types.js';

/** A global entity: the graph contract's node attributes (before enrich) plus its stable id. */
export interface ResolvedEntity
  extends Pick<EntityAttributes, 'label' | 'type' | 'aliases' | 'mentions' | 'documents' | 'title' | 'code' | 'signed' | 'date' | 'status'> {
  id: string;
}

/** A claim whose subject/object are global entity ids; `source` is a global id too. */
export type ResolvedClaim = Claim;

export interface Resolution {
  entities: ResolvedEntity[];
  claims: ResolvedClaim[];
}
