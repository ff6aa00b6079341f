// kg/extract: finds date expressions in a sentence and resolves them against the document date
// ("May, 2001" -> 2001-05; "in May" in a 2025 article -> 2025-05; "Saturday, March 23" -> 2019-03-23;
// "on Thursday" -> the last Thursday on or before the document date). Without a document date, expressions
// lacking a year resolve to nothing: a year is never guessed.
import { MONTHS, WEEKDAYS, pad2 } from '../util/months.js';

export interface DateMention {
  start: number;
  end: number;
  iso: string;
}

const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' +
    'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY_RE = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const YEAR_RE = '((?:19|20)\\d{2})';

/** What a sentence must contain for a pattern to match at all (checked once per sentence, to skip the others). */
type Hint = 'digit+month' | 'month' | 'monthAnyCase' | 'weekday' | 'digit' | 'year' | 'ago';
const HINTS: Record<Hint, (s: string) => boolean> = {
  'digit+month': (s) => /\d/.test(s) && /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(s),
  month: (s) => /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(s),
  monthAnyCase: (s) => /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(s),
  weekday: (s) => /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/.test(s),
  digit: (s) => /\d/.test(s),
  year: (s) => /year/i.test(s),
  ago: (s) => /\bago\b/i.test(s),
};

/** Counts written as words, for "three years ago". */
const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const COUNT_RE = `(\\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})`;
const count = (s: string | undefined): number => COUNT_WORDS[(s ?? '').toLowerCase()] ?? Number(s);

const PATTERNS: { hint: Hint; re: RegExp; resolve: (m: RegExpExecArray, doc?: DocDate) => string | undefined }[] = [
  // "March 28, 2019" / "Nov. 11, 2025"
  { hint: 'digit+month', re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR_RE}\\b`, 'g'), resolve: (m) => ymd(m[3], m[1], m[2]) },
  // "28 March 2019"
  { hint: 'digit+month', re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE}\\s+${YEAR_RE}\\b`, 'g'), resolve: (m) => ymd(m[3], m[2], m[1]) },
  // "May, 2001" / "May 2001"
  { hint: 'digit+month', re: new RegExp(`\\b${MONTH_RE},?\\s+${YEAR_RE}\\b`, 'g'), resolve: (m) => ym(m[2], m[1]) },
  // "Saturday, March 23" / "March 23" / "Nov. 11" (year from the document)
  {
    hint: 'month',
    re: new RegExp(`\\b(?:${WEEKDAY_RE},?\\s+)?${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*(?:19|20)\\d{2})`, 'g'),
    resolve: (m, doc) => (doc ? ymd(String(doc.year), m[2], m[3]) : undefined),
  },
  // "in May of last year" / "March of this year"
  {
    hint: 'year',
    re: new RegExp(`\\b${MONTH_RE}\\s+of\\s+(last|this|next)\\s+year\\b`, 'gi'),
    resolve: (m, doc) => {
      const month = monthNumber(m[1]);
      if (!doc || !month) return undefined;
      const word = m[2]!.toLowerCase();
      return `${doc.year + (word === 'last' ? -1 : word === 'next' ? 1 : 0)}-${pad2(month)}`;
    },
  },
  // "last December" / "next April" / "in May" / "since June"
  {
    hint: 'monthAnyCase',
    re: new RegExp(`\\b(last|next|in|since|until|by|during|early|late|mid-?)\\s+${MONTH_RE}\\b(?!\\s+\\d)`, 'gi'),
    resolve: (m, doc) => {
      if (!doc) return undefined;
      const month = monthNumber(m[2]);
      if (!month) return undefined;
      const word = m[1]!.toLowerCase();
      let year = doc.year;
      if (word === 'last' && month >= doc.month) year -= 1;
      if (word === 'next' && month <= doc.month) year += 1;
      return `${year}-${pad2(month)}`;
    },
  },
  // "on Saturday" / "Thursday" / "last Tuesday"
  {
    hint: 'weekday',
    re: new RegExp(`\\b(?:(last|next|this|on|earlier|later)\\s+)?${WEEKDAY_RE}\\b(?!,?\\s+${MONTH_RE})`, 'g'),
    resolve: (m, doc) => (doc ? weekday(doc, m[2]!, m[1]?.toLowerCase()) : undefined),
  },
  // "in 2011" / "since 2014" / "2001" alone
  {
    hint: 'digit',
    re: new RegExp(`(?<![\\d$€£.,-])\\b${YEAR_RE}\\b(?![\\d-]|\\s*(?:troops|people|soldiers|km|kilometres|miles|tons|tonnes|%))`, 'g'),
    resolve: (m) => m[1],
  },
  // "three years ago" -> the year; "two months ago" -> the month
  {
    hint: 'ago',
    re: new RegExp(`\\b${COUNT_RE}\\s+(years?|months?)\\s+ago\\b`, 'gi'),
    resolve: (m, doc) => {
      const n = count(m[1]);
      if (!doc || !(n >= 1)) return undefined;
      if (/^y/i.test(m[2]!)) return String(doc.year - n);
      const months = doc.year * 12 + (doc.month - 1) - n;
      return `${Math.floor(months / 12)}-${pad2((months % 12) + 1)}`;
    },
  },
  // "last year" / "this year" / "next year"
  {
    hint: 'year',
    re: /\b(last|this|next)\s+year\b/gi,
    resolve: (m, doc) => (doc ? String(doc.year + (m[1]!.toLowerCase() === 'last' ? -1 : m[1]!.toLowerCase() === 'next' ? 1 : 0)) : undefined),
  },
];

export interface DocDate {
  year: number;
  month: number;
  day: number;
}

/** Parses a document's ISO date (YYYY-MM-DD, or partial) for resolution. */
export function parseDocDate(iso: string | undefined): DocDate | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2] ?? 1), day: Number(m[3] ?? 1) };
}

const monthNumber = (s: string | undefined): number => MONTHS[(s ?? '').toLowerCase().replace('.', '')] ?? 0;

function ym(year: string | undefined, month: string | undefined): string | undefined {
  const m = monthNumber(month);
  return year && m ? `${year}-${pad2(m)}` : undefined;
}

function ymd(year: string | undefined, month: string | undefined, day: string | undefined): string | undefined {
  const m = monthNumber(month);
  const d = Number(day);
  if (!year || !m || !(d >= 1 && d <= 31)) return undefined;
  return `${year}-${pad2(m)}-${pad2(d)}`;
}

function weekday(doc: DocDate, name: string, modifier: string | undefined): string | undefined {
  const target = WEEKDAYS[name.toLowerCase()];
  if (target === undefined) return undefined;
  const base = new Date(Date.UTC(doc.year, doc.month - 1, doc.day));
  const current = base.getUTCDay();
  let delta: number;
  if (modifier === 'next') delta = ((target - current + 7) % 7) || 7;
  else {
    delta = -((current - target + 7) % 7);
    if (modifier === 'last' && delta === 0) delta = -7;
  }
  const d = new Date(base.getTime() + delta * 86400000);
  return d.toISOString().slice(0, 10);
}

/** All date expressions in text[start, end), most specific first when they overlap. */
export function findDates(text: string, start: number, end: number, docDate: DocDate | undefined): DateMention[] {
  const slice = text.slice(start, end);
  const found: DateMention[] = [];
  const hinted = new Map<Hint, boolean>();
  for (const { hint, re, resolve } of PATTERNS) {
    let maybe = hinted.get(hint);
    if (maybe === undefined) hinted.set(hint, (maybe = HINTS[hint](slice)));
    if (!maybe) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (found.some((f) => s < f.end && e > f.start)) continue;
      // "cut emissions by 2030", "until 2027": a deadline, not when something happened
      if (/\b(?:by|until|till|before|through)\s+$/i.test(slice.slice(Math.max(0, m.index - 10), m.index))) continue;
      const iso = resolve(m, docDate);
      if (iso) found.push({ start: s, end: e, iso });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The date expression nearest to character offset `at` (within the same text), if any. */
export function nearestDate(dates: DateMention[], at: number): string | undefined {
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    const distance = at < d.start ? d.start - at : at > d.end ? at - d.end : 0;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best?.iso;
}
