// test/reliability: shared checks of what must hold for any document, extraction and graph, whatever the
// extractor finds: evidence quotes the document at its offsets, claims point at entities, edges at nodes.
import { expect } from 'vitest';
import type { Extraction, KgDocument, KgGraph } from '../../src/model/types.js';

/** Asserts the extraction invariants of one document. */
export function expectValidExtraction(doc: KgDocument, x: Extraction): void {
  expect(x.doc.id).toBe(doc.id);
  expect(Number.isInteger(x.doc.words) && x.doc.words >= 0).toBe(true);
  const keys = new Set(x.entities.map((e) => e.key));
  expect(keys.size).toBe(x.entities.length);
  for (const c of x.claims) {
    expect(keys.has(c.subject)).toBe(true);
    expect(keys.has(c.object)).toBe(true);
    expect(c.evidence.doc).toBe(doc.id);
    expect(c.evidence.start).toBeGreaterThanOrEqual(0);
    expect(c.evidence.end).toBeLessThanOrEqual(doc.text.length);
    expect(c.evidence.text).toBe(doc.text.slice(c.evidence.start, c.evidence.end));
  }
  // JSON-serialisable (the cache and the workers depend on it)
  expect(JSON.parse(JSON.stringify(x))).toEqual(x);
}

/** Asserts the graph invariants: edge endpoints exist, evidence quotes its document. */
export function expectValidGraph(graph: KgGraph, texts: Map<string, string>): void {
  graph.forEachEdge((edge, a, source, target) => {
    expect(graph.hasNode(source), edge).toBe(true);
    expect(graph.hasNode(target), edge).toBe(true);
    for (const ev of a.evidence) {
      const text = texts.get(ev.doc);
      expect(text, `evidence of ${edge} names unknown document ${ev.doc}`).toBeDefined();
      expect(ev.text).toBe(text!.slice(ev.start, ev.end));
    }
  });
  graph.forEachNode((n, a) => {
    expect(typeof a.label).toBe('string');
    expect(Number.isFinite(a.x ?? 0) && Number.isFinite(a.y ?? 0)).toBe(true);
  });
}
