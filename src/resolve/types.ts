// kg/resolve: the shapes resolution hands to assemble (global entities and claims between them).
import type { Claim, EntityType } from '../model/types.js';

export interface ResolvedEntity {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  documents: string[];
  title?: string;
  code?: string;
  signed?: string;
  date?: string;
  status?: string;
}

/** A claim whose subject/object are global entity ids; `source` is a global id too. */
export type ResolvedClaim = Claim;

export interface Resolution {
  entities: ResolvedEntity[];
  claims: ResolvedClaim[];
}
