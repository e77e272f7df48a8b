/**
 * The engine's typed-array fast paths find exactly what their plain
 * definitions say: a speed-up that changed an answer would change the
 * suggestions.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactTable } from '@galley/engine/intern';
import { lcsLength } from '@galley/engine/lcs';
import { heaviestIncreasing } from '@galley/engine/lis';
import { pieceIds } from '@galley/engine/move-pieces';
import { uniqueTokenPairs } from '@galley/engine/token-pairs';

/** Token ids from a small vocabulary, so that pairs repeat. */
const ids = (vocab: number) => fc.array(fc.integer({ min: 0, max: vocab - 1 }), { maxLength: 60 }).map((a) => Int32Array.from(a));

describe('uniqueTokenPairs', () => {
  it('gives, per draft position, the reference position of the same token pair when it occurs once in each', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((v) => fc.tuple(fc.constant(v), ids(v), ids(v))), ([vocab, draft, ref]) => {
        const pairsOf = (xs: Int32Array): string[] => Array.from({ length: Math.max(0, xs.length - 1) }, (_, i) => `${xs[i]} ${xs[i + 1]}`);
        const inDraft = pairsOf(draft);
        const inRef = pairsOf(ref);
        const once = (list: string[], p: string): boolean => list.indexOf(p) === list.lastIndexOf(p) && list.includes(p);
        const expected = inDraft.map((p) => (once(inDraft, p) && once(inRef, p) ? inRef.indexOf(p) : -1));
        expect(Array.from(uniqueTokenPairs(draft, ref, vocab))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('heaviestIncreasing', () => {
  it('keeps a strictly increasing run of the greatest weight, ties to the earliest predecessor', () => {
    fc.assert(
      // Values spread far apart as well as close together: ranked by sorting, or in a table of their span.
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 4 })), { maxLength: 14 }), fc.constantFrom(1, 1000), (items, spread) => {
        const values = items.map((x) => x[0] * spread);
        const weights = items.map((x) => x[1]);
        // The same dynamic programme in O(n²), by definition.
        const total: number[] = [];
        const prev: number[] = [];
        let bestEnd = -1;
        for (let i = 0; i < values.length; i++) {
          let best = 0;
          let at = -1;
          for (let k = 0; k < i; k++) if (values[k] < values[i] && total[k] > best) [best, at] = [total[k], k];
          total.push(best + weights[i]);
          prev.push(at);
          if (bestEnd < 0 || total[i] > total[bestEnd]) bestEnd = i;
        }
        const expected: number[] = [];
        for (let i = bestEnd; i >= 0; i = prev[i]) expected.unshift(i);
        const kept = heaviestIncreasing(values, weights);
        expect(kept.reduce((sum, i) => sum + weights[i], 0)).toBe(expected.reduce((sum, i) => sum + weights[i], 0));
        expect(kept.every((i, k) => k === 0 || values[kept[k - 1]] < values[i])).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lcsLength', () => {
  it('is the length of a longest common subsequence, across several 32-bit words', () => {
    const tokens = (vocab: number) => fc.array(fc.integer({ min: 0, max: vocab - 1 }), { maxLength: 100 }).map((a) => Int32Array.from(a));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((v) => fc.tuple(tokens(v), tokens(v))), ([a, b]) => {
        // The table, cell by cell, by definition.
        const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
        for (let i = 1; i <= a.length; i++) {
          for (let j = 1; j <= b.length; j++) table[i][j] = a[i - 1] === b[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
        }
        expect(lcsLength(a, b)).toBe(table[a.length][b.length]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('pieceIds', () => {
  it('cuts a text into the lower-cased words and single marks the pattern finds', () => {
    // ASCII, curly marks, a dash, accents and a combining mark, Unicode spaces, a Greek capital whose lower case is
    // two letters' worth, CJK, an Arabic digit, astral letters and an emoji, a joiner, and halves of surrogate pairs.
    const chars = ['a', 'B', '1', ' ', '\n', '.', ',', "'", '’', '“', '”', '—', 'é', 'É', '\u0301', '\u00a0', '\u2009', '\u3000', 'İ', 'Σ', '中', '٣', '𝟘', '𐐀', '😀', '\u200d', '\ud83d', '\ude00'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 16 }).map((a) => a.join('')), (text) => {
        const table = new ExactTable();
        const pieces = Array.from(pieceIds(text, table), (id) => table.texts[id]);
        expect(pieces).toEqual(text.toLowerCase().match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []);
      }),
      { numRuns: 2000 },
    );
  });
});
