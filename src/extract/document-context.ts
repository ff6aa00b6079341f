// kg/extract: what the per-document stages share: sentence data (tokens, mentions, agreements, dates), the
// document's entity registry with local keys, and small helpers for evidence and display names. Holds no
// extraction rules of its own.
import type { Claim, EntityType, LocalEntity } from '../model/types.js';
import { foldName } from '../util/fold.js';
import type { AgreementMention } from './agreements.js';
import { FOUNDER_TITLES, LEGISLATOR_TITLES, singularTitle } from './lexicon.js';
import type { DateMention } from './dates.js';
import type { Mention } from './mentions.js';
import type { QuoteRegion } from './quotes.js';
import type { Span } from './sentences.js';
import type { Token } from './tokens.js';

export interface SentenceData extends Span {
  index: number;
  tokens: Token[];
  mentions: Mention[];
  agreements: (AgreementMention & { key?: string })[];
  dates: DateMention[];
}

/** The entities of one document, by local key, with their aliases and mention counts. */
export class Registry {
  readonly entities = new Map<string, LocalEntity>();
  add(key: string, type: EntityType, name: string, surface: string, extra: Partial<LocalEntity> = {}): string {
    let e = this.entities.get(key);
    if (!e) {
      e = { key, type, name, aliases: [], mentions: 0, ...extra };
      this.entities.set(key, e);
    } else if (type !== 'Country' && name.length > e.name.length) e.name = name;
    e.mentions++;
    if (!e.aliases.includes(surface)) e.aliases.push(surface);
    return key;
  }
  get(key: string): LocalEntity | undefined {
    return this.entities.get(key);
  }
  /** Records another way the text writes entity `key`, without counting a mention. */
  addAlias(key: string, surface: string): void {
    const e = this.entities.get(key);
    if (e && !e.aliases.includes(surface)) e.aliases.push(surface);
  }
  /** Folds entity `from` into `into` (aliases and mention count); `from` is gone. */
  merge(from: string, into: string): void {
    const gone = this.entities.get(from);
    const kept = this.entities.get(into);
    if (!gone || !kept || from === into) return;
    for (const alias of gone.aliases) if (!kept.aliases.includes(alias)) kept.aliases.push(alias);
    kept.mentions += gone.mentions;
    this.entities.delete(from);
  }
}

/** One document being extracted: its id and text, the sentences, the registry and the claims so far. */
export interface DocumentContext {
  docId: string;
  text: string;
  /** The document's own date (ISO, as precise as known), if any. */
  docDate?: string;
  sentences: SentenceData[];
  /** The document's quoted passages, in text order (found once; speakers are assigned on a copy). */
  quotes: QuoteRegion[];
  registry: Registry;
  claims: Claim[];
  /** Entities kept only if some claim relates them (a lone capitalized word seen once). */
  tentative: Set<string>;
  /**
   * Titles a phrase or clause gives a person without their owner ("X, a former finance minister", "was appointed
   * finance minister"), in text order, lower case, a past one as "former ..."; the document-level inference finds whose
   * office they are.
   */
  statedTitles: Map<string, string[]>;
}

/** Records a title given to a person without its owner, and makes it the person's title if they had none. */
export function stateTitle(ctx: Pick<DocumentContext, 'registry' | 'statedTitles'>, key: string, title: string): void {
  const e = ctx.registry.get(key);
  if (!e || e.type !== 'Person') return;
  if (!e.title) e.title = titleCase(title.replace(/^former /, ''));
  const list = ctx.statedTitles.get(key) ?? [];
  if (!list.includes(title.toLowerCase())) list.push(title.toLowerCase());
  ctx.statedTitles.set(key, list);
}

/** Whether offset `at` lies inside a quoted passage. */
export const insideQuote = (quotes: QuoteRegion[], at: number): boolean => regionAt(quotes, at) !== undefined;

/** The evidence of a claim stated by sentence `s`. */
export function evidenceOf(doc: string, text: string, s: Span): Claim['evidence'] {
  return { doc, text: text.slice(s.start, s.end), start: s.start, end: s.end };
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to']);

/** "foreign minister" -> "Foreign Minister", "secretary of state" -> "Secretary of State". */
export const titleCase = (s: string): string =>
  s.split(' ').map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');

/** A party's name said as one word ("Republican", "Labour", "Tory"). */
const PARTY_NAME_WORDS = /^(?:republican|democrat|democratic|labour|labor|tory|conservative|liberal|socialist|communist)$/i;

/**
 * The claim a title gives its holder towards what it is of: a spokesperson speaks for it, a founder founded it ("X,
 * the founder of Y"), a legislator of a body belongs to it ("Labour MP X", "a Unity senator"), as does any holder
 * of a party's one-word name ("Republican commissioner X"); any other title holds an office of it.
 */
export function titleClaim(
  title: string,
  spokes: boolean,
  owner?: LocalEntity,
): { type: 'spokesperson_for' | 'founded' | 'holds_office' | 'member_of'; label: string } {
  if (spokes) return { type: 'spokesperson_for', label: `${title.toLowerCase()} for` };
  if (FOUNDER_TITLES.has(title.toLowerCase())) return { type: 'founded', label: 'founded' };
  const body = owner?.type === 'Organization';
  if (body && (LEGISLATOR_TITLES.has(lastTitleWord(title)) || PARTY_NAME_WORDS.test(owner.name))) return { type: 'member_of', label: 'member of' };
  return { type: 'holds_office', label: `${titleCase(singularTitle(title))} of` };
}

/** "senator", of "Unity senator" or "former senator": the word a title ends with, lower-case. */
const lastTitleWord = (title: string): string => title.toLowerCase().split(' ').pop() ?? '';

/** The last folded word of a name or title. */
export const lastWord = (s: string): string => foldName(s).split(' ').pop() ?? '';

/** Appends `v` to the list under `k`, once. */
export function addToIndex<T>(map: Map<string, T[]>, k: string, v: T): void {
  const list = map.get(k);
  if (list) {
    if (!list.includes(v)) list.push(v);
  } else map.set(k, [v]);
}

/** Index of the first element of the sorted `xs` that is >= x. */
export function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The region (sorted by start, not nested) containing offset `at`: strictly inside, or from its start when `inclusive`. */
export function regionAt<R extends { start: number; end: number }>(regions: R[], at: number, inclusive = false): R | undefined {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (regions[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const r = regions[i]!;
    if ((inclusive ? at >= r.start : at > r.start) && at < r.end) return r;
  }
  return undefined;
}
