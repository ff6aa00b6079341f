// bench: build throughput in words/s per core: the whole kg pipeline (one thread) next to a bare
// tokenization pass (src/extract/tokens.ts) and compromise's NER pass fed sentence by sentence, with ratios
// against the tokenizer baseline. Measures generated corpora; asserts nothing.
import nlp from 'compromise';
import { buildGraph } from '../src/build.js';
import { tokenize } from '../src/extract/tokens.js';
import { readDocuments } from '../src/ingest/index.js';
import { ensureCorpus, measure, reportResult, round, type BenchOptions, type BenchResult, type Row } from './build-common.js';

export interface ThroughputOptions extends BenchOptions {
  /** Corpus sizes in words (default 100k and 1M). */
  sizes?: number[];
  /** Words fed to compromise per size (it runs ~15k words/s; default 30k). */
  nerSampleWords?: number;
}

const SENTENCE = /[^.!?\n]+[.!?]+/g;
const WORD = /[\p{L}\p{N}]+/gu;
const countWords = (s: string): number => s.match(WORD)?.length ?? 0;

/** Runs the throughput benchmark; returns (and by default prints and writes) its result. */
export async function run(options: ThroughputOptions = {}): Promise<BenchResult> {
  const sizes = options.sizes ?? [100_000, 1_000_000];
  const nerSample = options.nerSampleWords ?? 30_000;
  const rows: Row[] = [];
  for (const size of sizes) {
    const corpus = ensureCorpus(size);
    const { documents } = readDocuments([corpus.dir]);
    const words = documents.reduce((s, d) => s + countWords(d.text), 0);

    // Baseline: tokenization alone
    const tok = await measure(() => documents.reduce((n, d) => n + tokenize(d.text).length, 0));
    const baseline = words / (tok.ms / 1000);

    // compromise NER over a sample of sentences
    const sentences: string[] = [];
    let sampled = 0;
    for (const d of documents) {
      for (const m of d.text.matchAll(SENTENCE)) {
        if (sampled >= nerSample) break;
        sentences.push(m[0]);
        sampled += countWords(m[0]);
      }
      if (sampled >= nerSample) break;
    }
    const ner = await measure(() => {
      let found = 0;
      for (const s of sentences) {
        const doc = nlp(s);
        found += doc.people().length + doc.places().length + doc.organizations().length;
      }
      return found;
    });

    // The whole pipeline on one thread (read, extract, resolve, assemble, enrich; no cache)
    const full = await measure(() => buildGraph([corpus.dir], { workers: 1 }));
    const t = full.value.timings;

    const row = (stage: string, w: number, ms: number, threads = 1): Row => ({
      corpus: size,
      stage,
      words: w,
      seconds: round(ms / 1000, 3),
      'words/s/core': Math.round(w / (ms / 1000) / threads),
      'slower than tokenize': `${round(baseline / (w / (ms / 1000) / threads), 1)}x`,
    });
    rows.push(row('tokenize (baseline)', words, tok.ms));
    rows.push(row('compromise NER, per sentence', sampled, ner.ms));
    rows.push(row('kg extract only, 1 thread', words, t.extractMs));
    rows.push(row('kg build pipeline, 1 thread', words, full.ms));
    rows.push({ ...row('  of which resolve+assemble+enrich', words, t.graphMs), entities: full.value.graph.order });
  }
  const ner = rows.filter((r) => String(r.stage).startsWith('compromise'));
  const kg = rows.filter((r) => String(r.stage).startsWith('kg build'));
  const notes = kg.map((r, i) => `corpus ${r.corpus}: kg pipeline runs at ${r['words/s/core']} words/s/core = ${round(Number(r['words/s/core']) / Number(ner[i]?.['words/s/core'] ?? 1), 2)}x compromise NER`);
  return reportResult({ name: 'build-throughput', date: new Date().toISOString(), rows, notes }, options);
}

if (process.argv[1]?.endsWith('build-throughput.ts')) await run();
