/**
 * A decision that grows a chunk far past its limits, in the editor's own
 * plugin set (app/editor's editorPlugins), is one undo step that changes
 * only the decided text: keepChunksSmall leaves its chunks until the next
 * edit inside them. A cut appended to it was an undo step of its own, and
 * its undo left every suggestion to be compared again (QA: a 100k-word
 * one-line draft whose first undo after accept all did nothing visible and
 * whose second left no suggestion open).
 */
import { undo, undoDepth } from 'prosemirror-history';
import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';
import { editorPlugins } from '../../renderer/src/app/editor';
import { CHUNK_PARAGRAPHS } from '../../renderer/src/editor/chunks';
import { reviewOfComparison } from '../../renderer/src/editor/compare-state';
import { acceptAll, everyItem } from '../../renderer/src/editor/review-commands';
import { reviewKey, reviewState, type ReviewMeta } from '../../renderer/src/editor/review-state';
import { docFromText, textFromDoc } from '../../renderer/src/editor/text-doc';
import { run } from './open-review';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i + 1} of the list.`);

describe('a decision that grows a chunk', () => {
  it('is one undo step that restores every suggestion, and the chunk is cut at the next edit in it', () => {
    const draft = `${lines(3).join('\n')}\n`;
    // Accepting the missing lines puts them all in the draft's one chunk, far past its limit.
    const reference = `${lines(10 * CHUNK_PARAGRAPHS).join('\n')}\n`;
    let state = EditorState.create({ doc: docFromText(draft), plugins: editorPlugins() });
    const review = reviewOfComparison(state.doc, draft, reference, compare(draft, reference));
    state = state.apply(state.tr.setMeta(reviewKey, { type: 'load', review } satisfies ReviewMeta));
    const open = reviewState(state).items.size;
    expect(open).toBeGreaterThan(0);
    expect(state.doc.childCount).toBe(1);

    const accepted = run(state, acceptAll(everyItem));
    expect(textFromDoc(accepted.doc)).toBe(reference);
    expect(accepted.doc.childCount).toBe(1);
    expect(undoDepth(accepted)).toBe(1);

    const undone = run(accepted, undo);
    expect(textFromDoc(undone.doc)).toBe(draft);
    expect(undone.doc.attrs.accepted).toHaveLength(0);
    expect(reviewState(undone).items.size).toBe(open);
    // Restored as they were, and compared again once typing pauses (./follow-decisions).
    expect(reviewState(undone).dirty).toHaveLength(1);
    expect(undoDepth(undone)).toBe(0);

    const typed = accepted.apply(accepted.tr.insertText('x', 3));
    expect(typed.doc.childCount).toBeGreaterThan(1);
    expect(textFromDoc(typed.doc)).toBe(`Lx${reference.slice(1)}`);
  });
});
