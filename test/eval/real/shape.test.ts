import { describe, expect, it } from 'vitest';
import type { Change } from './changes';
import { abuttingPairs, edgesInsideWords, mergedHunks } from './shape';

const change = (from: number, to: number, refFrom: number, refTo: number, replacement = ''): Change => ({ id: `${from}`, from, to, refFrom, refTo, replacement });

describe('mergedHunks', () => {
  it('merges word-diff changes separated only by whitespace', () => {
    const hunks = mergedHunks('the Con\n, servatives sat', 'the Con-\nservatives sat');
    expect(hunks).toHaveLength(1);
  });

  it('keeps changes apart when a word separates them', () => {
    expect(mergedHunks('a cat sat on teh mat', 'a dog sat on the mat')).toHaveLength(2);
  });

  it('finds no hunk in equal texts', () => {
    expect(mergedHunks('same text', 'same text')).toEqual([]);
  });
});

describe('abuttingPairs', () => {
  it('counts a change ending where the next begins in both texts', () => {
    expect(abuttingPairs([change(5, 8, 5, 9), change(0, 4, 0, 4), change(8, 9, 9, 9)]).map(([a, b]) => [a.from, b.from])).toEqual([[5, 8]]);
  });

  it('does not count changes that touch in the draft only', () => {
    expect(abuttingPairs([change(0, 4, 0, 4), change(4, 6, 6, 7)])).toEqual([]);
  });
});

describe('edgesInsideWords', () => {
  const draft = 'St Luke s Oval';
  const reference = "St. Luke's Oval";
  it('counts an edge that cuts a word of either text, once per edge', () => {
    // "Luke" → "Luke's": both edges fall on word ends in both texts.
    expect(edgesInsideWords(draft, reference, [change(3, 7, 4, 10)])).toBe(0);
    // " s" deleted, reference empty at 8 (inside "Luke's"? no: between "Luke" and "'s", after e and before ').
    expect(edgesInsideWords(draft, reference, [change(7, 9, 8, 8)])).toBe(0);
    // "uke" alone: the start cuts "Luke" in both texts, the end does not.
    expect(edgesInsideWords(draft, reference, [change(4, 7, 5, 8)])).toBe(1);
    // an insertion inside a reference word counts at both edges.
    expect(edgesInsideWords('ab', 'axb', [change(1, 1, 1, 2)])).toBe(2);
  });
});
