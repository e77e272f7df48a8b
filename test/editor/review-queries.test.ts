/**
 * The positional questions asked of the review (renderer/src/editor/review-queries):
 * Next's neighbour found through widening windows and an item found from a
 * hinted position must be what sorting every open item gives, on a draft
 * long enough that the windows widen several times.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Placed } from '../../renderer/src/editor/review-item';
import { adjacentPlaced, findPlaced, orderedPlaced } from '../../renderer/src/editor/review-queries';
import { reviewState } from '../../renderer/src/editor/review-state';
import { openReview } from './open-review';

const ROOT = join(__dirname, '../..');
const DRAFT = readFileSync(join(ROOT, 'seeds/000_6302bc43854f0c3c.txt'), 'utf8');
const REFERENCE = readFileSync(join(ROOT, 'seeds/001_6904e82db721665d.txt'), 'utf8');

/** Eight copies, so the suggestions spread over tens of thousands of positions. */
const state = openReview(Array(8).fill(DRAFT).join('\n'), Array(8).fill(REFERENCE).join('\n'));
const review = reviewState(state);
const size = state.doc.content.size;
const ordered = orderedPlaced(review);

/** What Next did before: every open item sorted, then the first after the anchor (or last before). */
function bySorting(anchor: Placed | number, direction: 1 | -1, accept: (p: Placed) => boolean): Placed | null {
  const shown = ordered.filter(accept);
  const after = (p: Placed): boolean => (typeof anchor === 'number' ? p.from >= anchor : p.from > anchor.from || (p.from === anchor.from && p.to > anchor.to));
  const before = (p: Placed): boolean => (typeof anchor === 'number' ? p.from < anchor : p.from < anchor.from || (p.from === anchor.from && p.to < anchor.to));
  return (direction === 1 ? shown.find(after) : shown.findLast(before)) ?? null;
}

const id = (p: Placed | null): string | null => p?.item.id ?? null;

describe('review queries by position', () => {
  it('has suggestions spread wider than the first window', () => {
    expect(ordered.length).toBeGreaterThan(50);
    expect(ordered[ordered.length - 1]!.from - ordered[0]!.from).toBeGreaterThan(20_000);
  });

  it('the item after or before an item or a cursor is the one sorting every open item gives, whatever the filter', () => {
    const kinds = [...new Set(ordered.map((p) => p.item.kind))];
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: ordered.length - 1 }).map((i) => ordered[i]!), fc.integer({ min: 0, max: size + 1 })),
        fc.constantFrom<1 | -1>(1, -1),
        fc.subarray(kinds),
        (anchor, direction, dropped) => {
          const accept = (p: Placed): boolean => !dropped.includes(p.item.kind);
          expect(id(adjacentPlaced(review, size, anchor, direction, accept))).toBe(id(bySorting(anchor, direction, accept)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds an item from a hint at it, a wrong hint or none alike', () => {
    for (const p of ordered.filter((_, i) => i % 7 === 0)) {
      for (const near of [[p.from], [0, size], []]) expect(findPlaced(review, p.item.id, near)).toEqual(p);
    }
    expect(findPlaced(review, 'no such id', [ordered[0]!.from])).toBeNull();
  });
});
