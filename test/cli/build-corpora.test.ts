// test/cli: `kg build` on record and PDF corpora as a user runs it (a child process, from source): one stderr line
// per bad record naming its number and line, the rest still built; --strict failing on the first with exit 3;
// the --*-field flags. The readers themselves are tested in test/ingest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const KG = join(ROOT, 'bin', 'kg.mjs');
const CORPORA = join(ROOT, 'test', 'fixtures', 'corpora');
const tmp = mkdtempSync(join(tmpdir(), 'kg-build-corpora-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kg(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [KG, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string): string[] => s.split('\n').filter(Boolean);
const documentsOf = (out: string): string[] =>
  ((JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { attributes: { documents: { id: string }[] } }).attributes.documents).map((d) => d.id);

describe('kg build on bad records', () => {
  it('should print one line per bad record with its number and line, and build the rest', () => {
    const out = join(tmp, 'bad');
    const r = kg('build', join(CORPORA, 'bad', 'bad-records.jsonl'), '--out', out, '--no-cache');
    expect(r.code).toBe(0);
    expect(lines(r.stderr).filter((l) => l.includes('skipped'))).toEqual([
      expect.stringMatching(/^kg build: skipped record 2 \(line 2\) of ".*bad-records\.jsonl": invalid JSON/),
      expect.stringMatching(/^kg build: skipped record 3 \(line 4\) of ".*bad-records\.jsonl": not a JSON object/),
      expect.stringMatching(/^kg build: skipped record 4 \(line 5\) of ".*": no text/),
      expect.stringMatching(/^kg build: skipped record 5 \(line 6\) of ".*": field "text" is not a string/),
      expect.stringMatching(/^kg build: skipped record 6 \(line 7\) of ".*": empty text/),
    ]);
    expect(r.stdout).toMatch(/^kg build: 2 document\(s\)/);
    expect(documentsOf(out).sort()).toEqual(['bad-records.jsonl#bad-date', 'bad-records.jsonl#good-1']);
  });

  it('should fail on the first bad record with --strict: exit 3, one line, no graph', () => {
    const r = kg('build', join(CORPORA, 'bad', 'bad-records.csv'), '--out', join(tmp, 'strict'), '--strict');
    expect(r.code).toBe(3);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/cannot use record 2 \(line 3\) of ".*bad-records\.csv": 2 fields where the header has 4 \(--strict\)$/)]);
    expect(existsSync(join(tmp, 'strict', 'graph.json'))).toBe(false);
  });
});

describe('kg build field flags', () => {
  it('should take the text and id from the fields named', () => {
    const out = join(tmp, 'fields');
    const r = kg('build', join(CORPORA, 'news.jsonl'), '--out', out, '--text-field', 'content', '--id-field', 'id', '--no-cache');
    expect(r.code).toBe(0);
    expect(documentsOf(out)).toEqual(['news.jsonl#3', 'news.jsonl#html-body']);
    expect(lines(r.stderr).filter((l) => /skipped record [12] /.test(l))).toHaveLength(2);
  });

  it('should refuse an empty field name with exit 2', () => {
    const r = kg('build', join(CORPORA, 'news.jsonl'), '--out', join(tmp, 'empty-field'), '--text-field', '');
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/--text-field needs a field name/)]);
  });
});
