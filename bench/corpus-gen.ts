// bench: generates reproducible corpora of any size by recombining the sentences of corpus/*.md and
// test/fixtures/{,articles/}*.{md,txt} with person names swapped for seeded synthetic ones. Writes .md files with
// front matter. Used by the benchmarks and the big-input tests; not part of the library.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitFrontMatter } from '../src/ingest/front-matter.js';
import { createRng } from '../src/util/random.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_DIRS = [join(ROOT, 'corpus'), join(ROOT, 'test', 'fixtures'), join(ROOT, 'test', 'fixtures', 'articles')];

export interface CorpusOptions {
  /** Target total words (the result is within one sentence of it). */
  words: number;
  seed?: number;
  /** Words per document, on average (default 1200). */
  wordsPerDocument?: number;
  /** Distinct synthetic people (default: one per 400 words, at least 50). */
  people?: number;
}

export interface GeneratedDocument {
  name: string;
  content: string;
  words: number;
}

const SYLLABLES = ['ka', 'ro', 'vel', 'an', 'mi', 'sto', 'dra', 'len', 'ti', 'gor', 'sa', 'vi', 'ne', 'lu', 'mar', 'ez', 'qui', 'ol', 'bri', 'ta', 'do', 'rek', 'zu', 'fen', 'ha', 'pil', 'os', 'ur', 'ge', 'ny'];
const NAME_RUN = /(?<![.!?]\s|^)\b\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}/gu;
const SENTENCE = /[^.!?\n]+[.!?]+["”’)]*/g;
const WORD = /[\p{L}\p{N}]+/gu;

const countWords = (s: string): number => s.match(WORD)?.length ?? 0;

/** Reads every sentence (four words or more) of the source documents, in a fixed order. */
export function loadSourceSentences(dirs: string[] = SOURCE_DIRS): string[] {
  const sentences: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const body = splitFrontMatter(readFileSync(join(dir, name), 'utf8')).body;
      for (const m of body.matchAll(SENTENCE)) {
        const s = m[0].trim();
        if (countWords(s) >= 4) sentences.push(s);
      }
    }
  }
  if (sentences.length === 0) throw new Error('bench/corpus-gen: no source sentences found in corpus/ or test/fixtures/');
  return sentences;
}

function makePeople(count: number, rng: () => number): string[] {
  const part = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rng() * SYLLABLES.length)]!;
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const people = new Set<string>();
  while (people.size < count) people.add(`${part(2)} ${part(2 + Math.floor(rng() * 2))}`);
  return [...people];
}

/** Generates documents totalling about `options.words` words. Same options, same documents. */
export function generateCorpus(options: CorpusOptions): GeneratedDocument[] {
  const rng = createRng(options.seed ?? 1);
  const sentences = loadSourceSentences();
  const perDoc = options.wordsPerDocument ?? 1200;
  const people = makePeople(options.people ?? Math.max(50, Math.round(options.words / 400)), rng);
  const docs: GeneratedDocument[] = [];
  let total = 0;
  for (let d = 0; total < options.words; d++) {
    // Each document has its own cast: every multi-word capitalised name maps to one synthetic person.
    const cast = new Map<string, string>();
    const target = Math.min(options.words - total, Math.round(perDoc * (0.5 + rng())));
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    let words = 0;
    while (words < target) {
      const s = sentences[Math.floor(rng() * sentences.length)]!.replace(NAME_RUN, (name) => {
        let swapped = cast.get(name);
        if (!swapped) {
          swapped = people[Math.floor(rng() * people.length)]!;
          cast.set(name, swapped);
        }
        return swapped;
      });
      paragraph.push(s);
      words += countWords(s);
      if (paragraph.length >= 2 + Math.floor(rng() * 4)) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    if (paragraph.length) paragraphs.push(paragraph.join(' '));
    const year = 2000 + Math.floor(rng() * 26);
    const month = String(1 + Math.floor(rng() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
    const name = `doc-${String(d).padStart(6, '0')}.md`;
    const content = `---\ntitle: "Generated document ${d}"\ndate: ${year}-${month}-${day}\nsource: kg corpus-gen\n---\n${paragraphs.join('\n\n')}\n`;
    docs.push({ name, content, words });
    total += words;
  }
  return docs;
}

/** Writes a generated corpus into `dir` (emptied first); returns its file and word counts. */
export function writeCorpus(dir: string, options: CorpusOptions): { files: number; words: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let words = 0;
  let bytes = 0;
  const docs = generateCorpus(options);
  for (const d of docs) {
    writeFileSync(join(dir, d.name), d.content);
    words += d.words;
    bytes += Buffer.byteLength(d.content);
  }
  return { files: docs.length, words, bytes };
}

// Command line: node bin/run-ts.mjs bench/corpus-gen.ts <words> <dir> [seed]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [words, dir, seed] = process.argv.slice(2);
  if (!words || !dir) {
    process.stderr.write('usage: node bin/run-ts.mjs bench/corpus-gen.ts <words> <dir> [seed]\n');
    process.exitCode = 2;
  } else {
    const r = writeCorpus(dir, { words: Number(words), seed: Number(seed ?? 1) });
    process.stdout.write(`bench/corpus-gen: ${r.files} files, ${r.words} words, ${(r.bytes / 1e6).toFixed(1)} MB -> ${dir}\n`);
  }
}
