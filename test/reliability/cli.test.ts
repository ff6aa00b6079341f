// test/reliability: `kg build` as a user runs it (a child process): every failure is one readable stderr line
// with a distinct exit code (usage 2, input 3), stacks only with --verbose, unreadable documents skipped and
// named (or fatal with --strict), and a SIGKILL during the write phase leaves the previous graph.json intact.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus-gen.js';

const ROOT = join(import.meta.dirname, '..', '..');
const KG = join(ROOT, 'bin', 'kg.mjs');
const BAD = join(ROOT, 'test', 'fixtures', 'bad-inputs');
const tmp = mkdtempSync(join(tmpdir(), 'kg-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kg(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [KG, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string): string[] => s.split('\n').filter(Boolean);
const loadGraph = (path: string): MultiDirectedGraph => MultiDirectedGraph.from(JSON.parse(readFileSync(path, 'utf8')));

describe('kg build failures', () => {
  const onlyBad = join(tmp, 'only-bad');
  mkdirSync(onlyBad);
  writeFileSync(join(onlyBad, 'empty.txt'), '');
  writeFileSync(join(onlyBad, 'image.md'), readFileSync(join(BAD, 'image-named.txt')));
  const notADir = join(tmp, 'a-file');
  writeFileSync(notADir, 'x');

  const CASES: { name: string; args: string[]; code: number; message: RegExp }[] = [
    { name: 'no input', args: ['build'], code: 2, message: /no input given/ },
    { name: 'unknown option', args: ['build', 'corpus', '--bogus'], code: 2, message: /unknown option "--bogus"/ },
    { name: 'bad --workers', args: ['build', 'corpus', '--workers', 'zero', '--out', join(tmp, 'o1')], code: 2, message: /--workers expects/ },
    { name: 'missing input', args: ['build', join(tmp, 'nope'), '--out', join(tmp, 'o2')], code: 3, message: /cannot read ".*nope": no such file/ },
    { name: 'nothing usable', args: ['build', onlyBad, '--out', join(tmp, 'o3')], code: 3, message: /no documents found.*2 skipped/ },
    { name: 'unwritable --out', args: ['build', 'corpus', '--out', join(notADir, 'sub'), '--no-cache'], code: 2, message: /cannot write to .*(ENOTDIR|EEXIST)/ },
    { name: 'unusable --cache', args: ['build', 'corpus', '--out', join(tmp, 'o4'), '--cache', notADir], code: 2, message: /cannot use cache directory/ },
  ];
  for (const c of CASES) {
    it(`should exit ${c.code} with one line on stderr for ${c.name}`, () => {
      const r = kg(...c.args);
      expect(r.code).toBe(c.code);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toMatch(c.message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('should skip unreadable documents, name each one, and still write the graph of the rest', () => {
    const out = join(tmp, 'bad-out');
    const r = kg('build', BAD, '--out', out);
    expect(r.code).toBe(0);
    for (const f of ['empty.txt', 'whitespace-only.md', 'image-named.txt', 'archive-named.md', 'nul-bytes.txt', 'duplicate-two.txt']) {
      expect(r.stderr).toMatch(new RegExp(`skipped ".*${f}": `));
    }
    expect(r.stderr).not.toContain('\x1b['); // no progress bar outside a terminal
    expect(lines(r.stdout)).toHaveLength(1);
    expect(loadGraph(join(out, 'graph.json')).order).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'graph.gexf'), 'utf8')).toMatch(/<\/gexf>\s*$/);
  });

  it('should fail with exit 3 and write nothing with --strict', () => {
    const out = join(tmp, 'strict-out');
    const r = kg('build', BAD, '--out', out, '--strict');
    expect(r.code).toBe(3);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/--strict/);
    expect(existsSync(join(out, 'graph.json'))).toBe(false);
  });
});

describe('kg build output is atomic', () => {
  it('should leave the previous graph.json intact and loadable when killed while writing', async () => {
    const out = join(tmp, 'atomic-out');
    expect(kg('build', 'corpus', '--out', out, '--no-cache').code).toBe(0);
    const before = readFileSync(join(out, 'graph.json'), 'utf8');
    const big = join(tmp, 'big-corpus');
    writeCorpus(big, { words: 200_000, seed: 5 });

    const child = spawn(process.execPath, [KG, 'build', big, '--out', out, '--no-cache', '--workers', '2'], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let killedWhileWriting = false;
    let running = true;
    void exited.then(() => (running = false));
    while (running) {
      if (readdirSync(out).some((n) => n.startsWith('.graph.json.') && n.endsWith('.tmp'))) {
        child.kill('SIGKILL');
        killedWhileWriting = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    await exited;
    expect(killedWhileWriting, 'the build finished before its write phase could be caught; make the corpus bigger').toBe(true);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(before);
    expect(loadGraph(join(out, 'graph.json')).order).toBeGreaterThan(0);
  }, 240_000);
});
