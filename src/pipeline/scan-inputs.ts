// kg/pipeline: lists the input files and reads only those that may have changed since the last build: a file
// whose size, modification time and inode are what the previous build recorded (and that was not modified
// within RACY_WINDOW_MS of that build's listing) is not read again, and its documents, warnings and skipped
// records are the recorded ones. A file of many records (JSON Lines, CSV) is read again whole when it changes.
// Duplicates, skips and --strict follow readDocumentsAsync exactly. Does not extract or decide what to rebuild.
import {
  checkDocumentsRead,
  documentTextHash,
  listDocumentFiles,
  readDocumentFileAsync,
  strictRecordError,
  type DocumentFile,
  type ResolvedReadOptions,
  type SkippedInput,
} from '../ingest/index.js';
import { KgError } from '../model/errors.js';
import type { KgDocument } from '../model/types.js';
import type { FileEntry, FileFingerprint, ManifestEntry } from './build-state.js';
import { computeCacheKey } from './extract-cache.js';

/**
 * A file modified this close to the previous listing is read again whatever its fingerprint says: a write in
 * the same clock tick as that listing (coarse file-system timestamps) could otherwise go unseen.
 */
export const RACY_WINDOW_MS = 2_000;

export interface ScannedDocument extends ManifestEntry {
  id: string;
  /** The document, when its file was read this time (absent: unchanged, known from the manifest). */
  doc?: KgDocument;
}

export interface ScanResult {
  /** In id order, duplicates removed. */
  documents: ScannedDocument[];
  /** By path, the files that gave `documents` (what the next build's scan compares). */
  files: Map<string, FileEntry>;
  skipped: SkippedInput[];
  warnings: SkippedInput[];
  /** When the files were listed. */
  scannedAtMs: number;
  filesRead: number;
}

export interface ScanOptions {
  /** How to read (resolveReadOptions: --strict, the size limit, record fields). */
  read: ResolvedReadOptions;
  extractorVersion: string;
  /**
   * The previous build's documents (by id), files (by path) and listing time; without it every file is read.
   * Pass no files to read every file again while still comparing documents (other reading options).
   */
  previous?: { manifest: ReadonlyMap<string, ManifestEntry>; files: ReadonlyMap<string, FileEntry>; scannedAtMs: number };
  /** Called with the listed files before any is read (the build may start its workers then). */
  onListed?: (files: readonly DocumentFile[]) => void;
  /** Called with each document as soon as it is known (in file order, duplicates left out), before the scan ends. */
  onDocument?: (doc: ScannedDocument) => void;
}

const sameFile = (a: FileFingerprint, b: FileFingerprint): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

/** Lists and (where needed) reads the documents under `inputs`; throws as readDocumentsAsync does. */
export async function scanInputs(inputs: string[], options: ScanOptions): Promise<ScanResult> {
  if (inputs.length === 0) throw new KgError('USAGE', 'kg/ingest: no input given (pass files or directories)');
  const { read } = options;
  const scannedAtMs = Date.now();
  const skipped: SkippedInput[] = [];
  const warnings: SkippedInput[] = [];
  const files = listDocumentFiles(inputs, skipped);
  options.onListed?.(files);
  // The previous build's documents, by the file they came from
  const documentsOf = new Map<string, ScannedDocument[]>();
  for (const [id, entry] of options.previous?.manifest ?? []) {
    const list = documentsOf.get(entry.path);
    const d: ScannedDocument = { id, ...entry };
    if (list) list.push(d);
    else documentsOf.set(entry.path, [d]);
  }
  const trustedBefore = (options.previous?.scannedAtMs ?? 0) - RACY_WINDOW_MS;

  // The same text counts once, the first in file order keeping it (as readDocumentsAsync does)
  const documents: ScannedDocument[] = [];
  const fileEntries = new Map<string, FileEntry>();
  const hashes = new Set<string>();
  const duplicates: SkippedInput[] = [];
  const accept = (d: ScannedDocument, entry: FileEntry): void => {
    if (hashes.has(d.textHash)) {
      const at = d.record !== undefined ? { record: d.record, ...(d.line !== undefined ? { line: d.line } : {}) } : {};
      duplicates.push({ path: d.path, ...at, reason: 'duplicate of another document (same text)' });
      entry.reusable = false;
      return;
    }
    hashes.add(d.textHash);
    documents.push(d);
    fileEntries.set(d.path, entry);
    options.onDocument?.(d);
  };
  let filesRead = 0;
  for (const file of files) {
    const fingerprint: FileFingerprint = { size: file.size, mtimeMs: file.mtimeMs, ino: file.ino };
    const before = options.previous?.files.get(file.path);
    const known = documentsOf.get(file.path);
    if (before?.reusable && known && before.id === file.id && sameFile(before.file, fingerprint) && file.mtimeMs < trustedBefore) {
      warnings.push(...before.warnings);
      for (const s of before.skipped) {
        if (read.strict && s.record !== undefined) throw strictRecordError(s);
        skipped.push(s);
      }
      const entry: FileEntry = { id: file.id, file: fingerprint, warnings: before.warnings, skipped: before.skipped, reusable: true };
      for (const d of known) accept(d, entry);
      continue;
    }
    filesRead++;
    const reading = await readDocumentFileAsync(file, read);
    warnings.push(...reading.warnings);
    skipped.push(...reading.skipped);
    const entry: FileEntry = { id: file.id, file: fingerprint, warnings: reading.warnings, skipped: reading.skipped, reusable: true };
    for (const { doc, record, line } of reading.documents) {
      const d: ScannedDocument = { id: doc.id, path: file.path, textHash: documentTextHash(doc.text), cacheKey: computeCacheKey(doc, options.extractorVersion), doc };
      if (doc.pages) d.pages = doc.pages.join(',');
      if (record !== undefined) d.record = record;
      if (line !== undefined) d.line = line;
      accept(d, entry);
    }
  }
  skipped.push(...duplicates);
  checkDocumentsRead(inputs, documents.length, skipped, duplicates.length, read.strict);
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { documents, files: fileEntries, skipped, warnings, scannedAtMs, filesRead };
}
