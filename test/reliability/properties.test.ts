// test/reliability: property tests (fast-check) on arbitrary input: decoding, ingest and extraction never
// throw; evidence quotes the document at its offsets; every edge of the assembled graph joins two nodes.
// Run counts are kept moderate (NUM_RUNS) so the suite stays fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphFromExtractions } from '../../src/build.js';
import { extractDocument } from '../../src/extract/index.js';
import { decodeBytes, parseDocument } from '../../src/ingest/index.js';
import { expectValidExtraction, expectValidGraph } from './invariants.js';

export const NUM_RUNS = { bytes: 500, ingest: 500, extractUnicode: 500, extractNewsLike: 300, graph: 50 };

const VOCABULARY = [
  'Russia', 'Venezuela', 'the United States', 'China', 'Moscow', 'Caracas', 'Nicolás Maduro', 'Juan Guaidó', 'Sergei Lavrov',
  'President', 'Foreign Minister', 'spokeswoman', 'the Kremlin', 'the Treaty on Strategic Partnership', 'agreement', 'signed',
  'ratified', 'supports', 'opposes', 'accused', 'visited', 'met', 'said', 'on Tuesday', 'in May 2001', 'in 2019', 'and', 'of',
  'with', 'the', 'a', 'its', 'they', 'he', 'she', 'we', '“', '”', '"', '’s', ',', '.', '!', '?', ';', '—', '(', ')', '\n', '\n\n',
  '\r\n', 'U.S.', 'Dr.', 'Mr.', '😀', '<b>', '&amp;', '\u0000', '\uFFFD', 'é', 'ß', 'Ünal',
  // shapes later rules look for
  'The', 'al-Sisi', 'Abdel Fattah', '(PKK)', 'PKK', "Kurdistan Workers' Party", 'NATO member', 'Vice Premier', 'the Islamic Republic',
  'the purchase', 'a 2019 memorandum', 'Share on Facebook', 'the Minsk Agreements', '(Reporting by', 'WASHINGTON (AP) —', "Iran's",
  'Ministry of Commerce', 'Commerce Minister', 'the country', 'signed with', ', the chipmaker', 'to review', '20-month', 'praised',
  'Plan of Action', 'between the governments of', 'on Monday', 'any deal', 'inked', 'Ulaanbaatar', 'UPDATED', 'Officials', 'Both',
  'Nairobi-based', 'East African', 'China Road and Bridge Corporation', 'the bank\'s', 'Treasury', 'spokeswoman', 'counterpart,',
];

const unicodeText = fc.string({ unit: 'binary', maxLength: 400 });
const newsLikeText = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 120 }).map((words) => words.join(' '));
const anyText = fc.oneof(unicodeText, newsLikeText);

describe('properties of ingest', () => {
  it(`should decode any bytes without throwing (${NUM_RUNS.bytes} runs)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const d = decodeBytes(bytes);
        expect(typeof d.text).toBe('string');
        if (d.binary) expect(d.text).toBe('');
      }),
      { numRuns: NUM_RUNS.bytes, seed: 8 },
    );
  });

  it(`should parse any text as .txt, .md or .html without throwing (${NUM_RUNS.ingest} runs)`, () => {
    const withFrontMatter = fc.tuple(anyText, anyText).map(([fm, body]) => `---\n${fm}\n---\n${body}`);
    fc.assert(
      fc.property(fc.oneof(anyText, withFrontMatter), fc.constantFrom('.txt', '.md', '.html'), (raw, ext) => {
        const { doc, warnings } = parseDocument('doc.x', raw, ext);
        expect(typeof doc.text).toBe('string');
        expect(Array.isArray(warnings)).toBe(true);
        if (ext === '.txt') expect(doc.text).toBe(raw);
        if (doc.date) expect(doc.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      }),
      { numRuns: NUM_RUNS.ingest, seed: 9 },
    );
  });
});

describe('properties of extraction', () => {
  it(`should extract any Unicode text without throwing, evidence quoting the text (${NUM_RUNS.extractUnicode} runs)`, () => {
    fc.assert(
      fc.property(unicodeText, (text) => {
        const doc = { id: 'doc.txt', text };
        expectValidExtraction(doc, extractDocument(doc));
      }),
      { numRuns: NUM_RUNS.extractUnicode, seed: 10 },
    );
  });

  it(`should extract news-like text, evidence quoting the text (${NUM_RUNS.extractNewsLike} runs)`, () => {
    fc.assert(
      fc.property(newsLikeText, fc.option(fc.constantFrom('2019-03-28', '2025-11-11')), (text, date) => {
        const doc = { id: 'news.md', text, ...(date ? { date } : {}) };
        expectValidExtraction(doc, extractDocument(doc));
      }),
      { numRuns: NUM_RUNS.extractNewsLike, seed: 11 },
    );
  });

  it(`should assemble graphs whose edges join existing nodes (${NUM_RUNS.graph} runs of 1-4 documents)`, () => {
    fc.assert(
      fc.property(fc.array(newsLikeText, { minLength: 1, maxLength: 4 }), (texts) => {
        const docs = texts.map((text, i) => ({ id: `d${i}.txt`, text }));
        const graph = graphFromExtractions(docs.map(extractDocument), { enrich: { iterations: 5 } });
        expectValidGraph(graph, new Map(docs.map((d) => [d.id, d.text])));
      }),
      { numRuns: NUM_RUNS.graph, seed: 12 },
    );
  });
});
