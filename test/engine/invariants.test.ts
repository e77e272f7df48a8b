/** The engine's invariants, as property tests over generated inputs. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestions, compare, SUGGESTION_KINDS, type Suggestion } from '@galley/engine';
import { foldTypography } from '@galley/engine/typography';
import { anyPair, referenceText, textPair } from './arbitraries';

const RUNS = { numRuns: 400 };
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Whether offset `pos` cuts a word, a surrogate pair or a combining sequence. */
function cutsWord(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return false;
  const before = text[pos - 1];
  const after = text[pos];
  if (/[\uD800-\uDBFF]/.test(before) && /[\uDC00-\uDFFF]/.test(after)) return true;
  if (/^\p{M}$/u.test(after)) return true;
  // Scripts without spaces are cut at Intl.Segmenter word boundaries, and apart
  // from digits and letters beside them: a character test cannot see those;
  // the tokenizer's own tests cover them.
  if (NO_SPACE_SCRIPT.test(before) || NO_SPACE_SCRIPT.test(after)) return false;
  return WORD_CHAR.test(before) && WORD_CHAR.test(after);
}

/** Sorted, non-overlapping, inside the draft, at most one insertion per offset, unique ids, true replacements. */
function expectWellFormed(draft: string, reference: string, result: readonly Suggestion[]): void {
  let pos = 0;
  let lastInsertion = -1;
  for (const s of result) {
    expect(s.from).toBeGreaterThanOrEqual(pos);
    expect(s.to).toBeGreaterThanOrEqual(s.from);
    expect(s.to).toBeLessThanOrEqual(draft.length);
    if (s.from === s.to) {
      expect(s.from).not.toBe(lastInsertion); // at most one insertion per offset
      lastInsertion = s.from;
    }
    expect(reference.slice(s.refFrom, s.refTo)).toBe(s.replacement);
    pos = s.to;
  }
  expect(new Set(result.map((s) => s.id)).size).toBe(result.length);
}

/** No suggestion edge inside a word, on either text. */
function expectWholeWords(draft: string, reference: string, result: readonly Suggestion[]): void {
  for (const s of result) {
    expect(cutsWord(draft, s.from), `from ${s.from} in ${JSON.stringify(draft)}`).toBe(false);
    expect(cutsWord(draft, s.to), `to ${s.to}`).toBe(false);
    expect(cutsWord(reference, s.refFrom)).toBe(false);
    expect(cutsWord(reference, s.refTo)).toBe(false);
  }
}

/**
 * Pairs the property tests once broke, kept as fixed cases so they stay
 * fixed whichever seeds later runs draw.
 */
const FOUND: ReadonlyArray<{ draft: string; reference: string }> = [
  // An idiom ("in order to" for "to") widened over a "to" that was the start of the draft's "toé".
  { draft: ' toé; in order', reference: 'in order to in "the to\n\nin order to café; ' },
];

describe('compare invariants', () => {
  it('accepting every suggestion gives the reference exactly', () => {
    fc.assert(fc.property(anyPair, ({ draft, reference }) => {
      expect(applySuggestions(draft, compare(draft, reference))).toBe(reference);
    }), RUNS);
  });

  it('accepting none leaves the draft as it was', () => {
    fc.assert(fc.property(anyPair, ({ draft, reference }) => {
      compare(draft, reference);
      expect(applySuggestions(draft, [])).toBe(draft);
    }), RUNS);
  });

  it('suggestions are sorted, never overlap, and lie inside the draft', () => {
    fc.assert(fc.property(anyPair, ({ draft, reference }) => expectWellFormed(draft, reference, compare(draft, reference))), RUNS);
  });

  it('no suggestion starts or ends inside a word, on either text', () => {
    fc.assert(fc.property(anyPair, ({ draft, reference }) => expectWholeWords(draft, reference, compare(draft, reference))), RUNS);
  });

  it.each(FOUND)('keeps every invariant on a pair the property tests once broke (%#)', ({ draft, reference }) => {
    const result = compare(draft, reference);
    expectWellFormed(draft, reference, result);
    expectWholeWords(draft, reference, result);
    expect(applySuggestions(draft, result)).toBe(reference);
  });

  it('identical texts give no suggestions', () => {
    fc.assert(fc.property(referenceText, (text) => {
      expect(compare(text, text)).toEqual([]);
    }), RUNS);
  });

  it('is deterministic', () => {
    fc.assert(fc.property(anyPair, ({ draft, reference }) => {
      expect(compare(draft, reference)).toEqual(compare(draft, reference));
    }), { numRuns: 100 });
  });

  it('every subset can be applied, and applying in any order gives the same text', () => {
    fc.assert(fc.property(textPair, fc.infiniteStream(fc.boolean()), ({ draft, reference }, picks) => {
      const result = compare(draft, reference);
      const subset = result.filter(() => picks.next().value);
      expect(applySuggestions(draft, [...subset].reverse())).toBe(applySuggestions(draft, subset));
    }), RUNS);
  });

  it('the two halves of a move share a moveId and its kind, and nothing else has one', () => {
    fc.assert(fc.property(anyPair, ({ draft, reference }) => {
      const byMove = new Map<string, Suggestion['kind'][]>();
      for (const s of compare(draft, reference)) {
        if (s.kind === 'moved') expect(s.moveId).toBeDefined();
        if (s.moveId) byMove.set(s.moveId, [...(byMove.get(s.moveId) ?? []), s.kind]);
      }
      // A move that changes a number is a `number` on both halves (number-moves.ts).
      for (const kinds of byMove.values()) expect([['moved', 'moved'], ['number', 'number']]).toContainEqual(kinds);
    }), RUNS);
    // Found at random: the passage's insertion half brings a number the draft never writes.
    const reference = 'ภาษาไทย the" bearing fruit the 2024\n\nภาษาไทย x – مرحبا the ';
    const draft = '\n\nภาษาไทย x – مرحبا the ภาษาไทย the" bearing fruit';
    expect(compare(draft, reference).map((s) => [s.kind, s.moveId])).toEqual([['number', 'm0-0'], ['number', 'm0-0']]);
  });

  it('is a pure function: what was compared before does not change a result', () => {
    fc.assert(fc.property(textPair, textPair, (first, between) => {
      const before = compare(first.draft, first.reference);
      compare(between.draft, between.reference);
      expect(compare(first.draft, first.reference)).toEqual(before);
    }), RUNS);
    // Found by the property above on one seed in many: a sentence search left
    // a global RegExp's lastIndex set, and the next comparison's sentence
    // began in the wrong place (its number read as wording).
    const found = { draft: 'ruit…I48% café\nBBC" a – x bear ng f', reference: 'BBC" a – x bearing fruit…I48% café ' };
    const before = compare(found.draft, found.reference);
    compare(', 👍🏽  dภาษาto ไทย onier to ’t20,000don’t  ; e-mail don’t.\nภาษาไทย.\n👍🏽.\n2024', '2024, 👍🏽  don’t20,000; e-mail don’t.\nภาษาไทย.\n👍🏽.\n');
    expect(compare(found.draft, found.reference)).toEqual(before);
  });

  it('ignoring a kind leaves exactly the other suggestions', () => {
    fc.assert(fc.property(textPair, fc.constantFrom(...SUGGESTION_KINDS), ({ draft, reference }, kind) => {
      const all = compare(draft, reference);
      expect(compare(draft, reference, { ignore: [kind] })).toEqual(all.filter((s) => s.kind !== kind));
    }), RUNS);
  });

  it('with typographic variants as equal, a word split by a space and joined again is no suggestion (found at random in CI)', () => {
    expect(compare('w hether\n\nornot', 'whether or not ', { typographyAsEqual: true })).toEqual([]);
  });

  it('with typographic variants as equal, accepting all matches the reference up to typography', () => {
    fc.assert(fc.property(anyPair, ({ draft, reference }) => {
      const result = compare(draft, reference, { typographyAsEqual: true });
      expect(result.every((s) => s.kind !== 'typography')).toBe(true);
      expect(foldTypography(applySuggestions(draft, result))).toBe(foldTypography(reference));
    }), RUNS);
  });
});
