// kg/ingest: one file of many records (JSON Lines, CSV with a header row) -> one document per record. A record
// without usable text is reported with its number and line and the others are kept; a file with no text column
// at all is refused whole. The text field is kept as it is (HTML in it is turned to text), so evidence offsets
// point into exactly the text the extractor sees. Does not walk directories or deduplicate.
import { parse as parseCsv, type CsvError } from 'csv-parse/sync';
import type { KgDocument } from '../model/types.js';
import { findDateline } from './dateline.js';
import { htmlToText } from './html-to-text.js';
import { SOURCE_FIELDS, type RecordFields } from './record-fields.js';

/** A record that could not become a document, or a note about one that did. */
export interface RecordIssue {
  /** 1-based number of the record in its file (the CSV header is not a record). */
  record: number;
  /** 1-based line where the record starts (CSV: where the problem was found). */
  line: number;
  reason: string;
}

/** A record that became a document. */
export interface RecordDocument {
  doc: KgDocument;
  record: number;
  line: number;
}

export interface RecordsResult {
  documents: RecordDocument[];
  /** Records skipped, in file order. */
  bad: RecordIssue[];
  /** Records kept with a caveat (an unreadable date). */
  notes: RecordIssue[];
  /** Set when the whole file is unusable (no text column): nothing else is returned. */
  unusable?: string;
}

type Fields = Map<string, unknown>;

/** The first of `names` present in `fields` with a non-empty value (names compared case-insensitively). */
function pick(fields: Fields, names: string[]): { name: string; value: unknown } | undefined {
  for (const name of names) {
    const value = fields.get(name.toLowerCase());
    if (value === undefined || value === null || value === '') continue;
    return { name, value };
  }
  return undefined;
}

const scalar = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/;

/** A record's date as YYYY[-MM[-DD]]: ISO strings, "March 3, 2026", RFC 2822 ("Tue, 03 Mar 2026 ..."), epoch numbers. */
export function normalizeRecordDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = Math.abs(value) < 1e11 ? value * 1000 : value; // seconds or milliseconds since 1970
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const iso = ISO_PREFIX.exec(s);
  if (iso) {
    const [month, day] = [Number(iso[2] ?? 1), Number(iso[3] ?? 1)];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? iso[0] : undefined;
  }
  return findDateline(s);
}

const LOOKS_LIKE_HTML = /<\/?(?:p|div|br|span|a|em|strong|b|i|h[1-6]|ul|ol|li|blockquote|article|section)\b[^>]*>/i;

/** Turns one record's fields into a document, or says why it cannot. */
function recordToDocument(
  fields: Fields,
  at: { file: string; path: string; record: number; line: number },
  roles: RecordFields,
  notes: RecordIssue[],
): KgDocument | string {
  const text = pick(fields, roles.text);
  if (!text) return `no text (expected a non-empty ${roles.text.join(', ')} field)`;
  if (typeof text.value !== 'string') return `field "${text.name}" is not a string (${typeof text.value})`;
  const body = LOOKS_LIKE_HTML.test(text.value) ? htmlToText(text.value).text : text.value;
  if (!body.trim()) return `empty text in field "${text.name}"`;
  const id = scalar(pick(fields, roles.id)?.value);
  const doc: KgDocument = { id: `${at.file}#${id ?? at.record}`, text: body, path: at.path };
  const title = scalar(pick(fields, roles.title)?.value);
  if (title) doc.title = title;
  const source = scalar(pick(fields, SOURCE_FIELDS)?.value);
  if (source) doc.source = source;
  const dateField = pick(fields, roles.date);
  const date = dateField ? normalizeRecordDate(dateField.value) : undefined;
  if (date) {
    doc.date = date;
    doc.dateFrom = 'record';
  } else {
    if (dateField) notes.push({ record: at.record, line: at.line, reason: `unreadable date ${JSON.stringify(dateField.value)} in field "${dateField.name}" (ignored)` });
    const dateline = findDateline(body);
    if (dateline) {
      doc.date = dateline;
      doc.dateFrom = 'dateline';
    }
  }
  return doc;
}

/** Gives repeated record ids within one file distinct document ids ("news.jsonl#7", "news.jsonl#7#2"). */
function keepIdsUnique(documents: RecordDocument[]): void {
  const seen = new Set<string>();
  for (const { doc } of documents) {
    let id = doc.id;
    for (let n = 2; seen.has(id); n++) id = `${doc.id}#${n}`;
    seen.add(id);
    doc.id = id;
  }
}

/** Reads JSON Lines: one JSON object per line; blank lines are ignored. `file` is the id prefix of the documents. */
export function readJsonLines(content: string, file: string, path: string, roles: RecordFields): RecordsResult {
  const result: RecordsResult = { documents: [], bad: [], notes: [] };
  const lines = content.split('\n');
  let record = 0;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) return;
    record++;
    const at = { file, path, record, line: i + 1 };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      result.bad.push({ record, line: i + 1, reason: `invalid JSON (${(error as Error).message.split('\n')[0]})` });
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      result.bad.push({ record, line: i + 1, reason: `not a JSON object (${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value})` });
      return;
    }
    const fields: Fields = new Map(Object.entries(value).map(([k, v]) => [k.toLowerCase(), v]));
    const doc = recordToDocument(fields, at, roles, result.notes);
    if (typeof doc === 'string') result.bad.push({ record, line: i + 1, reason: doc });
    else result.documents.push({ doc, record, line: i + 1 });
  });
  keepIdsUnique(result.documents);
  return result;
}

const CSV_REASONS: Record<string, (e: CsvError, columns: number) => string> = {
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: (e, columns) => `${(e as unknown as { record?: unknown[] }).record?.length ?? 'a different number of'} fields where the header has ${columns}`,
  CSV_QUOTE_NOT_CLOSED: () => 'a quoted field is never closed (the rest of the file is inside it)',
  CSV_INVALID_CLOSING_QUOTE: () => 'a quote inside a field that is not escaped as ""',
};

/** Reads CSV with a header row (RFC 4180: quoted fields may hold commas, quotes as "" and line breaks). */
export function readCsvRecords(content: string, file: string, path: string, roles: RecordFields): RecordsResult {
  const result: RecordsResult = { documents: [], bad: [], notes: [] };
  // Parsing (records the parser rejects are collected with the number of good rows read before them)
  const rejected: { after: number; line: number; error: CsvError | undefined }[] = [];
  const rows = parseCsv(content, {
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      const at = error as { records?: number; lines?: number } | undefined;
      rejected.push({ after: at?.records ?? 0, line: at?.lines ?? 0, error });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const first = rows[0];
  if (!first) return { ...result, unusable: rejected.length ? 'no readable header row' : 'empty file (no header row)' };
  const header = first.record.map((h) => h.trim().toLowerCase());
  if (!roles.text.some((name) => header.includes(name.toLowerCase()))) {
    return { ...result, unusable: `no text column (expected one of ${roles.text.join(', ')}; the header has ${first.record.join(', ')})` };
  }

  // Reading records in file order, rejected ones included; a record starts on the line after the one before
  let record = 0;
  let next = 0;
  let lastLine = first.info.lines;
  const reject = (upTo: number): void => {
    for (; next < rejected.length && rejected[next]!.after <= upTo; next++) {
      const { line, error } = rejected[next]!;
      record++;
      result.bad.push({ record, line: lastLine + 1, reason: error ? (CSV_REASONS[error.code]?.(error, header.length) ?? error.message) : 'unreadable record' });
      lastLine = Math.max(lastLine + 1, line);
    }
  };
  for (let r = 1; r < rows.length; r++) {
    reject(r);
    const { record: cells, info } = rows[r]!;
    record++;
    const line = lastLine + 1;
    lastLine = info.lines;
    const fields: Fields = new Map(header.map((h, i) => [h, cells[i]]));
    const doc = recordToDocument(fields, { file, path, record, line }, roles, result.notes);
    if (typeof doc === 'string') result.bad.push({ record, line, reason: doc });
    else result.documents.push({ doc, record, line });
  }
  reject(Infinity);
  keepIdsUnique(result.documents);
  return result;
}
