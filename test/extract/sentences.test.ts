// Tests for kg/extract sentence splitting and tokenization: abbreviations, initials, quotes, datelines.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';
import { tokenize } from '../../src/extract/tokens.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  const cases: [string, string[]][] = [
    ['Mr. Smith met Gen. Jones in the U.S. capital. They talked.', ['Mr. Smith met Gen. Jones in the U.S. capital.', 'They talked.']],
    ['In the course of his Nov. 11 press conference, he spoke.', ['In the course of his Nov. 11 press conference, he spoke.']],
    ['“We will stay,” he said. “Nothing changes.” She agreed.', ['“We will stay,” he said.', '“Nothing changes.”', 'She agreed.']],
    ['MOSCOW, Russia – Russia said Thursday it would stay.\nHeadline without a period\n\nNext paragraph here.', ['MOSCOW, Russia – Russia said Thursday it would stay.', 'Headline without a period', 'Next paragraph here.']],
    ['John F. Kennedy visited Berlin. The crowd cheered!', ['John F. Kennedy visited Berlin.', 'The crowd cheered!']],
    ['Prices rose 3.5 percent. Analysts were surprised?', ['Prices rose 3.5 percent.', 'Analysts were surprised?']],
  ];
  for (const [text, expected] of cases) {
    it(`should split ${JSON.stringify(text.slice(0, 40))}`, () => expect(split(text)).toEqual(expected));
  }

  it('should return spans whose text is the exact slice of the document', () => {
    const text = '  First one.  Second one!\r\nThird one?  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });
});

describe('tokenize', () => {
  it('should keep dotted abbreviations and hyphenated models whole and split possessives', () => {
    const words = tokenize('The U.S. sent an Antonov-124 to Venezuela’s capital.').map((t) => t.text);
    expect(words).toEqual(['The', 'U.S.', 'sent', 'an', 'Antonov-124', 'to', 'Venezuela', '’s', 'capital', '.']);
  });

  it('should give offsets into the original text', () => {
    const text = 'Zakharova declared that Russia was “developing cooperation.”';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
