// kg/cli: `kg build <file-or-dir>... --out <dir>`: builds graph.json and graph.gexf and prints a summary.
// Extraction runs in worker threads (--workers) through a per-document cache (<out>/.kg-cache by default).
// Draws a progress bar only when stderr is a terminal; in pipes and CI it prints the summary line alone.
// The pipeline and the writers are imported when the command runs, so `kg build --help` loads neither.
import { join, resolve } from 'node:path';
import type { BuildProgress } from '../../build.js';
import type { RecordFieldOptions } from '../../ingest/index.js';
import { describeInput } from '../../ingest/skipped-input.js';
import { KgError } from '../../model/errors.js';
import type { KgGraph } from '../../model/types.js';
import { formatProgressBar } from '../../pipeline/progress-bar.js';
import type { Command } from '../command.js';
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

/** Writes both outputs, turning file-system failures into one-line errors. */
async function writeOutputs(graph: KgGraph, out: string): Promise<void> {
  const { writeGexf, writeGraphJson } = await import('../../export/index.js');
  try {
    writeGraphJson(graph, join(out, 'graph.json'));
    writeGexf(graph, join(out, 'graph.gexf'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new KgError('INVALID_OPTION', `kg build: cannot write to "${out}": ${code} (choose another --out directory)`);
  }
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'Build a knowledge graph from .txt, .md, .html, .jsonl, .csv and .pdf documents',
  usage: 'kg build <file-or-dir>... [--out <dir>] [--workers <n>|auto] [--cache <dir>] [--no-cache] [--strict] [--rules] [--quiet]',
  flags: {
    out: { type: 'string', alias: 'o', description: 'output directory for graph.json and graph.gexf', default: 'graph' },
    workers: { type: 'string', alias: 'j', description: 'extraction worker threads, or "auto" (one per core; 1 for small inputs)', default: 'auto' },
    cache: { type: 'string', description: 'directory of the per-document extraction cache (default: <out>/.kg-cache)' },
    noCache: { type: 'boolean', description: 'neither read nor write the extraction cache' },
    maxDocumentMb: { type: 'number', description: 'skip documents larger than this many MB', default: 20 },
    textField: { type: 'string', multiple: true, description: 'JSONL/CSV: field(s) holding the text (default: text, body, content)' },
    titleField: { type: 'string', multiple: true, description: 'JSONL/CSV: field(s) holding the title (default: title, headline)' },
    dateField: { type: 'string', multiple: true, description: 'JSONL/CSV: field(s) holding the date (default: date, published, published_at)' },
    idField: { type: 'string', multiple: true, description: 'JSONL/CSV: field(s) holding the record id (default: id, url)' },
    strict: { type: 'boolean', description: 'fail on any unreadable, binary or empty document or bad record instead of skipping it' },
    rules: { type: 'boolean', description: 'keep on every relation the ids of the extraction rules that made it (`rules` edge attribute)' },
    quiet: { type: 'boolean', alias: 'q', description: 'print nothing but errors' },
    verbose: { type: 'boolean', description: 'print each warning, and stack traces of bugs' },
  },
  details: [
    'Inputs: files or directories of .txt, .md (YAML front matter), .html, .pdf (text with page numbers), and',
    'JSON Lines (.jsonl, .ndjson) or CSV (.csv, with a header row) files of one document per record. A bad record',
    'is skipped with one line naming its number; the rest still builds (--strict fails on the first instead).',
    '',
    'Examples:',
    '  kg build corpus --out graph',
    '  kg build article.md reports/ --out out --workers 2',
    '  kg build news.jsonl --text-field body --date-field pubDate',
  ].join('\n'),
  async run({ positionals, flags }, io) {
    if (positionals.length === 0) throw new KgError('USAGE', 'kg build: no input given (usage: kg build <file-or-dir>... --out <dir>)');
    const out = String(flags.out);
    const workers = parseWorkers(flags.workers);
    const maxMb = Number(flags.maxDocumentMb);
    if (!(maxMb > 0)) throw new KgError('INVALID_OPTION', `kg build: --max-document-mb expects a positive number, got ${String(flags.maxDocumentMb)}`);
    const defaultCache = !flags.cache;
    const cacheDir = flags.noCache ? undefined : resolve(flags.cache ? String(flags.cache) : join(out, '.kg-cache'));
    const fields = readFieldFlags(flags);
    const drawer = io.tty && !flags.quiet ? createProgressDrawer() : undefined;
    const t0 = performance.now();
    const { buildGraph } = await import('../../build.js');
    let result;
    try {
      result = await buildGraph(positionals, {
        strict: Boolean(flags.strict),
        keepRules: Boolean(flags.rules),
        maxBytes: Math.round(maxMb * 2 ** 20),
        fields,
        workers,
        ...(cacheDir ? { cacheDir, pruneCache: defaultCache } : {}),
        ...(drawer ? { onProgress: drawer.onProgress } : {}),
      });
      drawer?.onProgress({ phase: 'write', done: result.documents, total: result.documents, words: result.words, totalWords: result.words, elapsedMs: performance.now() - t0 });
      await writeOutputs(result.graph, out);
    } finally {
      drawer?.clear();
    }
    const seconds = (performance.now() - t0) / 1000;
    for (const s of result.skipped) io.err(`kg build: skipped ${describeInput(s)}: ${s.reason}`);
    if (flags.verbose) for (const w of result.warnings) io.err(`kg build: warning for ${describeInput(w)}: ${w.reason}`);
    else if (result.warnings.length) io.err(`kg build: ${result.warnings.length} warning(s) (--verbose lists them)`);
    let relations = 0;
    result.graph.forEachEdge((_e, a) => {
      if (a.type !== 'co_mentioned') relations++;
    });
    if (!flags.quiet) {
      const cache = result.cache ? `, cache ${result.cache.hits}/${result.cache.hits + result.cache.misses} hits` : '';
      io.out(
        `kg build: ${result.documents} document(s), ${result.words} words, ${result.graph.order} entities, ${relations} relations in ${seconds.toFixed(2)}s (${result.workers} worker(s)${cache}) -> ${join(out, 'graph.json')}, ${join(out, 'graph.gexf')}`,
      );
    }
  },
};
