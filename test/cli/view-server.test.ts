// test/cli: the static server behind `kg view` and the command itself, in process: the viewer's files with their
// content types, the user's graph in place of the build's own, nothing else (no listing, no path outside, no
// dotfiles, no other methods or hosts), GEXF through ?graph=, a port in use, and the command's checks.
// Uses a stand-in viewer build (test/fixtures/viewer-build); the real viewer is driven in test/package.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { startViewServer, type ViewServer } from '../../src/cli/view-server.js';

const ROOT = join(import.meta.dirname, '..', '..');
const VIEWER = join(ROOT, 'test', 'fixtures', 'viewer-build');
const GRAPH = join(ROOT, 'test', 'fixtures', 'graphs', 'sample.json');
const GEXF = join(ROOT, 'graph', 'graph.gexf');

interface RawResponse {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

/** A request with exactly the path, method and headers given (URL parsing would resolve "..", fetch fixes Host). */
function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; path?: string } = {}): Promise<RawResponse> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const target = { hostname, port, path: options.path ?? `${pathname}${search}`, method: options.method ?? 'GET', headers: options.headers ?? {} };
    const req = request(target, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startViewServer', () => {
  let server: ViewServer;
  beforeAll(async () => {
    server = await startViewServer({ viewerDir: VIEWER, graphPath: GRAPH, port: 0 });
  });
  afterAll(() => server.close());

  const FILES: [path: string, status: number, type: RegExp | undefined, body?: string][] = [
    ['/', 200, /^text\/html; charset=utf-8$/, readFileSync(join(VIEWER, 'index.html'), 'utf8')],
    ['/index.html', 200, /^text\/html/],
    ['/assets/app-3f9a1c.js', 200, /^text\/javascript; charset=utf-8$/],
    ['/assets/style-77b2e0.css', 200, /^text\/css/],
    ['/graph/graph.json', 200, /^application\/json/, readFileSync(GRAPH, 'utf8')],
    ['/assets/', 404, undefined],
    ['/assets', 404, undefined],
    ['/.hidden-notes', 404, undefined],
    ['/../package.json', 404, undefined],
    ['/%2e%2e/package.json', 404, undefined],
    ['/assets/..%2f..%2fpackage.json', 404, undefined],
    ['/assets/../../../package.json', 404, undefined],
    ['//etc/passwd', 404, undefined],
    ['/graph/graph.gexf', 404, undefined],
    ['/%E0%A4%A', 400, undefined],
  ];
  for (const [path, status, type, body] of FILES) {
    it(`should answer ${path} with ${status}`, async () => {
      const r = await rawRequest(server.url, { path, headers: { Host: `127.0.0.1:${server.port}` } });
      expect(r.status).toBe(status);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      if (type) expect(String(r.headers['content-type'])).toMatch(type);
      if (body !== undefined) expect(r.body).toBe(body);
    });
  }

  it('should serve the user graph, never the copy inside the viewer build, and not let it be cached', async () => {
    const r = await fetch(`${server.url}graph/graph.json`);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(await r.text()).not.toContain('the sample graph of a viewer build');
  });

  it('should answer HEAD without a body and refuse other methods', async () => {
    const head = await rawRequest(`${server.url}index.html`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await rawRequest(`${server.url}index.html`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('should refuse a request naming another host (DNS rebinding)', async () => {
    const r = await rawRequest(`${server.url}graph/graph.json`, { headers: { Host: `attacker.example:${server.port}` } });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('"nodes"');
    expect((await rawRequest(server.url, { headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('should listen on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});

describe('startViewServer with GEXF', () => {
  it('should serve the GEXF file under graph/graph.gexf and send / to the page that opens it', async () => {
    const server = await startViewServer({ viewerDir: VIEWER, graphPath: GEXF, port: 0 });
    const origin = `http://127.0.0.1:${server.port}`;
    try {
      expect(server.url).toBe(`${origin}/?graph=graph/graph.gexf`);
      const gexf = await fetch(`${origin}/graph/graph.gexf`);
      expect(gexf.headers.get('content-type')).toMatch(/^application\/xml/);
      expect(await gexf.text()).toBe(readFileSync(GEXF, 'utf8'));
      const root = await fetch(`${origin}/`, { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/?graph=graph/graph.gexf');
      expect((await fetch(server.url)).status).toBe(200);
      expect((await fetch(`${origin}/graph/graph.json`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('startViewServer failures', () => {
  it('should say a port in use is in use (INVALID_OPTION)', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startViewServer({ viewerDir: VIEWER, graphPath: GRAPH, port })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    } finally {
      blocker.close();
    }
  });

  it('should refuse a directory without index.html (INPUT_NOT_FOUND)', async () => {
    await expect(startViewServer({ viewerDir: join(VIEWER, 'assets'), graphPath: GRAPH, port: 0 })).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });
});

describe('kg view', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'kg-view-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** Runs `kg view ...` in process; `whileServing` gets the printed URL, then the command is stopped. */
  async function view(argv: string[], whileServing?: (url: string) => Promise<void>): Promise<{ code: number; out: string[]; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    let stop: () => void = () => {};
    const stopped = new Promise<void>((done) => (stop = done));
    const io = {
      out: (line: string) => {
        out.push(line);
        const url = /(http:\/\/\S+)/.exec(line)?.[1];
        if (url) void (whileServing ? whileServing(url) : Promise.resolve()).finally(stop);
      },
      err: (line: string) => err.push(line),
      tty: false,
      untilStopped: () => stopped,
    };
    const code = await runCli(['view', ...argv], io);
    stop();
    return { code, out, err };
  }

  it('should serve the graph given, say what it holds and where, and stop when asked', async () => {
    let page = '';
    let graph = '';
    const r = await view([GRAPH, '--port', '0', '--viewer-dir', VIEWER], async (url) => {
      page = await (await fetch(url)).text();
      graph = await (await fetch(`${url}graph/graph.json`)).text();
    });
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const data = JSON.parse(readFileSync(GRAPH, 'utf8')) as { nodes: unknown[]; edges: unknown[] };
    expect(r.out).toEqual([`kg view: serving "${GRAPH}" (${data.nodes.length} entities, ${data.edges.length} relations) at ${/http:\/\/\S+/.exec(r.out[0]!)![0]} (Ctrl+C to stop)`]);
    expect(page).toContain('kg test viewer');
    expect(graph).toBe(readFileSync(GRAPH, 'utf8'));
  });

  it('should start $BROWSER on the URL with --open', async () => {
    const opener = join(tmp, 'opener.sh');
    const opened = join(tmp, 'opened.txt');
    writeFileSync(opener, `#!/bin/sh\necho "$1" > "${opened}"\n`);
    chmodSync(opener, 0o755);
    const previous = process.env.BROWSER;
    process.env.BROWSER = opener;
    try {
      const r = await view([GRAPH, '--port', '0', '--viewer-dir', VIEWER, '--open'], async () => {
        for (let i = 0; i < 200 && !existsSync(opened); i++) await new Promise((done) => setTimeout(done, 25));
      });
      expect(r.code).toBe(0);
      expect(readFileSync(opened, 'utf8').trim()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    } finally {
      if (previous === undefined) delete process.env.BROWSER;
      else process.env.BROWSER = previous;
    }
  });

  const FAILURES: [name: string, argv: string[], code: number, message: RegExp][] = [
    ['a missing graph', [join(ROOT, 'no-such-graph.json'), '--viewer-dir', VIEWER], 3, /^kg view: no graph at ".*no-such-graph\.json".*kg build/],
    ['a malformed graph.json', [join(ROOT, 'test/fixtures/graphs/malformed.json'), '--viewer-dir', VIEWER], 3, /malformed\.json/],
    ['a file that is no graph', [join(ROOT, 'README.md'), '--viewer-dir', VIEWER], 3, /neither graph\.json nor GEXF/],
    ['a PDF given as the graph', [join(ROOT, 'test/fixtures/corpora/report.pdf'), '--viewer-dir', VIEWER], 3, /neither graph\.json nor GEXF/],
    ['two graphs', [GRAPH, GRAPH], 2, /one graph at a time/],
    ['a bad port', [GRAPH, '--port', '70000', '--viewer-dir', VIEWER], 2, /--port expects/],
    ['a viewer that is not built', [GRAPH, '--viewer-dir', join(ROOT, 'test')], 3, /viewer is not built/],
  ];
  for (const [name, argv, code, message] of FAILURES) {
    it(`should exit ${code} with one line for ${name}`, async () => {
      const r = await view(argv);
      expect(r.code).toBe(code);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(message);
      expect(r.out).toEqual([]);
    });
  }

  it('should refuse a .gexf file without a <gexf> element', async () => {
    const fake = join(tmp, 'fake.gexf');
    writeFileSync(fake, '<?xml version="1.0"?><graphml></graphml>');
    const r = await view([fake, '--viewer-dir', VIEWER]);
    expect(r.code).toBe(3);
    expect(r.err[0]).toMatch(/not a GEXF file/);
  });
});
