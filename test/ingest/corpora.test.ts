// test/ingest: the corpus formats beyond one-file-one-document: JSON Lines and CSV (one document per record, field
// choices, bad records reported by number and line, --strict), and PDF (text rebuilt into the source's paragraphs,
// page offsets, page numbers in evidence). Fixtures in test/fixtures/corpora; asserts no extraction details
// beyond a few facts per PDF.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, buildGraph } from '../../src/build.js';
import { serializeGraphJson } from '../../src/export/index.js';
import { htmlToText, normalizeRecordDate, readDocuments, readDocumentsAsync } from '../../src/ingest/index.js';
import { KgError } from '../../src/model/errors.js';
import type { KgDocument } from '../../src/model/types.js';
import { pageAt } from '../../src/pipeline/evidence-pages.js';
import { expectValidGraph } from '../reliability/invariants.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const CORPORA = join(FIXTURES, 'corpora');
const BAD = join(CORPORA, 'bad');

/** An article fixture's body without its headline line (what make-fixtures.ts put in the records). */
const articleBody = (name: string, headline = true): string => {
  const text = readFileSync(join(FIXTURES, 'articles', name), 'utf8');
  return (headline ? text.split('\n').slice(1).join('\n') : text).trim();
};

const byId = (docs: KgDocument[]): Map<string, KgDocument> => new Map(docs.map((d) => [d.id, d]));

describe('readDocuments on JSON Lines', () => {
  const { documents, skipped, warnings } = readDocuments([join(CORPORA, 'news.jsonl')]);
  const docs = byId(documents);

  const EXPECTED: { id: string; title: string; date: string; source?: string; body: string; headline?: boolean; html?: boolean }[] = [
    { id: 'news.jsonl#kenya-india-satellites', title: 'Kenya and India sign satellite pact as Nairobi eyes space ambitions', date: '2026-03-04', source: 'https://example.org/news/kenya-india-satellites', body: 'satellite-pact.txt' },
    { id: 'news.jsonl#https://example.org/news/kenya-ethiopia-power', title: 'Kenya and Ethiopia sign power trade deal', date: '2024-09-09', source: 'https://example.org/news/kenya-ethiopia-power', body: 'energy-summit.txt', headline: false },
    { id: 'news.jsonl#3', title: 'India signs $3 billion deal for French fighter jets', date: '2026-01-26', body: 'arms-deal.txt' },
    { id: 'news.jsonl#html-body', title: 'Veridian Systems sues Lumenworks over chip designs', date: '2026-01-01', body: 'tech-lawsuit.txt', headline: false, html: true },
  ];

  it('should make one document per record, with no skips or warnings', () => {
    expect(documents.map((d) => d.id).sort()).toEqual(EXPECTED.map((e) => e.id).sort());
    expect(skipped).toEqual([]);
    expect(warnings).toEqual([]);
  });

  for (const e of EXPECTED) {
    it(`should read ${e.id} from its own field names (text/body/content, title/headline, date/published/published_at)`, () => {
      const doc = docs.get(e.id)!;
      expect(doc.title).toBe(e.title);
      expect(doc.date).toBe(e.date);
      expect(doc.dateFrom).toBe('record');
      expect(doc.source).toBe(e.source);
      // The text is the field as it is (HTML turned to text): exactly the article's body
      const body = articleBody(e.body, e.headline ?? true);
      if (e.html) expect(doc.text).toBe(body.replace(/\n\n+/g, '\n\n'));
      else expect(doc.text).toBe(body);
    });
  }

  it('should follow --text-field and --id-field choices instead of the defaults', () => {
    const r = readDocuments([join(CORPORA, 'news.jsonl')], { fields: { text: 'content', id: 'title' } });
    expect(r.documents.map((d) => d.id).sort()).toEqual(['news.jsonl#India signs $3 billion deal for French fighter jets', 'news.jsonl#Veridian Systems sues Lumenworks over chip designs']);
    expect(r.skipped.map((s) => [s.record, s.reason])).toEqual([
      [1, expect.stringMatching(/no text \(expected a non-empty content field\)/)],
      [2, expect.stringMatching(/no text/)],
    ]);
  });

  it('should refuse an empty field name with INVALID_OPTION', () => {
    try {
      readDocuments([join(CORPORA, 'news.jsonl')], { fields: { text: [''] } });
      expect.unreachable('an empty field name should throw');
    } catch (error) {
      expect((error as KgError).code).toBe('INVALID_OPTION');
    }
  });
});

describe('readDocuments on CSV', () => {
  const { documents, skipped } = readDocuments([join(CORPORA, 'news.csv')]);
  const EXPECTED = [
    { id: 'news.csv#https://example.org/news/gas-pipeline', title: 'Azerbaijan and Georgia launch gas link to Turkey', date: '2025-04-10', body: 'gas-pipeline.txt' },
    { id: 'news.csv#https://example.org/news/airline-merger', title: 'Regulators block Nordic airline merger', date: '2025-05-11', body: 'airline-merger.txt' },
    { id: 'news.csv#https://example.org/news/gulf-visit', title: 'Saudi crown prince hosts Iranian minister in rare visit', date: '2025-06-12', body: 'gulf-visit.txt' },
  ];

  it('should make one document per row (the url column as id), its quoted multi-line text kept exactly', () => {
    expect(skipped).toEqual([]);
    const docs = byId(documents);
    expect([...docs.keys()].sort()).toEqual(EXPECTED.map((e) => e.id).sort());
    for (const e of EXPECTED) {
      const doc = docs.get(e.id)!;
      expect(doc.title).toBe(e.title);
      expect(doc.text).toBe(articleBody(e.body));
      expect(doc.date).toBe(e.date);
      expect(doc.source).toBe(e.id.slice('news.csv#'.length));
    }
  });
});

describe('bad records', () => {
  // Each bad record is one skip naming its number and line; the good ones still become documents
  const CASES: { file: string; kept: string[]; bad: [record: number, line: number, reason: RegExp][]; notes?: [number, RegExp][] }[] = [
    {
      file: 'bad-records.jsonl',
      kept: ['bad-records.jsonl#bad-date', 'bad-records.jsonl#good-1'],
      bad: [
        [2, 2, /invalid JSON/],
        [3, 4, /not a JSON object \(an array\)/],
        [4, 5, /no text/],
        [5, 6, /"text" is not a string \(number\)/],
        [6, 7, /empty text/],
      ],
      notes: [[7, /unreadable date "sometime soon"/]],
    },
    {
      file: 'bad-records.csv',
      kept: ['bad-records.csv#a1', 'bad-records.csv#a5'],
      bad: [
        [2, 3, /2 fields where the header has 4/],
        [3, 4, /no text/],
        [4, 5, /5 fields where the header has 4/],
        [6, 7, /quoted field is never closed/],
      ],
    },
  ];
  for (const c of CASES) {
    it(`should skip each bad record of ${c.file} with its number, line and reason, and keep the rest`, () => {
      const r = readDocuments([join(BAD, c.file)]);
      expect(r.documents.map((d) => d.id)).toEqual(c.kept);
      expect(r.skipped.map((s) => [s.record, s.line, s.reason])).toEqual(c.bad.map(([n, line, reason]) => [n, line, expect.stringMatching(reason)]));
      expect(r.warnings.map((w) => [w.record, w.reason])).toEqual((c.notes ?? []).map(([n, reason]) => [n, expect.stringMatching(reason)]));
    });

    it(`should fail on the first bad record of ${c.file} with --strict`, () => {
      try {
        readDocuments([join(BAD, c.file)], { strict: true });
        expect.unreachable('strict should throw');
      } catch (error) {
        expect((error as KgError).code).toBe('INPUT_UNREADABLE');
        expect((error as KgError).details).toMatchObject({ record: c.bad[0]![0] });
      }
    });
  }

  it('should keep a record whose date is unreadable, dated by its dateline instead', () => {
    const doc = readDocuments([join(BAD, 'bad-records.jsonl')]).documents.find((d) => d.id.endsWith('#bad-date'))!;
    expect(doc.date).toBe('2025-05-02');
    expect(doc.dateFrom).toBe('dateline');
  });

  it('should refuse a CSV file without a text column as a whole', () => {
    const r = readDocuments([join(BAD, 'no-text-column.csv'), join(CORPORA, 'news.csv')]);
    expect(r.skipped).toEqual([{ path: join(BAD, 'no-text-column.csv'), reason: expect.stringMatching(/no text column.*Id, Label, Type/) }]);
  });
});

describe('normalizeRecordDate', () => {
  const CASES: [unknown, string | undefined][] = [
    ['2026-03-04', '2026-03-04'],
    ['2026-03-04T09:30:00Z', '2026-03-04'],
    ['2026-03', '2026-03'],
    ['2026', '2026'],
    ['Mon, 09 Sep 2024 08:00:00 GMT', '2024-09-09'],
    ['January 26, 2026', '2026-01-26'],
    ['4 March 2026', '2026-03-04'],
    [1767225600, '2026-01-01'],
    [1767225600000, '2026-01-01'],
    ['2026-13-01', undefined],
    ['sometime soon', undefined],
    [true, undefined],
  ];
  for (const [value, expected] of CASES) {
    it(`should read ${JSON.stringify(value)} as ${expected ?? 'no date'}`, () => {
      expect(normalizeRecordDate(value)).toBe(expected);
    });
  }
});

describe('readDocumentsAsync on PDF', () => {
  // The text rebuilt from the PDF has the paragraphs of the HTML it was made from, and each page starts where the
  // source breaks the page
  const CASES = [
    { file: 'report.pdf', source: 'report.html', title: 'Caspian Energy Review 2026', date: '2026-03-03', pageStarts: ['Caspian Energy Review 2026', 'Pipelines and partners', 'Outlook'] },
    { file: 'report-indented.pdf', source: 'report-indented.html', title: 'Nile Basin Water Brief', date: '2025-10-07', pageStarts: ['Nile Basin Water Brief', 'The African Union welcomed'] },
  ];
  for (const c of CASES) {
    it(`should read ${c.file} into the paragraphs of its source, with the offset of each page`, async () => {
      const { documents, skipped } = await readDocumentsAsync([join(CORPORA, c.file)]);
      expect(skipped).toEqual([]);
      const doc = documents[0]!;
      const paragraphs = (text: string): string[] => text.split(/\n\n+/).map((p) => p.trim()).filter(Boolean);
      const source = htmlToText(readFileSync(join(FIXTURES, 'pdf-sources', c.source), 'utf8'));
      expect(paragraphs(doc.text)).toEqual(paragraphs(source.text));
      expect(doc.title).toBe(c.title);
      expect(doc.date).toBe(c.date);
      expect(doc.pages).toHaveLength(c.pageStarts.length);
      c.pageStarts.forEach((start, i) => expect(doc.text.slice(doc.pages![i]!).startsWith(start)).toBe(true));
    });
  }

  it('should skip PDFs in the synchronous reader, saying which reader to use', () => {
    const r = readDocuments([join(CORPORA, 'report.pdf'), join(CORPORA, 'news.jsonl')]);
    expect(r.skipped).toEqual([{ path: join(CORPORA, 'report.pdf'), reason: expect.stringMatching(/readDocumentsAsync/) }]);
    expect(build([join(CORPORA, 'report.pdf'), join(CORPORA, 'news.jsonl')]).skipped).toHaveLength(1);
  });

  const BAD_PDFS: [string, RegExp][] = [
    ['blank-page.pdf', /empty document.*OCR/],
    ['password.pdf', /password-protected PDF/],
    ['broken.pdf', /unreadable PDF/],
  ];
  for (const [file, reason] of BAD_PDFS) {
    it(`should skip ${file} with a reason, and fail on it with --strict`, async () => {
      const r = await readDocumentsAsync([join(BAD, file), join(CORPORA, 'report.pdf')]);
      expect(r.documents.map((d) => d.id)).toEqual(['report.pdf']);
      expect(r.skipped).toEqual([{ path: join(BAD, file), reason: expect.stringMatching(reason) }]);
      await expect(readDocumentsAsync([join(BAD, file)], { strict: true })).rejects.toMatchObject({ code: 'INPUT_UNREADABLE' });
    });
  }
});

describe('page numbers in evidence', () => {
  const FACTS: Record<string, [subject: string, type: string, object: string, page: number][]> = {
    'report.pdf': [
      ['Rauf Aliyev', 'holds_office', 'Azerbaijan', 1],
      ['Ilham Karimov', 'holds_office', 'Azerbaijan', 2],
      ['Nino Beridze', 'holds_office', 'Georgia', 2],
      ['Irina Volkova', 'spokesperson_for', 'Russia', 3],
    ],
    'report-indented.pdf': [
      ['Hany Sweilem', 'holds_office', 'Egypt', 1],
      ['Samuel Kiprono', 'holds_office', 'Kenya', 2],
    ],
  };

  it('should give every relation of a PDF the page its evidence starts on, offsets exact into the text', async () => {
    const inputs = Object.keys(FACTS).map((f) => join(CORPORA, f));
    const result = await buildGraph(inputs);
    const { documents } = await readDocumentsAsync(inputs);
    const docs = byId(documents);
    expectValidGraph(result.graph, new Map(documents.map((d) => [d.id, d.text])));
    let relations = 0;
    result.graph.forEachEdge((_e, a) => {
      for (const ev of a.evidence) {
        const pages = docs.get(ev.doc)!.pages!;
        expect(ev.page).toBe(pageAt(pages, ev.start));
        expect(ev.start).toBeGreaterThanOrEqual(pages[ev.page! - 1]!);
        if (ev.page! < pages.length) expect(ev.end).toBeLessThanOrEqual(pages[ev.page!]!);
        relations++;
      }
    });
    expect(relations).toBeGreaterThan(10);
    for (const [file, facts] of Object.entries(FACTS)) {
      for (const [subject, type, object, page] of facts) {
        const edge = result.graph.findEdge((_e, a, s, t) => a.type === type && result.graph.getNodeAttribute(s, 'label') === subject && result.graph.getNodeAttribute(t, 'label') === object);
        expect(edge, `${file}: ${subject} ${type} ${object}`).toBeDefined();
        expect(result.graph.getEdgeAttribute(edge!, 'evidence').map((ev) => [ev.doc, ev.page])).toContainEqual([file, page]);
      }
    }
  });

  it('should find pages by offset at and around page starts', () => {
    const pages = [0, 100, 250];
    const CASES: [number, number][] = [[0, 1], [99, 1], [100, 2], [249, 2], [250, 3], [10_000, 3]];
    for (const [offset, page] of CASES) expect(pageAt(pages, offset)).toBe(page);
  });
});

describe('determinism across formats', () => {
  it('should build byte-identical graph.json from records and PDFs whatever the input order', async () => {
    const inputs = ['news.jsonl', 'news.csv', 'report.pdf', 'report-indented.pdf'].map((f) => join(CORPORA, f));
    const once = [...serializeGraphJson((await buildGraph(inputs)).graph)].join('');
    const again = [...serializeGraphJson((await buildGraph([...inputs].reverse(), { workers: 2 })).graph)].join('');
    expect(again).toBe(once);
    expect(once).toContain('"page":2');
  });
});

describe('htmlToText', () => {
  it('should drop page furniture (menus, share buttons, navigation) and keep the article', () => {
    const html = [
      '<html><head><title>T</title></head><body>',
      '<nav><ul><li><a href="/law">Law &amp; Courts</a></li></ul></nav>',
      '<div class="site-menu"><a>World</a></div>',
      '<article><p>Chile and Peru signed the Lima Accord.</p>',
      '<div class="share">Share: <a href="#">X</a> <a href="#">Facebook</a> <br> <a href="#">Email</a></div>',
      '<p>Bolivia welcomed it.</p></article>',
      '<ul role="navigation"><li>Home</li></ul></body></html>',
    ].join('');
    expect(htmlToText(html).text).toBe('Chile and Peru signed the Lima Accord.\n\nBolivia welcomed it.');
  });
});
