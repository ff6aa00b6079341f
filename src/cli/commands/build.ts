// kg/cli: `kg build <file-or-dir>... --out <dir>`: builds graph.json and graph.gexf and prints a summary.
// Extraction runs in worker threads (--workers) through a per-document cache (<out>/.kg-cache by default).
// When <out> holds the state of a previous build (<out>/.kg-state, written with graph.json), the build is
// incremental: only changed documents are read and extracted, and the previous layout is kept (--fresh builds
// from scratch). --watch rebuilds on every change until interrupted. Draws a progress bar only when stderr is
// a terminal; in pipes and CI it prints the summary line alone. The pipeline, the writers and the state file are
// imported when the command runs, so `kg build --help` loads none of them.
import { join, resolve } from 'node:path';
import type { BuildOptions, BuildProgress, BuildResult } from '../../build.js';
import type { RecordFieldOptions } from '../../ingest/index.js';
import { describeInput } from '../../ingest/skipped-input.js';
import { KgError } from '../../model/errors.js';
import type { BuildState } from '../../pipeline/build-state.js';
import { formatProgressBar } from '../../pipeline/progress-bar.js';
import { DEFAULT_DEBOUNCE_MS } from '../../pipeline/watch-build.js';
import type { CliIo, Command } from '../command.js';
import type { ParsedFlags } from '../args.js';

const PROGRESS_INTERVAL_MS = 100;

/** Parses --workers: "auto" or a positive integer. */
function parseWorkers(value: unknown): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new KgError('INVALID_OPTION', `kg build: --workers expects a whole number from 1 to 256 or "auto", got "${String(value)}"`);
  }
  return n;
}

/** Returns an onProgress callback that redraws one stderr line at most every 100 ms. */
function createProgressDrawer(): { onProgress: (p: BuildProgress) => void; clear: () => void } {
  let last = 0;
  let drawn = false;
  const columns = (): number => process.stderr.columns || 80;
  return {
    onProgress(p) {
      const now = performance.now();
      if (p.phase === 'extract' && p.done < p.total && now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      process.stderr.write(`\r\x1b[2K${formatProgressBar(p, columns() - 1)}`);
      drawn = true;
    },
    clear() {
      if (drawn) process.stderr.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** The --text-field, --title-field, --date-field and --id-field choices (each one or more names). */
function readFieldFlags(flags: ParsedFlags): RecordFieldOptions {
  const fields: RecordFieldOptions = {};
  for (const role of ['text', 'title', 'date', 'id'] as const) {
    const value = flags[`${role}Field`] as string[] | undefined;
    if (value === undefined) continue;
    if (value.length === 0) throw new KgError('INVALID_OPTION', `kg build: --${role}-field needs a field name (e.g. --${role}-field ${role})`);
    fields[role] = value;
  }
  return fields;
}

/** What a build needs beyond this file, loaded when the command runs. */
async function loadPipeline() {
  const [{ buildGraph }, { writeGexf, writeGraphJson }, { loadBuildState, saveBuildState }, { watchBuild }] = await Promise.all([
    import('../../build.js'),
    import('../../export/index.js'),
    import('../../pipeline/state-file.js'),
    import('../../pipeline/watch-build.js'),
  ]);
  return { buildGraph, writeGexf, writeGraphJson, loadBuildState, saveBuildState, watchBuild };
}
type Pipeline = Awaited<ReturnType<typeof loadPipeline>>;

const fsError = (error: unknown, out: string): unknown => {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? new KgError('INVALID_OPTION', `kg build: cannot write to "${out}": ${code} (choose another --out directory)`) : error;
};

/** Writes both outputs, then the state that goes with them, turning file-system failures into one-line errors. */
function writeOutputs(pipeline: Pipeline, result: BuildResult, out: string): void {
  try {
    pipeline.writeGraphJson(result.graph, join(out, 'graph.json'));
    pipeline.writeGexf(result.graph, join(out, 'graph.gexf'));
  } catch (error) {
    throw fsError(error, out);
  }
  if (!result.state) return;
  try {
    pipeline.saveBuildState(out, result.state);
  } catch {
    // without a state the next build is a clean one; the graph itself is written
  }
}

/** The summary line: counts, what changed for an incremental build, time, workers, cache. */
export function formatBuildSummary(result: BuildResult, seconds: number, out: string): string {
  let relations = 0;
  result.graph.forEachEdge((_e, a) => {
    if (a.type !== 'co_mentioned') relations++;
  });
  const cache = result.cache ? `, cache ${result.cache.hits}/${result.cache.hits + result.cache.misses} hits` : '';
  const c = result.changes;
  const documents = c
    ? `+${c.added.length} -${c.removed.length} ~${c.changed.length} documents (${result.documents} in all)`
    : `${result.documents} document(s)`;
  const how = c ? `incremental, ${result.filesRead} file(s) read` : `${result.workers} worker(s)`;
  return `kg build: ${documents}, ${result.words} words, ${result.graph.order} entities, ${relations} relations in ${seconds.toFixed(2)}s (${how}${cache}) -> ${join(out, 'graph.json')}, ${join(out, 'graph.gexf')}`;
}

/** Reports skips and warnings (each with --verbose, else counted). */
function reportInputs(result: BuildResult, verbose: boolean, io: CliIo): void {
  for (const s of result.skipped) io.err(`kg build: skipped ${describeInput(s)}: ${s.reason}`);
  if (verbose) for (const w of result.warnings) io.err(`kg build: warning for ${describeInput(w)}: ${w.reason}`);
  else if (result.warnings.length) io.err(`kg build: ${result.warnings.length} warning(s) (--verbose lists them)`);
}

/** Resolves on SIGINT or SIGTERM (when the caller gave no `untilStopped`). */
const untilSignalled = (): Promise<void> =>
  new Promise((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

export const buildCommand: Command = {
  name: 'build',
  summary: 'Build a knowledge graph from .txt, .md, .html, .jsonl, .csv and .pdf documents',
  usage: 'kg build <file-or-dir>... [--out <dir>] [--workers <n>|auto] [--cache <dir>] [--no-cache] [--fresh] [--watch] [--strict] [--rules] [--quiet]',
  flags: {
    out: { type: 'string', alias: 'o', description: 'output directory for graph.json and graph.gexf', default: 'graph' },
    workers: { type: 'string', alias: 'j', description: 'extraction worker threads, or "auto" (one per core; 1 for small inputs)', default: 'auto' },
    cache: { type: 'string', description: 'directory of the per-document extraction cache (default: <out>/.kg-cache)' },
    noCache: { type: 'boolean', description: 'neither read nor write the extraction cache' },
    fresh: { type: 'boolean', description: 'build from scratch, ignoring the previous build in <out> (a new layout)' },
    watch: { type: 'boolean', alias: 'w', description: 'rebuild incrementally whenever a file under the inputs changes (Ctrl-C stops)' },
    debounce: { type: 'number', description: 'with --watch, milliseconds of quiet before a rebuild', default: DEFAULT_DEBOUNCE_MS },
    maxDocumentMb: { type: 'number', description: 'skip documents larger than this many MB', default: 20 },
    textField: { type: 'string', multiple: true, description: 'JSONL/CSV: field(s) holding the text (default: text, body, content)' },
    titleField: { type: 'string', multiple: true, description: 'JSONL/CSV: field(s) holding the title (default: title, headline)' },
    dateField: { type: 'string', multiple: true, description: 'JSONL/CSV: field(s) holding the date (default: date, published, published_at)' },
    idField: { type: 'string', multiple: true, description: 'JSONL/CSV: field(s) holding the record id (default: id, url)' },
    strict: { type: 'boolean', description: 'fail on any unreadable, binary or empty document or bad record instead of skipping it' },
    rules: { type: 'boolean', description: 'keep on every relation the ids of the extraction rules that made it (`rules` edge attribute)' },
    quiet: { type: 'boolean', alias: 'q', description: 'print nothing but errors' },
    verbose: { type: 'boolean', description: 'print each warning, why a build is not incremental, and stack traces of bugs' },
  },
  details: [
    'Inputs: files or directories of .txt, .md (YAML front matter), .html, .pdf (text with page numbers), and',
    'JSON Lines (.jsonl, .ndjson) or CSV (.csv, with a header row) files of one document per record. A bad record',
    'is skipped with one line naming its number; the rest still builds (--strict fails on the first instead).',
    '',
    'A second build into the same --out is incremental: only added, changed and removed documents are processed,',
    'and entities keep their positions (new ones start beside their neighbours). --fresh starts over. A JSON Lines',
    'or CSV file that changed is read again whole; only its records that changed are extracted again.',
    '',
    'Examples:',
    '  kg build corpus --out graph',
    '  kg build article.md reports/ --out out --workers 2',
    '  kg build news.jsonl --text-field body --date-field pubDate',
    '  kg build inbox/ --out graph --watch     (and `npm start`: the viewer reloads the graph as it changes)',
  ].join('\n'),
  async run({ positionals, flags }, io) {
    if (positionals.length === 0) throw new KgError('USAGE', 'kg build: no input given (usage: kg build <file-or-dir>... --out <dir>)');
    const out = String(flags.out);
    const workers = parseWorkers(flags.workers);
    const maxMb = Number(flags.maxDocumentMb);
    if (!(maxMb > 0)) throw new KgError('INVALID_OPTION', `kg build: --max-document-mb expects a positive number, got ${String(flags.maxDocumentMb)}`);
    const debounceMs = Number(flags.debounce);
    if (!(debounceMs >= 0)) throw new KgError('INVALID_OPTION', `kg build: --debounce expects a number of milliseconds, got ${String(flags.debounce)}`);
    const defaultCache = !flags.cache;
    const cacheDir = flags.noCache ? undefined : resolve(flags.cache ? String(flags.cache) : join(out, '.kg-cache'));
    const verbose = Boolean(flags.verbose);
    const options: BuildOptions = {
      strict: Boolean(flags.strict),
      keepRules: Boolean(flags.rules),
      maxBytes: Math.round(maxMb * 2 ** 20),
      fields: readFieldFlags(flags),
      workers,
      ...(cacheDir ? { cacheDir, pruneCache: defaultCache } : {}),
    };
    const pipeline = await loadPipeline();
    const { buildGraph, loadBuildState, watchBuild } = pipeline;

    // The previous build, unless --fresh
    let previous: BuildState | undefined;
    if (!flags.fresh) {
      const loaded = loadBuildState(out);
      if ('state' in loaded) previous = loaded.state;
      else if (verbose) io.err(`kg build: building from scratch: ${loaded.reason}`);
    }

    // One build, written
    const drawer = io.tty && !flags.quiet && !flags.watch ? createProgressDrawer() : undefined;
    const t0 = performance.now();
    let result: BuildResult;
    try {
      result = await buildGraph(positionals, { ...options, keepState: true, ...(previous ? { previous } : {}), ...(drawer ? { onProgress: drawer.onProgress } : {}) });
      drawer?.onProgress({ phase: 'write', done: result.documents, total: result.documents, words: result.words, totalWords: result.words, elapsedMs: performance.now() - t0 });
      writeOutputs(pipeline, result, out);
    } finally {
      drawer?.clear();
    }
    reportInputs(result, verbose, io);
    if (verbose && result.notIncremental) io.err(`kg build: building from scratch: ${result.notIncremental}`);
    if (!flags.quiet) io.out(formatBuildSummary(result, (performance.now() - t0) / 1000, out));
    if (!flags.watch) return;

    // Watching: rebuild on changes until stopped (Ctrl-C, SIGTERM)
    if (!flags.quiet) io.out(`kg build: watching ${positionals.join(', ')} for changes (Ctrl-C stops)`);
    let started = performance.now();
    const handle = watchBuild(positionals, {
      ...options,
      build: (inputs, o) => {
        started = performance.now();
        return buildGraph(inputs, o);
      },
      debounceMs,
      outDir: out,
      buildNow: false,
      ...(result.state ? { initialState: result.state } : {}),
      onBuild(r) {
        const c = r.changes;
        if (c && c.added.length + c.removed.length + c.changed.length === 0) return; // nothing that matters changed
        writeOutputs(pipeline, r, out);
        reportInputs(r, verbose, io);
        if (!flags.quiet) io.out(formatBuildSummary(r, (performance.now() - started) / 1000, out));
      },
      onError(error) {
        io.err(error instanceof KgError ? error.message.split('\n')[0]! : `kg build: rebuild failed: ${(error as Error)?.message ?? String(error)}`);
      },
      reloadState() {
        const loaded = loadBuildState(out);
        return 'state' in loaded ? loaded.state : undefined;
      },
    });
    await (io.untilStopped ?? untilSignalled)();
    await handle.close();
  },
};

