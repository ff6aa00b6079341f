// Browser tests of the viewer (issue 6) in Debian's Chromium: rendering, search, side panel evidence, filters,
// timeline, path finder, hostile labels, malformed files, URL state, GEXF round trip and the layout worker.
// Screenshots go to test-output/screenshots/. Skipped with a loud message when chromium is missing, unless CI=true.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, FIXTURES, ROOT, SCREENSHOTS, hasChromium, launchBrowser, openViewer, routeFixtures, startDevServer, startViewer } from './harness.js';
import type { BrowserSession, ViewerServer } from './harness.js';

const CI = process.env.CI === 'true';
const available = hasChromium();
if (!available && !CI) {
  console.warn(`\n${'!'.repeat(78)}\n!! BROWSER TESTS SKIPPED: install chromium with apt-get install -y chromium (${CHROMIUM_PATH} missing)\n${'!'.repeat(78)}\n`);
}

/** The real graph when it already knows Maduro, Guaido and Russia; the sample fixture otherwise. */
function mainGraphQuery(): string {
  const file = join(ROOT, 'graph/graph.json');
  if (!existsSync(file)) return '?graph=fixtures/sample.json';
  const text = readFileSync(file, 'utf8');
  return /Maduro/.test(text) && /Guaid[oó]/.test(text) && /Russia/.test(text) ? '' : '?graph=fixtures/sample.json';
}
const SAMPLE = '?graph=fixtures/sample.json';

/** Counts strongly coloured pixels of a PNG (decoded in a blank page, outside the viewer's CSP). */
async function colouredPixels(page: Page, png: Buffer): Promise<number> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (b64) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
      }
      return count;
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}

/** Waits until the URL hash (written at most every 250 ms) matches `pattern`. */
const waitForHash = (page: Page, pattern: RegExp): Promise<unknown> =>
  page.waitForFunction((source) => new RegExp(source).test(location.hash), pattern.source, { timeout: 5000 });

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

describe.skipIf(!available && !CI)('viewer (Chromium)', () => {
  let server: ViewerServer;
  let session: BrowserSession;
  let page: Page;
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`BROWSER TESTS FAILED: ${CHROMIUM_PATH} is missing; CI must run apt-get install -y chromium`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    [server, session] = await Promise.all([startViewer(), launchBrowser()]);
    await routeFixtures(session.context);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(join(ROOT, `test-output/downloads-${process.pid}`), { recursive: true, force: true });
  });

  const newPage = async (): Promise<Page> => {
    page = await session.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) cspViolations.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return page;
  };

  afterEach(async () => {
    await page?.close();
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('should render the graph (nodes in sigma, canvas not blank)', async () => {
    await newPage();
    await openViewer(page, server.url, SAMPLE);
    const info = await page.evaluate(() => ({ ready: window.__kg.ready, nodes: window.__kg.nodeCount, rendered: window.__kg.renderedNodeCount!() }));
    expect(info.ready).toBe(true);
    expect(info.nodes).toBeGreaterThan(0);
    expect(info.rendered).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await shot(page, 'viewer-sample');
    expect(await colouredPixels(page, await page.locator('#graph').screenshot())).toBeGreaterThan(500);
    await expect(page.locator('#legend li').count()).resolves.toBeGreaterThan(0);
  });

  it('should render the real graph/graph.json by default', async () => {
    if (!existsSync(join(ROOT, 'graph/graph.json'))) return;
    await newPage();
    await openViewer(page, server.url);
    const info = await page.evaluate(() => ({ error: window.__kg.error, nodes: window.__kg.nodeCount }));
    expect(info.error).toBeUndefined();
    expect(info.nodes).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await shot(page, 'viewer-real-graph');
  });

  it('should find "Maduro" with the search box and select it, showing evidence in the panel', async () => {
    await newPage();
    await openViewer(page, server.url, mainGraphQuery());
    const search = page.locator('#search');
    await search.fill('Madur');
    await page.locator('#search-results [role=option]').first().waitFor();
    await search.press('ArrowDown');
    await search.press('ArrowUp');
    await search.press('Enter');
    const title = page.locator('#panel .panel-title');
    await expect(title.textContent()).resolves.toMatch(/Maduro/);
    const selected = await page.evaluate(() => window.__kg.state!().selected);
    expect(selected).toBeTruthy();
    // The camera centres on the node
    await page.waitForTimeout(600);
    const pos = await page.evaluate((n) => window.__kg.nodeViewport!(n!), selected);
    const box = (await page.locator('#graph').boundingBox())!;
    expect(Math.abs(pos!.x - box.width / 2)).toBeLessThan(40);
    expect(Math.abs(pos!.y - box.height / 2)).toBeLessThan(40);
    // Evidence with the names marked
    const evidence = page.locator('#panel .relations .evidence');
    expect(await evidence.count()).toBeGreaterThan(0);
    const marks = await page.locator('#panel .relations .evidence mark').allTextContents();
    expect(marks.some((m) => /Maduro/.test(m))).toBe(true);
    await shot(page, 'viewer-search-panel');
  });

  it('should highlight a hovered node and its neighbours, dim the rest, and select neighbours from the panel', async () => {
    await newPage();
    await openViewer(page, server.url, SAMPLE);
    const box = (await page.locator('#graph').boundingBox())!;
    const pos = (await page.evaluate(() => window.__kg.nodeViewport!('person:juan-guaido')))!;
    await page.mouse.move(box.x + pos.x, box.y + pos.y);
    const colorOf = (node: string): Promise<string | undefined> =>
      page.evaluate((n) => (window.__kg.renderer as { getNodeDisplayData(n: string): { color: string } | undefined }).getNodeDisplayData(n)?.color, node);
    await page.waitForFunction(() => (window.__kg.renderer as { getNodeDisplayData(n: string): { color: string } }).getNodeDisplayData('person:sergey-lavrov').color === '#e3e6ea');
    expect(await colorOf('person:nicolas-maduro')).toBe('#e15759');
    expect(await colorOf('person:juan-guaido')).toBe('#e15759');
    // Edge labels show on the hovered node's relations
    const edgeLabel = await page.evaluate(() => (window.__kg.renderer as { getEdgeDisplayData(e: string): { label: string } }).getEdgeDisplayData('e0').label);
    expect(edgeLabel).toBe('opposes');
    await shot(page, 'viewer-hover');
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    await expect(page.locator('#panel .panel-title').textContent()).resolves.toBe('Juan Guaidó');
    await page.locator('#panel button.link[data-node="person:nicolas-maduro"]').first().click();
    await expect(page.locator('#panel .panel-title').textContent()).resolves.toBe('Nicolás Maduro');
    await page.keyboard.press('Escape');
    expect(await page.locator('#panel').isHidden()).toBe(true);
  });

  it('should open a graph dropped on the page', async () => {
    await newPage();
    await openViewer(page, server.url, SAMPLE);
    const text = readFileSync(join(FIXTURES, 'hostile.json'), 'utf8');
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => window.__kg.ready && window.__kg.name === 'dropped.json');
    expect(await page.evaluate(() => window.__kg.nodeCount)).toBe(3);
    expect(await page.locator('#drop-zone').isVisible()).toBe(false);
  });

  it('should hide nodes of an unchecked entity type', async () => {
    await newPage();
    await openViewer(page, server.url, SAMPLE);
    // Entities left without relations hide too unless isolated ones are shown (issue 17): show them to count exactly
    await page.locator('#show-isolated input').check();
    const before = await page.evaluate(() => window.__kg.renderedNodeCount!());
    await page.locator('#type-filter input[value=Person]').uncheck();
    const after = await page.evaluate(() => ({ rendered: window.__kg.renderedNodeCount!(), maduro: window.__kg.nodeHidden!('person:nicolas-maduro') }));
    expect(after.rendered).toBe(before - 8);
    expect(after.maduro).toBe(true);
    await waitForHash(page, /ht=Person/);
    await shot(page, 'viewer-type-filter');
  });

  it('should hide edges outside the timeline, then nodes they isolated, and undated edges on request', async () => {
    await newPage();
    await openViewer(page, server.url, SAMPLE);
    // e0: Guaido opposes Maduro (2019-01); e6: Russia partner_of Venezuela (2025-05); e2: undated
    const setRange = (id: string, value: string): Promise<void> =>
      page.locator(id).evaluate((input: HTMLInputElement, v) => {
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
    await setRange('#date-from', String(2025 * 12));
    await expect(page.locator('#date-range').textContent()).resolves.toMatch(/^2025-01/);
    // Slider moves are applied at the next animation frame
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const state = await page.evaluate(() => ({
      e0: window.__kg.edgeHidden!('e0'),
      e6: window.__kg.edgeHidden!('e6'),
      e2: window.__kg.edgeHidden!('e2'),
      guaido: window.__kg.nodeHidden!('person:juan-guaido'),
      russia: window.__kg.nodeHidden!('country:rus'),
    }));
    expect(state).toEqual({ e0: true, e6: false, e2: false, guaido: true, russia: false });
    await page.locator('#show-undated input').uncheck();
    expect(await page.evaluate(() => window.__kg.edgeHidden!('e2'))).toBe(true);
    await waitForHash(page, /from=2025-01.*undated=0/);
    await shot(page, 'viewer-timeline');
  });

  it('should show the shortest path from Guaido to Russia as a chain of evidence', async () => {
    await newPage();
    await openViewer(page, server.url, mainGraphQuery());
    for (const [id, text] of [['#path-from', 'Guaido'], ['#path-to', 'Russia']] as const) {
      await page.locator(id).fill(text);
      await page.locator(`${id}-results [role=option]`).first().waitFor();
      await page.locator(id).press('Enter');
    }
    await page.locator('#path-go').click();
    const summary = await page.locator('#path-result .path-summary').textContent();
    expect(summary).toMatch(/Guaid.*Russia/);
    expect(await page.locator('#path-result .hop').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#path-result .evidence').count()).toBeGreaterThanOrEqual(1);
    await waitForHash(page, /pf=.*&pt=/);
    await shot(page, 'viewer-path');
  });

  it('should show a hostile label as text and run no script', async () => {
    await newPage();
    dialogs.length = 0;
    await openViewer(page, server.url, '?graph=fixtures/hostile.json');
    await page.locator('#search').fill('onerror');
    await page.locator('#search-results [role=option]').first().waitFor();
    await page.locator('#search').press('Enter');
    await expect(page.locator('#panel .panel-title').textContent()).resolves.toBe('<img src=x onerror=alert(1)>');
    await page.locator('#panel .co-mentions, #panel .relations').first().waitFor();
    await page.waitForTimeout(500);
    const dom = await page.evaluate(() => ({
      img: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script').length,
      iframes: document.querySelectorAll('iframe, svg, i, b').length,
      evidence: document.querySelector('#panel .evidence')?.textContent,
    }));
    expect(dom).toEqual({ img: 0, scripts: 1, iframes: 0, evidence: '<img src=x onerror=alert(1)> met Russia <script>alert(11)</script> today.' });
    expect(dialogs).toEqual([]);
    await shot(page, 'viewer-hostile');
  });

  it('should show an error message for malformed files, never a blank page', async () => {
    await newPage();
    await openViewer(page, server.url, '?graph=fixtures/malformed.json');
    await expect(page.locator('#error').isVisible()).resolves.toBe(true);
    await expect(page.locator('#error-text').textContent()).resolves.toMatch(/malformed\.json.*not valid JSON/);
    await expect(page.locator('#empty').isVisible()).resolves.toBe(true);
    await shot(page, 'viewer-malformed');
    // A bad GEXF picked after a good graph: error shown, the good graph stays
    await openViewer(page, server.url, SAMPLE);
    await page.locator('#file-input').setInputFiles(join(FIXTURES, 'malformed.gexf'));
    await page.waitForFunction(() => typeof window.__kg.error === 'string');
    await expect(page.locator('#error-text').textContent()).resolves.toMatch(/malformed\.gexf.*GEXF/);
    expect(await page.evaluate(() => window.__kg.nodeCount)).toBe(19);
    // A missing file
    await openViewer(page, server.url, '?graph=fixtures/missing.json');
    await expect(page.locator('#error-text').textContent()).resolves.toMatch(/HTTP 404/);
  });

  it('should reopen the same view from the URL hash', async () => {
    await newPage();
    await openViewer(page, server.url, SAMPLE, '#sel=person%3Anicolas-maduro&cam=0.6,0.4,0.5&ht=Agreement&md=2&size=pagerank');
    await expect(page.locator('#panel .panel-title').textContent()).resolves.toBe('Nicolás Maduro');
    expect(await page.locator('#type-filter input[value=Agreement]').isChecked()).toBe(false);
    expect(await page.locator('#min-degree').inputValue()).toBe('2');
    expect(await page.locator('#size-by input[value=pagerank]').isChecked()).toBe(true);
    const state = await page.evaluate(() => window.__kg.state!());
    expect(state.camera).toEqual({ x: 0.6, y: 0.4, ratio: 0.5 });
    expect(await page.evaluate(() => window.__kg.nodeHidden!('agreement:strategic-partnership-2025'))).toBe(true);
  });

  it('should export GEXF and open it again (file picker), and export graph.json and PNG', async () => {
    await newPage();
    await openViewer(page, server.url, SAMPLE);
    const download = async (id: string): Promise<string> => {
      await page.locator('.menu > summary').click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(id).click()]);
      const path = join(ROOT, `test-output/downloads-${process.pid}`, file.suggestedFilename());
      await file.saveAs(path);
      return path;
    };
    const gexf = await download('#export-gexf');
    expect(readFileSync(gexf, 'utf8')).toContain('Nicolás Maduro');
    const json = JSON.parse(readFileSync(await download('#export-json'), 'utf8'));
    expect(json.nodes).toHaveLength(19);
    expect(readFileSync(await download('#export-png')).subarray(1, 4).toString()).toBe('PNG');
    await page.locator('#file-input').setInputFiles(gexf);
    await page.waitForFunction(() => window.__kg.ready && window.__kg.name === 'sample.gexf');
    const loaded = await page.evaluate(() => ({ nodes: window.__kg.nodeCount, edges: window.__kg.edgeCount, error: window.__kg.error }));
    expect(loaded).toEqual({ nodes: 19, edges: 29, error: undefined });
    // The GEXF that `kg build` writes opens too
    const built = join(ROOT, 'graph/graph.gexf');
    if (existsSync(built)) {
      await page.locator('#file-input').setInputFiles(built);
      await page.waitForFunction(() => window.__kg.ready && window.__kg.name === 'graph.gexf');
      expect(await page.evaluate(() => window.__kg.error)).toBeUndefined();
      expect(await page.evaluate(() => window.__kg.nodeCount)).toBeGreaterThan(0);
    }
  });

  it('should work under the Vite dev server (npm start) with its Content-Security-Policy', async () => {
    const dev = await startDevServer();
    try {
      await newPage();
      await openViewer(page, dev.url, '?graph=/test/fixtures/graphs/sample.json', '', 60_000);
      expect(await page.evaluate(() => ({ error: window.__kg.error, nodes: window.__kg.nodeCount }))).toEqual({ error: undefined, nodes: 19 });
      const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
      expect(csp).toContain("script-src 'self'");
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.topbar')!).display)).toBe('flex');
      // The default graph URL is served from graph/ by the dev server
      if (existsSync(join(ROOT, 'graph/graph.json'))) {
        await openViewer(page, dev.url, '', '', 60_000);
        expect(await page.evaluate(() => window.__kg.error)).toBeUndefined();
      }
    } finally {
      await dev.close();
    }
  }, 240_000);

  it('should run ForceAtlas2 in a worker and stop with noverlap', async () => {
    await newPage();
    await openViewer(page, server.url, SAMPLE);
    const before = await page.evaluate(() => window.__kg.nodeViewport!('country:rus'));
    await page.locator('#layout-toggle').click();
    await expect(page.locator('#layout-toggle').textContent()).resolves.toBe('Stop layout');
    await page.waitForTimeout(700);
    await page.locator('#layout-toggle').click();
    await page.waitForFunction(() => document.querySelector('#layout-toggle')?.textContent === 'Run layout', undefined, { timeout: 10_000 });
    const after = await page.evaluate(() => window.__kg.nodeViewport!('country:rus'));
    expect(after).not.toEqual(before);
    await shot(page, 'viewer-after-layout');
  });
});

describe.skipIf(!available && !CI)('bench/viewer-load (tiny graph)', () => {
  it('should load a generated graph and measure panning', async () => {
    const { runViewerLoadBench } = await import('../../bench/viewer-load.js');
    const result = await runViewerLoadBench({ nodes: 60, edges: 120, panMs: 400, resultsDir: false, print: false });
    const row = result.rows[0]!;
    expect(row['nodes']).toBe(60);
    expect(row['pan fps']).toBeGreaterThan(0);
    expect(row['load ms (nav to first frame)']).toBeGreaterThan(0);
  });
});
