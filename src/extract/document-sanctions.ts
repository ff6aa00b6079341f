// kg/extract: sanctions listed apart from the act that imposed them: "The sanctions target X, Y and Z", "Among those
// targeted is X", "Those sanctioned include X", "X was also sanctioned", "Canada added X to its sanctions list". Who
// imposed them is who the document has just said sanctioned someone (a sanction claim in that sentence or before it).
// Knows no particular body: only the words sanction lists are written with.
import type { Claim } from '../model/types.js';
import { evidenceOf, insideQuote, type DocumentContext, type SentenceData } from './document-context.js';
import { afterDateline, namedInPassing } from './mentions.js';

/** "The sanctions target", "the measures also include": the listed names follow. */
const LIST_AFTER = new RegExp(
  '\\b(?:sanctions|measures|penalties|restrictions|designations|asset freezes|travel bans|listings|targets)\\s+' +
    '(?:also\\s+|will\\s+|would\\s+)?(?:target(?:s|ed|ing)?|hit(?:ting)?|cover(?:s|ed|ing)?|name[sd]?|naming|include[sd]?|' +
    'appl(?:y|ies|ied)\\s+to|freeze\\s+the\\s+assets\\s+of|against|on)\\b' +
    '|\\b(?:among\\s+)?those\\s+(?:sanctioned|targeted|designated|listed|named|blacklisted)\\s+(?:is|are|was|were|include[sd]?)\\b' +
    '|\\b(?:sanctioned|targeted|designated|blacklisted|listed)\\s+(?:companies|firms|entities|individuals|people|officials|businesses)\\s+' +
    '(?:are|were|include[sd]?)\\b' +
    '|\\balso\\s+(?:sanctioned|targeted|designated|listed|blacklisted)\\s+(?:is|are|was|were)\\b',
  'i',
);
/** "X was also sanctioned": the names before it, when no agent follows (see NOT_LISTED_AFTER). */
const LISTED_BEFORE =
  /\b(?:was|were|has been|have been|had been)\s+(?:also\s+)?(?:sanctioned|designated|blacklisted|targeted|listed|placed\s+under\s+sanctions)\b/i;
/** "was listed as a director", "was sanctioned by the EU": another sense, or an agent the verb frames read. */
const NOT_LISTED_AFTER = /^\s+(?:by|as|on|in)\b/i;
/** "added X and Y to its sanctions list": the names between. */
const ADDED = /\badd(?:s|ed)?\b([^.]*?)\bto\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}(?:sanctions?|black|entity|terror(?:ism)?)\s*list\b/i;
/** Where a list of names ends: a relative clause or a reason. */
const LIST_END = /\b(?:who|whom|which|that|because|after|said|accused|accusing|alleging|saying|over|in breach|for allegedly)\b/i;

const SANCTION_TYPE = /sanction|freezes_assets|imposes_ban|blacklist|designat/;
/** "Asked whether Canada would impose sanctions on X": sanctions not imposed list nobody. */
const UNREAL_BEFORE = /\b(?:would|could|might|may|should|whether|if|threaten(?:s|ed)?\s+to)\b[^.;]*$/i;

/** Adds sanctions claims for names listed as targets of the sanctions the document has just reported. */
export function addListedSanctions(ctx: DocumentContext): void {
  const { sentences, text, docId, registry } = ctx;
  if (!/sanction|designat|blacklist/i.test(text)) return;
  const sanctioning = ctx.claims.filter((c) => SANCTION_TYPE.test(c.type) && c.type !== 'sanctioned_by');
  const said = new Set(sanctioning.map((c) => `${c.subject} ${c.object}`));
  const added: Claim[] = [];
  // (who a sentence of this pass said imposed sanctions, for the sentences after it)
  let carried: { start: number; keys: string[] } = { start: -1, keys: [] };
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    // (the latest sentence, this one or before, that says who sanctioned someone)
    const before = sanctioning.filter((c) => c.evidence.start <= s.start);
    const last = before.length ? Math.max(...before.map((c) => c.evidence.start)) : -1;
    let imposers =
      carried.start > last ? carried.keys : [...new Set(before.filter((c) => c.evidence.start === last).map((c) => c.subject))];
    let targets: SentenceData['mentions'] = [];
    let listStart = -1;
    const add = ADDED.exec(sentence);
    const list = LIST_AFTER.exec(sentence);
    const listed = LISTED_BEFORE.exec(sentence);
    const passive = listed && !NOT_LISTED_AFTER.test(sentence.slice(listed.index + listed[0].length)) ? listed : null;
    if (add) {
      const from = s.start + add.index;
      // ("Canada added X to its sanctions list": the one who adds them imposes the sanctions)
      const subject = s.mentions.filter((m) => m.key && m.end <= from && /^(?:Country|Organization)$/.test(registry.get(m.key)?.type ?? '')).pop();
      if (subject?.key) {
        imposers = [subject.key];
        carried = { start: s.start, keys: imposers };
      }
      const names = from + add[0].indexOf(add[1]!);
      targets = between(s, names, names + add[1]!.length);
    } else if (list && !UNREAL_BEFORE.test(sentence.slice(0, list.index))) {
      const from = s.start + list.index + list[0].length;
      const rest = text.slice(from, s.end);
      const stop = LIST_END.exec(rest);
      targets = between(s, from, stop ? from + stop.index : s.end);
      listStart = from;
      // ("Britain and Canada announced sanctions targeting X": who the sentence says imposed them)
      // (not the agency of a dateline: "WASHINGTON, June 17 (Wire) - The United States imposed sanctions on")
      const story = afterDateline(s.tokens);
      const own = s.mentions.filter(
        (m) => m.key && m.end <= s.start + list.index && /^(?:Country|Organization)$/.test(registry.get(m.key)?.type ?? '') &&
          !namedInPassing(text, m.start, m.end) && m.t0 >= story,
      );
      if (own.length) {
        imposers = [...new Set(own.map((m) => m.key!))];
        carried = { start: s.start, keys: imposers };
      }
    } else if (passive) {
      targets = between(s, s.start, s.start + passive.index);
    }
    for (const m of targets) {
      // (a name in passing is no target, "the commander of the National Police", unless it opens the list: "apply to X")
      const opens = listStart >= 0 && /^\s*(?:the\s+)?$/.test(text.slice(listStart, m.start));
      if (!m.key || (namedInPassing(text, m.start, m.end) && !opens) || insideQuote(ctx.quotes, m.start)) continue;
      const type = registry.get(m.key)?.type;
      if (type !== 'Person' && type !== 'Organization') continue;
      for (const imposer of imposers) {
        if (imposer === m.key || said.has(`${imposer} ${m.key}`)) continue;
        said.add(`${imposer} ${m.key}`);
        added.push({
          type: 'sanctions',
          label: 'sanctions',
          family: 'conflict',
          rule: 'doc:sanctions-listed',
          subject: imposer,
          object: m.key,
          evidence: evidenceOf(docId, text, s),
          confidence: 0.5,
        });
      }
    }
  }
  ctx.claims.push(...added);
}

/** The entity mentions of a sentence that lie between two text offsets. */
function between(s: SentenceData, from: number, to: number): SentenceData['mentions'] {
  return s.mentions.filter((m) => m.kind === 'entity' && m.start >= from && m.end <= to);
}
