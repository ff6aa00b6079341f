// Tests for kg/extract date resolution against the document date: never a guessed year.
import { describe, expect, it } from 'vitest';
import { findDates, parseDocDate } from '../../src/extract/dates.js';

const resolve = (text: string, doc?: string): string[] => findDates(text, 0, text.length, parseDocDate(doc)).map((d) => d.iso);

describe('findDates', () => {
  const cases: [string, string | undefined, string[]][] = [
    ['signed in May, 2001', '2019-03-28', ['2001-05']],
    ['It was signed in May during the visit', '2025-11-11', ['2025-05']],
    ['landed on Saturday, March 23, and', '2019-03-28', ['2019-03-23']],
    ['Russia said Thursday it would stay', '2019-03-28', ['2019-03-28']],
    ['they met last December', '2019-03-28', ['2018-12']],
    ['In 2011, Russia gave Venezuela a loan', '2019-03-28', ['2011']],
    ['March 28, 2019 was a Thursday', undefined, ['2019-03-28']],
    ['It was signed in May', undefined, []],
    ['on Saturday they left', undefined, []],
    ['around 100 troops and 2,000 tonnes', '2019-03-28', []],
    ['first announced in May of last year', '2023-11-22', ['2022-05']],
    ['due in March of next year', '2023-11-22', ['2024-03']],
    ['agreed with Namibia three years ago', '2024-01-26', ['2021']],
    ['a year ago and 14 months ago', '2024-01-26', ['2023', '2022-11']],
    ['it happened years ago', '2024-01-26', []],
    ['three years ago', undefined, []],
  ];
  for (const [text, doc, expected] of cases) {
    it(`should resolve ${JSON.stringify(text)} against ${doc ?? 'no date'}`, () => expect(resolve(text, doc)).toEqual(expected));
  }
});
