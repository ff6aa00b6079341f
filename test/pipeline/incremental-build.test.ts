// test/pipeline: buildGraph with the state of a previous build, on real files, as `kg build` runs it (the state
// saved beside graph.json and read back): adding, changing and removing documents gives a clean build's
// entities, edges, evidence, degrees and sizes; nodes keep their positions unless the refinement moved them;
// only changed files are read; the same inputs and the same previous state give byte-identical output; a
// stale or corrupt state means a clean build, never an error. Corpora of JSON Lines, CSV and PDF files build
// incrementally too (records, skipped records, PDF pages in evidence, rules kept on edges).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph, type BuildOptions, type BuildResult } from '../../src/build.js';
import { serializeGraphJson, writeGraphJson } from '../../src/export/index.js';
import type { KgGraph } from '../../src/model/types.js';
import { STATE_FILE_NAME } from '../../src/pipeline/build-state.js';
import { loadBuildState, saveBuildState } from '../../src/pipeline/state-file.js';
import { ARTICLES, ROOT, contentOf } from './incremental-fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'kg-incremental-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NAMES = readdirSync(ARTICLES).filter((n) => /\.(md|txt|html)$/.test(n)).sort();
const LONG_AGO = new Date(Date.now() - 3_600_000);

/** A corpus folder with the given fixture articles, their files dated an hour ago (outside the racy window). */
function makeCorpus(name: string, articles: string[]): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const a of articles) {
    copyFileSync(join(ARTICLES, a), join(dir, a));
    utimesSync(join(dir, a), LONG_AGO, LONG_AGO);
  }
  return dir;
}

/** Writes a file dated an hour ago (a change the fingerprint shows by size): no re-read for racy timestamps. */
function writeOld(path: string, text: string): void {
  writeFileSync(path, text);
  utimesSync(path, LONG_AGO, LONG_AGO);
}
const copyOld = (from: string, to: string): void => writeOld(to, readFileSync(from, 'utf8'));

/** Builds as the CLI does: from the state in `out` if there is one, then writes graph.json and the state. */
async function cliBuild(corpus: string, out: string, options: BuildOptions = {}): Promise<BuildResult> {
  const loaded = loadBuildState(out);
  const result = await buildGraph([corpus], { ...options, keepState: true, cacheDir: join(out, '.kg-cache'), pruneCache: true, ...('state' in loaded ? { previous: loaded.state } : {}) });
  writeGraphJson(result.graph, join(out, 'graph.json'));
  saveBuildState(out, result.state!);
  return result;
}

const positions = (g: KgGraph): Map<string, [number, number]> => new Map(g.mapNodes((n, a) => [n, [a.x!, a.y!]] as [string, [number, number]]));
const graphJson = (g: KgGraph): string => [...serializeGraphJson(g)].join('');

describe('buildGraph with a previous build', () => {
  it('should equal a clean build after adding, changing and removing documents, keeping positions', async () => {
    const corpus = makeCorpus('steps', NAMES.slice(0, 12));
    const out = join(tmp, 'steps-out');
    let result = await cliBuild(corpus, out);
    expect(result.mode).toBe('clean');
    const steps: { name: string; act: () => void; changes: { added?: string[]; removed?: string[]; changed?: string[] }; read: number }[] = [
      { name: 'add', act: () => copyOld(join(ARTICLES, NAMES[12]!), join(corpus, NAMES[12]!)), changes: { added: [NAMES[12]!] }, read: 1 },
      {
        name: 'change',
        act: () => writeOld(join(corpus, NAMES[5]!), `${readFileSync(join(corpus, NAMES[5]!), 'utf8')}\n\nRussian Foreign Minister Sergei Lavrov said Russia supports Venezuela.\n`),
        changes: { changed: [NAMES[5]!] },
        read: 1,
      },
      { name: 'remove', act: () => rmSync(join(corpus, NAMES[2]!)), changes: { removed: [NAMES[2]!] }, read: 0 },
      {
        name: 'add two, remove the first document',
        act: () => {
          copyOld(join(ARTICLES, NAMES[13]!), join(corpus, NAMES[13]!));
          copyOld(join(ARTICLES, NAMES[14]!), join(corpus, NAMES[14]!));
          rmSync(join(corpus, NAMES[0]!));
        },
        changes: { added: [NAMES[13]!, NAMES[14]!], removed: [NAMES[0]!] },
        read: 2,
      },
      { name: 'nothing', act: () => undefined, changes: {}, read: 0 },
    ];
    for (const step of steps) {
      const before = positions(result.graph);
      const previousJson = graphJson(result.graph);
      step.act();
      result = await cliBuild(corpus, out);
      const clean = await buildGraph([corpus]);
      expect(result.mode, step.name).toBe('incremental');
      expect(result.changes, step.name).toEqual({ added: [], removed: [], changed: [], ...step.changes });
      expect(result.filesRead, step.name).toBe(step.read);
      expect(contentOf(result.graph), step.name).toBe(contentOf(clean.graph));
      // Positions: every node that existed keeps x/y unless the refinement moved it; moved ones are few
      let kept = 0;
      let moved = 0;
      result.graph.forEachNode((n, a) => {
        expect(Number.isFinite(a.x) && Number.isFinite(a.y), `${step.name}: ${n}`).toBe(true);
        const p = before.get(n);
        if (!p) return;
        if (p[0] === a.x && p[1] === a.y) kept++;
        else moved++;
      });
      expect(moved, step.name).toBeLessThanOrEqual(result.refine!.moved);
      expect(kept, step.name).toBeGreaterThan(0.75 * (kept + moved));
      if (step.name === 'nothing') {
        // Nothing changed: the very same graph.json
        expect(graphJson(result.graph) === previousJson).toBe(true);
        expect(result.refine!.placed).toBe(0);
      }
    }
    // The cache keeps the extractions of documents an incremental build did not read
    expect(readdirSync(join(out, '.kg-cache')).filter((n) => n.endsWith('.json')).length).toBeGreaterThanOrEqual(result.documents);
  }, 180_000);

  it('should give byte-identical output for the same inputs and the same previous state', async () => {
    const corpus = makeCorpus('determinism', NAMES.slice(0, 8));
    const out = join(tmp, 'determinism-out');
    await cliBuild(corpus, out);
    copyFileSync(join(ARTICLES, NAMES[9]!), join(corpus, NAMES[9]!));
    rmSync(join(corpus, NAMES[3]!));
    const runs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const loaded = loadBuildState(out);
      expect('state' in loaded).toBe(true);
      const r = await buildGraph([corpus], { previous: 'state' in loaded ? loaded.state : undefined });
      expect(r.mode).toBe('incremental');
      runs.push(graphJson(r.graph));
    }
    expect(runs[1] === runs[0]).toBe(true);
  }, 120_000);

  it('should build from scratch, byte-identical to a build without state, when told to or when the state is stale', async () => {
    const corpus = makeCorpus('stale', NAMES.slice(0, 4));
    const out = join(tmp, 'stale-out');
    const first = await cliBuild(corpus, out);
    expect(graphJson(first.graph)).toBe(graphJson((await buildGraph([corpus])).graph));

    // graph.json replaced by something else: the state does not describe it any more
    writeFileSync(join(out, 'graph.json'), readFileSync(join(out, 'graph.json'), 'utf8').replace('"generator":"kg"', '"generator":"kg2"'));
    expect(loadBuildState(out)).toEqual({ reason: 'graph.json changed since the last build' });
    // A corrupt state file
    writeFileSync(join(out, STATE_FILE_NAME), '{"format":"kg-build-state"');
    expect(loadBuildState(out)).toEqual({ reason: 'the build state is unreadable' });
    rmSync(join(out, STATE_FILE_NAME));
    expect(loadBuildState(out)).toEqual({ reason: 'no previous build state' });
    const again = await cliBuild(corpus, out);
    expect(again.mode).toBe('clean');
    expect(graphJson(again.graph)).toBe(graphJson(first.graph));
    // Other build options: the state is not reused
    const loaded = loadBuildState(out);
    const other = await buildGraph([corpus], { previous: 'state' in loaded ? loaded.state : undefined, enrich: { seed: 7 } });
    expect(other.mode).toBe('clean');
    expect(other.notIncremental).toMatch(/options changed/);
  }, 120_000);

  it('should skip a new file whose text duplicates a document, as a clean build does', async () => {
    const corpus = makeCorpus('duplicates', NAMES.slice(0, 3));
    const out = join(tmp, 'duplicates-out');
    await cliBuild(corpus, out);
    writeOld(join(corpus, `zz-copy-of-${NAMES[1]}`), readFileSync(join(corpus, NAMES[1]!), 'utf8'));
    const r = await cliBuild(corpus, out);
    expect(r.changes).toEqual({ added: [], removed: [], changed: [] });
    expect(r.skipped.map((s) => s.reason)).toEqual(['duplicate of another document (same text)']);
    expect(contentOf(r.graph)).toBe(contentOf((await buildGraph([corpus])).graph));
  }, 120_000);

  it('should place a new document\'s entities beside the entities they relate to', async () => {
    const corpus = makeCorpus('placement', []);
    for (const name of readdirSync(join(ROOT, 'corpus'))) {
      copyFileSync(join(ROOT, 'corpus', name), join(corpus, name));
      utimesSync(join(corpus, name), LONG_AGO, LONG_AGO);
    }
    const out = join(tmp, 'placement-out');
    const first = await cliBuild(corpus, out);
    writeOld(join(corpus, 'kenya.md'), '---\ndate: 2025-11-12\n---\nKenya and Russia signed a trade agreement in Nairobi on Wednesday.\n');
    const r = await cliBuild(corpus, out);
    expect(r.changes!.added).toEqual(['kenya.md']);
    const graph = r.graph;
    expect(graph.hasNode('country:ken')).toBe(true);
    // Kenya is nearer to a neighbour than the typical distance between two nodes of the previous picture
    const at = (n: string): [number, number] => [graph.getNodeAttribute(n, 'x')!, graph.getNodeAttribute(n, 'y')!];
    const nearest = Math.min(...graph.neighbors('country:ken').map((n) => Math.hypot(at(n)[0] - at('country:ken')[0], at(n)[1] - at('country:ken')[1])));
    const spread = Math.max(...first.graph.mapNodes((_n, a) => Math.hypot(a.x!, a.y!)));
    expect(nearest).toBeLessThan(spread / 2);
  }, 120_000);

  it('should build JSON Lines, CSV and PDF files incrementally as a clean build does, with pages, skips and rules', async () => {
    const CORPORA = join(ROOT, 'test', 'fixtures', 'corpora');
    const corpus = makeCorpus('records', []);
    for (const [from, to] of [
      ['news.jsonl', 'news.jsonl'],
      ['news.csv', 'news.csv'],
      ['report.pdf', 'report.pdf'],
      ['bad/bad-records.jsonl', 'bad-records.jsonl'],
    ]) {
      copyFileSync(join(CORPORA, from!), join(corpus, to!));
      utimesSync(join(corpus, to!), LONG_AGO, LONG_AGO);
    }
    const out = join(tmp, 'records-out');
    const options: BuildOptions = { keepRules: true };
    let result = await cliBuild(corpus, out, options);
    expect(result.mode).toBe('clean');
    const ids = (r: BuildResult): string[] => (r.graph.getAttribute('documents') ?? []).map((d) => d.id);
    const edgesWith = (r: BuildResult, has: (a: ReturnType<KgGraph['getEdgeAttributes']>) => boolean): number => r.graph.filterEdges((_e, a) => has(a)).length;
    expect(edgesWith(result, (a) => a.evidence.some((ev) => ev.page !== undefined))).toBeGreaterThan(0);
    expect(edgesWith(result, (a) => (a.rules ?? []).length > 0)).toBe(result.graph.size);
    const jsonlRecord = ids(result).find((id) => id.endsWith('kenya-india-satellites'))!;
    const LAST_CSV_RECORD = 'news.csv#https://example.org/news/gulf-visit'; // ids from the url column
    expect(jsonlRecord).toBeDefined();
    expect(ids(result)).toContain(LAST_CSV_RECORD);

    const lines = (file: string): string[] => readFileSync(join(corpus, file), 'utf8').trimEnd().split('\n');
    const steps: { name: string; act: () => void; changes: () => { added?: string[]; removed?: string[]; changed?: string[] }; read: number; options?: BuildOptions }[] = [
      { name: 'nothing', act: () => undefined, changes: () => ({}), read: 0 },
      {
        name: 'a record changed and one added in a JSON Lines file',
        act: () => {
          const [first, ...rest] = lines('news.jsonl');
          const record = JSON.parse(first!) as { text: string };
          record.text += '\n\nKenyan President David Mwangi later met Indian Prime Minister Arjun Rao in Mombasa.';
          const added = { id: 'added-record', title: 'Ghana and Nigeria', date: '2026-05-01', text: 'ACCRA, May 1, 2026 - Ghana and Nigeria signed a trade agreement on Friday, officials said.' };
          writeOld(join(corpus, 'news.jsonl'), [JSON.stringify(record), ...rest, JSON.stringify(added)].join('\n') + '\n');
        },
        changes: () => ({ added: ['news.jsonl#added-record'], changed: [jsonlRecord] }),
        read: 1,
      },
      {
        name: 'a CSV row removed',
        act: () => {
          // Rows may span lines (quoted text): drop the last record by cutting before its opening line
          const text = readFileSync(join(corpus, 'news.csv'), 'utf8');
          const rows = text.split(/\n(?=[^\n]*,\d{4}-\d{2}-\d{2},")/);
          writeOld(join(corpus, 'news.csv'), rows.slice(0, -1).join('\n') + '\n');
        },
        changes: () => ({ removed: [LAST_CSV_RECORD] }),
        read: 1,
      },
      {
        name: 'a PDF replaced by another',
        act: () => {
          copyFileSync(join(CORPORA, 'report-indented.pdf'), join(corpus, 'report.pdf'));
          utimesSync(join(corpus, 'report.pdf'), LONG_AGO, LONG_AGO);
        },
        changes: () => ({ changed: ['report.pdf'] }),
        read: 1,
      },
      { name: 'other record fields: every file read again', act: () => undefined, changes: () => ({}), read: 4, options: { fields: { title: ['title', 'headline', 'name'] } } },
    ];
    for (const step of steps) {
      step.act();
      const stepOptions = { ...options, ...step.options };
      result = await cliBuild(corpus, out, stepOptions);
      const clean = await buildGraph([corpus], stepOptions);
      expect(result.mode, step.name).toBe('incremental');
      expect(result.filesRead, step.name).toBe(step.read);
      expect(result.changes, step.name).toEqual({ added: [], removed: [], changed: [], ...step.changes() });
      expect(contentOf(result.graph), step.name).toBe(contentOf(clean.graph));
      // Bad records are reported whether their file was read again or not, as a clean build reports them
      expect(result.skipped, step.name).toEqual(clean.skipped);
      expect(result.warnings, step.name).toEqual(clean.warnings);
      expect(result.skipped.filter((s) => s.path.endsWith('bad-records.jsonl') && s.record !== undefined).length, step.name).toBeGreaterThan(2);
    }
    expect(edgesWith(result, (a) => a.evidence.some((ev) => ev.doc === 'report.pdf' && ev.page !== undefined))).toBeGreaterThan(0);

    // --strict: a bad record of a file not read again fails as in a clean build
    const strictLoaded = loadBuildState(out);
    await expect(buildGraph([corpus], { ...options, strict: true, ...('state' in strictLoaded ? { previous: strictLoaded.state } : {}) })).rejects.toMatchObject({ code: 'INPUT_UNREADABLE' });
    await expect(buildGraph([corpus], { ...options, strict: true })).rejects.toMatchObject({ code: 'INPUT_UNREADABLE' });

    // Without --rules the state kept with them is not reused: a clean build, whose edges have no rules
    const loaded = loadBuildState(out);
    const plain = await buildGraph([corpus], { previous: 'state' in loaded ? loaded.state : undefined });
    expect(plain.mode).toBe('clean');
    expect(plain.notIncremental).toMatch(/options changed/);
    expect(edgesWith(plain, (a) => a.rules !== undefined)).toBe(0);
    expect(edgesWith(plain, (a) => a.family !== undefined)).toBe(plain.graph.size);
  }, 180_000);
});
