/** Unicode and odd inputs: accents, surrogate pairs, scripts without spaces, RTL, no punctuation, long lines, empty texts. */

import { describe, expect, it } from 'vitest';
import { applySuggestions, compare } from '@galley/engine';
import { tokenize, tokenText } from '@galley/engine/tokenize';
import { isMangledName, isMisspelling } from '@galley/engine/similarity';
import { show } from './show';

describe('unicode', () => {
  it('an accent slip is one spelling suggestion on the whole word', () => {
    expect(show('Il a visité le café à Zurich.', 'Il a visité le cafe à Zürich.'))
      .toEqual(['café|cafe spelling', 'Zurich|Zürich name']);
  });

  it('never splits an emoji, a flag or a skin-tone sequence', () => {
    const tokens = tokenize('ok 👍🏽 🇫🇷 👨‍👩‍👧 e\u0301');
    expect(Array.from({ length: tokens.length }, (_, i) => tokenText(tokens, i))).toEqual(['ok', '👍🏽', '🇫🇷', '👨‍👩‍👧', 'e\u0301']);
    expect(show('great 👍 news', 'great 👍🏽 news')).toEqual(['👍|👍🏽 wording']);
  });

  it('cuts Chinese and Japanese into words', () => {
    const tokens = tokenize('我爱北京天安门。');
    expect(Array.from({ length: tokens.length }, (_, i) => tokenText(tokens, i))).toEqual(['我', '爱', '北京', '天安门', '。']);
    const result = show('我爱上海天安门。', '我爱北京天安门。');
    expect(result).toEqual(['上海|北京 wording']);
  });

  it('compares right-to-left text', () => {
    expect(show('שלום עולם יפה', 'שלום עולם')).toEqual([' יפה| extra']);
  });

  it('copes with no sentence punctuation at all and with one very long line', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `word${i % 97}x${i}`);
    const reference = words.join(' ');
    const draft = words.map((w, i) => (i % 500 === 7 ? w.replace('word', 'wrod') : w)).join(' ');
    const result = compare(draft, reference);
    expect(result).toHaveLength(10);
    expect(applySuggestions(draft, result)).toBe(reference);
  });

  it('never tests a token of more than 64 letters for a slip (the test is quadratic); such a token still compares', () => {
    expect(isMisspelling(`${'x'.repeat(64)}`, `${'x'.repeat(63)}y`)).toBe(true);
    expect(isMisspelling(`${'x'.repeat(65)}`, `${'x'.repeat(64)}y`)).toBe(false);
    expect(isMangledName(`${'X'.repeat(65)}`, `${'X'.repeat(64)}y`)).toBe(false);
    const long = 'x'.repeat(60_000);
    expect(show(long, `${long}y`)).toEqual([`${long}|${long}y wording`]);
  });

  it('handles empty texts', () => {
    expect(compare('', '')).toEqual([]);
    expect(show('', 'Some text.')).toEqual(['|Some text. missing']);
    expect(show('Some text.', '')).toEqual(['Some text.| extra']);
    expect(show('   ', '')).toEqual(['   | typography']);
  });
});
