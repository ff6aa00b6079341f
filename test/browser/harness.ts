// Browser-test harness: builds the viewer with Vite, serves it with `vite preview` on a free 127.0.0.1 port,
// launches Debian's Chromium through playwright-core, and serves fixture graphs under /fixtures/. Shared by the
// browser tests and bench/viewer-load.ts. Does not download browsers and does not assert anything.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { spawn } from 'node:child_process';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/graphs');
export const SCREENSHOTS = join(ROOT, 'test-output/screenshots');
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL through SwiftShader (software) since the GPU is disabled
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Whether Debian's chromium is installed. */
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface ViewerServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Builds the viewer into `outDir` and serves it with vite preview; the default directory is per process (several
 * engineers run `npm test` in the same tree at once) and is removed on close.
 */
export async function startViewer(outDir = join(ROOT, `test-output/viewer-dist-${process.pid}`)): Promise<ViewerServer> {
  await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the Vite dev server as `npm start` does (the vite CLI, in a child process: inside vitest's own Vite the
 * dev server stalls) on a free port; it serves graph/ and test/fixtures/ as files.
 */
export async function startDevServer(): Promise<ViewerServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // No colours: with CI set, Vite's colour library wraps the port in escape codes and the match below fails
    env: { ...process.env, BROWSER: 'none', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`vite dev server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
      if (output.includes(`:${port}`)) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`vite dev server exited with ${code}:\n${output}`)));
  });
  const url = `http://127.0.0.1:${port}/`;
  // Warm up: transforming the entry makes Vite optimize dependencies before the browser asks
  await fetch(`${url}src/viewer/main.ts`).then((r) => r.text());
  return {
    url,
    close: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export interface BrowserSession {
  context: BrowserContext;
  profile: string;
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh user-data-dir (deleted on close). */
export async function launchBrowser(viewport = { width: 1400, height: 860 }): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
  });
  return {
    context,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves files from test/fixtures/graphs (or `extra` bodies by name) at <origin>/fixtures/<name>. */
export async function routeFixtures(context: BrowserContext | Page, extra: Record<string, string | Buffer> = {}): Promise<void> {
  await context.route((url) => url.pathname.startsWith('/fixtures/'), async (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice('/fixtures/'.length));
    const file = join(FIXTURES, name);
    const body = extra[name] ?? (!name.includes('..') && existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined);
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({ status: 200, body, contentType: name.endsWith('.gexf') ? 'application/xml' : 'application/json' });
  });
}

/** Opens the viewer on `query` (e.g. "?graph=fixtures/sample.json") and waits until a graph is mounted or an error shows. */
export async function openViewer(page: Page, baseUrl: string, query = '', hash = '', timeout = 30_000): Promise<void> {
  await page.goto(`${baseUrl}${query}${hash}`, { timeout });
  await page.waitForFunction(() => window.__kg?.ready === true || typeof window.__kg?.error === 'string', undefined, { timeout, polling: 200 });
}

declare global {
  interface Window {
    __kg: import('../../src/viewer/app.js').KgDebugHandle;
  }
}
