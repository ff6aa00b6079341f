// kg/ingest: finds a publication date in the opening lines of a text ("March 28, 2019", "2019-03-28",
// "28 March 2019"). Only full dates with a year count; a bare "Thursday, March 28" is not a date.
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
