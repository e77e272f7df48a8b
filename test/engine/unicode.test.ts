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

  it('a word in decomposed form (NFD, as macOS and PDFs give it) is the same word as in composed form', () => {
    const composed = 'The café and the naïve résumé, in Zürich.';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(compare(decomposed, composed)).toEqual([]);
    expect(compare(composed, decomposed, { typographyAsEqual: true })).toEqual([]);
    // A real change among them is still found, and accepting it writes the reference's own characters.
    const changed = decomposed.replace('naïve'.normalize('NFD'), 'naive');
    expect(compare(changed, composed).map((f) => `${changed.slice(f.from, f.to)}|${f.replacement} ${f.kind}`)).toEqual(['naive|naïve spelling']);
    const zurich = decomposed.replace('Zürich'.normalize('NFD'), 'Zurich');
    const fixes = compare(zurich, composed);
    expect(fixes.map((f) => f.replacement)).toEqual(['Zürich']);
    expect(applySuggestions(zurich, fixes).normalize('NFC')).toBe(composed);
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

describe('a long paragraph of a script written without spaces', () => {
  it('one unpunctuated line of 20,000 Chinese characters is segmented in windows and gives character-sized suggestions', () => {
    let seed = 5;
    const next = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 16777216;
    const reference = Array.from({ length: 20_000 }, () => String.fromCharCode(0x4e00 + Math.floor(next() * 2000))).join('');
    const at = [1_000, 9_999, 10_003, 15_500, 19_990];
    const draft = [...reference].map((c, i) => (at.includes(i) ? (c === '他' ? '她' : '他') : c)).join('');
    const tokens = tokenize(reference);
    expect(Array.from({ length: tokens.length }, (_, i) => tokenText(tokens, i)).join('')).toBe(reference);
    const result = compare(draft, reference);
    expect(applySuggestions(draft, result)).toBe(reference);
    expect(result.length).toBeGreaterThanOrEqual(at.length);
    expect(Math.max(...result.map((s) => s.to - s.from))).toBeLessThanOrEqual(8);
  });
});
