// test/cli: `kg explain` as users run it: document mode (text, --match, --sentence, --tokens, --json, a directory),
// edge mode (`--edge <key>` on a graph built with and without --rules, documents found through the build state or
// --input, documents changed or gone since the build, a graph built by another extractor), and the errors: a
// filter matching nothing, an unknown edge key with suggestions, no way to find the documents, usage mistakes.
// In process through runCli (as test/query/cli.test.ts), plus a child process for the real exit codes and stderr.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const ROOT = join(import.meta.dirname, '..', '..');
const KG = join(ROOT, 'bin', 'kg.mjs');
const CORPUS = join(ROOT, 'corpus');
const DOC = join(CORPUS, '2019-03-28-russia-venezuela-ties.md');
const tmp = mkdtempSync(join(tmpdir(), 'kg-explain-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function kg(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), tty: false });
  return { code, out: out.join('\n'), err };
}

/** The same, as a child process from source (the exit code and stderr a shell sees). */
function kgProcess(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [KG, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (s: string): string[] => s.split('\n').filter(Boolean);
/** Lines on stderr other than warnings (the extractor may change under a long test run: another engineer's edits). */
const errors = (err: string[]): string[] => err.filter((l) => !/warning/.test(l));

interface GraphEdge {
  key: string;
  attributes: { type: string; rules?: string[]; evidence: { doc: string; text: string; start: number; end: number }[] };
}
const edgesOf = (graphPath: string): GraphEdge[] => (JSON.parse(readFileSync(graphPath, 'utf8')) as { edges: GraphEdge[] }).edges;

describe('kg explain <document>', () => {
  it('should print each matching sentence with its chunks, clauses and the rules that fired', async () => {
    const r = await kg('explain', DOC, '--match', 'backs Maduro');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toMatch(/^\[\d+\] .*backs Maduro\.$/m);
    expect(r.out).toMatch(/^ {2}chunks: \[np=/m);
    expect(r.out).toMatch(/^ {2}clause: main clause, verb "back"/m);
    expect(r.out).toMatch(/^ {2}fired: {2}verb:support {2}"Russia" -\[supports: backs\]-> "Nicolas Maduro"$/m);
    expect(r.out).not.toMatch(/tokens:/);
    expect((await kg('explain', DOC, '--match', 'backs Maduro', '--tokens')).out).toMatch(/^ {2}tokens: .*backs\/VERB~back/m);
  });

  it('should print stable JSON whose sentences index the document text, and --sentence should pick one', async () => {
    const r = await kg('explain', DOC, '--match', 'backs maduro', '--json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(Object.keys(data)).toEqual(['doc', 'sentences']);
    expect(data.doc).toBe('2019-03-28-russia-venezuela-ties.md');
    expect(data.sentences).toHaveLength(1);
    const s = data.sentences[0];
    expect(Object.keys(s)).toEqual(['index', 'start', 'end', 'text', 'tokens', 'chunks', 'clauses', 'claims', 'vetoed']);
    expect(Object.keys(s.claims[0])).toEqual(['rule', 'type', 'label', 'subject', 'object']);
    expect(s.claims).toContainEqual({ rule: 'verb:support', type: 'supports', label: 'backs', subject: 'Russia', object: 'Nicolas Maduro' });
    expect(readFileSync(DOC, 'utf8')).toContain(s.text);
    const one = JSON.parse((await kg('explain', DOC, '--sentence', String(s.index), '--json')).out);
    expect(one.sentences).toEqual([s]);
  });

  it('should give an array of documents for a directory, and leave out of the text those --match found nothing in', async () => {
    const all = JSON.parse((await kg('explain', CORPUS, '--json')).out);
    expect(all.map((d: { doc: string }) => d.doc)).toEqual(['2019-03-28-russia-venezuela-ties.md', '2025-11-11-lavrov-press-conference.md']);
    const r = await kg('explain', CORPUS, '--match', 'backs Maduro');
    expect(r.code).toBe(0);
    expect(lines(r.out).filter((l) => l.startsWith('== '))).toEqual(['== 2019-03-28-russia-venezuela-ties.md']);
    const json = JSON.parse((await kg('explain', CORPUS, '--match', 'backs Maduro', '--json')).out);
    expect(json.map((d: { sentences: unknown[] }) => d.sentences.length)).toEqual([1, 0]);
  });

  it('should exit 4 with one line on stderr and nothing on stdout when --match or --sentence leaves no sentence', async () => {
    for (const argv of [
      [DOC, '--match', 'no such words here'],
      [DOC, '--match', 'no such words here', '--json'],
      [CORPUS, '--match', 'no such words here'],
      [DOC, '--sentence', '9999'],
    ]) {
      const r = await kg('explain', ...argv);
      expect(r.code, argv.join(' ')).toBe(4);
      expect(r.out).toBe('');
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(/^kg explain: no sentence (containing "no such words here"|\[9999\]) in /);
    }
    expect((await kg('explain', CORPUS, '--match', 'no such words here')).err[0]).toMatch(/in any of the 2 documents of/);
  });

  it('should exit 2 for usage mistakes and 3 for a missing document', async () => {
    expect((await kg('explain')).code).toBe(2);
    expect((await kg('explain', DOC, DOC)).code).toBe(2);
    expect((await kg('explain', DOC, '--graph', 'graph/graph.json')).err).toEqual(['kg explain: --graph goes with --edge <key>']);
    const missing = await kg('explain', join(tmp, 'nope.md'));
    expect(missing.code).toBe(3);
    expect(missing.err).toHaveLength(1);
  });
});

describe('kg explain --edge <key>', () => {
  const out = join(tmp, 'graph');
  const graph = join(out, 'graph.json');
  let edge: GraphEdge;

  beforeAll(async () => {
    expect((await kg('build', CORPUS, '--out', out, '--rules', '--no-cache', '--quiet')).code).toBe(0);
    // An edge stated in both articles, so the trace comes from two documents
    edge = edgesOf(graph).find((e) => new Set(e.attributes.evidence.map((x) => x.doc)).size === 2 && e.attributes.rules?.length)!;
    expect(edge, 'the corpus graph has no edge with evidence in both articles').toBeDefined();
  });

  it('should print the edge, its rules, and for each evidence entry its document and the trace kg explain <doc> --match prints', async () => {
    const r = await kg('explain', '--edge', edge.key, '--graph', graph);
    expect(r.code).toBe(0);
    expect(errors(r.err)).toEqual([]);
    const text = r.out.split('\n');
    expect(text[0]).toBe(edge.key);
    expect(text[1]).toMatch(/^ {2}".+" -\[.+: .+\]-> ".+"$/);
    expect(text).toContain(`  rules: ${edge.attributes.rules!.join(', ')}`);
    const { evidence } = edge.attributes;
    for (const [i, ev] of evidence.entries()) {
      expect(text).toContain(`evidence ${i + 1} of ${evidence.length}: ${ev.doc}`);
      // Exactly the block document mode prints for that sentence (its whole text as --match)
      const own = await kg('explain', join(CORPUS, ev.doc), '--match', ev.text);
      expect(own.code).toBe(0);
      expect(r.out).toContain(`evidence ${i + 1} of ${evidence.length}: ${ev.doc}\n${own.out}`);
    }
    expect(r.out).not.toMatch(/note:/);
    expect((await kg('explain', '--edge', edge.key, '--graph', graph, '--tokens')).out).toMatch(/^ {2}tokens: /m);
  });

  it('should print JSON whose sentences are those of kg explain <doc> --json', async () => {
    const r = await kg('explain', '--edge', edge.key, '-g', graph, '--json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(Object.keys(data)).toEqual(['edge', 'evidence']);
    expect(data.edge).toMatchObject({ key: edge.key, type: edge.attributes.type, rules: edge.attributes.rules });
    expect(Object.keys(data.edge.source)).toEqual(['key', 'label']);
    expect(data.evidence).toHaveLength(edge.attributes.evidence.length);
    for (const [i, ev] of data.evidence.entries()) {
      expect(Object.keys(ev)).toEqual(['doc', 'text', 'start', 'end', 'sentence']);
      expect({ doc: ev.doc, text: ev.text, start: ev.start, end: ev.end }).toEqual(edge.attributes.evidence[i]);
      const own = JSON.parse((await kg('explain', join(CORPUS, ev.doc), '--match', ev.text, '--json')).out);
      expect(ev.sentence).toEqual(own.sentences[0]);
      expect(ev.sentence.claims.map((c: { type: string }) => c.type)).toContain(edge.attributes.type);
    }
  });

  it('should say the rules were not recorded for a graph built without --rules', async () => {
    const plain = join(tmp, 'plain');
    expect((await kg('build', CORPUS, '--out', plain, '--no-cache', '--quiet')).code).toBe(0);
    const r = await kg('explain', '--edge', edge.key, '-g', join(plain, 'graph.json'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('  rules: not recorded (build with kg build --rules to keep them)');
    expect(r.out).toMatch(/^\[\d+\] /m);
    const json = JSON.parse((await kg('explain', '--edge', edge.key, '-g', join(plain, 'graph.json'), '--json')).out);
    expect(json.edge).not.toHaveProperty('rules');
  });

  it('should need --input for a graph with no build state beside it, and find the documents under it', async () => {
    const lone = join(tmp, 'lone');
    mkdirSync(lone);
    copyFileSync(graph, join(lone, 'graph.json'));
    const r = await kg('explain', '--edge', edge.key, '-g', join(lone, 'graph.json'));
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^kg explain: cannot tell which files .* was built from \(no previous build state .*\); give them with --input <dir>$/);
    const viaState = JSON.parse((await kg('explain', '--edge', edge.key, '-g', graph, '--json')).out);
    const viaInput = await kg('explain', '--edge', edge.key, '-g', join(lone, 'graph.json'), '--input', CORPUS, '--json');
    expect(viaInput.code).toBe(0);
    expect(JSON.parse(viaInput.out)).toEqual(viaState);
    // Inputs given from higher up still find the files by the end of their path
    const fromRoot = await kg('explain', '--edge', edge.key, '-g', join(lone, 'graph.json'), '--input', ROOT, '--json');
    expect(JSON.parse(fromRoot.out)).toEqual(viaState);
    expect((await kg('explain', '--edge', edge.key, '-g', join(lone, 'graph.json'), '--input', join(tmp, 'nowhere'))).code).toBe(3);
  });

  it('should note a document changed or gone since the build, and still print the edge', async () => {
    const docs = join(tmp, 'docs');
    cpSync(CORPUS, docs, { recursive: true });
    const built = join(tmp, 'changing');
    expect((await kg('build', docs, '--out', built, '--no-cache', '--quiet')).code).toBe(0);
    const [first, second] = [...new Set(edge.attributes.evidence.map((e) => e.doc))] as [string, string];
    const path = join(docs, first);
    const text = readFileSync(path, 'utf8');
    // A sentence added at the top of the body moves every offset after it
    writeFileSync(path, text.replace(/\n---\n/, '\n---\nA new first sentence about nothing in particular.\n\n'));
    unlinkSync(join(docs, second));
    const r = await kg('explain', '--edge', edge.key, '-g', join(built, 'graph.json'), '--json');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    const changed = data.evidence.find((e: { doc: string }) => e.doc === first);
    expect(changed.note).toMatch(/^the document changed since the build: the sentence is now at \d+-\d+/);
    expect(changed.sentence.text).toBe(changed.text);
    const gone = data.evidence.find((e: { doc: string }) => e.doc === second);
    expect(gone.sentence).toBeNull();
    expect(gone.note).toMatch(/is gone since the build/);
    const t = await kg('explain', '--edge', edge.key, '-g', join(built, 'graph.json'));
    expect(t.out).toMatch(/^ {2}note: the document changed since the build/m);
    expect(t.out).toContain(`  "${gone.text.replace(/\s+/g, ' ').trim()}"`);
  });

  it('should warn once on stderr when the graph was built by another extractor', async () => {
    const other = join(tmp, 'other-extractor');
    expect((await kg('build', CORPUS, '--out', other, '--no-cache', '--quiet')).code).toBe(0);
    const state = join(other, '.kg-state');
    const bytes = readFileSync(state, 'latin1');
    writeFileSync(state, bytes.replace(/"extractorVersion":"[0-9a-f]{16}"/, '"extractorVersion":"0000000000000000"'), 'latin1');
    const r = await kg('explain', '--edge', edge.key, '-g', join(other, 'graph.json'));
    expect(r.code).toBe(0);
    expect(r.err).toEqual(['kg explain: warning: the extractor changed since this graph was built; the traces are what it does now']);
    expect(r.out).toMatch(/^\[\d+\] /m);
  });

  it('should exit 4 for an unknown edge key, suggesting the close ones', async () => {
    const typo = edge.key.slice(0, -1);
    const r = await kg('explain', '--edge', typo, '-g', graph);
    expect(r.code).toBe(4);
    expect(r.out).toBe('');
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(`kg explain: no edge "${typo}" in the graph (did you mean "${edge.key}"`);
    // Ends given by name find the edges between them
    const byName = await kg('explain', '--edge', 'supports:Russia->Maduro', '-g', graph);
    expect(byName.err[0]).toMatch(/did you mean "supports:country:rus->person:nicolas-maduro"/);
    expect((await kg('explain', '--edge', 'nothing-like-a-key', '-g', graph)).err[0]).toMatch(/edge keys look like "type:source->target"/);
  });

  it('should exit 2 for --edge with a document, --match, --sentence or --all, or an empty key; 3 for a missing graph', async () => {
    expect((await kg('explain', DOC, '--edge', edge.key, '-g', graph)).err).toEqual(['kg explain: give a document or --edge <key>, not both']);
    expect((await kg('explain', '--edge', edge.key, '-g', graph, '--match', 'x')).err).toEqual(['kg explain: --match applies to a document, not to --edge']);
    expect((await kg('explain', '--edge', edge.key, '-g', graph, '--sentence', '1', '--all')).code).toBe(2);
    expect((await kg('explain', '--edge', ' ', '-g', graph)).code).toBe(2);
    const missing = await kg('explain', '--edge', edge.key, '-g', join(tmp, 'none.json'));
    expect(missing.code).toBe(3);
    expect(missing.err[0]).toMatch(/cannot read graph/);
  });

  it('should exit non-zero with one stderr line and no stack as a process, for an unknown edge and an unmatched --match', () => {
    const unknown = kgProcess('explain', '--edge', 'bogus:a->b', '--graph', graph);
    expect(unknown.code).toBe(4);
    expect(unknown.stdout).toBe('');
    expect(lines(unknown.stderr).filter((l) => !/warning/.test(l))).toEqual([expect.stringMatching(/^kg explain: no edge "bogus:a->b" in the graph/)]);
    const unmatched = kgProcess('explain', DOC, '--match', 'no such words here', '--json');
    expect(unmatched.code).toBe(4);
    expect(unmatched.stdout).toBe('');
    expect(lines(unmatched.stderr)).toHaveLength(1);
    expect(unmatched.stderr).not.toMatch(/\n\s+at /);
    const ok = kgProcess('explain', '--edge', edge.key, '--graph', graph, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).edge.key).toBe(edge.key);
  });
});
