/** Edits widened to whole words (main/formats/pieces widenToWords), as a Word revision shows them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../main/files/text-format';
import { widenToWords } from '../../main/formats/pieces';

function applied(text: string, edits: readonly TextEdit[]): string {
  return [...edits].reverse().reduce((t, e) => t.slice(0, e.from) + e.insert + t.slice(e.to), text);
}

describe('widenToWords', () => {
  it('turns a typed letter into the word it changed, and two edits in one word into one', () => {
    expect(widenToWords('in Londn today', [{ from: 7, to: 7, insert: 'o' }])).toEqual([{ from: 3, to: 8, insert: 'London' }]);
    expect(widenToWords('Kir Stmper', [{ from: 1, to: 1, insert: 'e' }, { from: 6, to: 6, insert: 'ar' }, { from: 7, to: 8, insert: '' }])).toEqual([
      { from: 0, to: 3, insert: 'Keir' },
      { from: 4, to: 10, insert: 'Starmer' },
    ]);
  });

  it('leaves punctuation and spaces alone', () => {
    expect(widenToWords('a, b', [{ from: 1, to: 2, insert: ';' }])).toEqual([{ from: 1, to: 2, insert: ';' }]);
  });

  it('never changes what the edits make (property)', () => {
    const text = fc.stringMatching(/^[ab .\n]{0,16}$/);
    const inserts = fc.array(fc.stringMatching(/^[ab .]{0,3}$/), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(text, fc.uniqueArray(fc.nat(16), { maxLength: 8 }), inserts, (t, points, insert) => {
        // Sorted distinct points taken in pairs: edits in order and apart, some of them pure insertions.
        const at = [...new Set(points.map((n) => n % (t.length + 1)))].sort((x, y) => x - y);
        const edits: TextEdit[] = [];
        for (let i = 0; i + 1 < at.length; i += 2) edits.push({ from: at[i], to: i % 4 === 0 ? at[i] : at[i + 1], insert: insert[i] });
        const wide = widenToWords(t, edits);
        expect(applied(t, wide)).toBe(applied(t, edits));
        for (let i = 1; i < wide.length; i++) expect(wide[i].from).toBeGreaterThanOrEqual(wide[i - 1].to);
      }),
    );
  });
});
