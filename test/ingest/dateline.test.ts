// test/ingest: publication dates from datelines: full dates, and a wire dateline without its year completed with the
// year the text names most (years it looks ahead to left out). Fixture in test/fixtures/datelines.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datelineWithTextYear, findDateline, readDocuments } from '../../src/ingest/index.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'datelines');

describe('datelines', () => {
  it('should read a full dateline and refuse a month and day alone', () => {
    expect(findDateline('KAZAN, Russia, Oct. 23, 2024 — Leaders met.')).toBe('2024-10-23');
    expect(findDateline('LUANDA, Nov 6 (Agency) - Leaders met in 2025.')).toBeUndefined();
  });

  it('should complete a dateline without its year with the year the story is told in, not one it looks ahead to', () => {
    const [doc] = readDocuments([join(FIXTURES, 'wire-no-year.txt')]).documents;
    expect(doc!.date).toBe('2025-11-06');
    expect(doc!.dateFrom).toBe('dateline-text-year');
  });

  it('should take the most named year, and leave range ends, targets and deadlines out', () => {
    expect(datelineWithTextYear('OSLO, 14 May (Agency) - The 2024 budget, like the 2024 plan, failed in 2023.')).toBe('2024-05-14');
    expect(datelineWithTextYear('OSLO, May 14 - The 2025-2029 term ends; a referendum is postponed until 2029, bonds fall due in 2031.')).toBe('2025-05-14');
    expect(datelineWithTextYear('OSLO, May 14 - No year is named here.')).toBeUndefined();
    expect(datelineWithTextYear('A story from 2020 with no dateline at all.')).toBeUndefined();
  });
});
