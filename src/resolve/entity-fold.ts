// kg/resolve: folds the local entities that share one identity, in corpus order (document id, then position
// in the document), into the attributes of one global entity: the best label, every surface form, mention
// and document counts, the first title, the longest signing date. Pure; the caller decides the order.
import type { EntityType, LocalEntity } from '../model/types.js';

/** A global entity being folded; `aliases` holds every surface form seen, the label included. */
export interface EntityFold {
  label: string;
  type: EntityType;
  aliases: Set<string>;
  mentions: number;
  /** Documents in the order folded (a document folded twice in a row counts once). */
  documents: string[];
  title?: string;
  code?: string;
  signed?: string;
  date?: string;
  status?: string;
}

/** The longer form names the entity best; on ties prefer accented (original) spellings, then sort order. */
export const preferLabel = (current: string, candidate: string): string => {
  if (candidate === current) return current;
  if (candidate.length !== current.length) return candidate.length > current.length ? candidate : current;
  const accents = (s: string): number => s.normalize('NFD').length - s.length;
  if (accents(candidate) !== accents(current)) return accents(candidate) > accents(current) ? candidate : current;
  return candidate < current ? candidate : current;
};

const STATUS_ORDER = ['signed', 'ratified', 'in force'];
const rankStatus = (a: string | undefined, b: string): string => (a && STATUS_ORDER.indexOf(a) > STATUS_ORDER.indexOf(b) ? a : b);

/** Starts a fold with the local entity that first names the identity (fold it with addToEntityFold next). */
export const startEntityFold = (first: LocalEntity): EntityFold => ({ label: first.name, type: first.type, aliases: new Set(), mentions: 0, documents: [] });

/** Adds one local entity of document `doc` to the fold. Countries keep the first name as their label. */
export function addToEntityFold(g: EntityFold, e: LocalEntity, doc: string): void {
  if (e.type !== 'Country') g.label = preferLabel(g.label, e.name);
  for (const a of e.aliases) g.aliases.add(a);
  g.aliases.add(e.name);
  g.mentions += e.mentions;
  if (g.documents[g.documents.length - 1] !== doc) g.documents.push(doc);
  if (e.title && !g.title) g.title = e.title;
  if (e.code) g.code = e.code;
  if (e.signed && (!g.signed || e.signed.length > g.signed.length)) g.signed = e.signed;
  if (e.date && !g.date) g.date = e.date;
  if (e.status) g.status = rankStatus(g.status, e.status);
}

/** Folds contributions already in corpus order. */
export function foldEntity(contributions: readonly { doc: string; entity: LocalEntity }[]): EntityFold {
  const g = startEntityFold(contributions[0]!.entity);
  for (const c of contributions) addToEntityFold(g, c.entity, c.doc);
  return g;
}

/** A copy that can be merged into without touching the original. */
export const copyEntityFold = (g: EntityFold): EntityFold => ({ ...g, aliases: new Set(g.aliases), documents: [...g.documents] });
