// test/package: kg as a user gets it: builds the package from a copy of the sources (as `prepare` does), packs it
// with npm, installs the tarball and its dependencies into a fresh project, then uses it there: the tarball's
// contents, a plain Node ESM import, worker threads (extraction and layout), a CommonJS require, a TypeScript file
// checked against the shipped .d.ts, the `kg` bin on a JSON Lines, a CSV and a PDF corpus (clean, incremental and
// with worker threads), `kg query`, and `kg view` rendered by headless Chromium.
// Needs the npm registry (or npm's cache) for the dependencies. Asserts behaviour, never timings.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, SCREENSHOTS, hasChromium, launchBrowser } from '../browser/harness.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPORA = join(ROOT, 'test', 'fixtures', 'corpora');
const CI = process.env.CI === 'true';
const browserAvailable = hasChromium();
if (!browserAvailable && !CI) {
  console.warn(`\n${'!'.repeat(78)}\n!! INSTALLED-PACKAGE BROWSER TEST SKIPPED: apt-get install -y chromium (${CHROMIUM_PATH} missing)\n${'!'.repeat(78)}\n`);
}

/** What the package needs to build, copied so the build never touches the working tree's dist/. */
const SOURCES = ['package.json', 'package-lock.json', 'README.md', 'tsconfig.json', 'tsconfig.build.json', 'vite.config.ts', 'index.html', 'bin', 'src', 'graph'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const tmp = mkdtempSync(join(tmpdir(), 'kg-package-'));
const checkout = join(tmp, 'checkout');
const project = join(tmp, 'project');
const KG = join(project, 'node_modules', '.bin', 'kg');

/** Runs a command to its end in `cwd`; fails the test with its output when it exits non-zero and `check` is set. */
function sh(command: string, args: string[], cwd: string, check = true): Run {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', npm_config_update_notifier: 'false' }, maxBuffer: 64 * 2 ** 20 });
  const run = { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? String(r.error ?? '') };
  if (check && run.code !== 0) throw new Error(`"${command} ${args.join(' ')}" exited ${run.code}:\n${run.stdout}\n${run.stderr}`);
  return run;
}

const node = (args: string[], check = true): Run => sh(process.execPath, args, project, check);
const kg = (args: string[], check = true): Run => sh(KG, args, project, check);

let packed: { filename: string; files: { path: string }[] };

beforeAll(() => {
  // Building and packing, from a copy of the sources with the checkout's node_modules
  mkdirSync(checkout);
  for (const name of SOURCES) cpSync(join(ROOT, name), join(checkout, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  sh(process.execPath, [join(checkout, 'bin', 'build-package.mjs')], checkout);
  const pack = sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], checkout);
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;

  // Installing the tarball and its dependencies (nothing else) into a new project
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'kg-consumer', private: true, type: 'module' }, null, 2));
  sh('npm', ['install', join(tmp, packed.filename), '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], project);
  for (const file of ['news.jsonl', 'news.csv', 'report.pdf']) cpSync(join(CORPORA, file), join(project, file));
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('should hold the compiled library, its types and source maps, the built viewer and the README, and nothing else', () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/index.js.map', 'dist/cli/bin.js', 'dist/query/index.d.ts', 'dist/model/index.d.ts', 'dist/viewer/index.html']));
    expect(files.filter((f) => !f.startsWith('dist/') && f !== 'package.json' && f !== 'README.md')).toEqual([]);
    expect(files.filter((f) => /\.ts$/.test(f) && !/\.d\.ts$/.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('dist/viewer/graph/') || f.startsWith('dist/viewer/') && f.endsWith('.json'))).toEqual([]);
    expect(files.some((f) => f.startsWith('dist/viewer/assets/') && f.endsWith('.js'))).toBe(true);
  });

  it('should install without tsx, Vite or the viewer libraries', () => {
    for (const dev of ['tsx', 'vite', 'sigma', 'typescript', 'vitest']) expect(existsSync(join(project, 'node_modules', dev)), dev).toBe(false);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'kg', 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin.kg).toBe('dist/cli/bin.js');
  });
});

describe('the installed library', () => {
  it('should import from plain Node ESM: build a graph and find a path, from compiled JavaScript', () => {
    const script = [
      "import { build, shortestPath, KgError } from 'kg';",
      "import { neighbors } from 'kg/query';",
      "import { isKgError } from 'kg/model';",
      "const { graph, documents } = build(['news.jsonl']);",
      "const [a, b] = graph.edges().map((e) => [graph.source(e), graph.target(e)]).find(([s, t]) => s !== t);",
      'const path = shortestPath(graph, a, b);',
      "let code; try { shortestPath(graph, a, 'nobody-at-all'); } catch (e) { code = isKgError(e) && e instanceof KgError ? e.code : 'other'; }",
      "console.log(JSON.stringify({ documents, nodes: graph.order, hops: path.hops.length, neighbours: neighbors(graph, a).neighbors.length, code, resolved: import.meta.resolve('kg') }));",
    ].join('\n');
    writeFileSync(join(project, 'use-esm.mjs'), script);
    const out = JSON.parse(node(['use-esm.mjs']).stdout) as { documents: number; nodes: number; hops: number; neighbours: number; code: string; resolved: string };
    expect(out.documents).toBe(4);
    expect(out.nodes).toBeGreaterThan(10);
    expect(out.hops).toBeGreaterThanOrEqual(1);
    expect(out.neighbours).toBeGreaterThanOrEqual(1);
    expect(out.code).toBe('UNKNOWN_NODE');
    expect(out.resolved).toMatch(/node_modules\/kg\/dist\/index\.js$/);
  });

  it('should extract in worker threads from the compiled files (no TypeScript loader)', () => {
    const script = [
      "import { readDocuments } from 'kg';",
      "const { extractInParallel } = await import('./node_modules/kg/dist/pipeline/extract-parallel.js');",
      "const { extractDocument } = await import('./node_modules/kg/dist/extract/index.js');",
      "const { documents } = readDocuments(['news.jsonl', 'news.csv']);",
      'const { stats } = await extractInParallel(documents, { threads: 2, extractLocal: extractDocument });',
      'console.log(JSON.stringify(stats));',
    ].join('\n');
    writeFileSync(join(project, 'use-workers.mjs'), script);
    const stats = JSON.parse(node(['use-workers.mjs']).stdout) as { workersStarted: number; byMain: number; byWorkers: number };
    expect(stats.workersStarted).toBe(1);
    expect(stats.byMain + stats.byWorkers).toBe(7);
  });

  it('should lay out in the layout worker thread from the compiled files, graphology\'s and kg\'s ForceAtlas2 alike', () => {
    const script = [
      "import { MultiDirectedGraph } from 'graphology';",
      "import { serializeGraphJson } from 'kg';",
      "const { enrichGraph, enrichGraphWith } = await import('./node_modules/kg/dist/enrich/index.js');",
      "const { startLayoutThread } = await import('./node_modules/kg/dist/pipeline/layout-thread.js');",
      '// A ring of n nodes, each also linked to the node n/3 ahead: every node is in the core ForceAtlas2 moves',
      'const ring = (n) => {',
      '  const g = new MultiDirectedGraph({ allowSelfLoops: false });',
      "  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `n${i}`, type: 'Person', aliases: [], mentions: 1, documents: ['d'] });",
      "  for (let i = 0; i < n; i++) for (const j of [(i + 1) % n, (i + Math.floor(n / 3)) % n]) g.addDirectedEdgeWithKey(`meets:n${i}->n${j}`, `n${i}`, `n${j}`, { type: 'meets', label: 'met', evidence: [], confidence: 0.7, weight: 1 });",
      '  return g;',
      '};',
      "const json = (g) => [...serializeGraphJson(g)].join('');",
      'const thread = startLayoutThread();',
      'const same = [];',
      'for (const n of [50, 2500]) same.push(json(await enrichGraphWith(ring(n), thread.run)) === json(enrichGraph(ring(n))));',
      'await thread.terminate();',
      'console.log(JSON.stringify(same));',
    ].join('\n');
    writeFileSync(join(project, 'use-layout-worker.mjs'), script);
    // 50 nodes: graphology's ForceAtlas2; 2,500 (above FAST_LAYOUT_MIN_NODES): kg's typed-array one
    expect(JSON.parse(node(['use-layout-worker.mjs']).stdout)).toEqual([true, true]);
  });

  it('should load with CommonJS require (Node >= 20.19 loads ES modules from require)', () => {
    writeFileSync(join(project, 'use-cjs.cjs'), "const kg = require('kg');\nconsole.log(JSON.stringify({ build: typeof kg.build, shortestPath: typeof kg.shortestPath, query: typeof require('kg/query').allPaths }));\n");
    const r = node(['use-cjs.cjs'], false);
    if (process.features.require_module) {
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ build: 'function', shortestPath: 'function', query: 'function' });
    } else {
      // An older Node refuses, as the README says (kg is ESM-only)
      expect(r.stderr).toMatch(/ERR_REQUIRE_ESM/);
    }
  });

  it('should type-check a TypeScript file against the shipped .d.ts, and reject a wrong call', () => {
    writeFileSync(
      join(project, 'use-types.ts'),
      [
        "import { build, buildGraph, shortestPath, type BuildResult, type GraphPath, type KgGraph } from 'kg';",
        "import { allPaths, type AllPathsResult } from 'kg/query';",
        "import type { Evidence, EntityType } from 'kg/model';",
        "const result: BuildResult = build(['news.jsonl'], { fields: { text: ['text', 'body'] } });",
        'const graph: KgGraph = result.graph;',
        "const path: GraphPath = shortestPath(graph, 'a', 'b', { types: ['signed'] });",
        "const all: AllPathsResult = allPaths(graph, 'a', 'b', { maxDepth: 3 });",
        'const first: Evidence | undefined = path.hops[0]?.relations[0]?.evidence[0];',
        'const page: number | undefined = first?.page;',
        "const type: EntityType = graph.getNodeAttribute('a', 'type');",
        'const later: Promise<BuildResult> = buildGraph([\'report.pdf\'], { workers: 1 });',
        '// @ts-expect-error: the inputs are paths, not a number (the types are real, not any)',
        'build(42);',
        'export { all, page, type, later };',
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use-types.ts'] }),
    );
    const r = node([join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], false);
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('the installed kg command', () => {
  it('should print its version and help from the compiled bin', () => {
    expect(kg(['--version']).stdout.trim()).toBe(`kg ${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}`);
    expect(kg(['--help']).stdout).toMatch(/Commands:[\s\S]*view/);
  });

  it('should build a graph from a JSON Lines, a CSV and a PDF corpus, with PDF pages in evidence', () => {
    const r = kg(['build', 'news.jsonl', 'news.csv', 'report.pdf', '--out', 'out']);
    expect(r.stdout).toMatch(/^kg build: 8 document\(s\), \d+ words, \d+ entities, \d+ relations/);
    expect(r.stderr).toBe('');
    const graph = JSON.parse(readFileSync(join(project, 'out', 'graph.json'), 'utf8')) as { edges: { attributes: { evidence: { doc: string; page?: number }[] } }[] };
    const evidence = graph.edges.flatMap((e) => e.attributes.evidence);
    expect(new Set(evidence.map((e) => e.doc.split('#')[0]))).toEqual(new Set(['news.jsonl', 'news.csv', 'report.pdf']));
    expect(evidence.filter((e) => e.doc === 'report.pdf').every((e) => Number.isInteger(e.page) && e.page! >= 1 && e.page! <= 3)).toBe(true);
    expect(evidence.filter((e) => e.doc !== 'report.pdf').every((e) => e.page === undefined)).toBe(true);
    expect(readFileSync(join(project, 'out', 'graph.gexf'), 'utf8')).toMatch(/<\/gexf>\s*$/);
  });

  it('should build a folder again incrementally, add a file, and build with worker threads byte-identically', () => {
    const corpus = join(project, 'inbox');
    mkdirSync(corpus);
    const old = new Date(Date.now() - 3_600_000); // outside the window in which a file is read again anyway
    for (const file of ['news.jsonl', 'news.csv', 'report.pdf']) {
      cpSync(join(CORPORA, file), join(corpus, file));
      utimesSync(join(corpus, file), old, old);
    }
    expect(kg(['build', 'inbox', '--out', 'inc', '--rules']).stdout).toMatch(/^kg build: 8 document\(s\)/);
    expect(kg(['build', 'inbox', '--out', 'inc', '--rules']).stdout).toMatch(/^kg build: \+0 -0 ~0 documents \(8 in all\).*incremental, 0 file\(s\) read/);
    writeFileSync(join(corpus, 'extra.md'), '---\ndate: 2026-05-01\n---\nGhana and Nigeria signed a trade agreement in Accra on Friday.\n');
    utimesSync(join(corpus, 'extra.md'), old, old);
    expect(kg(['build', 'inbox', '--out', 'inc', '--rules']).stdout).toMatch(/^kg build: \+1 -0 ~0 documents \(9 in all\).*incremental, 1 file\(s\) read/);
    const edges = (JSON.parse(readFileSync(join(project, 'inc', 'graph.json'), 'utf8')) as { edges: { attributes: { family?: string; rules?: string[] } }[] }).edges;
    expect(edges.every((e) => typeof e.attributes.family === 'string' && (e.attributes.rules ?? []).length > 0)).toBe(true);
    // A clean build with extraction workers and the layout worker gives the one-thread graph
    kg(['build', 'inbox', '--out', 'one', '--workers', '1', '--no-cache', '--quiet']);
    expect(kg(['build', 'inbox', '--out', 'two', '--workers', '2', '--no-cache']).stdout).toMatch(/\(2 worker\(s\)\)/);
    expect(readFileSync(join(project, 'two', 'graph.json'), 'utf8') === readFileSync(join(project, 'one', 'graph.json'), 'utf8')).toBe(true);
  });

  it('should answer kg query path on that graph, with evidence', () => {
    const graph = JSON.parse(readFileSync(join(project, 'out', 'graph.json'), 'utf8')) as { edges: { source: string; target: string; attributes: { type: string } }[] };
    const edge = graph.edges.find((e) => e.attributes.type === 'holds_office')!;
    const result = JSON.parse(kg(['query', 'path', edge.source, edge.target, '--graph', 'out/graph.json', '--json']).stdout) as {
      source: { key: string };
      paths: { hops: { relations: { type: string; evidence: { text: string }[] }[] }[] }[];
    };
    expect(result.source.key).toBe(edge.source);
    expect(result.paths[0]!.hops).toHaveLength(1);
    expect(result.paths[0]!.hops[0]!.relations.map((r) => r.type)).toContain('holds_office');
    expect(result.paths[0]!.hops[0]!.relations[0]!.evidence[0]!.text.length).toBeGreaterThan(10);
    expect(kg(['query', 'path', edge.source, edge.target, '--graph', 'out/graph.json']).stdout).toMatch(/is connected to .* in 1 hop:\n[\s\S]*Evidence: "/);
  });
});

describe.skipIf(!browserAvailable && !CI)('the installed kg view (Chromium)', () => {
  let server: ChildProcessWithoutNullStreams | undefined;
  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
  });

  it('should serve the shipped viewer with the built graph, which Chromium renders with its entity count', async () => {
    kg(['build', 'news.jsonl', 'news.csv', 'report.pdf', '--out', 'graph', '--quiet']);
    const graph = JSON.parse(readFileSync(join(project, 'graph', 'graph.json'), 'utf8')) as { nodes: unknown[] };
    // `kg view` with no file serves ./graph/graph.json
    server = spawn(KG, ['view', '--port', '0'], { cwd: project, env: { ...process.env, CI: '1' } });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`kg view printed no URL in 30 s:\n${output}`)), 30_000);
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      server!.stdout.on('data', onData);
      server!.stderr.on('data', onData);
      server!.once('exit', (code) => reject(new Error(`kg view exited with ${code}:\n${output}`)));
    });
    expect(output).toContain(`(${graph.nodes.length} entities,`);

    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForFunction(() => window.__kg?.ready === true || typeof window.__kg?.error === 'string', undefined, { timeout: 60_000, polling: 200 });
      expect(await page.evaluate(() => window.__kg?.error)).toBeUndefined();
      expect(await page.textContent('#graph-stats')).toMatch(new RegExp(`^${graph.nodes.length.toLocaleString('en')} entities`));
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'installed-kg-view.png') });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }

    // Ctrl+C (here SIGTERM) stops it cleanly
    const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);
});
