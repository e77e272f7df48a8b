/** Token ids: equal exactly when the texts are, however the table tells them apart (packed key, hash, text). */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactTable } from '@galley/engine/intern';

/** Words near the packed key's edges: 7 and 8 characters, the last ASCII code, NUL, one non-ASCII letter. */
const word = fc.oneof(
  fc.constantFrom('', 'a', 'ab', 'abcdefg', 'abcdefh', 'abcdefgh', 'abcdefgi', '\u007f', '\u0000', 'a\u0000', 'é', 'aé', 'Ω'),
  fc.string({ maxLength: 9, unit: fc.constantFrom('a', 'b', '\u007f', '\u0000', '\u0080', 'é', '\ud83d\ude00') }),
);

describe('ExactTable', () => {
  it('gives two tokens one id exactly when their texts are equal', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 3000 }), (texts) => {
        const table = new ExactTable();
        // Read in place from one text, as tokens are.
        const joined = texts.join('');
        let at = 0;
        const ids = texts.map((t) => table.idOf(joined, at, (at += t.length)));
        const firstId = new Map<string, number>();
        texts.forEach((t, k) => {
          if (!firstId.has(t)) firstId.set(t, ids[k]);
          expect(ids[k]).toBe(firstId.get(t));
          expect(table.texts[ids[k]]).toBe(t);
        });
        expect(table.texts.length).toBe(firstId.size);
      }),
      { numRuns: 200 },
    );
  });
});
