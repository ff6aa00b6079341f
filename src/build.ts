// kg: the library's build pipeline, ingest -> extract -> resolve -> assemble -> enrich, as one call.
// Extraction may run in worker threads and read/write a per-document cache; the graph is the same either
// way. File output is left to the caller (see export); progress is reported through a callback.
import { availableParallelism } from 'node:os';
import { assembleGraph } from './assemble/index.js';
import { enrichGraph, type EnrichOptions } from './enrich/index.js';
import { extractDocument } from './extract/index.js';
import { readDocuments, readDocumentsAsync, type RecordFieldOptions, type SkippedInput } from './ingest/index.js';
import { KgError } from './model/errors.js';
import type { Extraction, KgDocument, KgGraph } from './model/types.js';
import { addEvidencePages } from './pipeline/evidence-pages.js';
import { extractInParallel } from './pipeline/extract-parallel.js';
import { openExtractCache, type ExtractCache } from './pipeline/extract-cache.js';
import { getExtractorVersion } from './pipeline/extractor-version.js';
import { resolveEntities } from './resolve/index.js';

/** Build phases for progress reports; 'graph' is resolve + assemble + enrich, 'write' is the caller's output. */
export type BuildPhase = 'read' | 'extract' | 'graph' | 'write';

export interface BuildProgress {
  phase: BuildPhase;
  /** Documents extracted so far (cache hits included) and in total. */
  done: number;
  total: number;
  /** Words in the documents extracted so far, and in all documents. */
  words: number;
  totalWords: number;
  /** Milliseconds since the build started. */
  elapsedMs: number;
}

export interface BuildOptions {
  strict?: boolean;
  /** Skip documents larger than this many bytes (default: ingest's MAX_DOCUMENT_BYTES). */
  maxBytes?: number;
  /** Which fields of JSON Lines and CSV records hold the text, title, date and id (default: ingest's). */
  fields?: RecordFieldOptions;
  enrich?: EnrichOptions | false;
  onProgress?: (p: BuildProgress) => void;
  /** Worker threads for extraction: a number, or 'auto' (one per core, 1 for small inputs). Default 1. */
  workers?: number | 'auto';
  /** Directory of the per-document extraction cache; no cache when absent. */
  cacheDir?: string;
  /** Delete cache entries this build did not use (default false). */
  pruneCache?: boolean;
  /** Keep the ids of the rules that made each relation on its edge (`rules`); off by default. */
  keepRules?: boolean;
}

export interface BuildTimings {
  readMs: number;
  extractMs: number;
  graphMs: number;
}

export interface BuildResult {
  graph: KgGraph;
  documents: number;
  words: number;
  skipped: SkippedInput[];
  warnings: SkippedInput[];
  /** Worker threads actually used for extraction (1 = main thread). */
  workers: number;
  cache?: { hits: number; misses: number; pruned: number };
  timings: BuildTimings;
}

/**
 * Below this many words 'auto' extracts in the main thread. Each worker is a new V8 isolate that starts,
 * loads the extractor and compiles it again (about 2 s of CPU): measured with bench/build-parallel.ts in fresh
 * processes on 2 cores, a second thread saves nothing at 1M words and builds 1.6x faster at 5M.
 */
export const MIN_WORDS_FOR_WORKERS = 1_000_000;

const roughWords = (text: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

/** Decides the worker count: explicit numbers are clamped to [1, documents]; 'auto' uses every core for big inputs. */
export function chooseWorkerCount(requested: number | 'auto' | undefined, documents: number, words: number): number {
  if (requested === undefined) return 1;
  if (requested === 'auto') return words < MIN_WORDS_FOR_WORKERS ? 1 : Math.max(1, Math.min(availableParallelism(), documents));
  if (!Number.isInteger(requested) || requested < 1) {
    throw new KgError('INVALID_OPTION', `kg/build: workers must be a positive integer or "auto", got ${requested}`);
  }
  return Math.max(1, Math.min(requested, documents));
}

/** Extracts every document, in input order, through the cache and the chosen number of workers; PDF evidence gets pages. */
async function extractDocuments(
  documents: KgDocument[],
  workers: number,
  cache: ExtractCache | undefined,
  report: (words: number) => void,
): Promise<Extraction[]> {
  const results: (Extraction | undefined)[] = documents.map((d) => cache?.get(d));
  const missing: number[] = [];
  results.forEach((x, i) => (x ? report(x.doc.words) : missing.push(i)));
  const store = (i: number, x: Extraction): void => {
    results[i] = x;
    cache?.set(documents[i]!, x);
    report(x.doc.words);
  };
  if (workers <= 1 || missing.length < 2) {
    for (const i of missing) store(i, extractDocument(documents[i]!));
  } else {
    await extractInParallel(
      missing.map((i) => documents[i]!),
      { threads: workers, extractLocal: extractDocument, onDone: (j, x) => store(missing[j]!, x) },
    );
  }
  return (results as Extraction[]).map((x, i) => addEvidencePages(x, documents[i]!.pages));
}

/** Opens the extraction cache, turning a bad directory into a one-line INVALID_OPTION error. */
function openCache(dir: string): ExtractCache {
  try {
    return openExtractCache(dir, getExtractorVersion());
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new KgError('INVALID_OPTION', `kg/build: cannot use cache directory "${dir}": ${code} (pass another --cache or --no-cache)`);
  }
}

/** Builds a graph from documents already in memory, in the main thread (no cache). */
export function buildFromDocuments(documents: KgDocument[], options: BuildOptions = {}): { graph: KgGraph; extractions: Extraction[] } {
  const extractions: Extraction[] = [];
  const t0 = performance.now();
  let words = 0;
  for (const doc of documents) {
    const x = addEvidencePages(extractDocument(doc), doc.pages);
    words += x.doc.words;
    extractions.push(x);
    options.onProgress?.({ phase: 'extract', done: extractions.length, total: documents.length, words, totalWords: 0, elapsedMs: performance.now() - t0 });
  }
  return { graph: graphFromExtractions(extractions, options), extractions };
}

/** Resolves, assembles and enriches per-document extractions. Order of `extractions` does not matter. */
export function graphFromExtractions(extractions: Extraction[], options: BuildOptions = {}): KgGraph {
  const sorted = [...extractions].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const resolution = resolveEntities(sorted);
  const graph = assembleGraph(resolution, sorted.map((x) => x.doc), { keepRules: options.keepRules ?? false });
  if (options.enrich !== false) enrichGraph(graph, options.enrich ?? {});
  return graph;
}

/**
 * Reads documents from files/directories and builds their graph, extracting in worker threads and through
 * the cache when asked. The graph does not depend on the worker count, the cache or the input order.
 */
export async function buildGraph(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const t0 = performance.now();
  const progress = (phase: BuildPhase, done: number, total: number, words: number, totalWords: number): void =>
    options.onProgress?.({ phase, done, total, words, totalWords, elapsedMs: performance.now() - t0 });

  // Reading
  progress('read', 0, 0, 0, 0);
  const { documents, skipped, warnings } = await readDocumentsAsync(inputs, {
    strict: options.strict ?? false,
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.fields ? { fields: options.fields } : {}),
  });
  const totalWords = documents.reduce((s, d) => s + roughWords(d.text), 0);
  const t1 = performance.now();

  // Extracting
  const workers = chooseWorkerCount(options.workers, documents.length, totalWords);
  const cache = options.cacheDir ? openCache(options.cacheDir) : undefined;
  let done = 0;
  let words = 0;
  progress('extract', 0, documents.length, 0, totalWords);
  const extractions = await extractDocuments(documents, workers, cache, (w) => {
    done++;
    words += w;
    progress('extract', done, documents.length, words, totalWords);
  });
  const t2 = performance.now();

  // Resolving, assembling, enriching
  progress('graph', done, documents.length, words, totalWords);
  const graph = graphFromExtractions(extractions, options);
  const pruned = cache && options.pruneCache ? cache.prune() : 0;
  const t3 = performance.now();

  const result: BuildResult = {
    graph,
    documents: documents.length,
    words: extractions.reduce((s, x) => s + x.doc.words, 0),
    skipped,
    warnings,
    workers,
    timings: { readMs: t1 - t0, extractMs: t2 - t1, graphMs: t3 - t2 },
  };
  if (cache) result.cache = { ...cache.stats(), pruned };
  return result;
}

/**
 * Reads documents from files/directories and builds their graph in the main thread (synchronous, no cache).
 * PDFs need asynchronous reading: they are skipped with that reason (use buildGraph for them).
 */
export function build(inputs: string[], options: BuildOptions = {}): BuildResult {
  const t0 = performance.now();
  const { documents, skipped, warnings } = readDocuments(inputs, {
    strict: options.strict ?? false,
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.fields ? { fields: options.fields } : {}),
  });
  const t1 = performance.now();
  const { graph, extractions } = buildFromDocuments(documents, options);
  const words = extractions.reduce((s, x) => s + x.doc.words, 0);
  return { graph, documents: documents.length, words, skipped, warnings, workers: 1, timings: { readMs: t1 - t0, extractMs: 0, graphMs: performance.now() - t1 } };
}
