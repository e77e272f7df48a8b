/**
 * What the editor tests start from: an editor state with the review plugin
 * and history, holding `draft` and the review of one whole compare of it
 * with `reference`, as the window has after opening the pair.
 */
import { history } from 'prosemirror-history';
import { EditorState } from 'prosemirror-state';
import { compare } from '@galley/engine';
import { reviewOfComparison } from '../../renderer/src/editor/compare-state';
import { reviewPlugin } from '../../renderer/src/editor/review-plugin';
import { reviewKey, type ReviewMeta } from '../../renderer/src/editor/review-state';
import { docFromText, textFromDoc } from '../../renderer/src/editor/text-doc';

export function openReview(draft: string, reference: string): EditorState {
  const state = EditorState.create({ doc: docFromText(draft), plugins: [reviewPlugin(), history()] });
  const text = textFromDoc(state.doc);
  const review = reviewOfComparison(state.doc, text, reference, compare(text, reference));
  return state.apply(state.tr.setMeta(reviewKey, { type: 'load', review } satisfies ReviewMeta));
}
