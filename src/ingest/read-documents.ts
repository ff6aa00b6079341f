// kg/ingest: files and directories -> KgDocuments. Walks directories (symlink loops and unreadable files are
// skipped with a reason), decodes, strips front matter / HTML, splits JSON Lines and CSV files into one document
// per record, reads PDFs page by page (asynchronously: readDocumentsAsync), dates each document and drops
// duplicates. Does no extraction. listDocumentFiles and readDocumentFile(Async) are the two halves of reading,
// for incremental builds that read only the files that changed.
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

/** A document file found under the inputs, with what `stat` says of it (incremental builds compare these). */
export interface DocumentFile {
  path: string;
  id: string;
  size: number;
  mtimeMs: number;
  ino: number;
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

/** Lists document files under the given paths (sorted by id, deduplicated by real path); reads no file. */
export function listDocumentFiles(inputs: string[], skipped: SkippedInput[]): DocumentFile[] {
  const found: DocumentFile[] = [];
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
    found.push({ path, id, size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino });
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

/** The hash duplicate detection compares: two documents with the same text count once. */
export const documentTextHash = (text: string): string => createHash('sha1').update(text).digest('hex');

/** Reading options with the defaults applied and the record fields validated (resolveReadOptions). */
export interface ResolvedReadOptions {
  strict: boolean;
  maxBytes: number;
  roles: RecordFields;
}

/** Applies the defaults to reading options and validates the record fields (INVALID_OPTION). */
export const resolveReadOptions = (options: ReadOptions = {}): ResolvedReadOptions => ({
  strict: options.strict ?? false,
  maxBytes: options.maxBytes ?? MAX_DOCUMENT_BYTES,
  roles: resolveRecordFields(options.fields),
});

/** A document read from a file, with the record it came from (JSON Lines, CSV). */
export interface FileDocument {
  doc: KgDocument;
  record?: number;
  line?: number;
}

/**
 * What reading one file gives: its documents in file order (duplicates not yet removed: that takes every file),
 * what was skipped (the file, or bad records) and any warnings.
 */
export interface FileReading {
  documents: FileDocument[];
  skipped: SkippedInput[];
  warnings: SkippedInput[];
}

/** The error --strict makes of a bad record (files are checked once every file is read: checkDocumentsRead). */
export const strictRecordError = (s: SkippedInput): KgError =>
  new KgError('INPUT_UNREADABLE', `kg/ingest: cannot use ${describeInput(s)}: ${s.reason} (--strict)`, { path: s.path, record: s.record });

/** Records a skipped input; a bad record fails at once with --strict. */
function skip(r: FileReading, options: ResolvedReadOptions, s: SkippedInput): void {
  if (options.strict && s.record !== undefined) throw strictRecordError(s);
  r.skipped.push(s);
}

/** Keeps a parsed document unless it is empty. */
function keep(r: FileReading, options: ResolvedReadOptions, doc: KgDocument, from: Omit<SkippedInput, 'reason'>): void {
  if (!doc.text.trim()) return skip(r, options, { ...from, reason: 'empty document (no text)' });
  const d: FileDocument = { doc };
  if (from.record !== undefined) d.record = from.record;
  if (from.line !== undefined) d.line = from.line;
  r.documents.push(d);
}

/** Reads a JSON Lines or CSV file: each record is a document, each bad record one skip with its number. */
function readRecordFile(r: FileReading, options: ResolvedReadOptions, file: DocumentFile, content: string): void {
  const { path, id } = file;
  const ext = extname(path).toLowerCase();
  const result: RecordsResult = ext === '.csv' ? readCsvRecords(content, id, path, options.roles) : readJsonLines(content, id, path, options.roles);
  if (result.unusable) return skip(r, options, { path, reason: result.unusable });
  // In file order: the bad records and the kept ones interleave as they come
  const bad = [...result.bad];
  const flushBad = (before: number): void => {
    while (bad.length && bad[0]!.record < before) {
      const b = bad.shift()!;
      skip(r, options, { path, record: b.record, line: b.line, reason: b.reason });
    }
  };
  for (const n of result.notes) r.warnings.push({ path, record: n.record, line: n.line, reason: n.reason });
  for (const { doc, record, line } of result.documents) {
    const at = { record, line };
    flushBad(record);
    if (doc.text.length > options.maxBytes) {
      skip(r, options, { path, ...at, reason: `too large (${(doc.text.length / 2 ** 20).toFixed(1)} MB of text > ${(options.maxBytes / 2 ** 20).toFixed(1)} MB)` });
      continue;
    }
    keep(r, options, doc, { path, ...at });
  }
  flushBad(Infinity);
}

/**
 * Reads and parses one listed file (too large, unreadable, binary and empty files, and bad records, are skipped
 * with a reason; with `strict` a bad record throws INPUT_UNREADABLE). `pdf` is the text of a PDF read
 * beforehand (readDocumentFileAsync); without it a PDF is skipped with that reason.
 */
export function readDocumentFile(file: DocumentFile, options: ResolvedReadOptions, pdf?: PdfText | KgError): FileReading {
  const r: FileReading = { documents: [], skipped: [], warnings: [] };
  const { path, id, size } = file;
  const ext = extname(path).toLowerCase();
  const isRecords = RECORD_EXTENSIONS.includes(ext);
  const limit = isRecords ? MAX_RECORD_FILE_BYTES : options.maxBytes;
  if (size > limit) {
    skip(r, options, { path, reason: `too large (${(size / 2 ** 20).toFixed(1)} MB > ${(limit / 2 ** 20).toFixed(1)} MB; split it into smaller documents)` });
    return r;
  }
  if (ext === '.pdf') {
    if (pdf === undefined) skip(r, options, { path, reason: 'a PDF is read asynchronously (use buildGraph or readDocumentsAsync)' });
    else if (pdf instanceof KgError) skip(r, options, { path, reason: String(pdf.details?.reason ?? pdf.message) });
    else {
      const { doc, warnings } = parseDocument(id, pdf.text, ext, path);
      for (const w of warnings) r.warnings.push({ path, reason: w });
      if (pdf.title) doc.title = pdf.title;
      doc.pages = pdf.pages;
      if (!doc.text.trim()) skip(r, options, { path, reason: 'empty document (no text: a scanned PDF needs OCR first)' });
      else keep(r, options, doc, { path });
    }
    return r;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    skip(r, options, { path, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    return r;
  }
  const decoded = decodeBytes(bytes);
  if (decoded.binary) {
    skip(r, options, { path, reason: decoded.warnings.join('; ') });
    return r;
  }
  for (const w of decoded.warnings) r.warnings.push({ path, reason: w });
  if (isRecords) {
    readRecordFile(r, options, file, decoded.text);
    return r;
  }
  const { doc, warnings: docWarnings } = parseDocument(id, decoded.text, ext, path);
  for (const w of docWarnings) r.warnings.push({ path, reason: w });
  keep(r, options, doc, { path });
  return r;
}

/** readDocumentFile for any file, PDFs included (read through pdf.js first). */
export async function readDocumentFileAsync(file: DocumentFile, options: ResolvedReadOptions): Promise<FileReading> {
  const pdf = extname(file.path).toLowerCase() === '.pdf' && file.size <= options.maxBytes ? await readPdf(file.path) : undefined;
  return readDocumentFile(file, options, pdf);
}

/**
 * The end of reading: with `strict`, the first skipped file (duplicates aside) is an INPUT_UNREADABLE error;
 * no document at all is NO_DOCUMENTS. `skipped` lists duplicates last.
 */
export function checkDocumentsRead(inputs: string[], documents: number, skipped: SkippedInput[], duplicates: number, strict: boolean): void {
  if (strict && skipped.length > duplicates) {
    const first = skipped[0]!;
    throw new KgError('INPUT_UNREADABLE', `kg/ingest: cannot use ${describeInput(first)}: ${first.reason} (--strict)`);
  }
  if (documents === 0) {
    throw new KgError(
      'NO_DOCUMENTS',
      `kg/ingest: no documents found in ${inputs.map((i) => `"${i}"`).join(', ')} (expected ${FORMATS_HINT} files${skipped.length ? `; ${skipped.length} skipped` : ''})`,
    );
  }
}

/** Collects the readings of the listed files, in listing order: the same text counts once, the first keeping it. */
function createCollector() {
  const documents: KgDocument[] = [];
  const skipped: SkippedInput[] = [];
  const warnings: SkippedInput[] = [];
  const duplicates: SkippedInput[] = [];
  const hashes = new Set<string>();
  return {
    skipped,
    add(reading: FileReading, path: string): void {
      warnings.push(...reading.warnings);
      skipped.push(...reading.skipped);
      for (const d of reading.documents) {
        const hash = documentTextHash(d.doc.text);
        if (hashes.has(hash)) {
          // A duplicate is not an error (not even with --strict): the same text simply counts once.
          duplicates.push({ path, ...(d.record !== undefined ? { record: d.record } : {}), ...(d.line !== undefined ? { line: d.line } : {}), reason: 'duplicate of another document (same text)' });
          continue;
        }
        hashes.add(hash);
        documents.push(d.doc);
      }
    },
    finish(inputs: string[], strict: boolean): IngestResult {
      skipped.push(...duplicates);
      checkDocumentsRead(inputs, documents.length, skipped, duplicates.length, strict);
      documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { documents, skipped, warnings };
    },
  };
}

/** Validates the inputs and options and lists the files. */
function startReading(inputs: string[], options: ReadOptions): { files: DocumentFile[]; resolved: ResolvedReadOptions; collector: ReturnType<typeof createCollector> } {
  if (inputs.length === 0) throw new KgError('USAGE', 'kg/ingest: no input given (pass files or directories)');
  const resolved = resolveReadOptions(options);
  const collector = createCollector();
  const files = listDocumentFiles(inputs, collector.skipped);
  return { files, resolved, collector };
}

/**
 * Reads every document under `inputs` synchronously. Throws INPUT_NOT_FOUND for a missing path and NO_DOCUMENTS
 * when nothing usable is left; unreadable, binary or empty files and bad records are reported in `skipped` (with
 * `strict`, thrown). PDFs need asynchronous reading and are skipped here with that reason: use readDocumentsAsync.
 */
export function readDocuments(inputs: string[], options: ReadOptions = {}): IngestResult {
  const { files, resolved, collector } = startReading(inputs, options);
  for (const file of files) collector.add(readDocumentFile(file, resolved), file.path);
  return collector.finish(inputs, resolved.strict);
}

/** Reads every document under `inputs` as readDocuments does, PDFs included (each through pdf.js, one at a time). */
export async function readDocumentsAsync(inputs: string[], options: ReadOptions = {}): Promise<IngestResult> {
  const { files, resolved, collector } = startReading(inputs, options);
  for (const file of files) collector.add(await readDocumentFileAsync(file, resolved), file.path);
  return collector.finish(inputs, resolved.strict);
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
