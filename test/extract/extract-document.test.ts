// Behaviour tests for kg/extract driven by test/fixtures/extract-cases.json: entities, relations, agreements
// and dates expected from short texts, plus the evidence invariant on every fixture article.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { parseDocument } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/model/types.js';
import { foldName } from '../../src/util/fold.js';

interface Case {
  name: string;
  text: string;
  date?: string;
  entities?: [string, string][];
  notEntities?: string[];
  relations?: [string, string, string][];
  notRelations?: [string, string, string][];
  /** Pairs of names that must be the same entity. */
  sameEntity?: [string, string][];
  /** Agreement label and signing date (null: none). */
  agreements?: [string, string | null][];
  /** Agreement label and the date it was made (not signed). */
  agreementDates?: [string, string][];
  dates?: [string, string][];
  sources?: [string, string][];
}

const FIXTURES = join(import.meta.dirname, '../fixtures');
const cases = JSON.parse(readFileSync(join(FIXTURES, 'extract-cases.json'), 'utf8')) as Case[];

const namesOf = (x: Extraction, key: string): string[] => {
  const e = x.entities.find((y) => y.key === key);
  return e ? [e.name, ...e.aliases].map(foldName) : [];
};
const hasRelation = (x: Extraction, [s, type, o]: [string, string, string]): boolean =>
  x.claims.some((c) => c.type === type && namesOf(x, c.subject).includes(foldName(s)) && namesOf(x, c.object).includes(foldName(o)));

describe('extractDocument', () => {
  for (const c of cases) {
    it(`should handle ${c.name}`, () => {
      const x = extractDocument({ id: 'case.txt', text: c.text, ...(c.date ? { date: c.date } : {}) });
      const all = x.entities.flatMap((e) => [e.name, ...e.aliases].map(foldName));
      for (const [name, type] of c.entities ?? []) {
        const e = x.entities.find((y) => [y.name, ...y.aliases].map(foldName).includes(foldName(name)));
        expect(e, `entity ${name}`).toBeDefined();
        expect(e!.type).toBe(type);
      }
      for (const name of c.notEntities ?? []) expect(all, `no entity ${name}`).not.toContain(foldName(name));
      for (const r of c.relations ?? []) expect(hasRelation(x, r), `relation ${r.join(' ')}`).toBe(true);
      for (const r of c.notRelations ?? []) expect(hasRelation(x, r), `no relation ${r.join(' ')}`).toBe(false);
      for (const [label, signed] of c.agreements ?? []) {
        const a = x.entities.find((e) => e.type === 'Agreement' && e.name === label);
        expect(a, `agreement ${label}`).toBeDefined();
        expect(a!.signed).toBe(signed ?? undefined);
      }
      for (const [label, date] of c.agreementDates ?? [])
        expect(x.entities.find((e) => e.type === 'Agreement' && e.name === label)?.date, `date of ${label}`).toBe(date);
      for (const [a, b] of c.sameEntity ?? []) {
        const holder = (name: string) => x.entities.find((y) => [y.name, ...y.aliases].map(foldName).includes(foldName(name)))?.key;
        expect(holder(a), `${a} and ${b} are one entity`).toBeDefined();
        expect(holder(a)).toBe(holder(b));
      }
      for (const [type, date] of c.dates ?? []) expect(x.claims.find((cl) => cl.type === type)?.date, `date of ${type}`).toBe(date);
      for (const [type, speaker] of c.sources ?? []) {
        const claim = x.claims.find((cl) => cl.type === type);
        expect(claim?.source && namesOf(x, claim.source), `source of ${type}`).toContain(foldName(speaker));
      }
    });
  }

  it('should quote every claim exactly from its document (all fixture articles)', () => {
    const dir = join(FIXTURES, 'articles');
    for (const file of readdirSync(dir)) {
      const { doc } = parseDocument(file, readFileSync(join(dir, file), 'utf8'), file.slice(file.lastIndexOf('.')));
      const x = extractDocument(doc);
      expect(x.claims.length).toBeGreaterThan(0);
      for (const c of x.claims) {
        expect(c.evidence.text).toBe(doc.text.slice(c.evidence.start, c.evidence.end));
        expect(x.entities.some((e) => e.key === c.subject) && x.entities.some((e) => e.key === c.object)).toBe(true);
      }
    }
  });
});
