/**
 * Accept all as one replace step (renderer/src/editor/replace-all.ts): the
 * marks it does not decide stay on their words, the cursor stays by its
 * words, and one undo gives back the draft and every suggestion exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { undo } from 'prosemirror-history';
import { EditorState, TextSelection } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { acceptAll } from '../../renderer/src/editor/review-commands';
import { orderedPlaced } from '../../renderer/src/editor/review-queries';
import { reviewState } from '../../renderer/src/editor/review-state';
import { textBetween, textFromDoc } from '../../renderer/src/editor/text-doc';
import { dispatched as run, openReview } from './open-review';

const ROOT = join(__dirname, '../..');
const DRAFT = readFileSync(join(ROOT, 'seeds/000_6302bc43854f0c3c.txt'), 'utf8');
const REFERENCE = readFileSync(join(ROOT, 'seeds/001_6904e82db721665d.txt'), 'utf8');

const open = (): EditorState => openReview(DRAFT, REFERENCE);

const marks = (state: EditorState) => orderedPlaced(reviewState(state)).map((p) => ({ id: p.item.id, from: p.from, to: p.to, words: textBetween(state.doc, p.from, p.to) }));

describe('accept all in one step', () => {
  it('accepts one kind in one step; the other kinds stay on their words; one undo restores everything', () => {
    const start = open();
    const before = marks(start);
    const kinds = new Set(orderedPlaced(reviewState(start)).map((p) => p.item.kind));
    expect(kinds.size).toBeGreaterThan(1);
    for (const kind of kinds) {
      const placed = orderedPlaced(reviewState(start));
      const chosen = placed.filter((p) => p.item.kind === kind);
      // The cursor after the last suggestion's words.
      const withCursor = start.apply(start.tr.setSelection(TextSelection.create(start.doc, placed[placed.length - 1]!.to + 1)));
      const { state, tr } = run(withCursor, acceptAll((item) => item.kind === kind));
      // One step for the words within a paragraph, one for each of the rest.
      const spanning = chosen.filter((p) => /\n/.test(p.item.draftText + p.item.replacement)).length;
      expect(tr.steps.filter((step) => step instanceof ReplaceStep).length).toBeLessThanOrEqual(1 + spanning);
      for (const mark of marks(state)) {
        const item = reviewState(state).items.get(mark.id)!;
        expect(mark.words).toBe(item.draftText);
      }
      const moves = new Set(chosen.map((p) => p.item.moveId));
      const left = placed.filter((p) => p.item.kind !== kind && !(p.item.moveId && moves.has(p.item.moveId)));
      expect(marks(state).map((m) => m.id)).toEqual(left.map((p) => p.item.id));
      expect(textBetween(state.doc, state.selection.head - 1, state.selection.head)).toBe(textBetween(start.doc, placed[placed.length - 1]!.to, placed[placed.length - 1]!.to + 1));
      const undone = run(state, undo).state;
      expect(textFromDoc(undone.doc)).toBe(DRAFT);
      expect(marks(undone)).toEqual(before);
    }
  });
});
