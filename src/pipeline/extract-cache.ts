// kg/pipeline: an on-disk cache of per-document extractions, one JSON file per document, keyed by the
// document's content and metadata hash plus the extractor version. Writes are atomic; a corrupt or
// unreadable entry is a miss, never an error. Does not decide what to extract.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction, KgDocument } from '../model/types.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { hashContent } from '../util/content-hash.js';

export interface ExtractCache {
  readonly dir: string;
  /** The cached extraction of `doc`, or undefined. */
  get(doc: KgDocument): Extraction | undefined;
  /** Stores the extraction of `doc`. Failures to write are swallowed (the cache is an optimisation). */
  set(doc: KgDocument, extraction: Extraction): void;
  /** Counts the entries under these keys as used (documents an incremental build did not need to read). */
  retain(keys: Iterable<string>): void;
  /** Deletes entries not read, written or retained since the cache was opened; returns how many. */
  prune(): number;
  stats(): { hits: number; misses: number };
}

/** The cache key of a document: everything extraction depends on (text and metadata, not its path). */
export function computeCacheKey(doc: KgDocument, extractorVersion: string): string {
  return hashContent(extractorVersion, doc.id, doc.title ?? '', doc.date ?? '', doc.source ?? '', doc.dateFrom ?? '', doc.text);
}

const isExtraction = (v: unknown): v is Extraction =>
  typeof v === 'object' && v !== null && Array.isArray((v as Extraction).entities) && Array.isArray((v as Extraction).claims) && typeof (v as Extraction).doc === 'object';

/** Opens (creating if needed) the extraction cache in `dir`. */
export function openExtractCache(dir: string, extractorVersion: string): ExtractCache {
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  let hits = 0;
  let misses = 0;
  const fileOf = (key: string): string => join(dir, `${key}.json`);
  return {
    dir,
    get(doc) {
      const key = computeCacheKey(doc, extractorVersion);
      try {
        const value: unknown = JSON.parse(readFileSync(fileOf(key), 'utf8'));
        if (isExtraction(value)) {
          used.add(key);
          hits++;
          if (doc.path) value.doc.path = doc.path;
          else delete value.doc.path;
          return value;
        }
      } catch {
        // missing or corrupt: a miss
      }
      misses++;
      return undefined;
    },
    set(doc, extraction) {
      const key = computeCacheKey(doc, extractorVersion);
      used.add(key);
      try {
        writeFileAtomic(fileOf(key), JSON.stringify(extraction));
      } catch {
        // a read-only or full disk only costs speed
      }
    },
    retain(keys) {
      for (const key of keys) used.add(key);
    },
    prune() {
      let removed = 0;
      for (const name of readdirSync(dir)) {
        if (!name.endsWith('.json') || used.has(name.slice(0, -5))) continue;
        rmSync(join(dir, name), { force: true });
        removed++;
      }
      return removed;
    },
    stats: () => ({ hits, misses }),
  };
}
