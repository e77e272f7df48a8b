import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../main/files/text-format';
import { editsBetween } from '../../main/formats/edits';

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    expect(e.from).toBeGreaterThanOrEqual(at);
    out += text.slice(at, e.from) + e.insert;
    at = e.to;
  }
  return out + text.slice(at);
}

describe('edits between two versions of a text', () => {
  it('are word-level, so unchanged words between them stay untouched', () => {
    const before = 'Sir Kir Stmper spoke on Tuesday in Londn about the plans.\nSecond line.';
    const after = 'Sir Keir Starmer spoke on Tuesday in London about the plans.\nSecond line.';
    const edits = editsBetween(before, after);
    expect(apply(before, edits)).toBe(after);
    expect(edits.map((e) => before.slice(e.from, e.to))).toEqual(['Kir Stmper', 'Londn']);
  });

  it('always turn the one text into the other', () => {
    const word = fc.constantFrom('the', 'cat', 'sat', 'on', 'a', 'mat', '.', ',', '\n', 'Keir', 'Kir', '2024');
    const text = fc.array(word, { maxLength: 40 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(apply(before, editsBetween(before, after))).toBe(after);
      }),
      { numRuns: 200 },
    );
  });
});
