// kg/extract: sanctions listed apart from the act that imposed them: "The sanctions target X, Y and Z", "Among those
// targeted is X", "Those sanctioned include X", "X was also sanctioned", "Canada added X to its sanctions list". Who
// imposed them is who the document has just said sanctioned someone (a sanction claim in that sentence or before it).
// Knows no particular body: only the words sanction lists are written with.
import type { Claim } from '../model/types.js';
import { evidenceOf, insideQuote, type DocumentContext, type SentenceData } from './document-context.js';
import { namedInPassing } from './mentions.js';

/** "The sanctions target", "the measures also include": the listed names follow. */
const LIST_AFTER = new RegExp(
  '\\b(?:sanctions|measures|penalties|restrictions|designations|asset freezes|travel bans|listings)\\s+(?:also\\s+|will\\s+|would\\s+)?' +
    '(?:target(?:s|ed)?|hit|cover(?:s|ed)?|name[sd]?|include[sd]?|appl(?:y|ies|ied)\\s+to)\\b' +
    '|\\b(?:among\\s+)?those\\s+(?:sanctioned|targeted|designated|listed|named|blacklisted)\\s+(?:is|are|was|were|include[sd]?)\\b' +
    '|\\balso\\s+(?:sanctioned|targeted|designated|listed|blacklisted)\\s+(?:is|are|was|were)\\b',
  'i',
);
/** "X was also sanctioned": the names before it, when no agent follows. */
const LISTED_BEFORE =
  /\b(?:was|were|has been|have been|had been)\s+(?:also\s+)?(?:sanctioned|designated|blacklisted|targeted|listed)\b(?!\s+(?:by|as|on|in)\b)/i;
/** "added X and Y to its sanctions list": the names between. */
const ADDED = /\badd(?:s|ed)?\b([^.]*?)\bto\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}(?:sanctions?|black|entity|terror(?:ism)?)\s*list\b/i;
/** Where a list of names ends: a relative clause or a reason. */
const LIST_END = /\b(?:who|whom|which|that|because|after|said|accused|for allegedly)\b/i;

const SANCTION_TYPE = /sanction|freezes_assets|imposes_ban|blacklist|designat/;

/** Adds sanctions claims for names listed as targets of the sanctions the document has just reported. */
export function addListedSanctions(ctx: DocumentContext): void {
  const { sentences, text, docId, registry } = ctx;
  const sanctioning = ctx.claims.filter((c) => SANCTION_TYPE.test(c.type) && c.type !== 'sanctioned_by');
  if (!sanctioning.length && !ADDED.test(text)) return;
  const said = new Set(sanctioning.map((c) => `${c.subject} ${c.object}`));
  const added: Claim[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    // (the latest sentence, this one or before, that says who sanctioned someone)
    const before = sanctioning.filter((c) => c.evidence.start <= s.start);
    const last = before.length ? Math.max(...before.map((c) => c.evidence.start)) : -1;
    let imposers = [...new Set(before.filter((c) => c.evidence.start === last).map((c) => c.subject))];
    let targets: SentenceData['mentions'] = [];
    const add = ADDED.exec(sentence);
    const list = LIST_AFTER.exec(sentence);
    const passive = LISTED_BEFORE.exec(sentence);
    if (add) {
      const from = s.start + add.index;
      // ("Canada added X to its sanctions list": the one who adds them imposes the sanctions)
      const subject = s.mentions.filter((m) => m.key && m.end <= from && /^(?:Country|Organization)$/.test(registry.get(m.key)?.type ?? '')).pop();
      if (subject?.key) imposers = [subject.key];
      const names = from + add[0].indexOf(add[1]!);
      targets = between(s, names, names + add[1]!.length);
    } else if (list) {
      const from = s.start + list.index + list[0].length;
      const rest = text.slice(from, s.end);
      const stop = LIST_END.exec(rest);
      targets = between(s, from, stop ? from + stop.index : s.end);
    } else if (passive) {
      targets = between(s, s.start, s.start + passive.index);
    }
    for (const m of targets) {
      if (!m.key || namedInPassing(text, m.start, m.end) || insideQuote(ctx.quotes, m.start)) continue;
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
