// Every extraction rule carries its own examples: each verb frame and phrase rule must fire on its `fires` sentences
// and stay silent on its `silent` ones. Also checks that rule ids are unique kebab-case names and patterns compile.
import { describe, expect, it } from 'vitest';
import { extractWithTrace } from '../../src/extract/extract-document.js';
import { EVALUATION_EXAMPLES } from '../../src/extract/relations/evaluations.js';
import { VERB_FRAMES } from '../../src/extract/relations/verb-frames.js';
import { compilePattern, matchAll, mayMatch } from '../../src/extract/rules/pattern.js';
import type { Token } from '../../src/extract/tokens.js';
import { PHRASE_RULES } from '../../src/extract/rules/phrase-rules.js';

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The rule ids of the claims made from one sentence, and of rules that did their work without a claim (a title). */
function rulesFired(sentence: string): string[] {
  const { extraction, trace } = extractWithTrace({ id: 'example.txt', text: sentence, date: '2024-06-03' });
  const given = [...trace.phrase.values()].flat().filter((t) => t.reason?.startsWith('title ')).map((t) => `phrase:${t.rule}`);
  return [...extraction.claims.map((c) => c.rule), ...given];
}

const firedBy = (rules: string[], id: string): boolean => rules.some((r) => r === id || r.startsWith(`${id}+`));

describe('verb frames', () => {
  it('should have unique kebab-case ids', () => {
    const ids = VERB_FRAMES.map((f) => f.id);
    for (const id of ids) expect(id).toMatch(KEBAB);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const frame of VERB_FRAMES) {
    for (const sentence of frame.fires) {
      it(`should fire verb:${frame.id} on "${sentence}"`, () => {
        expect(rulesFired(sentence), sentence).toSatisfy((rules: string[]) => firedBy(rules, `verb:${frame.id}`));
      });
    }
    for (const sentence of frame.silent) {
      it(`should keep verb:${frame.id} silent on "${sentence}"`, () => {
        expect(firedBy(rulesFired(sentence), `verb:${frame.id}`), sentence).toBe(false);
      });
    }
  }
});

describe('phrase rules', () => {
  it('should have unique kebab-case ids and patterns that compile', () => {
    const ids = PHRASE_RULES.map((r) => r.id);
    for (const id of ids) expect(id).toMatch(KEBAB);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of PHRASE_RULES) expect(() => compilePattern(r.pattern)).not.toThrow();
  });
  it('should refuse a form written before further types, which would read them as part of the form', () => {
    expect(() => compilePattern('x:@Place.!region|Organization y')).toThrow(/after the types/);
    expect(() => compilePattern('x:@Organization|Place.!region y')).not.toThrow();
  });
  it('should read an escaped bracket or stop among alternative words as that literal', () => {
    const p = compilePattern('x (,|\\.|\\)|\\() y');
    const input = (middle: string) => {
      const tokens = ['x', middle, 'y'].map((w) => ({ lower: w }) as Token);
      return { tokens, names: [], titles: [] };
    };
    for (const middle of [',', '.', ')', '(']) expect(matchAll(p, input(middle))).toHaveLength(1);
    expect(matchAll(p, input('\\('))).toHaveLength(0);
  });
  it('should rule a pattern out of a sentence that lacks one of its required words or lemmas, and only then', () => {
    const p = compilePattern('x:@Person , (a|an)? <kill> victim:@Person (by)? in');
    const words = (ws: string) => new Set(ws.split(' '));
    expect(mayMatch(p, new Set(['Person']), words(', killed in'), words(', kill in'))).toBe(true);
    expect(mayMatch(p, new Set(['Person']), words(', killed at'), words(', kill at'))).toBe(false);
    expect(mayMatch(p, new Set(['Person']), words(', shot in'), words(', shoot in'))).toBe(false);
    expect(mayMatch(p, new Set(['Country']), words(', killed in'), words(', kill in'))).toBe(false);
  });
  for (const rule of PHRASE_RULES) {
    it(`should carry at least one firing example for phrase:${rule.id}`, () => {
      expect(rule.fires.length).toBeGreaterThan(0);
    });
    for (const sentence of rule.fires) {
      it(`should fire phrase:${rule.id} on "${sentence}"`, () => {
        expect(rulesFired(sentence), sentence).toSatisfy((rules: string[]) => firedBy(rules, `phrase:${rule.id}`));
      });
    }
    for (const sentence of rule.silent) {
      it(`should keep phrase:${rule.id} silent on "${sentence}"`, () => {
        expect(firedBy(rulesFired(sentence), `phrase:${rule.id}`), sentence).toBe(false);
      });
    }
  }
});

describe('evaluations', () => {
  for (const [sentence, type] of EVALUATION_EXAMPLES.fires) {
    it(`should read a ${type} stance in "${sentence}"`, () => {
      const { extraction } = extractWithTrace({ id: 'example.txt', text: sentence, date: '2024-06-03' });
      expect(extraction.claims.some((c) => c.rule.startsWith('evaluation:') && c.type === type), sentence).toBe(true);
    });
  }
  for (const sentence of EVALUATION_EXAMPLES.silent) {
    it(`should read no stance in "${sentence}"`, () => {
      const { extraction } = extractWithTrace({ id: 'example.txt', text: sentence, date: '2024-06-03' });
      expect(extraction.claims.some((c) => c.rule.startsWith('evaluation:')), sentence).toBe(false);
    });
  }
});
