/**
 * Partial accepts on random drafts: a run of real sentences, its halves
 * swapped at a random word (a page whose halves trade places, as in the
 * OCR pair icdar19-en-36-41) and words inserted and misspelt at random, at
 * the seam too. Accepting the
 * suggestions of any one kind or any one severity (with both halves of
 * every move) must never write a passage of six words twice nor lose one
 * that both texts have (the measure eval:real reports, test/eval/real/partial.ts).
 *
 * The cases are drawn from a fixed seed, so the verdict depends on the code
 * alone. Not yet safe (movedDraftPair with every edit finds them): words
 * deleted at the seam (about 1.5% of such drafts: a mark the reference
 * puts before the moved passage is put after it and sticks to its last
 * word), and single sentences or runs of words moved among the others
 * (about 5%: the alignment matches their common words to other sentences
 * and the move comes out in pieces whose halves differ).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';
import { partialAccepts } from '../eval/real/partial';
import { movedDraftPairOf } from './random-drafts';

const SEED = 20261129;

describe('accepting one kind or one severity on a random draft', () => {
  it('never duplicates or drops a passage, the halves of the text swapped and words added or misspelt anywhere', () => {
    fc.assert(
      fc.property(movedDraftPairOf(['swapHalves', 'insertWords', 'misspell']), ({ draft, reference }) => {
        const damaged = partialAccepts(draft, reference, compare(draft, reference));
        expect(damaged.map((d) => ({ subset: d.subset, duplicated: d.duplicated, dropped: d.dropped }))).toEqual([]);
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});
