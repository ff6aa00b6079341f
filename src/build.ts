// kg: the library's build pipeline, ingest -> extract -> resolve -> assemble -> enrich, as one call.
// Extraction may run in worker threads and read/write a per-document cache; the graph is the same either
// way. Given the state of a previous build, only documents that changed are read and extracted, the graph is
// updated where they touched it and the previous layout is kept (a seeded local refinement places what is
// new). File output is left to the caller (see export); progress is reported through a callback.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { enrichGraph, finishEnrich, refineGraph, startEnrich, type EnrichOptions, type RefineStats, type StartedEnrich } from './enrich/index.js';
import { extractDocument } from './extract/index.js';
import { readDocuments, resolveReadOptions, RECORD_EXTENSIONS, type DocumentFile, type RecordFieldOptions, type ResolvedReadOptions, type SkippedInput } from './ingest/index.js';
import { KgError } from './model/errors.js';
import type { Extraction, KgDocument, KgGraph } from './model/types.js';
import { previousFromGraph, type BuildState, type ManifestEntry } from './pipeline/build-state.js';
import { addEvidencePages } from './pipeline/evidence-pages.js';
import { extractInParallel, startExtractionSession, type ExtractionSession } from './pipeline/extract-parallel.js';
import { openExtractCache, type ExtractCache } from './pipeline/extract-cache.js';
import { getExtractorVersion, getGraphBuilderVersion } from './pipeline/extractor-version.js';
import { GraphIndex, type IndexOutput } from './pipeline/graph-index.js';
import { startLayoutThread } from './pipeline/layout-thread.js';
import { scanInputs, type ScannedDocument } from './pipeline/scan-inputs.js';
import { hashContent } from './util/content-hash.js';

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
  /** Delete cache entries of documents no longer in the inputs (default false). */
  pruneCache?: boolean;
  /** Keep the ids of the rules that made each relation on its edge (`rules`); off by default. */
  keepRules?: boolean;
  /**
   * The state a previous build returned (or loadBuildState read from its output directory): documents whose
   * files did not change are neither read nor extracted again, and the previous layout is kept. Consumed:
   * pass the new result's state to the next build, never this one again.
   */
  previous?: BuildState;
  /**
   * Return the state for the next incremental build in `result.state` (default false). The result's graph is
   * part of that state: leave it unchanged if the state is passed on.
   */
  keepState?: boolean;
}

export interface BuildTimings {
  readMs: number;
  extractMs: number;
  /** Resolve + assemble + enrich (incremental: index update + refinement). */
  graphMs: number;
  /** Of graphMs: the enrich part (metrics and layout). */
  enrichMs: number;
}

/** What an incremental build found changed, by document id. */
export interface BuildChanges {
  added: string[];
  removed: string[];
  changed: string[];
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
  /** 'incremental' when a previous state was used; 'clean' otherwise, with the reason a given state was not. */
  mode: 'clean' | 'incremental';
  notIncremental?: string;
  /** Documents added, removed and changed since the previous build (incremental builds). */
  changes?: BuildChanges;
  /** Files read this time (an incremental build reads only those whose fingerprint changed). */
  filesRead: number;
  /** How the incremental layout refinement went. */
  refine?: RefineStats;
  /** The state for the next incremental build, when `keepState` was set. */
  state?: BuildState;
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

/**
 * Extracts every document through the cache and the chosen number of workers, handing each extraction (with
 * its document's index) to `onExtraction` as it is ready: cache hits first, then in completion order. The
 * extractions are as the extractor gives them (PDF evidence gets its pages from the caller).
 */
async function extractDocuments(
  documents: KgDocument[],
  workers: number,
  cache: ExtractCache | undefined,
  onExtraction: (index: number, x: Extraction) => void,
): Promise<void> {
  const missing: number[] = [];
  documents.forEach((d, i) => {
    const x = cache?.get(d);
    if (x) onExtraction(i, x);
    else missing.push(i);
  });
  const store = (i: number, x: Extraction): void => {
    cache?.set(documents[i]!, x);
    onExtraction(i, x);
  };
  if (workers <= 1 || missing.length < 2) {
    for (const i of missing) store(i, extractDocument(documents[i]!));
  } else {
    await extractInParallel(
      missing.map((i) => documents[i]!),
      { threads: workers, extractLocal: extractDocument, onDone: (j, x) => store(missing[j]!, x) },
    );
  }
}

/** Bytes per word of typical text: enough to decide, from file sizes alone, whether to start workers early. */
const BYTES_PER_WORD = 6;
/** Bytes per record of a JSON Lines or CSV file, at most as a rule: how many documents such a file may hold. */
const BYTES_PER_RECORD = 1_000;

/** How many documents the listed files may hold (one per file, one per BYTES_PER_RECORD of a record file). */
const estimateDocuments = (files: readonly DocumentFile[]): number =>
  files.reduce((n, f) => n + (RECORD_EXTENSIONS.includes(extname(f.path).toLowerCase()) ? Math.max(1, Math.ceil(f.size / BYTES_PER_RECORD)) : 1), 0);

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

/** Sorts extractions by document id (the corpus order every fold follows; the index is faster fed so). */
const byDocumentId = (extractions: Extraction[]): Extraction[] => [...extractions].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));

/** Resolves, assembles and enriches per-document extractions. Order of `extractions` does not matter. */
export function graphFromExtractions(extractions: Extraction[], options: BuildOptions = {}): KgGraph {
  const index = new GraphIndex(undefined, { keepRules: options.keepRules ?? false });
  for (const x of byDocumentId(extractions)) index.addExtraction(x);
  const { graph } = index.update();
  if (options.enrich !== false) enrichGraph(graph, options.enrich ?? {});
  return graph;
}

/** Fingerprint of the options that shape the graph beyond its documents (a state kept under others is void). */
const settingsOf = (options: BuildOptions): string =>
  hashContent(getGraphBuilderVersion(), JSON.stringify(options.enrich ?? {}), `keepRules=${options.keepRules === true}`).slice(0, 16);

/** Fingerprint of the reading options: under others, every file is read again (documents are still compared). */
const readingOf = (read: ResolvedReadOptions): string => hashContent(JSON.stringify(read.roles), String(read.maxBytes)).slice(0, 16);

/** Why `previous` cannot seed this build, if it cannot. */
function staleReason(previous: BuildState, options: BuildOptions): string | undefined {
  if (options.enrich === false) return 'enrich is off';
  if (previous.extractorVersion !== getExtractorVersion()) return 'the extractor changed since the last build';
  if (previous.settings !== settingsOf(options)) return 'kg or its build options changed since the last build';
  return undefined;
}

/** Splits the scanned documents into what an incremental build keeps, extracts anew and drops. */
function diffDocuments(scanned: ScannedDocument[], manifest: ReadonlyMap<string, ManifestEntry>): BuildChanges & { unchanged: ScannedDocument[] } {
  const changes: BuildChanges & { unchanged: ScannedDocument[] } = { added: [], removed: [], changed: [], unchanged: [] };
  const present = new Set<string>();
  for (const d of scanned) {
    present.add(d.id);
    const before = manifest.get(d.id);
    if (!before) changes.added.push(d.id);
    else if (before.cacheKey !== d.cacheKey || before.pages !== d.pages) changes.changed.push(d.id);
    else changes.unchanged.push(d);
  }
  for (const id of manifest.keys()) if (!present.has(id)) changes.removed.push(id);
  changes.removed.sort();
  return changes;
}

/**
 * Node-id pairs of every relation an index update added, removed or re-weighted (old ids mapped to new): what
 * changed for the layout. A relation folded again with the same ends and weight (a new sentence in place of an
 * old one) changes nothing there.
 */
function changedRelationPairs(out: IndexOutput, previous: BuildState['previous']): [string, string][] {
  const newIdOf = new Map<string, string>();
  for (const [now, before] of out.changes.previousIdOf) newIdOf.set(before, now);
  const pairs: [string, string][] = [];
  for (const key of out.changes.changedEdges) {
    const now = out.graph.hasEdge(key) ? ([out.graph.source(key), out.graph.target(key)] as [string, string]) : undefined;
    const before = previous.edge(key);
    const then = before ? ([newIdOf.get(before.source) ?? before.source, newIdOf.get(before.target) ?? before.target] as [string, string]) : undefined;
    if (now && then && now[0] === then[0] && now[1] === then[1] && out.graph.getEdgeAttribute(key, 'weight') === before!.attributes.weight) continue;
    if (now) pairs.push(now);
    if (then) pairs.push(then);
  }
  return pairs;
}

/** Enriches an incrementally updated graph: positions and communities from the previous graph, refined. */
function refineFromPrevious(out: IndexOutput, previous: BuildState, options: BuildOptions): RefineStats {
  const before = previous.previous;
  const previousOf = (id: string): string | undefined => out.changes.previousIdOf.get(id);
  return refineGraph(
    out.graph,
    {
      previousPosition: (id) => {
        const was = previousOf(id);
        return was === undefined ? undefined : before.position(was);
      },
      previousCommunity: (id) => {
        const was = previousOf(id);
        return was === undefined ? undefined : before.community(was);
      },
      changedPairs: changedRelationPairs(out, before),
    },
    options.enrich && options.enrich.seed !== undefined ? { seed: options.enrich.seed } : {},
  );
}

/**
 * Reads documents from files/directories and builds their graph, extracting in worker threads and through
 * the cache when asked. The graph does not depend on the worker count, the cache or the input order. With
 * `previous`, the build is incremental: its entities, relations and evidence are those a clean build would
 * give; positions and communities carry over from the previous graph.
 */
export async function buildGraph(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const t0 = performance.now();
  const progress = (phase: BuildPhase, done: number, total: number, words: number, totalWords: number): void =>
    options.onProgress?.({ phase, done, total, words, totalWords, elapsedMs: performance.now() - t0 });
  const read = resolveReadOptions(options);
  const notIncremental = options.previous ? staleReason(options.previous, options) : undefined;
  const previous = notIncremental ? undefined : options.previous;
  const extractorVersion = getExtractorVersion();
  const reading = readingOf(read);

  // Reading (only what may have changed, when there is a previous build). A clean build that will use several
  // threads (judged from the files' sizes) starts extracting while it reads: workers load the extractor, then
  // take documents as they are read.
  progress('read', 0, 0, 0, 0);
  const cache = options.cacheDir ? openCache(options.cacheDir) : undefined;
  const index = previous?.index ?? new GraphIndex(undefined, { keepRules: options.keepRules ?? false });
  let done = 0;
  let words = 0;
  let total = 0;
  let totalWords = 0;
  // Extractions go into the index in document order (one that comes early waits for those before it): the
  // index then appends, its folds follow along, and the graph phase has less left to do
  const waiting = new Map<number, Extraction>();
  let next = 0;
  const deliver = (i: number, x: Extraction, doc: KgDocument): void => {
    done++;
    words += x.doc.words;
    waiting.set(i, addEvidencePages(x, doc.pages));
    for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
      waiting.delete(next++);
      index.addExtraction(ready);
    }
    progress('extract', done, total, words, totalWords);
  };
  let session: ExtractionSession | undefined;
  let sessionThreads = 1;
  const streamed: KgDocument[] = [];
  const streamedIndex: number[] = [];
  let scan: Awaited<ReturnType<typeof scanInputs>>;
  try {
    scan = await scanInputs(inputs, {
      read,
      extractorVersion,
      // Under other reading options every file is read again (its documents are still compared with the state's)
      ...(previous ? { previous: { manifest: previous.manifest, files: previous.reading === reading ? previous.files : new Map(), scannedAtMs: previous.scannedAtMs } } : {}),
      onListed(files) {
        if (previous || options.workers === undefined) return;
        const bytes = files.reduce((sum, f) => sum + f.size, 0);
        sessionThreads = chooseWorkerCount(options.workers, estimateDocuments(files), bytes / BYTES_PER_WORD);
        if (sessionThreads < 2) return;
        session = startExtractionSession({
          threads: sessionThreads,
          extractLocal: extractDocument,
          onDone: (j, x) => {
            cache?.set(streamed[j]!, x);
            deliver(streamedIndex[j]!, x, streamed[j]!);
          },
        });
      },
      onDocument(d) {
        if (!session) return;
        const i = total++;
        totalWords += roughWords(d.doc!.text);
        const hit = cache?.get(d.doc!);
        if (hit) return deliver(i, hit, d.doc!);
        streamed.push(d.doc!);
        streamedIndex.push(i);
        session.push(d.doc!);
      },
    });
  } catch (error) {
    await session?.abort();
    throw error;
  }
  const diff = previous ? diffDocuments(scan.documents, previous.manifest) : undefined;
  if (cache && diff) cache.retain(diff.unchanged.map((d) => d.cacheKey));
  if (diff) for (const id of diff.removed) index.removeDocument(id);
  const t1 = performance.now();

  // Extracting (what is left of it, if it started while reading)
  let workers = sessionThreads;
  if (session) {
    await session.finish();
  } else {
    const fresh = diff ? new Set([...diff.added, ...diff.changed]) : undefined;
    const toExtract = scan.documents.filter((d) => !fresh || fresh.has(d.id)).map((d) => d.doc!);
    total = toExtract.length;
    totalWords = toExtract.reduce((sum, d) => sum + roughWords(d.text), 0);
    workers = chooseWorkerCount(options.workers, toExtract.length, totalWords);
    progress('extract', 0, total, 0, totalWords);
    await extractDocuments(toExtract, workers, cache, (i, x) => deliver(i, x, toExtract[i]!));
  }
  const t2 = performance.now();

  // Resolving, assembling, enriching: the whole index for a clean build, what changed for an incremental one.
  // A clean build with several threads lays out in a worker, from the moment the index knows the graph's
  // structure, while this thread folds nodes and edges and computes the metrics.
  progress('graph', done, total, words, totalWords);
  const layoutThread = !previous && workers > 1 && options.enrich !== false ? startLayoutThread() : undefined;
  let started: StartedEnrich | undefined;
  let out: IndexOutput;
  try {
    out = index.update(previous?.previous, layoutThread ? (structure) => (started = startEnrich(structure, layoutThread.run, options.enrich || {})) : undefined);
  } catch (error) {
    await layoutThread?.terminate();
    throw error;
  }
  const tEnrich = performance.now();
  let refine: RefineStats | undefined;
  try {
    if (previous) refine = refineFromPrevious(out, previous, options);
    else if (started) await finishEnrich(out.graph, started);
    else if (options.enrich !== false) enrichGraph(out.graph, options.enrich ?? {});
  } finally {
    await layoutThread?.terminate();
  }
  const pruned = cache && options.pruneCache ? cache.prune() : 0;
  const t3 = performance.now();

  let allWords = 0;
  for (const d of index.documents.values()) allWords += d.meta.words;
  const result: BuildResult = {
    graph: out.graph,
    documents: scan.documents.length,
    words: allWords,
    skipped: scan.skipped,
    warnings: scan.warnings,
    workers,
    timings: { readMs: t1 - t0, extractMs: t2 - t1, graphMs: t3 - t2, enrichMs: t3 - tEnrich },
    mode: previous ? 'incremental' : 'clean',
    filesRead: scan.filesRead,
  };
  if (notIncremental) result.notIncremental = notIncremental;
  if (diff) result.changes = { added: diff.added, removed: diff.removed, changed: diff.changed };
  if (refine) result.refine = refine;
  if (cache) result.cache = { ...cache.stats(), pruned };
  if (options.keepState) {
    const manifest = new Map<string, ManifestEntry>();
    for (const { id, doc: _doc, ...entry } of scan.documents) manifest.set(id, entry);
    result.state = {
      extractorVersion,
      settings: settingsOf(options),
      reading,
      keepRules: index.keepRules,
      scannedAtMs: scan.scannedAtMs,
      manifest,
      files: scan.files,
      index,
      previous: previousFromGraph(out.graph, out.edgeSourceNodes),
      output: { graph: out.graph, edgeSourceNodes: out.edgeSourceNodes },
    };
  }
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
  return {
    graph,
    documents: documents.length,
    words,
    skipped,
    warnings,
    workers: 1,
    timings: { readMs: t1 - t0, extractMs: 0, graphMs: performance.now() - t1, enrichMs: 0 },
    mode: 'clean',
    filesRead: documents.length,
  };
}
