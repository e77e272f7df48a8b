/** The tokenizer's fast path for plain ASCII cuts exactly what its regular expression defines. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, TOKEN, tokenize, tokenText, words } from '@galley/engine/tokenize';

/** The tokens TOKEN alone finds (texts without unspaced scripts, which the segmenter cuts further). */
function byDefinition(text: string): string[] {
  return Array.from(text.matchAll(new RegExp(TOKEN.source, 'gu')), (m) => m[0]);
}

const tokensOf = (text: string): string[] => {
  const t = tokenize(text);
  return Array.from({ length: t.length }, (_, i) => tokenText(t, i));
};

/** Characters where the fast path hands over to the expression: joiners, marks, non-ASCII letters, digits and spaces. */
const PIECES = [
  'a', 'Z', 'x', '7', '0', "'", '\u2019', '.', ',', ':', '-', '!', '"', ' ', '\n', '\t', '\u00A0', '\u3000',
  'é', 'e\u0301', '\u0301', '٣', '१', 'ß', '😀', '👍🏽', '\u200D', '\uFE0F', '🇫🇷', '\uD83D', '\u0000', 'Ω',
];

describe('tokenize', () => {
  it('cuts any text as TOKEN defines it, whatever mix of ASCII and other characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(tokensOf(text)).toEqual(byDefinition(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps times, decimals and grouped numbers whole, and only joins separators between digits', () => {
    expect(tokensOf('at 4:30, 1,500 and 1.5; 12:30:45 p.m. 3.')).toEqual(
      ['at', '4:30', ',', '1,500', 'and', '1.5', ';', '12:30:45', 'p', '.', 'm', '.', '3', '.'],
    );
    expect(tokensOf("don't 1's rock'n'roll 'quoted' a:b")).toEqual(
      ["don't", "1's", "rock'n'roll", "'", 'quoted', "'", 'a', ':', 'b'],
    );
  });

  it('cuts a script without spaces apart from the digits and Latin letters beside it, but keeps a time whole', () => {
    expect(tokensOf('人口は約1300万人です')).toEqual(['人口', 'は', '約', '1300', '万人', 'です']);
    expect(tokensOf('用iPhone拍照，下午4:30开始')).toEqual(['用', 'iPhone', '拍照', '，', '下午', '4:30', '开始']);
  });

  it('words and countWords agree with the tokens', () => {
    const text = "It's 4:30 — 北京天安门 and café.";
    const w = words(text);
    expect(w.map((x) => x.text)).toEqual(["It's", '4:30', '北京', '天安门', 'and', 'café']);
    expect(w.every((x) => text.slice(x.index, x.index + x.text.length) === x.text)).toBe(true);
    expect(countWords(text)).toBe(w.length);
  });

  it('grows past its first guess of the token count', () => {
    const text = '. '.repeat(5000) + 'a,'.repeat(5000);
    const t = tokenize(text);
    expect(t.length).toBe(15_000);
    expect(tokensOf(text)).toEqual(byDefinition(text));
  });
});
