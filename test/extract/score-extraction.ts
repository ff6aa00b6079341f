// Scores kg's extraction with the shared scorer (../shared/eval/score.mjs): the bundled corpus, the fixture articles
// and the shared development set, each article built alone, counts pooled per set (micro figures, as score-set.mjs
// reports them). Used by `npm run score` and by the score test. Needs ../shared beside the repository; returns null
// when it is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../../src/build.js';
import { writeGraphJson } from '../../src/export/graph-json.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const SCORER = resolve(ROOT, '../shared/eval/score.mjs');
const DEV = resolve(ROOT, '../shared/eval/dev');
const FIXTURES = join(ROOT, 'test/fixtures/articles');

/** One article (or corpus) and its gold file. */
export interface ScoreItem {
  name: string;
  inputs: string[];
  gold: string;
  corpus: string;
}

export type Score = Record<string, number | string[] | null | Record<string, number>>;

/** The bundled corpus. */
export const SEEDS: ScoreItem = { name: 'seeds', inputs: [join(ROOT, 'corpus')], gold: resolve(ROOT, '../shared/eval/gold/seeds.gold.json'), corpus: join(ROOT, 'corpus') };

/** The fixture articles of test/fixtures (written for earlier issues; tuned on). */
export function fixtureItems(): ScoreItem[] {
  return readdirSync(FIXTURES)
    .sort()
    .map((file) => ({
      name: file.replace(/\.\w+$/, ''),
      inputs: [join(FIXTURES, file)],
      gold: join(ROOT, 'test/fixtures/gold', `${file.replace(/\.\w+$/, '')}.gold.json`),
      corpus: FIXTURES,
    }));
}

/** The shared development set (../shared/eval/dev), when present. */
export function devItems(): ScoreItem[] {
  if (!existsSync(DEV)) return [];
  return readdirSync(DEV)
    .filter((f) => /\.(txt|md|html?)$/.test(f) && existsSync(join(DEV, `${f}.gold.json`)))
    .sort()
    .map((file) => ({ name: file, inputs: [join(DEV, file)], gold: join(DEV, `${file}.gold.json`), corpus: DEV }));
}

/** Builds one item and scores it; null when the shared scorer is not available. */
export function scoreItem(item: ScoreItem): Score | null {
  if (!existsSync(SCORER) || !existsSync(item.gold)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'kg-score-'));
  try {
    const { graph } = build(item.inputs, { enrich: false });
    writeGraphJson(graph, join(dir, 'graph.json'));
    const out = execFileSync(process.execPath, [SCORER, '--graph', join(dir, 'graph.json'), '--gold', item.gold, '--corpus', item.corpus, '--json'], { encoding: 'utf8' });
    return JSON.parse(out) as Score;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Micro figures over a set: counts pooled over its articles, as score-set.mjs computes them. */
export function scoreSet(items: ScoreItem[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const item of items) {
    const s = scoreItem(item);
    const counts = (s?.counts ?? {}) as Record<string, number>;
    for (const [k, v] of Object.entries(counts)) if (typeof v === 'number') sums[k] = (sums[k] ?? 0) + v;
  }
  const r = (a: number, b: number): number => (b === 0 ? 1 : Math.round((1000 * a) / b) / 1000);
  const n = (k: string): number => sums[k] ?? 0;
  return {
    articles: items.length,
    entity_recall: r(n('entities_found'), n('required_entities')),
    node_precision: r(n('entity_nodes') - n('stray_nodes'), n('entity_nodes')),
    relation_recall: r(n('relations_found'), n('required_relations')),
    relation_kind_recall: r(n('relations_kind'), n('required_relations')),
    relation_strict_recall: r(n('relations_strict'), n('required_relations')),
    edge_precision: r(n('edges_supported'), n('explicit_edges')),
    edge_strict_precision: r(n('edges_strict'), n('explicit_edges')),
    duplicates: n('duplicates'),
    wrong_merges: n('wrong_merges'),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(SCORER)) {
    console.log('score: skipped (../shared/eval/score.mjs not found)');
  } else {
    const seeds = scoreItem(SEEDS)!;
    console.log(`seeds: ${['entity_recall', 'node_precision', 'relation_recall', 'relation_kind_recall', 'edge_precision'].map((k) => `${k}=${seeds[k]}`).join(' ')}`);
    for (const [name, items] of [['fixtures', fixtureItems()], ['dev', devItems()]] as const) {
      if (items.length) console.log(`${name}: ${Object.entries(scoreSet(items)).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    }
  }
}
