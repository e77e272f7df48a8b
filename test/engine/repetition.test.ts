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
