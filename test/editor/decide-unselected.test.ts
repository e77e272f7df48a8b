/**
 * Accept or reject with no suggestion selected (the first Ctrl+Enter on a
 * freshly opened draft): nothing is decided unseen, and the next suggestion
 * from the cursor is selected, so the next press decides what the editor
 * now sees.
 */
import { TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { accept, reject } from '../../renderer/src/editor/review-commands';
import { orderedPlaced } from '../../renderer/src/editor/review-queries';
import { reviewState } from '../../renderer/src/editor/review-state';
import { attempt, openReview } from './open-review';

const DRAFT = 'He spoke to teh court on Monday.\nThe offense was grave.\n';
const REFERENCE = 'He spoke to the court on Tuesday.\nThe offence was grave.\n';

describe('a decision with nothing selected', () => {
  for (const [name, decide] of [['accept', accept], ['reject', reject]] as const) {
    it(`${name} selects the next suggestion from the cursor and decides nothing`, () => {
      const start = openReview(DRAFT, REFERENCE);
      const placed = orderedPlaced(reviewState(start));
      expect(placed.length).toBeGreaterThanOrEqual(3);
      expect(reviewState(start).selected).toBeNull();
      // The cursor just past the first suggestion: the second is next.
      const atFirst = start.apply(start.tr.setSelection(TextSelection.create(start.doc, placed[0]!.to + 1)));
      const { applied, state } = attempt(atFirst, decide());
      expect(applied).toBe(true);
      expect(state.doc.eq(atFirst.doc)).toBe(true);
      expect(reviewState(state).selected).toBe(placed[1]!.item.id);

      const decided = attempt(state, decide()).state;
      expect([...decided.doc.attrs.accepted, ...decided.doc.attrs.rejected]).toEqual([placed[1]!.item.key]);
    });
  }
});
