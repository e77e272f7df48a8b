/**
 * Recovery patches as edits of their lines: whatever lines the page has
 * before and after, the edits it sends (renderer/src/app/recovery-edits)
 * made by main (main/recovery-edits, through main/recovery-lines) give the
 * lines after exactly, and edits that do not fit the copy main holds are
 * refused, never misapplied.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editedLines } from '../../main/recovery-edits';
import { RecoveryLines } from '../../main/recovery-lines';
import { lineEdits } from '../../renderer/src/app/recovery-edits';

/** Lines much alike, as a decision leaves them: a few letters of an alphabet that makes common stretches likely. */
const line = fc.stringMatching(/^[ab c]{0,30}$/);

describe('recovery patches as line edits', () => {
  test('edits made by main give the lines after, line for line', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(line, line), { maxLength: 8 }), fc.array(line, { maxLength: 3 }), fc.array(line, { maxLength: 3 }), (pairs, above, below) => {
        const before = pairs.map(([was]) => was);
        const after = pairs.map(([, is]) => is);
        const edits = lineEdits(before, after);
        if (edits === null) return;
        expect(editedLines([...above, ...before, ...below], above.length, above.length + before.length, edits)).toEqual(after);
      }),
    );
  });

  test('a copy of long lines each changed by a word is sent as edits, and main holds the text after', () => {
    const before = Array.from({ length: 50 }, (_, i) => `Line ${i} of the draft says the government will act on small boats crossing the channel.`);
    const after = before.map((text) => text.replace('small boats', 'small-boat'));
    const edits = lineEdits(before, after)!;
    expect(edits).toHaveLength(50);
    expect(edits[0]).toEqual([0, 57, 63, '-boat']);
    const main = new RecoveryLines();
    main.opened('draft-handle', ['Title', ...before].join('\n'));
    expect(main.apply({ seq: 1, base: 'draft-handle', from: 1, to: 51, lines: [], edits, decided: true })).toBe(true);
    expect(main.text).toBe(['Title', ...after].join('\n'));
  });

  test('no edits when the lines are not as many, or the edits are no shorter than the lines', () => {
    expect(lineEdits(['a'], ['a', 'b'])).toBeNull();
    expect(lineEdits(['abc'], ['xyz'])).toBeNull();
  });

  test('edits that do not fit the lines held are refused', () => {
    const base = ['one', 'two', 'three'];
    expect(editedLines(base, 0, 2, [[1, 0, 3, 'TWO']])).toEqual(['one', 'TWO']);
    expect(editedLines(base, 0, 2, [[2, 0, 1, 'x']])).toBeNull();
    expect(editedLines(base, 0, 2, [[0, 2, 4, 'x']])).toBeNull();
    expect(editedLines(base, 0, 3, [[1, 0, 1, 'x'], [1, 1, 2, 'y']])).toBeNull();
    expect(editedLines(base, 2, 4, [])).toBeNull();
    const main = new RecoveryLines();
    main.opened('draft-handle', base.join('\n'));
    expect(main.apply({ seq: 1, base: 'draft-handle', from: 0, to: 1, lines: [], edits: [[0, 0, 9, 'x']], decided: false })).toBe(false);
    expect(main.text).toBeNull();
  });
});
