/** The seed pair (issue 3): a paraphrased draft of a BBC report against the original. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySuggestions, compare, type Suggestion } from '@galley/engine';

const root = new URL('../../seeds/', import.meta.url);
const draft = readFileSync(new URL('000_6302bc43854f0c3c.txt', root), 'utf8');
const reference = readFileSync(new URL('001_6904e82db721665d.txt', root), 'utf8');
const result = compare(draft, reference);

/** The suggestion whose draft span covers `text` (its first occurrence after `after`). */
function at(text: string, after = ''): Suggestion {
  const pos = draft.indexOf(text, after ? draft.indexOf(after) : 0);
  expect(pos, `${text} is in the draft`).toBeGreaterThanOrEqual(0);
  const found = result.find((s) => s.from <= pos && pos + text.length <= s.to && s.from < s.to);
  expect(found, `a suggestion covers ${text}`).toBeDefined();
  return found!;
}

describe('seed pair', () => {
  it('accepting everything restores the reference', () => {
    expect(applySuggestions(draft, result)).toBe(reference);
  });

  it('flags the mangled names as names', () => {
    const starmer = at('Kir Stmper');
    expect([starmer.kind, starmer.replacement, starmer.severity]).toEqual(['name', 'Keir Starmer', 'high']);
    const keer = at('Keer');
    expect([keer.kind, keer.replacement]).toEqual(['name', 'Keir']);
  });

  it('flags the garbled amounts as numbers', () => {
    for (const [text, amount] of [['700 meters', '£700m'], ['500 meters', '£500m']]) {
      const s = at(text);
      expect(s.kind).toBe('number');
      expect(s.severity).toBe('high');
      expect(reference.slice(s.refFrom - 1, s.refTo)).toContain(amount);
      expect(s.to - s.from, 'as tight as the amount').toBeLessThan(20);
    }
  });

  it('flags the changed words as wording (within a sentence-level rewrite where the sentence is rewritten)', () => {
    for (const [word, right] of [['Killed', 'struck'], ['conversation', 'negotiations']]) {
      const s = at(word);
      expect(s.kind).toBe('wording');
      expect(s.replacement).toContain(right);
    }
    expect(at('conversation').replacement, 'a lightly edited sentence keeps one-word suggestions').toBe('negotiations');
  });

  it('shows which words of a reworded sentence changed: "Killed" → "struck" is a part of its own', () => {
    const rewrite = at('Killed');
    const parts = (rewrite.parts ?? []).map((p) => [draft.slice(p.from, p.to), p.replacement]);
    expect(parts).toContainEqual(['Killed', 'struck']);
  });

  it('a party name replaced inside the rewrite is its own high-severity name: orthodox removed, Conservative added', () => {
    const s = at('orthodox');
    expect([draft.slice(s.from, s.to), s.replacement, s.kind, s.severity]).toEqual(['orthodox', 'Conservative', 'name', 'high']);
    expect(s.parts, 'one change throughout: the whole span is removed, the whole replacement added').toBeUndefined();
  });

  it('every number the reference writes and the draft does not lies inside a number suggestion', () => {
    const NUMBER = /\p{Nd}+(?:[.,:]\p{Nd}+)*\p{L}*/gu;
    const inDraft = new Set(draft.match(NUMBER) ?? []);
    for (const m of reference.matchAll(NUMBER)) {
      if (inDraft.has(m[0])) continue;
      const covered = result.some((s) => s.kind === 'number' && s.refFrom <= m.index && m.index + m[0].length <= s.refTo);
      expect(covered, `${m[0]} at ${m.index}`).toBe(true);
    }
  });

  it('reads swapped words in a quotation, marks and all, as one wording suggestion', () => {
    const s = at('fruit bearing');
    expect([draft.slice(s.from, s.to), s.replacement, s.kind]).toEqual(['“fruit bearing”', '"bearing fruit"', 'wording']);
  });

  it('turns a heavily rewritten sentence into one wording suggestion, keeping numbers apart', () => {
    const rewrite = at('Killed');
    expect(draft.slice(rewrite.from, rewrite.to).split(' ').length).toBeGreaterThan(8);
    expect(at('500 meters').kind).toBe('number');
  });

  it('flags curly quotes against straight ones as typography', () => {
    const quotes = result.filter((s) => /^[“”]$/.test(draft.slice(s.from, s.to)) && s.replacement === '"');
    expect(quotes.length).toBeGreaterThan(0);
    for (const s of quotes) expect([s.kind, s.severity]).toEqual(['typography', 'low']);
    const apostrophe = at('Macron’s');
    expect([apostrophe.kind, apostrophe.replacement]).toEqual(['typography', "Macron's"]);
  });

  it('reports the missing byline as missing', () => {
    const [first] = result;
    expect([first.from, first.to, first.kind, first.severity]).toEqual([0, 0, 'missing', 'high']);
    expect(first.replacement).toBe('Sam Francis\nPolitical reporter\nHenry Zeffman\nChief political correspondent\n');
  });
});
