// kg/ingest: files and directories -> KgDocuments. Walks directories (symlink loops and unreadable files are
// skipped with a reason), decodes, strips front matter / HTML, splits JSON Lines and CSV files into one document
// per record, reads PDFs page by page (asynchronously: readDocumentsAsync), dates each document and drops
// duplicates. Does no extraction.
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { KgError } from '../model/errors.js';
import type { KgDocument } from '../model/types.js';
import { decodeBytes } from './decode.js';
import { findDateline } from './dateline.js';
import { splitFrontMatter } from './front-matter.js';
import { htmlToText } from './html-to-text.js';
import { createHash } from 'node:crypto';
import type { PdfText } from './pdf-to-text.js';
import { resolveRecordFields, type RecordFieldOptions, type RecordFields } from './record-fields.js';
import { readCsvRecords, readJsonLines, type RecordsResult } from './records.js';
import { describeInput, type SkippedInput } from './skipped-input.js';

/** Files of one document each. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];
/** Files of one document per record. */
export const RECORD_EXTENSIONS = ['.jsonl', '.ndjson', '.csv'];
export const DOCUMENT_EXTENSIONS = [...TEXT_EXTENSIONS, ...RECORD_EXTENSIONS, '.pdf'];
const FORMATS_HINT = '.txt, .md, .html, .jsonl, .csv or .pdf';

export type { SkippedInput } from './skipped-input.js';

export interface IngestResult {
  documents: KgDocument[];
  skipped: SkippedInput[];
  warnings: SkippedInput[];
}

interface Found {
  path: string;
  id: string;
  size: number;
}

/** Files larger than this are skipped (with a reason) unless `maxBytes` says otherwise. */
export const MAX_DOCUMENT_BYTES = 20 * 2 ** 20;

/** Record files (JSON Lines, CSV) may be this large; `maxBytes` then applies to each record's text. */
export const MAX_RECORD_FILE_BYTES = 512 * 2 ** 20;

export interface ReadOptions {
  /** Throw INPUT_UNREADABLE on the first skipped document (or bad record) instead of skipping it. */
  strict?: boolean;
  /** Skip files (for JSON Lines and CSV: records) larger than this many bytes (default MAX_DOCUMENT_BYTES). */
  maxBytes?: number;
  /** Which record fields hold the text, title, date and id (see DEFAULT_RECORD_FIELDS). */
  fields?: RecordFieldOptions;
}

/** Lists document files under the given paths (sorted, deduplicated by real path). */
function listFiles(inputs: string[], skipped: SkippedInput[]): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  const visit = (path: string, root: string, explicit: boolean): void => {
    let real: string;
    let stat;
    try {
      real = realpathSync(path);
      stat = statSync(real);
    } catch (error) {
      if (explicit) throw new KgError('INPUT_NOT_FOUND', `kg/ingest: cannot read "${path}": no such file or directory`);
      skipped.push({ path, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    if (stat.isDirectory()) {
      if (seen.has(real)) return; // symlink loop or repeated directory
      seen.add(real);
      let entries: string[];
      try {
        entries = readdirSync(real).sort();
      } catch (error) {
        skipped.push({ path, reason: `unreadable directory (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
        return;
      }
      for (const name of entries) {
        if (name.startsWith('.')) continue;
        visit(join(path, name), root, false);
      }
      return;
    }
    if (!stat.isFile()) return;
    const ext = extname(path).toLowerCase();
    if (!DOCUMENT_EXTENSIONS.includes(ext)) {
      if (explicit) skipped.push({ path, reason: `unsupported extension "${ext}" (use ${FORMATS_HINT})` });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    const id = root === path ? basename(path) : relative(root, path).split(sep).join('/');
    found.push({ path, id, size: stat.size });
  };
  for (const input of inputs) {
    const abs = resolve(input);
    visit(abs, abs, true);
  }
  // Order by id (then path) so the input order never changes which duplicate wins or the output.
  found.sort((a, b) => compareStrings(a.id, b.id) || compareStrings(a.path, b.path));
  // Two inputs with the same relative name ("a/x.md" and "b/x.md" given as files) get distinct ids.
  const ids = new Set<string>();
  for (const f of found) {
    let id = f.id;
    for (let n = 2; ids.has(id); n++) id = `${f.id}#${n}`;
    ids.add(id);
    f.id = id;
  }
  return found;
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Parses one file's text according to its extension. */
export function parseDocument(id: string, raw: string, ext: string, path?: string): { doc: KgDocument; warnings: string[] } {
  const warnings: string[] = [];
  let text = raw;
  let meta: { title?: string; date?: string; source?: string } = {};
  let dateFrom: KgDocument['dateFrom'];
  if (ext === '.md' || ext === '.markdown') {
    const fm = splitFrontMatter(raw);
    text = fm.body;
    meta = fm.meta;
    if (fm.warning) warnings.push(fm.warning);
    if (meta.date) dateFrom = 'front-matter';
  } else if (ext === '.html' || ext === '.htm') {
    const h = htmlToText(raw);
    text = h.text;
    if (h.title) meta.title = h.title;
    if (h.date) {
      meta.date = h.date;
      dateFrom = 'meta';
    }
  }
  if (!meta.date) {
    const d = findDateline(text);
    if (d) {
      meta.date = d;
      dateFrom = 'dateline';
    }
  }
  const doc: KgDocument = { id, text };
  if (meta.title) doc.title = meta.title;
  if (meta.date) doc.date = meta.date;
  if (meta.source) doc.source = meta.source;
  if (dateFrom) doc.dateFrom = dateFrom;
  if (path) doc.path = path;
  return { doc, warnings };
}

/** What one read collects, shared by the file readers. */
interface Reading {
  options: ReadOptions;
  roles: RecordFields;
  maxBytes: number;
  documents: KgDocument[];
  skipped: SkippedInput[];
  warnings: SkippedInput[];
  duplicates: SkippedInput[];
  hashes: Set<string>;
}

/** Keeps a parsed document unless it is empty or a duplicate of one already kept. */
function keep(r: Reading, doc: KgDocument, from: Omit<SkippedInput, 'reason'>): void {
  if (!doc.text.trim()) return skip(r, { ...from, reason: 'empty document (no text)' });
  const hash = createHash('sha1').update(doc.text).digest('hex');
  if (r.hashes.has(hash)) {
    // A duplicate is not an error (not even with --strict): the same text simply counts once.
    r.duplicates.push({ ...from, reason: 'duplicate of another document (same text)' });
    return;
  }
  r.hashes.add(hash);
  r.documents.push(doc);
}

/** Records a skipped input; a bad record fails at once with --strict (files are checked after listing). */
function skip(r: Reading, s: SkippedInput): void {
  if (r.options.strict && s.record !== undefined) {
    throw new KgError('INPUT_UNREADABLE', `kg/ingest: cannot use ${describeInput(s)}: ${s.reason} (--strict)`, { path: s.path, record: s.record });
  }
  r.skipped.push(s);
}

/** Reads a JSON Lines or CSV file: each record is a document, each bad record one skip with its number. */
function readRecordFile(r: Reading, found: Found, content: string): void {
  const { path, id } = found;
  const ext = extname(path).toLowerCase();
  const result: RecordsResult = ext === '.csv' ? readCsvRecords(content, id, path, r.roles) : readJsonLines(content, id, path, r.roles);
  if (result.unusable) return skip(r, { path, reason: result.unusable });
  // In file order: the bad records and the kept ones interleave as they come
  const bad = [...result.bad];
  const flushBad = (before: number): void => {
    while (bad.length && bad[0]!.record < before) {
      const b = bad.shift()!;
      skip(r, { path, record: b.record, line: b.line, reason: b.reason });
    }
  };
  for (const n of result.notes) r.warnings.push({ path, record: n.record, line: n.line, reason: n.reason });
  for (const { doc, record, line } of result.documents) {
    const at = { record, line };
    flushBad(record);
    if (doc.text.length > r.maxBytes) {
      skip(r, { path, ...at, reason: `too large (${(doc.text.length / 2 ** 20).toFixed(1)} MB of text > ${(r.maxBytes / 2 ** 20).toFixed(1)} MB)` });
      continue;
    }
    keep(r, doc, { path, ...at });
  }
  flushBad(Infinity);
}

/** Reads one file found by listFiles; `pdf` is its text when it is a PDF read beforehand. */
function readFound(r: Reading, found: Found, pdf: PdfText | KgError | undefined): void {
  const { path, id, size } = found;
  const ext = extname(path).toLowerCase();
  const isRecords = RECORD_EXTENSIONS.includes(ext);
  const limit = isRecords ? MAX_RECORD_FILE_BYTES : r.maxBytes;
  if (size > limit) {
    return skip(r, { path, reason: `too large (${(size / 2 ** 20).toFixed(1)} MB > ${(limit / 2 ** 20).toFixed(1)} MB; split it into smaller documents)` });
  }
  if (ext === '.pdf') {
    if (pdf === undefined) return skip(r, { path, reason: 'a PDF is read asynchronously (use buildGraph or readDocumentsAsync)' });
    if (pdf instanceof KgError) return skip(r, { path, reason: String(pdf.details?.reason ?? pdf.message) });
    const { doc, warnings } = parseDocument(id, pdf.text, ext, path);
    for (const w of warnings) r.warnings.push({ path, reason: w });
    if (pdf.title) doc.title = pdf.title;
    doc.pages = pdf.pages;
    if (!doc.text.trim()) return skip(r, { path, reason: 'empty document (no text: a scanned PDF needs OCR first)' });
    return keep(r, doc, { path });
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return skip(r, { path, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
  }
  const decoded = decodeBytes(bytes);
  if (decoded.binary) return skip(r, { path, reason: decoded.warnings.join('; ') });
  for (const w of decoded.warnings) r.warnings.push({ path, reason: w });
  if (isRecords) return readRecordFile(r, found, decoded.text);
  const { doc, warnings: docWarnings } = parseDocument(id, decoded.text, ext, path);
  for (const w of docWarnings) r.warnings.push({ path, reason: w });
  keep(r, doc, { path });
}

/** Lists the inputs and prepares a reading (validating the options first). */
function startReading(inputs: string[], options: ReadOptions): { files: Found[]; reading: Reading } {
  if (inputs.length === 0) throw new KgError('USAGE', 'kg/ingest: no input given (pass files or directories)');
  const roles = resolveRecordFields(options.fields);
  const skipped: SkippedInput[] = [];
  const files = listFiles(inputs, skipped);
  const reading: Reading = {
    options,
    roles,
    maxBytes: options.maxBytes ?? MAX_DOCUMENT_BYTES,
    documents: [],
    skipped,
    warnings: [],
    duplicates: [],
    hashes: new Set(),
  };
  return { files, reading };
}

/** Applies --strict to skipped files and NO_DOCUMENTS to an empty result; returns the documents by id. */
function finishReading(inputs: string[], r: Reading): IngestResult {
  const { documents, skipped, warnings, duplicates, options } = r;
  skipped.push(...duplicates);
  if (options.strict && skipped.length > duplicates.length) {
    const first = skipped[0]!;
    throw new KgError('INPUT_UNREADABLE', `kg/ingest: cannot use ${describeInput(first)}: ${first.reason} (--strict)`);
  }
  if (documents.length === 0) {
    throw new KgError(
      'NO_DOCUMENTS',
      `kg/ingest: no documents found in ${inputs.map((i) => `"${i}"`).join(', ')} (expected ${FORMATS_HINT} files${skipped.length ? `; ${skipped.length} skipped` : ''})`,
    );
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { documents, skipped, warnings };
}

/**
 * Reads every document under `inputs` synchronously. Throws INPUT_NOT_FOUND for a missing path and NO_DOCUMENTS
 * when nothing usable is left; unreadable, binary or empty files and bad records are reported in `skipped` (with
 * `strict`, thrown). PDFs need asynchronous reading and are skipped here with that reason: use readDocumentsAsync.
 */
export function readDocuments(inputs: string[], options: ReadOptions = {}): IngestResult {
  const { files, reading } = startReading(inputs, options);
  for (const found of files) readFound(reading, found, undefined);
  return finishReading(inputs, reading);
}

/** Reads every document under `inputs` as readDocuments does, PDFs included (each through pdf.js, one at a time). */
export async function readDocumentsAsync(inputs: string[], options: ReadOptions = {}): Promise<IngestResult> {
  const { files, reading } = startReading(inputs, options);
  for (const found of files) {
    let pdf: PdfText | KgError | undefined;
    if (extname(found.path).toLowerCase() === '.pdf' && found.size <= reading.maxBytes) pdf = await readPdf(found.path);
    readFound(reading, found, pdf);
  }
  return finishReading(inputs, reading);
}

/** A PDF's text, or the KgError saying why it has none (the PDF reader is loaded on the first PDF). */
async function readPdf(path: string): Promise<PdfText | KgError> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    return new KgError('INPUT_UNREADABLE', `kg/ingest: cannot read "${path}": ${reason}`, { reason });
  }
  const { pdfToText } = await import('./pdf-to-text.js');
  try {
    return await pdfToText(bytes, path);
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
}
