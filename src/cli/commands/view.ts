// kg/cli: `kg view [graph.json|graph.gexf] [--port N] [--open]`: serves the viewer shipped in the package
// (dist/viewer, built by vite; no Vite at run time) with the user's graph on 127.0.0.1, prints the URL and, with
// --open, starts the browser. Runs until Ctrl+C. Checks the graph before serving it; does not rebuild it.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../../model/errors.js';
import type { CliIo, Command } from '../command.js';

export const DEFAULT_VIEW_PORT = 5180;
const DEFAULT_GRAPH = 'graph/graph.json';

/** The viewer built into the package: dist/viewer under the nearest directory with a package.json. */
export function findViewerDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return join(dir, 'dist', 'viewer');
}

/** The first `bytes` bytes of a file as text (a GEXF file may be hundreds of MB). */
function readHead(path: string, bytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** Checks the graph file and says what it holds ("12 entities, 30 relations", or "GEXF"). */
async function describeGraph(path: string): Promise<string> {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new KgError('INPUT_NOT_FOUND', `kg view: no graph at "${path}" (build one with kg build, or pass a graph.json or .gexf file)`);
  }
  if (/\.gexf$/i.test(path)) {
    const head = readHead(path, 4096);
    if (!/<gexf[\s>]/.test(head)) throw new KgError('BAD_GRAPH', `kg view: "${path}" is not a GEXF file (no <gexf> element)`);
    return `GEXF, ${(size / 1024).toFixed(0)} KB`;
  }
  if (!/\.json$/i.test(path)) throw new KgError('BAD_GRAPH', `kg view: "${path}" is neither graph.json nor GEXF (name it .json or .gexf)`);
  const { loadGraphFile } = await import('./query.js');
  const graph = loadGraphFile(path);
  return `${graph.order} entities, ${graph.size} relations`;
}

/** Starts the user's browser on `url`: $BROWSER if set, else the platform's opener. Failure is a warning. */
function openBrowser(url: string, io: CliIo): void {
  const [command, args] = process.env.BROWSER
    ? [process.env.BROWSER, [url]]
    : process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', (error: NodeJS.ErrnoException) => io.err(`kg view: could not start a browser (${command}: ${error.code ?? error.message}); open ${url} yourself`));
    child.unref();
  } catch (error) {
    io.err(`kg view: could not start a browser (${(error as Error).message}); open ${url} yourself`);
  }
}

export const viewCommand: Command = {
  name: 'view',
  summary: 'Open a graph in the viewer: a local web page on 127.0.0.1',
  usage: 'kg view [graph.json|graph.gexf] [--port <n>] [--open]',
  flags: {
    port: { type: 'number', alias: 'p', description: 'port on 127.0.0.1 (0: any free port)', default: DEFAULT_VIEW_PORT },
    open: { type: 'boolean', description: 'open the page in the browser ($BROWSER, else the system default)' },
    viewerDir: { type: 'string', description: 'serve another build of the viewer (default: the one shipped with kg)' },
  },
  details: [
    `Without a file it serves ${DEFAULT_GRAPH} (what kg build writes by default). The page reads the graph anew`,
    'on each reload, so a rebuilt graph shows without restarting. Stop with Ctrl+C.',
    '',
    'Examples:',
    '  kg build news.jsonl --out graph && kg view',
    '  kg view out/graph.gexf --port 8080 --open',
  ].join('\n'),
  async run({ positionals, flags }, io) {
    if (positionals.length > 1) throw new KgError('USAGE', `kg view: one graph at a time (got ${positionals.length} files)`);
    const port = flags.port as number;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new KgError('INVALID_OPTION', `kg view: --port expects a whole number from 0 to 65535, got ${port}`);
    const graphPath = resolve(positionals[0] ?? DEFAULT_GRAPH);
    const contents = await describeGraph(graphPath);
    const viewerDir = flags.viewerDir ? resolve(String(flags.viewerDir)) : findViewerDir();
    if (!existsSync(join(viewerDir, 'index.html'))) {
      throw new KgError('INPUT_NOT_FOUND', `kg view: the viewer is not built ("${join(viewerDir, 'index.html')}" is missing; run npm run build:package in the kg checkout)`);
    }
    const { startViewServer } = await import('../view-server.js');
    const server = await startViewServer({ viewerDir, graphPath, port });
    io.out(`kg view: serving "${positionals[0] ?? DEFAULT_GRAPH}" (${contents}) at ${server.url}${io.untilStopped ? ' (Ctrl+C to stop)' : ''}`);
    if (flags.open) openBrowser(server.url, io);
    try {
      await io.untilStopped?.();
    } finally {
      await server.close();
    }
  },
};
