// test/reliability: one case per class of bad input (test/fixtures/bad-inputs plus generated ones: a huge
// single-line file, unreadable files, symlink loops), each with its expected behaviour: a usable document
// (maybe with a warning) or a skip with a reason. Asserts invariants, never exact extraction output.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.js';
import { serializeGexf, serializeGraphJson } from '../../src/export/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { readDocuments } from '../../src/ingest/index.js';
import { KgError } from '../../src/model/errors.js';
import { expectValidExtraction, expectValidGraph } from './invariants.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'bad-inputs');
const isRoot = process.getuid?.() === 0;

type Expectation =
  | { file: string; outcome: 'skipped'; reason: RegExp }
  | { file: string; outcome: 'document'; warning?: RegExp; contains?: string[]; excludes?: string[]; title?: string; date?: string };

const CASES: Expectation[] = [
  { file: 'empty.txt', outcome: 'skipped', reason: /empty/ },
  { file: 'whitespace-only.md', outcome: 'skipped', reason: /empty/ },
  { file: 'image-named.txt', outcome: 'skipped', reason: /binary.*PNG/ },
  { file: 'archive-named.md', outcome: 'skipped', reason: /binary.*ZIP/ },
  { file: 'nul-bytes.txt', outcome: 'skipped', reason: /binary.*NUL/ },
  { file: 'invalid-utf8.txt', outcome: 'document', warning: /invalid UTF-8/, contains: ['\uFFFD', 'Nicolás Maduro', 'Russia supports Venezuela'] },
  { file: 'utf16le-bom.txt', outcome: 'document', contains: ['Russia and Venezuela signed'], excludes: ['\uFEFF', '\u0000'] },
  { file: 'utf16be-bom.txt', outcome: 'document', contains: ['Russia and Venezuela signed'], excludes: ['\uFEFF', '\u0000'] },
  { file: 'utf8-bom.md', outcome: 'document', title: 'BOM first', date: '2020-01-02', excludes: ['\uFEFF', '---'] },
  { file: 'crlf.txt', outcome: 'document', contains: ['Caracas.\r\nThe Kremlin'] },
  { file: 'lone-cr.txt', outcome: 'document', contains: ['Caracas.\rThe Kremlin'] },
  { file: 'no-punctuation.txt', outcome: 'document', contains: ['russia venezuela'] },
  { file: 'malformed-front-matter.md', outcome: 'document', warning: /front matter/, contains: ['Russia and Venezuela held talks'], excludes: ['unterminated'] },
  { file: 'front-matter-not-closed.md', outcome: 'document', contains: ['never closed', 'Russia and Venezuela held talks'] },
  {
    file: 'scripts-styles-entities.html',
    outcome: 'document',
    title: 'Ties & Talks',
    contains: ['Russia & Venezuela signed a deal.', 'Another line A', 'été', '<b>', 'Maduro met Putin'],
    excludes: ['Hidden', 'color:red', '&amp;', '&#x41;'],
  },
  { file: 'awkward-names.txt', outcome: 'document', contains: ['"Nicky"', '<Mary>', '\u{1F600}', '\u0001'] },
  { file: 'ok-control.md', outcome: 'document', title: 'A normal document', date: '2019-03-28' },
];

describe('bad inputs, file by file', () => {
  for (const c of CASES) {
    it(`should handle ${c.file} (${c.outcome})`, () => {
      const path = join(DIR, c.file);
      if (c.outcome === 'skipped') {
        // Alone it leaves nothing to build from: NO_DOCUMENTS, with the skip recorded
        expect(() => readDocuments([path])).toThrow(KgError);
        try {
          readDocuments([path]);
        } catch (error) {
          expect((error as KgError).code).toBe('NO_DOCUMENTS');
        }
        const withOk = readDocuments([path, join(DIR, 'ok-control.md')]);
        expect(withOk.documents.map((d) => d.id)).toEqual(['ok-control.md']);
        expect(withOk.skipped).toHaveLength(1);
        expect(withOk.skipped[0]!.reason).toMatch(c.reason);
        // --strict turns the skip into INPUT_UNREADABLE
        try {
          readDocuments([path, join(DIR, 'ok-control.md')], { strict: true });
          expect.unreachable('strict should throw');
        } catch (error) {
          expect((error as KgError).code).toBe('INPUT_UNREADABLE');
        }
        return;
      }
      const { documents, skipped, warnings } = readDocuments([path]);
      expect(skipped).toEqual([]);
      expect(documents).toHaveLength(1);
      const doc = documents[0]!;
      if (c.warning) expect(warnings.map((w) => w.reason).join('\n')).toMatch(c.warning);
      else expect(warnings).toEqual([]);
      for (const s of c.contains ?? []) expect(doc.text).toContain(s);
      for (const s of c.excludes ?? []) expect(doc.text).not.toContain(s);
      if (c.title) expect(doc.title).toBe(c.title);
      if (c.date) expect(doc.date).toBe(c.date);
      expectValidExtraction(doc, extractDocument(doc));
    });
  }

  it('should count the same text twice once, whatever the input order', () => {
    const a = join(DIR, 'duplicate-one.txt');
    const b = join(DIR, 'duplicate-two.txt');
    for (const inputs of [[a, b], [b, a]]) {
      const r = readDocuments(inputs, { strict: true });
      expect(r.documents.map((d) => d.id)).toEqual(['duplicate-one.txt']);
      expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/duplicate/)]);
    }
  });
});

describe('bad inputs, the whole directory', () => {
  it('should build the readable documents, skip the rest with reasons, and produce a valid graph', async () => {
    const result = await buildGraph([DIR], { workers: 1 });
    const skipped = new Map(result.skipped.map((s) => [s.path.split('/').pop()!, s.reason]));
    for (const c of CASES) {
      if (c.outcome === 'skipped') expect(skipped.get(c.file)).toMatch(c.reason);
      else expect(skipped.has(c.file)).toBe(false);
    }
    expect(skipped.get('duplicate-two.txt')).toMatch(/duplicate/);
    expect(result.documents).toBe(CASES.filter((c) => c.outcome === "document").length + 1);
    const { documents } = readDocuments([DIR]);
    expectValidGraph(result.graph, new Map(documents.map((d) => [d.id, d.text])));
    const json = JSON.parse([...serializeGraphJson(result.graph)].join('')) as { nodes: unknown[] };
    expect(json.nodes).toHaveLength(result.graph.order);
    const gexf = [...serializeGexf(result.graph)].join('');
    expect(gexf).toMatch(/^<\?xml/);
    // No raw control characters or unescaped specials in attribute values
    expect(gexf).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});

describe('bad inputs, generated', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'kg-bad-inputs-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('should skip a 50 MB single-line document as too large without reading it, and say how to fix it', () => {
    const dir = join(tmp, 'huge');
    mkdirSync(dir);
    const path = join(dir, 'huge.txt');
    const chunk = Buffer.from('Russia and Venezuela signed an agreement in Caracas on Tuesday and talks went on '.repeat(1000));
    const fd = openSync(path, 'w');
    for (let written = 0; written < 50 * 2 ** 20; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    writeFileSync(join(dir, 'small.txt'), 'Russia and Venezuela signed an agreement.');
    const r = readDocuments([dir]);
    expect(r.documents.map((d) => d.id)).toEqual(['small.txt']);
    expect(r.skipped[0]!.reason).toMatch(/too large.*split/);
  });

  it('should read a 50 MB single-line document when the size limit is raised (ingest only)', () => {
    const r = readDocuments([join(tmp, 'huge', 'huge.txt')], { maxBytes: 64 * 2 ** 20 });
    expect(r.skipped).toEqual([]);
    expect(r.documents[0]!.text.length).toBeGreaterThanOrEqual(50 * 2 ** 20);
    expect(r.documents[0]!.text.includes('\n')).toBe(false);
  });

  it('should extract a 2 MB single-line document without punctuation or newlines', () => {
    const text = 'russia venezuela Moscow talks Caracas agreement '.repeat(44_000);
    const r = readDocuments([writeTo(join(tmp, 'long-line.txt'), text)]);
    expect(r.documents[0]!.text.length).toBeGreaterThan(2_000_000);
    expectValidExtraction(r.documents[0]!, extractDocument(r.documents[0]!));
  });

  it('should skip unreadable files with their reason (chmod 000; broken symlink)', () => {
    const dir = join(tmp, 'unreadable');
    mkdirSync(dir);
    writeFileSync(join(dir, 'ok.txt'), 'Russia and Venezuela signed an agreement.');
    symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'broken-link.txt'));
    const r = readDocuments([dir]);
    expect(r.documents.map((d) => d.id)).toEqual(['ok.txt']);
    expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/unreadable \(ENOENT\)/)]);
  });

  it.skipIf(isRoot)('should skip a chmod 000 file as unreadable (EACCES) and fail with --strict (skipped when root: root reads it anyway)', () => {
    const dir = join(tmp, 'chmod');
    mkdirSync(dir);
    writeFileSync(join(dir, 'ok.txt'), 'Russia and Venezuela signed an agreement.');
    writeFileSync(join(dir, 'secret.txt'), 'Nobody may read this.');
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const r = readDocuments([dir]);
    expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/EACCES/)]);
    expect(() => readDocuments([dir], { strict: true })).toThrow(KgError);
  });

  it('should terminate on symlink loops (directory cycle and self-referencing file)', () => {
    const dir = join(tmp, 'loops');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'a.txt'), 'Russia and Venezuela signed an agreement.');
    symlinkSync(dir, join(dir, 'sub', 'back-to-top'));
    symlinkSync(join(dir, 'sub'), join(dir, 'sub', 'self'));
    symlinkSync(join(dir, 'self-loop.txt'), join(dir, 'self-loop.txt'));
    const r = readDocuments([dir]);
    expect(r.documents.map((d) => d.id)).toEqual(['sub/a.txt']);
    expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/unreadable \(ELOOP\)/)]);
  });
});

function writeTo(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}
