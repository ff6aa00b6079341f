// Browser test of `kg build --watch` with the viewer (issue 15), as a user runs them: the watcher and the Vite dev
// server (`npm start`) in child processes, the viewer in Debian's Chromium. A document written into the watched
// folder appears as a new entity in the open page, without a page reload, and the camera, the selection, a type
// filter and the on-screen position of an existing entity stay as they were. Screenshots go to
// test-output/screenshots/. Skipped with a loud message when chromium is missing, unless CI=true.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, ROOT, SCREENSHOTS, hasChromium, launchBrowser, openViewer, startDevServer } from './harness.js';
import type { BrowserSession, ViewerServer } from './harness.js';

const CI = process.env.CI === 'true';
const available = hasChromium();
if (!available && !CI) {
  console.warn(`\n${'!'.repeat(78)}\n!! BROWSER TESTS SKIPPED: install chromium with apt-get install -y chromium (${CHROMIUM_PATH} missing)\n${'!'.repeat(78)}\n`);
}

// Inside the repository: the dev server serves files under its root, as `npm start` serves graph/
const WORK = join(ROOT, `test-output/live-${process.pid}`);
const INBOX = join(WORK, 'inbox');
const OUT = join(WORK, 'out');
const GRAPH_URL = `/test-output/live-${process.pid}/out/graph.json`;
// A country the bundled corpus never names: its node is what the new document adds
const NEW_ENTITY = 'country:ken';
const NEW_DOCUMENT = `---\ntitle: Kenya and Russia\ndate: 2025-11-12\n---\nKenya and Russia signed a trade agreement in Nairobi on Wednesday. Kenyan officials said Russia supports the deal.\n`;

/** Starts `kg build <inbox> --watch` and resolves once it says it is watching. */
function startWatcher(output: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/kg.mjs'), 'build', INBOX, '--out', OUT, '--watch', '--debounce', '100'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1' },
  });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`kg build --watch did not start in 60 s:\n${output.join('')}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output.push(chunk.toString());
      if (output.join('').includes('watching')) {
        clearTimeout(timer);
        done(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`kg build --watch exited with ${code}:\n${output.join('')}`)));
  });
}

const viewState = (page: Page) => page.evaluate(() => window.__kg.state!());

describe.skipIf(!available && !CI)('kg build --watch with the viewer (Chromium)', () => {
  let server: ViewerServer;
  let session: BrowserSession;
  let watcher: ChildProcess | undefined;
  const watcherOutput: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`BROWSER TESTS FAILED: ${CHROMIUM_PATH} is missing; CI must run apt-get install -y chromium`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(INBOX, { recursive: true });
    for (const name of readdirSync(join(ROOT, 'corpus'))) if (name.endsWith('.md')) copyFileSync(join(ROOT, 'corpus', name), join(INBOX, name));
    [watcher, server, session] = await Promise.all([startWatcher(watcherOutput), startDevServer(), launchBrowser()]);
  });

  afterAll(async () => {
    watcher?.kill('SIGINT');
    await session?.close();
    await server?.close();
    rmSync(WORK, { recursive: true, force: true });
  });

  it('should show a new document\'s entity in place, keeping camera, selection, filters and positions', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openViewer(page, server.url, `?graph=${GRAPH_URL}`, '#sel=country%3Arus&cam=0.5,0.5,0.8');
    expect(await page.evaluate(() => window.__kg.error)).toBeUndefined();
    expect(await page.evaluate((n) => window.__kg.nodeViewport!(n) !== undefined, NEW_ENTITY)).toBe(false);

    // The user's view: a zoom, a hidden entity type, a selected entity
    await page.locator('#zoom-in').click();
    await page.waitForTimeout(400);
    await page.locator('#type-filter input[value=Organization]').uncheck();
    const before = await viewState(page);
    expect(before.selected).toBe('country:rus');
    expect(before.filters.hiddenTypes).toContain('Organization');
    const anchor = 'country:ven';
    const anchorBefore = await page.evaluate((n) => window.__kg.nodeViewport!(n), anchor);
    expect(anchorBefore).toBeDefined();
    const nodesBefore = await page.evaluate(() => window.__kg.nodeCount!);
    await page.screenshot({ path: join(SCREENSHOTS, 'live-reload-before.png') });

    // A new article lands in the watched folder (a marker on window tells a reload in place from a page reload)
    await page.evaluate(() => Object.assign(window, { kgLiveMarker: true }));
    writeFileSync(join(INBOX, '2025-11-12-kenya-russia.md'), NEW_DOCUMENT);
    await page.waitForFunction((n) => window.__kg.ready && window.__kg.nodeViewport!(n) !== undefined, NEW_ENTITY, { timeout: 60_000, polling: 200 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, 'live-reload-after.png') });

    const after = await viewState(page);
    expect(await page.evaluate(() => window.__kg.nodeCount!)).toBeGreaterThan(nodesBefore);
    expect(await page.evaluate(() => 'kgLiveMarker' in window), 'the page itself must not reload').toBe(true);
    expect(after.selected).toBe(before.selected);
    expect(after.filters).toEqual(before.filters);
    expect(after.camera!.x).toBeCloseTo(before.camera!.x, 6);
    expect(after.camera!.y).toBeCloseTo(before.camera!.y, 6);
    expect(after.camera!.ratio).toBeCloseTo(before.camera!.ratio, 6);
    expect(await page.locator('#type-filter input[value=Organization]').isChecked()).toBe(false);
    await expect(page.locator('#panel .panel-title').textContent()).resolves.toMatch(/Russia/);
    // The picture did not move: an entity that was there is drawn where it was
    const anchorAfter = await page.evaluate((n) => window.__kg.nodeViewport!(n), anchor);
    expect(Math.abs(anchorAfter!.x - anchorBefore!.x)).toBeLessThan(1);
    expect(Math.abs(anchorAfter!.y - anchorBefore!.y)).toBeLessThan(1);
    expect(watcherOutput.join('')).toMatch(/\+1 -0 ~0 documents/);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
