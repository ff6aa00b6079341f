// kg/resolve: an organization known only by its acronym in some documents ("GRF") is the one organization whose
// full name has those initials ("Global Reserve Fund") or was given that acronym in brackets, when there
// is exactly one. Plans the merges over the whole corpus and applies one. Pure.
import { acronymOf, isAcronym } from '../util/acronym.js';
import type { EntityFold } from './entity-fold.js';

/** The acronyms an organization named `label` answers to: its initials and acronyms among its surface forms. */
export function acronymKeysOf(label: string, aliases: Iterable<string>): string[] {
  const initials = acronymOf(label);
  const keys = new Set<string>(initials ? [initials] : []);
  for (const a of aliases) if (isAcronym(a)) keys.add(a);
  return [...keys];
}

/** What planning needs to know of an organization: its label and, unless the label is an acronym, its keys. */
export interface AcronymCandidate {
  identity: string;
  label: string;
  /** acronymKeysOf(label, aliases); unused when the label is itself an acronym. */
  keys: readonly string[];
}

/**
 * Maps each acronym-labelled organization to the one full-named organization answering to that acronym.
 * `orgs` are every organization, in the order the corpus first names them.
 */
export function planAcronymMerges(orgs: Iterable<AcronymCandidate>): Map<string, string> {
  const byKey = new Map<string, string[]>();
  const shorts: AcronymCandidate[] = [];
  for (const o of orgs) {
    if (isAcronym(o.label)) {
      shorts.push(o);
      continue;
    }
    for (const key of o.keys) {
      const list = byKey.get(key);
      if (list) list.push(o.identity);
      else byKey.set(key, [o.identity]);
    }
  }
  const plan = new Map<string, string>();
  for (const s of shorts) {
    const targets = byKey.get(s.label);
    if (targets?.length === 1) plan.set(s.identity, targets[0]!);
  }
  return plan;
}

/** Merges the fold of an acronym into the fold of its full name (in place). */
export function mergeAcronymFold(full: EntityFold, short: EntityFold): void {
  full.aliases.add(short.label);
  for (const a of short.aliases) full.aliases.add(a);
  full.mentions += short.mentions;
  full.documents.push(...short.documents);
  if (!full.title && short.title) full.title = short.title;
  if (!full.code && short.code) full.code = short.code;
}
