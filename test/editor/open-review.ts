/**
 * What the editor tests start from: an editor state with the review plugin
 * and history, holding `draft` and the review of one whole compare of it
 * with `reference`, as the window has after opening the pair; and how
 * they run a command on it.
 */
import { type Command, EditorState, type Transaction } from 'prosemirror-state';
import { expect } from 'vitest';
import { compare } from '@galley/engine';
import { reviewOfComparison } from '../../renderer/src/editor/compare-state';
import { reviewPlugin } from '../../renderer/src/editor/review-plugin';
import { reviewKey, type ReviewMeta } from '../../renderer/src/editor/review-state';
import { docFromText, textFromDoc } from '../../renderer/src/editor/text-doc';
import { undoHistory } from '../../renderer/src/editor/undo-history';

export function openReview(draft: string, reference: string): EditorState {
  const state = EditorState.create({ doc: docFromText(draft), plugins: [reviewPlugin(), undoHistory()] });
  const text = textFromDoc(state.doc);
  const review = reviewOfComparison(state.doc, text, reference, compare(text, reference));
  return state.apply(state.tr.setMeta(reviewKey, { type: 'load', review } satisfies ReviewMeta));
}

/**
 * Runs `command`, dispatching each transaction it makes in turn: whether it
 * applied, the state after, and the last transaction it dispatched.
 */
export function attempt(state: EditorState, command: Command): { applied: boolean; state: EditorState; tr: Transaction | null } {
  let after = state;
  let last: Transaction | null = null;
  const applied = command(state, (tr) => ((after = after.apply(tr)), (last = tr)));
  return { applied, state: after, tr: last };
}

/** `attempt` of a command that must apply. */
export function dispatched(state: EditorState, command: Command): { state: EditorState; tr: Transaction } {
  const { applied, state: after, tr } = attempt(state, command);
  expect(applied).toBe(true);
  return { state: after, tr: tr! };
}

/** The state after `command`, which must apply. */
export const run = (state: EditorState, command: Command): EditorState => dispatched(state, command).state;
