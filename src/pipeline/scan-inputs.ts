// kg/pipeline: lists the input files and reads only those that may have changed since the last build: a file
// whose size, modification time and inode are what the previous build's manifest recorded (and that was not
// modified within RACY_WINDOW_MS of that build's listing) is not read again. Duplicates, skips and --strict
// follow readDocuments exactly. Does not extract or decide what to rebuild.
import { checkDocumentsRead, documentTextHash, listDocumentFiles, readDocumentFile, type DocumentFile, type SkippedInput } from '../ingest/index.js';
import { KgError } from '../model/errors.js';
import type { KgDocument } from '../model/types.js';
import type { FileFingerprint, ManifestEntry } from './build-state.js';
import { computeCacheKey } from './extract-cache.js';

/**
 * A file modified this close to the previous listing is read again whatever its fingerprint says: a write in
 * the same clock tick as that listing (coarse file-system timestamps) could otherwise go unseen.
 */
export const RACY_WINDOW_MS = 2_000;

export interface ScannedDocument {
  id: string;
  path: string;
  file: FileFingerprint;
  textHash: string;
  cacheKey: string;
  warnings: string[];
  /** The document, when its file was read this time (absent: unchanged, known from the manifest). */
  doc?: KgDocument;
}

export interface ScanResult {
  /** In id order, duplicates removed. */
  documents: ScannedDocument[];
  skipped: SkippedInput[];
  warnings: SkippedInput[];
  /** When the files were listed. */
  scannedAtMs: number;
  filesRead: number;
}

export interface ScanOptions {
  strict?: boolean;
  maxBytes?: number;
  extractorVersion: string;
  /** The previous build's manifest (by document id) and listing time; without it every file is read. */
  previous?: { manifest: ReadonlyMap<string, ManifestEntry>; scannedAtMs: number };
  /** Called with the listed files before any is read (the build may start its workers then). */
  onListed?: (files: readonly DocumentFile[]) => void;
  /** Called with each document as soon as it is known (in id order, duplicates left out), before the scan ends. */
  onDocument?: (doc: ScannedDocument) => void;
}

const sameFile = (a: FileFingerprint, b: FileFingerprint): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

/** Lists and (where needed) reads the documents under `inputs`; throws as readDocuments does. */
export function scanInputs(inputs: string[], options: ScanOptions): ScanResult {
  if (inputs.length === 0) throw new KgError('USAGE', 'kg/ingest: no input given (pass files or directories)');
  const scannedAtMs = Date.now();
  const skipped: SkippedInput[] = [];
  const warnings: SkippedInput[] = [];
  const files = listDocumentFiles(inputs, skipped);
  options.onListed?.(files);
  const known = new Map<string, { id: string; entry: ManifestEntry }>();
  for (const [id, entry] of options.previous?.manifest ?? []) known.set(entry.path, { id, entry });
  const trustedBefore = (options.previous?.scannedAtMs ?? 0) - RACY_WINDOW_MS;

  // The same text counts once, the first by id keeping it (as readDocuments does)
  const documents: ScannedDocument[] = [];
  const hashes = new Set<string>();
  const duplicates: SkippedInput[] = [];
  const accept = (d: ScannedDocument): void => {
    if (hashes.has(d.textHash)) {
      duplicates.push({ path: d.path, reason: 'duplicate of another document (same text)' });
      return;
    }
    hashes.add(d.textHash);
    documents.push(d);
    options.onDocument?.(d);
  };
  let filesRead = 0;
  for (const file of files) {
    const fingerprint: FileFingerprint = { size: file.size, mtimeMs: file.mtimeMs, ino: file.ino };
    const before = known.get(file.path);
    if (before && before.id === file.id && sameFile(before.entry.file, fingerprint) && file.mtimeMs < trustedBefore) {
      const { entry } = before;
      for (const reason of entry.warnings) warnings.push({ path: file.path, reason });
      accept({ id: file.id, path: file.path, file: fingerprint, textHash: entry.textHash, cacheKey: entry.cacheKey, warnings: entry.warnings });
      continue;
    }
    filesRead++;
    const reading = readDocumentFile(file, options.maxBytes);
    warnings.push(...reading.warnings);
    if (reading.skipped) skipped.push(reading.skipped);
    for (const doc of reading.documents) {
      accept({
        id: doc.id,
        path: file.path,
        file: fingerprint,
        textHash: documentTextHash(doc.text),
        cacheKey: computeCacheKey(doc, options.extractorVersion),
        warnings: reading.warnings.map((w) => w.reason),
        doc,
      });
    }
  }
  skipped.push(...duplicates);
  checkDocumentsRead(inputs, documents.length, skipped, duplicates.length, options.strict ?? false);
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { documents, skipped, warnings, scannedAtMs, filesRead };
}
