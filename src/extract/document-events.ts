// kg/extract: events a document names with a common noun it comes back to. "The attack ... the attack on the museum":
// a noun for an attack, an election, a vote or a summit written twice or more is one event of the document, labelled
// by its fullest description ("Museum attack"), so that relations and descriptions can reach it. Knows no particular
// event: only the nouns events are written with.
import { foldName } from '../util/fold.js';
import type { DocumentContext, SentenceData } from './document-context.js';
import { newMention, type Mention } from './mentions.js';
import type { Token } from './tokens.js';

/** Nouns for events that news stories come back to. */
const EVENT_HEADS = new Set([
  'attack', 'bombing', 'shooting', 'massacre', 'ambush', 'raid', 'election', 'vote', 'referendum', 'summit', 'earthquake',
  'cyclone', 'coup', 'mutiny',
]);
/** Words before the head that describe the event ("presidential election", "museum attack"), not how it is counted. */
const NOT_DESCRIBING = new Set([
  'first', 'last', 'next', 'latest', 'recent', 'new', 'other', 'such', 'same', 'similar', 'previous', 'second', 'planned', 'alleged',
  'suspected', 'possible', 'failed', 'foiled', 'attempted',
]);

interface Occurrence {
  sentence: number;
  t0: number;
  t1: number;
}

/** Registers the events a document comes back to, with a mention for each time it names them. */
export function registerDescribedEvents(ctx: DocumentContext): void {
  const { sentences, registry, text } = ctx;
  const byHead = new Map<string, Occurrence[]>();
  for (const s of sentences) {
    const covered = (t: number): boolean => s.mentions.some((m) => m.t0 <= t && t < m.t1);
    s.tokens.forEach((tok, i) => {
      if (tok.cap || tok.pos !== 'NOUN' || !EVENT_HEADS.has(tok.lemma) || covered(i)) return;
      // (the head of its phrase: "election campaign", "attack helicopters" are about something else)
      const next = s.tokens[i + 1];
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !next.cap) return;
      let t0 = i;
      while (t0 > 0 && t0 > i - 2 && describes(s.tokens[t0 - 1]!) && !covered(t0 - 1)) t0--;
      const list = byHead.get(tok.lemma) ?? [];
      list.push({ sentence: s.index, t0, t1: i + 1 });
      byHead.set(tok.lemma, list);
    });
  }
  for (const [head, occurrences] of byHead) {
    if (occurrences.length < 2) continue;
    // (one the text already names, "the Halden Summit", is that event)
    const named = [...registry.entities.values()].some((e) => e.type === 'Event' && foldName(e.name).split(' ').includes(head));
    if (named) continue;
    const fullest = occurrences.reduce((a, b) => (b.t1 - b.t0 > a.t1 - a.t0 ? b : a));
    const surface = (o: Occurrence): string => {
      const tokens = sentences[o.sentence]!.tokens;
      return text.slice(tokens[o.t0]!.start, tokens[o.t1 - 1]!.end);
    };
    const label = surface(fullest).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const key = `E:${head}`;
    for (const o of occurrences) {
      const s = sentences[o.sentence]!;
      const tokens = s.tokens;
      registry.add(key, 'Event', label, surface(o));
      const m: Mention = newMention(s.index, o.t0, o.t1, tokens[o.t0]!.start, tokens[o.t1 - 1]!.end, surface(o), 'entity');
      m.type = 'Event';
      m.name = label;
      m.key = key;
      insertMention(s, m);
    }
    registry.addAlias(key, head);
  }
}

function describes(t: Token): boolean {
  return !t.cap && (t.pos === 'ADJ' || t.pos === 'NOUN') && t.kind === 'word' && !NOT_DESCRIBING.has(t.lower);
}

/** Puts a mention in text order among a sentence's, keeping the indices agreements and titles hold into that list. */
function insertMention(s: SentenceData, m: Mention): void {
  const old = s.mentions;
  const at = old.findIndex((x) => x.start > m.start || (x.start === m.start && x.end < m.end));
  const k = at < 0 ? old.length : at;
  const moved = (i: number): number => (i >= k ? i + 1 : i);
  old.splice(k, 0, m);
  for (const x of old) if (x.affiliation !== undefined && x !== m) x.affiliation = moved(x.affiliation);
  for (const a of s.agreements) {
    a.parties = a.parties.map(moved);
    if (a.buyer !== undefined) a.buyer = moved(a.buyer);
    if (a.target !== undefined) a.target = moved(a.target);
  }
}
