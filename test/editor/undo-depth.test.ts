/**
 * Undo reaches back over a whole review: every decision is its own undo
 * step, and more of them than prosemirror-history's default depth (100)
 * can all be taken back, to the draft as opened and every suggestion open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { undo, undoDepth } from 'prosemirror-history';
import { describe, expect, it } from 'vitest';
import { accept, reject } from '../../renderer/src/editor/review-commands';
import { orderedPlaced } from '../../renderer/src/editor/review-queries';
import { reviewState } from '../../renderer/src/editor/review-state';
import { textFromDoc } from '../../renderer/src/editor/text-doc';
import { openReview, run } from './open-review';

const seeds = join(__dirname, '../../seeds');
const draft = readFileSync(join(seeds, '000_6302bc43854f0c3c.txt'), 'utf8');
const reference = readFileSync(join(seeds, '001_6904e82db721665d.txt'), 'utf8');

describe('undo depth', () => {
  it('takes back every one of more than 100 decisions, one step each', { timeout: 60_000 }, () => {
    const start = openReview(draft, reference);
    const ids = orderedPlaced(reviewState(start)).map((p) => p.item.id);
    expect(ids.length).toBeGreaterThan(100);
    let state = start;
    let decisions = 0;
    // In order, each still open one (deciding half of a move decides both).
    for (let next = orderedPlaced(reviewState(state))[0]; next; next = orderedPlaced(reviewState(state))[0]) {
      state = run(state, (decisions++ % 3 === 2 ? reject : accept)({ id: next.item.id }));
    }
    expect(decisions).toBeGreaterThan(100);
    expect(undoDepth(state)).toBe(decisions);
    while (undoDepth(state) > 0) state = run(state, undo);
    expect(textFromDoc(state.doc)).toBe(draft);
    expect(state.doc.attrs.accepted).toHaveLength(0);
    expect(state.doc.attrs.rejected).toHaveLength(0);
    expect(orderedPlaced(reviewState(state)).map((p) => p.item.id).sort()).toEqual([...ids].sort());
  });
});
