// Extraction quality gates, scored with the shared scorer: the bundled corpus must stay complete and precise, and
// the fixture articles and the shared development set (each article built alone, counts pooled) must not fall below
// the figures measured when these floors were set (a regression guard, not the goals; see the README).
// Skips (loudly) only when ../shared is absent.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { devItems, fixtureItems, scoreItem, scoreSet, SCORER, SEEDS } from './score-extraction.js';

const available = existsSync(SCORER);
if (!available) console.warn('SCORE TESTS SKIPPED: ../shared/eval/score.mjs not found beside the repository');

describe.skipIf(!available)('extraction score', () => {
  it('should find every entity and relation of the bundled corpus, precisely', () => {
    const s = scoreItem(SEEDS)!;
    expect(s.entity_recall).toBe(1);
    expect(s.duplicates).toBe(0);
    expect(s.wrong_merges).toBe(0);
    expect(s.node_precision).toBeGreaterThanOrEqual(0.95);
    expect(s.relation_recall).toBe(1);
    expect(s.relation_kind_recall).toBeGreaterThanOrEqual(0.95);
    // (two edges the text states are not in the seeds gold: "MOSCOW, Russia (UPDATED) –" puts Moscow in Russia, and
    // Belarus is named part of the Union State; 36 of 38 edges)
    expect(s.edge_precision).toBeGreaterThanOrEqual(0.94);
    expect(s.evidence_verified).toBe(1);
  });

  it('should keep the fixture articles at their measured figures', () => {
    const s = scoreSet(fixtureItems());
    expect(s.entity_recall).toBeGreaterThanOrEqual(0.99);
    expect(s.node_precision).toBeGreaterThanOrEqual(0.87);
    expect(s.relation_recall).toBeGreaterThanOrEqual(0.88);
    // (.789 since a spokesperson also works for their body: the fixture gold names three spokespeople's countries but
    // not the ministries and department the texts say they speak for, so those works_for edges count as unsupported)
    expect(s.edge_precision).toBeGreaterThanOrEqual(0.78);
    expect(s.wrong_merges).toBeLessThanOrEqual(1);
  });

  it.skipIf(devItems().length === 0)('should keep the development set at its measured figures', () => {
    const s = scoreSet(devItems());
    expect(s.entity_recall).toBeGreaterThanOrEqual(0.94);
    expect(s.node_precision).toBeGreaterThanOrEqual(0.73);
    expect(s.relation_recall).toBeGreaterThanOrEqual(0.63);
    expect(s.edge_precision).toBeGreaterThanOrEqual(0.73);
  });
});
