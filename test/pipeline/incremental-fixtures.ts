// test/pipeline: helpers of the incremental-build tests: the hand-written extractions of
// test/fixtures/incremental (evidence offsets computed from each document's text), real extractions of the
// fixture articles, and a graph's content without positions and the metrics an incremental build only updates.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../src/extract/index.js';
import { readDocuments } from '../../src/ingest/index.js';
import type { Claim, Extraction, KgGraph, LocalEntity } from '../../src/model/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const ARTICLES = join(ROOT, 'test', 'fixtures', 'articles');

interface FixtureClaim extends Omit<Claim, 'evidence'> {
  sentence: string;
}
interface FixtureDocument {
  id: string;
  text: string;
  repeat?: number;
  entities: LocalEntity[];
  claims: FixtureClaim[];
}

/** The hand-written extractions, by document id (see the fixture's "about"). */
export function loadSyntheticExtractions(): Map<string, Extraction> {
  const file = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/incremental/synthetic-documents.json'), 'utf8')) as { documents: FixtureDocument[] };
  const out = new Map<string, Extraction>();
  for (const d of file.documents) {
    let text = d.text;
    let claims = d.claims;
    if (d.repeat) {
      claims = Array.from({ length: d.repeat }, (_v, i) => d.claims.map((c) => ({ ...c, sentence: c.sentence.replace('{n}', String(i + 1)) }))).flat();
      text = claims.map((c) => c.sentence).join(' ');
    }
    const x: Extraction = {
      doc: { id: d.id, words: text.split(/\s+/).filter(Boolean).length },
      entities: d.entities,
      claims: claims.map(({ sentence, ...c }) => {
        const start = text.indexOf(sentence);
        if (start < 0) throw new Error(`fixture ${d.id}: "${sentence}" is not in its text`);
        return { ...c, evidence: { doc: d.id, text: sentence, start, end: start + sentence.length } };
      }),
    };
    out.set(d.id, x);
  }
  return out;
}

/** Real extractions of the first `count` fixture articles, by document id. */
export function loadArticleExtractions(count: number): Map<string, Extraction> {
  const names = readdirSync(ARTICLES).filter((n) => /\.(md|txt|html)$/.test(n)).sort().slice(0, count);
  const { documents } = readDocuments(names.map((n) => join(ARTICLES, n)));
  return new Map(documents.map((d) => [d.id, extractDocument(d)]));
}

/** Attributes an incremental build is allowed to compute differently from a clean one. */
export const LAYOUT_AND_COMMUNITIES = ['x', 'y', 'community'];

/** graph.json of `graph` without the `omit` node attributes: what must equal a clean build's, byte for byte. */
export function contentOf(graph: KgGraph, omit: readonly string[] = LAYOUT_AND_COMMUNITIES): string {
  const data = graph.export();
  for (const n of data.nodes) for (const k of omit) delete (n.attributes as unknown as Record<string, unknown>)[k];
  return JSON.stringify(data);
}
