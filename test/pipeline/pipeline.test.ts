// test/pipeline: the build machinery around extraction: worker-count choice, the per-document cache (hits,
// misses, corruption, pruning), parallel extraction (order, failures, a broken worker module) and the
// progress bar text. Uses a stand-in extractor where the real one's output would matter.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseWorkerCount } from '../../src/build.js';
import { KgError } from '../../src/model/errors.js';
import type { Extraction, KgDocument } from '../../src/model/types.js';
import { computeCacheKey, openExtractCache } from '../../src/pipeline/extract-cache.js';
import { extractInParallel } from '../../src/pipeline/extract-parallel.js';
import { formatProgressBar } from '../../src/pipeline/progress-bar.js';

const tmp = mkdtempSync(join(tmpdir(), 'kg-pipeline-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fakeExtract = (doc: KgDocument): Extraction => ({ doc: { id: doc.id, words: doc.text.split(/\s+/).filter(Boolean).length }, entities: [], claims: [] });
const docs = (n: number): KgDocument[] => Array.from({ length: n }, (_v, i) => ({ id: `d${String(i).padStart(3, '0')}.txt`, text: `word `.repeat(i + 1) }));

describe('chooseWorkerCount', () => {
  it('should use one thread for small inputs and clamp explicit counts to the documents', () => {
    expect(chooseWorkerCount(undefined, 100, 1e7)).toBe(1);
    expect(chooseWorkerCount('auto', 100, 1000)).toBe(1);
    expect(chooseWorkerCount('auto', 100, 500_000)).toBe(1);
    expect(chooseWorkerCount('auto', 100, 1e7)).toBeGreaterThanOrEqual(1);
    expect(chooseWorkerCount(8, 3, 1e7)).toBe(3);
    expect(() => chooseWorkerCount(0, 3, 10)).toThrow(KgError);
  });
});

describe('openExtractCache', () => {
  it('should miss, store, hit, treat corrupt entries as misses and prune unused entries', () => {
    const dir = join(tmp, 'cache');
    const [a, b] = docs(2) as [KgDocument, KgDocument];
    let cache = openExtractCache(dir, 'v1');
    expect(cache.get(a)).toBeUndefined();
    cache.set(a, fakeExtract(a));
    cache.set(b, fakeExtract(b));
    expect(openExtractCache(dir, 'v1').get(a)).toEqual(fakeExtract(a));
    expect(openExtractCache(dir, 'v2').get(a)).toBeUndefined(); // a new extractor version misses
    expect(computeCacheKey({ ...a, text: `${a.text}!` }, 'v1')).not.toBe(computeCacheKey(a, 'v1'));
    writeFileSync(join(dir, `${computeCacheKey(b, 'v1')}.json`), '{"truncated');
    cache = openExtractCache(dir, 'v1');
    expect(cache.get(b)).toBeUndefined();
    expect(cache.get(a)).toBeDefined();
    expect(cache.stats()).toEqual({ hits: 1, misses: 1 });
    expect(cache.prune()).toBe(1);
    expect(readdirSync(dir).filter((n) => n.endsWith('.json'))).toHaveLength(1);
  });
});

describe('extractInParallel', () => {
  const fakeModule = join(tmp, 'fake-extractor.mjs');
  writeFileSync(fakeModule, `export function extractDocument(doc) { if (doc.text.includes('BOOM')) throw new Error('boom'); return { doc: { id: doc.id, words: doc.text.split(/\\s+/).filter(Boolean).length }, entities: [], claims: [] }; }\n`);
  const fakeUrl = `file://${fakeModule}`;

  it('should return extractions in input order whatever the thread count', async () => {
    const input = docs(40);
    for (const threads of [1, 2, 3]) {
      const seen: number[] = [];
      const { extractions } = await extractInParallel(input, { threads, extractLocal: fakeExtract, extractorModule: fakeUrl, onDone: (i) => seen.push(i) });
      expect(extractions.map((x) => x.doc.id)).toEqual(input.map((d) => d.id));
      expect(seen.sort((x, y) => x - y)).toEqual(input.map((_d, i) => i));
    }
  });

  it('should reject with the document id when a worker\'s extractor throws', async () => {
    const input = docs(30);
    input[25] = { id: 'bad.txt', text: 'BOOM' };
    const local = (d: KgDocument): Extraction => {
      if (d.text.includes('BOOM')) throw new Error('kg/pipeline: extraction failed on "bad.txt": boom');
      return fakeExtract(d);
    };
    await expect(extractInParallel(input, { threads: 2, extractLocal: local, extractorModule: fakeUrl })).rejects.toThrow(/bad\.txt.*boom/);
  });

  it('should finish on the main thread when workers cannot load their extractor', async () => {
    const input = docs(10);
    const { extractions, stats } = await extractInParallel(input, { threads: 2, extractLocal: fakeExtract, extractorModule: `file://${join(tmp, 'missing.mjs')}` });
    expect(extractions).toHaveLength(10);
    expect(stats.byMain).toBe(10);
  });
});

describe('formatProgressBar', () => {
  it('should show documents, words/s and ETA within the terminal width', () => {
    const line = formatProgressBar({ phase: 'extract', done: 5, total: 10, words: 50_000, totalWords: 100_000, elapsedMs: 2000 }, 80);
    expect(line).toMatch(/\[#+-+\] 5\/10 docs, 25k words\/s, ETA 2s/);
    expect(line.length).toBeLessThanOrEqual(80);
    expect(formatProgressBar({ phase: 'graph', done: 1, total: 1, words: 1, totalWords: 1, elapsedMs: 1 }, 40)).toMatch(/resolving/);
  });
});
