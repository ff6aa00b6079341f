// test/reliability: the same documents give byte-identical graph.json and GEXF whatever the input order,
// the number of extraction threads and the state of the cache. Compares serialized outputs only.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus-gen.js';
import { buildGraph } from '../../src/build.js';
import { serializeGexf, serializeGraphJson } from '../../src/export/index.js';
import { createRng } from '../../src/util/random.js';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'kg-determinism-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const serialize = (graph: Awaited<ReturnType<typeof buildGraph>>['graph']): { json: string; gexf: string } => ({
  json: [...serializeGraphJson(graph)].join(''),
  gexf: [...serializeGexf(graph)].join(''),
});

function shuffled<T>(items: T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('build determinism', () => {
  // A corpus of real articles plus generated ones, flat in one directory
  const dir = join(tmp, 'docs');
  writeCorpus(dir, { words: 30_000, seed: 11, wordsPerDocument: 1500 });
  for (const src of [join(ROOT, 'corpus'), join(ROOT, 'test', 'fixtures', 'articles')]) {
    for (const name of readdirSync(src)) if (/\.(md|txt|html)$/.test(name)) copyFileSync(join(src, name), join(dir, name));
  }
  const files = readdirSync(dir).filter((n) => !n.startsWith('.')).map((n) => join(dir, n));

  it('should give byte-identical graph.json and GEXF for any input order, thread count and cache state', async () => {
    const reference = serialize((await buildGraph([dir], { workers: 1 })).graph);
    expect(reference.json.length).toBeGreaterThan(1000);
    const cacheDir = join(tmp, 'cache');
    const variants: { name: string; inputs: string[]; workers: number; cacheDir?: string }[] = [
      { name: 'shuffled files, 2 threads', inputs: shuffled(files, 1), workers: 2 },
      { name: 'reversed files, 3 threads, cold cache', inputs: [...files].reverse(), workers: 3, cacheDir },
      { name: 'shuffled files, 1 thread, warm cache', inputs: shuffled(files, 2), workers: 1, cacheDir },
      { name: 'directory, 2 threads, warm cache', inputs: [dir], workers: 2, cacheDir },
    ];
    for (const v of variants) {
      const result = await buildGraph(v.inputs, { workers: v.workers, ...(v.cacheDir ? { cacheDir: v.cacheDir } : {}) });
      const out = serialize(result.graph);
      expect(out.json === reference.json, `graph.json differs: ${v.name}`).toBe(true);
      expect(out.gexf === reference.gexf, `GEXF differs: ${v.name}`).toBe(true);
    }
  }, 180_000);
});
