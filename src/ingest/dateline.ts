// kg/ingest: finds a publication date in the opening lines of a text ("March 28, 2019", "2019-03-28",
// "28 March 2019"). Only full dates with a year count; a bare "Thursday, March 28" is not a date. A wire dateline
// without its year ("LUANDA, Nov 6 (Agency) -") is completed with the year the text names most (see datelineWithTextYear).
import { MONTHS, pad2 } from '../util/months.js';

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`);
const DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+((?:19|20)\\d{2})\\b`);
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;

const valid = (y: number, m: number, d: number): string | undefined =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad2(m)}-${pad2(d)}` : undefined;

/** Returns the ISO date of a dateline in the first ~400 characters, if any. */
export function findDateline(text: string): string | undefined {
  const head = text.slice(0, 400);
  const iso = ISO.exec(head);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MDY.exec(head);
  if (mdy) return valid(Number(mdy[3]), MONTHS[mdy[1]!.toLowerCase().replace('.', '')] ?? 0, Number(mdy[2]));
  const dmy = DMY.exec(head);
  if (dmy) return valid(Number(dmy[3]), MONTHS[dmy[2]!.toLowerCase().replace('.', '')] ?? 0, Number(dmy[1]));
  return undefined;
}

// A wire dateline's month and day, then the agency in brackets or the dash that opens the story.
const MD_DATELINE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\s*(?:\\([^)\\n]{1,60}\\)\\s*)?[-\u2013\u2014]`);
const DM_DATELINE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s*(?:\\([^)\\n]{1,60}\\)\\s*)?[-\u2013\u2014]`);
const YEAR = /\b(?:19|20)\d{2}\b/g;
// Years a story looks ahead to, which are not the year it is told in: "by 2030", "until 2027", "the 2025-2029 term",
// "a bond that falls due in 2027", "elections will be held in 2028".
const AHEAD_BEFORE = /(?:\b(?:by|until|till|through)\s+(?:the\s+end\s+of\s+)?|[-\u2013/])$/i;
const AHEAD_IN_CLAUSE = /\b(?:will|would|shall|due|until|till|postpone[sd]?|expires?|expiring|scheduled|planned|expected|targets?|targeted)\b[^.;!?\n]*$/i;

/**
 * The date of a dateline that gives a month and a day but no year ("LUANDA, Nov 6 (Continental Wire) -"), the year
 * being the one the text names most often (the latest of those tied): a story mostly names the year it is told in.
 * Years it looks ahead to are not counted. Undefined when there is no such dateline or the text names no other year.
 */
export function datelineWithTextYear(text: string): string | undefined {
  const head = text.slice(0, 400);
  const md = MD_DATELINE.exec(head);
  const dm = md ? undefined : DM_DATELINE.exec(head);
  const month = md ? MONTHS[md[1]!.toLowerCase().replace('.', '')] : dm ? MONTHS[dm[2]!.toLowerCase().replace('.', '')] : undefined;
  const day = md ? Number(md[2]) : dm ? Number(dm[1]) : 0;
  if (!month) return undefined;
  const counts = new Map<number, number>();
  for (const m of text.matchAll(YEAR)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (AHEAD_BEFORE.test(before) || AHEAD_IN_CLAUSE.test(before)) continue;
    counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
  }
  let year = 0;
  for (const [y, n] of counts) if (n > (counts.get(year) ?? 0) || (n === counts.get(year) && y > year)) year = y;
  return year ? valid(year, month, day) : undefined;
}
