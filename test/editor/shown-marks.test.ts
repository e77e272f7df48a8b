/**
 * The marks drawn (renderer/src/editor/viewport-watch's shownMarks): the
 * selected suggestion's mark stays drawn wherever it is while the user
 * types elsewhere, and finding it again after each key looks where it was
 * last drawn rather than through every open item.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { history } from 'prosemirror-history';
import { EditorState, type Plugin, TextSelection } from 'prosemirror-state';
import { DecorationSet } from 'prosemirror-view';
import { describe, expect, it, vi } from 'vitest';
import { compare } from '@galley/engine';
import { reviewOfComparison } from '../../renderer/src/editor/compare-state';
import type { SuggestionSpec } from '../../renderer/src/editor/decorations';
import { reviewPlugin } from '../../renderer/src/editor/review-plugin';
import { orderedPlaced } from '../../renderer/src/editor/review-queries';
import { reviewKey, reviewState, type ReviewMeta } from '../../renderer/src/editor/review-state';
import { docFromText, textFromDoc } from '../../renderer/src/editor/text-doc';
import { shownMarks } from '../../renderer/src/editor/viewport-watch';

const ROOT = join(__dirname, '../..');
const SEED = readFileSync(join(ROOT, 'seeds/000_6302bc43854f0c3c.txt'), 'utf8').trim();
const REFERENCE = readFileSync(join(ROOT, 'seeds/001_6904e82db721665d.txt'), 'utf8').trim();

function open(draft: string, reference: string): { state: EditorState; shown: Plugin } {
  const shown = shownMarks();
  const state = EditorState.create({ doc: docFromText(draft), plugins: [reviewPlugin(), shown, history()] });
  const text = textFromDoc(state.doc);
  const review = reviewOfComparison(state.doc, text, reference, compare(text, reference));
  return { state: state.apply(state.tr.setMeta(reviewKey, { type: 'load', review } satisfies ReviewMeta)), shown };
}

function drawnIds(shown: Plugin, state: EditorState): Set<string> {
  const set = shown.props.decorations!.call(shown, state) as DecorationSet;
  return new Set(set.find().map((d) => (d.spec as SuggestionSpec).id));
}

describe('shownMarks', () => {
  it('keeps the selected mark drawn far from the drawn stretch while typing elsewhere, without searching every open item on each key', () => {
    // Long enough that the end lies far past the stretch drawn before the viewport is measured.
    const draft = Array(8).fill(SEED).join('\n');
    const reference = Array(8).fill(REFERENCE).join('\n');
    let { state, shown } = open(draft, reference);
    const placed = orderedPlaced(reviewState(state));
    const far = placed.filter((p) => !p.item.moveId && p.from > reviewState(state).shown.to + 100).at(-1)!;
    expect(far).toBeDefined();
    expect(drawnIds(shown, state).has(far.item.id)).toBe(false);
    // The cursor at the start, far from the item selected (as from the panel).
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2)));
    state = state.apply(state.tr.setMeta(reviewKey, { type: 'select', id: far.item.id } satisfies ReviewMeta));
    expect(drawnIds(shown, state).has(far.item.id)).toBe(true);
    const finds = vi.spyOn(DecorationSet.prototype, 'find');
    const opens = new Set<DecorationSet>();
    for (const letter of 'typed') {
      state = state.apply(state.tr.insertText(letter));
      opens.add(reviewState(state).open);
    }
    // find() over the whole of the open set is how an item is searched for among every open one (review-queries findPlaced).
    const wholeSearches = finds.mock.calls.filter(([from, to], i) => from === undefined && to === undefined && opens.has(finds.mock.contexts[i] as DecorationSet));
    finds.mockRestore();
    expect(reviewState(state).selected).toBe(far.item.id);
    expect(drawnIds(shown, state).has(far.item.id)).toBe(true);
    expect(wholeSearches).toHaveLength(0);
  });
});
