import { describe, expect, it } from 'vitest';
import { flaggedWords, scoreWords, wordSpans } from './words';

describe('flaggedWords (the README rule)', () => {
  const text = 'one two  three';
  const words = wordSpans(text);

  it('a change over non-space characters flags the words it covers, not those it touches', () => {
    expect([...flaggedWords(text, words, [{ from: 4, to: 5 }])]).toEqual([1]);
    expect([...flaggedWords(text, words, [{ from: 2, to: 5 }])].sort()).toEqual([0, 1]);
  });

  it('a space-only change or an insertion flags the words it touches', () => {
    expect([...flaggedWords(text, words, [{ from: 7, to: 9 }])].sort()).toEqual([1, 2]);
    expect([...flaggedWords(text, words, [{ from: 3, to: 3 }])]).toEqual([0]);
    expect([...flaggedWords(text, words, [{ from: 5, to: 5 }])]).toEqual([1]);
  });
});

describe('scoreWords', () => {
  const draft = 'tbe cat sat on mat. Excluded junk here';
  const truth = { errorChars: [[1, 2]] as const, insertAt: [15], exclude: [[20, 38]] as const };

  it('scores flagged words against the truth', () => {
    // True errors: "tbe" (a changed letter) and "mat." (the insertion at 15 touches it).
    expect(scoreWords(draft, truth, [{ from: 0, to: 3 }, { from: 4, to: 7 }])).toMatchObject({ flagged: 2, errors: 2, hits: 1, missed: [{ from: 15, to: 19 }], wrong: [{ from: 4, to: 7 }] });
  });

  it('leaves excluded words out of both sides', () => {
    expect(scoreWords(draft, truth, [{ from: 20, to: 28 }])).toMatchObject({ flagged: 0, errors: 2, hits: 0 });
  });
});
