// test/pipeline: watchBuild rebuilds incrementally after files change (a burst of writes is one rebuild),
// ignores hidden files and the output directory, reports a failed rebuild and goes on; and `kg build` prints
// what an incremental build changed ("+1 -0 ~0 documents").
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph, type BuildResult } from '../../src/build.js';
import { watchBuild } from '../../src/pipeline/watch-build.js';
import { ROOT } from './incremental-fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'kg-watch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ARTICLE = 'Kenya and Russia signed a trade agreement in Nairobi on Wednesday.\n';

/** Resolves with the next `count` results (or errors) the watcher reports. */
function collector() {
  const events: (BuildResult | Error)[] = [];
  let waiting: { count: number; done: () => void } | undefined;
  const push = (e: BuildResult | Error): void => {
    events.push(e);
    if (waiting && events.length >= waiting.count) waiting.done();
  };
  const next = (count: number): Promise<void> =>
    events.length >= count ? Promise.resolve() : new Promise((done) => (waiting = { count, done }));
  return { events, push, next };
}

describe('watchBuild', () => {
  it('should rebuild once per burst of changes, incrementally, and ignore hidden files and the output', async () => {
    const dir = join(tmp, 'inbox');
    const out = join(dir, 'out');
    mkdirSync(out, { recursive: true });
    for (const name of readdirSync(join(ROOT, 'corpus'))) copyFileSync(join(ROOT, 'corpus', name), join(dir, name));
    const c = collector();
    const handle = watchBuild([dir], { build: buildGraph, debounceMs: 150, outDir: out, onBuild: (r) => c.push(r), onError: (e) => c.push(e as Error) });
    await handle.ready;
    await c.next(1);
    expect((c.events[0] as BuildResult).mode).toBe('clean');

    // A burst: two new articles written in quick succession, plus noise that must not trigger anything
    writeFileSync(join(dir, 'kenya.md'), ARTICLE);
    writeFileSync(join(dir, '.hidden.md'), ARTICLE.replace('Kenya', 'Ghana'));
    writeFileSync(join(out, 'graph.json'), '{}');
    writeFileSync(join(dir, 'kenya-2.md'), ARTICLE.replace('Wednesday', 'Thursday'));
    await c.next(2);
    const second = c.events[1] as BuildResult;
    expect(second.mode).toBe('incremental');
    expect(second.changes).toEqual({ added: ['kenya-2.md', 'kenya.md'], removed: [], changed: [] });
    expect(second.graph.hasNode('country:ken')).toBe(true);

    // Removing everything is an error for that build (no documents), reported; the watch goes on
    for (const name of readdirSync(dir)) if (name.endsWith('.md')) rmSync(join(dir, name));
    await c.next(3);
    expect((c.events[2] as Error).message).toMatch(/no documents found/);
    writeFileSync(join(dir, 'again.md'), ARTICLE);
    await c.next(4);
    expect((c.events[3] as BuildResult).graph.hasNode('country:ken')).toBe(true);
    await handle.close();
    await new Promise((r) => setTimeout(r, 400));
    expect(c.events).toHaveLength(4);
  }, 60_000);
});

describe('kg build summary', () => {
  const kg = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'kg.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });

  it('should say what an incremental build added, removed and changed, and build from scratch with --fresh', () => {
    const dir = join(tmp, 'cli-corpus');
    const out = join(tmp, 'cli-out');
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(join(ROOT, 'corpus'))) copyFileSync(join(ROOT, 'corpus', name), join(dir, name));
    expect(kg('build', dir, '--out', out).stdout).toMatch(/^kg build: 2 document\(s\), /);
    writeFileSync(join(dir, 'kenya.md'), ARTICLE);
    const added = kg('build', dir, '--out', out);
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(/^kg build: \+1 -0 ~0 documents \(3 in all\), .*\(incremental, \d+ file\(s\) read/);
    rmSync(join(dir, 'kenya.md'));
    expect(kg('build', dir, '--out', out).stdout).toMatch(/^kg build: \+0 -1 ~0 documents \(2 in all\)/);
    const fresh = kg('build', dir, '--out', out, '--fresh', '--verbose');
    expect(fresh.stdout).toMatch(/^kg build: 2 document\(s\), /);
  });
});
