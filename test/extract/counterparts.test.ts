// test/extract: a counterpart's office is named after the office of the one they are matched with ("her Latvian
// counterpart" of a foreign minister is Latvia's foreign minister), in the claim's label and the holder's title.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const run = (text: string) => extractDocument({ id: 't.txt', text });

describe('counterparts', () => {
  it("should give a counterpart the office of the one named with them, in the counterpart's country", () => {
    const x = run("Estonia's foreign minister, Ana Lind, met her Latvian counterpart, Bo Marek, in Geneva on Monday.");
    const office = x.claims.filter((c) => c.subject === 'p:bo marek' && c.type === 'holds_office');
    expect(office.length).toBeGreaterThan(0);
    for (const c of office) expect([c.object, c.label]).toEqual(['c:LVA', 'Foreign Minister of']);
    expect(x.entities.find((e) => e.key === 'p:bo marek')?.title).toBe('Foreign Minister');
  });

  it('should leave "Counterpart of" when the sentence names no other office, or two', () => {
    const x = run('Ana Lind met her Latvian counterpart, Bo Marek, in Geneva on Monday.');
    const office = x.claims.find((c) => c.subject === 'p:bo marek' && c.type === 'holds_office');
    expect(office?.label).toBe('Counterpart of');
  });
});
