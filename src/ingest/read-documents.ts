// kg/ingest: files and directories -> KgDocuments. Walks directories (symlink loops and unreadable files are
// skipped with a reason), decodes, strips front matter / HTML, dates each document and drops duplicates.
// Does no extraction. listDocumentFiles and readDocumentFile are the two halves of readDocuments, for
// incremental builds that read only the files that changed.
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { KgError } from '../model/errors.js';
import type { KgDocument } from '../model/types.js';
import { decodeBytes } from './decode.js';
import { findDateline } from './dateline.js';
import { splitFrontMatter } from './front-matter.js';
import { htmlToText } from './html-to-text.js';
import { createHash } from 'node:crypto';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export interface SkippedInput {
  path: string;
  reason: string;
}

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

type Found = DocumentFile;

/** Files larger than this are skipped (with a reason) unless `maxBytes` says otherwise. */
export const MAX_DOCUMENT_BYTES = 20 * 2 ** 20;

export interface ReadOptions {
  /** Throw INPUT_UNREADABLE on the first skipped document instead of skipping it. */
  strict?: boolean;
  /** Skip files larger than this many bytes (default MAX_DOCUMENT_BYTES). */
  maxBytes?: number;
}

/** Lists document files under the given paths (sorted by id, deduplicated by real path); reads no file. */
export function listDocumentFiles(inputs: string[], skipped: SkippedInput[]): DocumentFile[] {
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
      if (explicit) skipped.push({ path, reason: `unsupported extension "${ext}" (use .txt, .md or .html)` });
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

/** What reading one file gives: its document, or the reason it was skipped, and any warnings. */
export interface FileReading {
  documents: KgDocument[];
  skipped?: SkippedInput;
  warnings: SkippedInput[];
}

/** Reads and parses one listed file (too large, unreadable, binary and empty files are skipped with a reason). */
export function readDocumentFile(file: DocumentFile, maxBytes = MAX_DOCUMENT_BYTES): FileReading {
  const { path, id, size } = file;
  const warnings: SkippedInput[] = [];
  if (size > maxBytes) {
    return { documents: [], warnings, skipped: { path, reason: `too large (${(size / 2 ** 20).toFixed(1)} MB > ${(maxBytes / 2 ** 20).toFixed(1)} MB; split it into smaller documents)` } };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { documents: [], warnings, skipped: { path, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
  const decoded = decodeBytes(bytes);
  if (decoded.binary) return { documents: [], warnings, skipped: { path, reason: decoded.warnings.join('; ') } };
  for (const w of decoded.warnings) warnings.push({ path, reason: w });
  const { doc, warnings: docWarnings } = parseDocument(id, decoded.text, extname(path).toLowerCase(), path);
  for (const w of docWarnings) warnings.push({ path, reason: w });
  if (!doc.text.trim()) return { documents: [], warnings, skipped: { path, reason: 'empty document (no text)' } };
  return { documents: [doc], warnings };
}

/**
 * The end of reading: with `strict`, the first skipped file (duplicates aside) is an INPUT_UNREADABLE error;
 * no document at all is NO_DOCUMENTS. `skipped` lists duplicates last.
 */
export function checkDocumentsRead(inputs: string[], documents: number, skipped: SkippedInput[], duplicates: number, strict: boolean): void {
  if (strict && skipped.length > duplicates) {
    const first = skipped[0]!;
    throw new KgError('INPUT_UNREADABLE', `kg/ingest: cannot use "${first.path}": ${first.reason} (--strict)`);
  }
  if (documents === 0) {
    throw new KgError(
      'NO_DOCUMENTS',
      `kg/ingest: no documents found in ${inputs.map((i) => `"${i}"`).join(', ')} (expected .txt, .md or .html files${skipped.length ? `; ${skipped.length} skipped` : ''})`,
    );
  }
}

/**
 * Reads every document under `inputs`. Throws INPUT_NOT_FOUND for a missing path and NO_DOCUMENTS when
 * nothing usable is left; unreadable, binary or empty files are reported in `skipped` (with `strict`, thrown).
 */
export function readDocuments(inputs: string[], options: ReadOptions = {}): IngestResult {
  if (inputs.length === 0) throw new KgError('USAGE', 'kg/ingest: no input given (pass files or directories)');
  const skipped: SkippedInput[] = [];
  const warnings: SkippedInput[] = [];
  const files = listDocumentFiles(inputs, skipped);
  const documents: KgDocument[] = [];
  const hashes = new Set<string>();
  const duplicates: SkippedInput[] = [];
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  for (const file of files) {
    const reading = readDocumentFile(file, maxBytes);
    warnings.push(...reading.warnings);
    if (reading.skipped) skipped.push(reading.skipped);
    for (const doc of reading.documents) {
      const hash = documentTextHash(doc.text);
      if (hashes.has(hash)) {
        // A duplicate is not an error (not even with --strict): the same text simply counts once.
        duplicates.push({ path: file.path, reason: 'duplicate of another document (same text)' });
        continue;
      }
      hashes.add(hash);
      documents.push(doc);
    }
  }
  skipped.push(...duplicates);
  checkDocumentsRead(inputs, documents.length, skipped, duplicates.length, options.strict ?? false);
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { documents, skipped, warnings };
}
