/**
 * Accept all on a long draft (issue 10: "accept all of 3,000 is one undo
 * step"): one transaction, one undo step that gives back the draft and
 * exactly the suggestions it started with, each on the same words, and a
 * redo that decides them all again. At this length the decision's mapping
 * is one step map over thousands of ranges (./follow-decisions) and the
 * decided marks are taken out of the open set before it is mapped
 * (./map-review), the paths a seed-sized draft does not reach.
 */
import { readFileSync } from 'node:fs';
import { redo, undo, undoDepth } from 'prosemirror-history';
import type { Command, EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { acceptAll, everyItem } from '../../renderer/src/editor/review-commands';
import { orderedPlaced } from '../../renderer/src/editor/review-queries';
import { reviewState } from '../../renderer/src/editor/review-state';
import { textBetween, textFromDoc } from '../../renderer/src/editor/text-doc';
import { longPair } from '../e2e/fixtures/long-pair';
import { openReview } from './open-review';

const WORDS = 20_000;

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = next.apply(tr)))).toBe(true);
  return next;
}

const marks = (state: EditorState) =>
  orderedPlaced(reviewState(state)).map((p) => ({ id: p.item.id, key: p.item.key, from: p.from, to: p.to, words: textBetween(state.doc, p.from, p.to) }));

describe('accept all on a long draft', () => {
  it('is one undo step that restores the draft and exactly its suggestions', { timeout: 60_000 }, () => {
    const pair = longPair(WORDS);
    const draft = readFileSync(pair.draft, 'utf8');
    const start = openReview(draft, readFileSync(pair.reference, 'utf8'));
    const before = marks(start);
    expect(before.length).toBeGreaterThan(500);

    const accepted = run(start, acceptAll(everyItem));
    expect(reviewState(accepted).items.size).toBe(0);
    expect(accepted.doc.attrs.accepted).toHaveLength(before.length);
    expect(undoDepth(accepted)).toBe(1);

    const undone = run(accepted, undo);
    expect(textFromDoc(undone.doc)).toBe(draft);
    expect(undone.doc.attrs.accepted).toHaveLength(0);
    expect(marks(undone)).toEqual(before);
    expect(reviewState(undone).dirty).toEqual([]);

    const redone = run(undone, redo);
    expect(textFromDoc(redone.doc)).toBe(textFromDoc(accepted.doc));
    expect(reviewState(redone).items.size).toBe(0);
  });
});
