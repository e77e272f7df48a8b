/** Texts whose words are nearly all repeated: no token is unique, yet changes stay word-sized. */

import { describe, expect, it } from 'vitest';
import { applySuggestions, compare } from '@galley/engine';

const PARAGRAPH = 'The Harbour Bridge will close to all traffic for at least fourteen weeks from Monday, the council has confirmed.';

describe('repetitive texts', () => {
  it('a paragraph repeated hundreds of times, with a slip in some copies: one suggestion per slip', () => {
    const reference = Array.from({ length: 300 }, () => PARAGRAPH).join('\n');
    const draft = reference.split('\n').map((p, i) => (i % 9 === 4 ? p.replace('traffic', 'trafic') : p)).join('\n');
    const result = compare(draft, reference);
    expect(applySuggestions(draft, result)).toBe(reference);
    expect(result).toHaveLength(Math.ceil((300 - 4) / 9));
    expect(result.every((s) => draft.slice(s.from, s.to) === 'trafic' && s.replacement === 'traffic' && s.kind === 'spelling')).toBe(true);
  });

  it('a repeated sentence with two copies reworded into words found everywhere: one wording suggestion on each', () => {
    const copies = Array.from({ length: 200 }, () => `${PARAGRAPH} It rained.`);
    const reference = copies.join(' ');
    const draft = copies.map((c, i) => (i === 60 || i === 140 ? c.replace('fourteen weeks', 'fourteen traffic') : c)).join(' ');
    const result = compare(draft, reference);
    expect(applySuggestions(draft, result)).toBe(reference);
    expect(result.map((s) => `${draft.slice(s.from, s.to)}|${s.replacement} ${s.kind}`)).toEqual(['traffic|weeks wording', 'traffic|weeks wording']);
  });

  it('every sentence pasted twice: the copies are extra whole sentences (which copy of each is interchangeable)', () => {
    const sentences = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} tells of the ${['harbour', 'bridge', 'council', 'winter'][i % 4]} once more.`);
    const reference = sentences.join(' ');
    const draft = sentences.map((t) => `${t} ${t}`).join(' ');
    const result = compare(draft, reference);
    expect(applySuggestions(draft, result)).toBe(reference);
    expect(result.every((s) => s.kind === 'extra')).toBe(true);
    const extras = result.map((s) => draft.slice(s.from, s.to).trim());
    expect(extras.every((t) => /^(?:Sentence number \d+ tells of the \w+ once more\. ?)+$/.test(t))).toBe(true);
    expect(extras.join(' ').split('. ').length).toBe(sentences.length);
  });
});

describe('texts of a few distinct words', () => {
  /** A fixed pseudo-random sequence (mulberry32), so the case is the same on every run. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('"a b" repeated against "b a" repeated: one word missing at the start, one extra at the end', () => {
    const draft = 'a b '.repeat(20_000);
    const reference = 'b a '.repeat(20_000);
    const result = compare(draft, reference);
    expect(applySuggestions(draft, result)).toBe(reference);
    expect(result.map((s) => [s.from, s.kind])).toEqual([[0, 'missing'], [draft.length - 3, 'extra']]);
  });

  it('two words in random order with one in a hundred changed: each change is found on its own (anchored on unique runs of words)', () => {
    const next = random(7);
    const words = Array.from({ length: 20_000 }, () => (next() < 0.5 ? 'a' : 'b'));
    const changed = words.map((w) => (next() < 0.01 ? (w === 'a' ? 'b' : 'a') : w));
    const changes = words.filter((w, i) => w !== changed[i]).length;
    const draft = words.join(' ');
    const reference = changed.join(' ');
    const result = compare(draft, reference);
    expect(applySuggestions(draft, result)).toBe(reference);
    // Adjacent changes may read as one, and a lone flip may align as a shift; never one sweeping change.
    expect(result.length).toBeGreaterThan(changes * 0.8);
    expect(Math.max(...result.map((s) => s.to - s.from))).toBeLessThan(100);
  });
});
