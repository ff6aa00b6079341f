// kg/cli: the static server behind `kg view` (node:http): serves the files of a built viewer and one graph file
// on a loopback address. Only files found in the viewer directory at start are served (no directory listing,
// no path outside it, dotfiles and the build's own graph/ left out); the graph is read anew at each request, so a
// rebuilt graph shows on reload. Requests naming another host are refused (DNS rebinding). Does not parse graphs.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { KgError } from '../model/errors.js';

export interface ViewServerOptions {
  /** Directory of the built viewer (index.html and its assets). */
  viewerDir: string;
  /** The graph to show: graph.json, or GEXF when its name ends in .gexf. */
  graphPath: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Loopback address to listen on. */
  host?: string;
}

export interface ViewServer {
  /** The page to open (for GEXF it names the graph in ?graph=). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const VIEW_SERVER_DEFAULTS = { host: '127.0.0.1' } as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Lists the files of the viewer build by URL path ("/assets/index-abc.js"); skips dotfiles and graph/. */
function listViewerFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (abs: string, url: string): void => {
    for (const name of readdirSync(abs).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(abs, name);
      const stat = statSync(path);
      if (stat.isDirectory()) {
        if (url === '' && name === 'graph') continue; // the build's sample graph: the user's graph takes its place
        visit(path, `${url}/${name}`);
      } else if (stat.isFile()) files.set(`${url}/${name}`, path);
    }
  };
  visit(dir, '');
  if (!files.has('/index.html')) throw new KgError('INPUT_NOT_FOUND', `kg view: "${dir}" holds no built viewer (no index.html)`);
  return files;
}

const send = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
};

/** Streams one file with its content type; a file that vanished is a 404. */
function sendFile(req: IncomingMessage, res: ServerResponse, path: string, type: string, cacheControl: string): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return send(res, 404, 'not found\n');
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Cache-Control': cacheControl });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Starts the server; resolves once it listens. A port in use is an INVALID_OPTION error. */
export async function startViewServer(options: ViewServerOptions): Promise<ViewServer> {
  const host = options.host ?? VIEW_SERVER_DEFAULTS.host;
  const files = listViewerFiles(options.viewerDir);
  const isGexf = /\.gexf$/i.test(options.graphPath);
  const graphUrl = isGexf ? '/graph/graph.gexf' : '/graph/graph.json';
  let allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) return send(res, 403, 'kg view: unexpected Host header\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'bad request\n');
    }
    if (path === graphUrl) return sendFile(req, res, options.graphPath, CONTENT_TYPES[isGexf ? '.gexf' : '.json']!, 'no-store');
    if (path === '/' && isGexf && !url.searchParams.has('graph')) return send(res, 302, 'found\n', { Location: `/?graph=${graphUrl.slice(1)}` });
    const file = files.get(path === '/' ? '/index.html' : path);
    if (!file) return send(res, 404, 'not found\n');
    // Vite names assets by content hash: they never change under their name
    const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    sendFile(req, res, file, CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', cache);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new KgError('INVALID_OPTION', `kg view: port ${options.port} is in use (pass another --port, or --port 0 for a free one)`, { option: 'port' }));
      else if (error.code === 'EACCES') reject(new KgError('INVALID_OPTION', `kg view: not allowed to listen on port ${options.port} (use a port above 1023)`, { option: 'port' }));
      else reject(error);
    });
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`${host}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
  return {
    url: `http://${host}:${port}/${isGexf ? `?graph=${graphUrl.slice(1)}` : ''}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
