/**
 * The near chunks (renderer/src/editor/near-chunks) kept through typing,
 * deleting, Enter and moving the cursor, without a view: what the plugin
 * holds after each transaction (mapped and mended, kept as it was when a
 * cursor move changes nothing) must be what working them out afresh gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { nearChunks, nearLayouts } from '../../renderer/src/editor/near-chunks';
import { reviewPlugin } from '../../renderer/src/editor/review-plugin';
import { docFromText } from '../../renderer/src/editor/text-doc';

const ROOT = join(__dirname, '../..');
const DRAFT = readFileSync(join(ROOT, 'seeds/000_6302bc43854f0c3c.txt'), 'utf8');

/** Long enough that most paragraphs are far from the first shown stretch. */
const start = EditorState.create({ doc: docFromText(Array(40).fill(DRAFT).join('\n')), plugins: [reviewPlugin(), nearChunks()] });

/** Typing, Delete and Enter act at the cursor, as keys do; a move puts the cursor at `at` (a share of the document). */
type Edit = { kind: 'type' | 'delete' | 'enter' | 'move'; at: number; text: string };

function apply(state: EditorState, edit: Edit): EditorState {
  const { from } = state.selection;
  if (edit.kind === 'move') {
    const to = TextSelection.near(state.doc.resolve(Math.round(edit.at * state.doc.content.size)));
    return state.apply(state.tr.setSelection(to));
  }
  if (edit.kind === 'enter') return state.apply(state.tr.split(from));
  if (edit.kind === 'delete') return state.apply(state.tr.delete(from, Math.min(from + edit.text.length, state.doc.resolve(from).end())));
  return state.apply(state.tr.insertText(edit.text));
}

/** A layout as plain data: the decorations by place, the near indexes. */
function plain(layout: NonNullable<ReturnType<typeof nearLayouts>>['held']) {
  return {
    decorations: layout.set
      .find()
      .map((d) => ({ from: d.from, to: d.to, spec: d.spec as object }))
      .sort((a, b) => a.from - b.from || a.to - b.to),
    near: layout.near,
  };
}

describe('near chunks kept through edits', () => {
  it('holds after every transaction what working the layout out afresh gives', () => {
    // Most chunks are far to begin with.
    expect(nearLayouts(start)!.held.near.length).toBeLessThan(start.doc.childCount / 4);
    // Typing in the first paragraphs (near) and far down, deleting, Enter, cursor moves near and far.
    const edit = fc.record({
      kind: fc.constantFrom<Edit['kind']>('type', 'type', 'type', 'type', 'delete', 'enter', 'move'),
      at: fc.oneof(fc.double({ min: 0, max: 0.05, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
      text: fc.constantFrom('x', ' ', 'word ', 'a longer stretch of typed words that wraps a line or two '.repeat(3)),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 16 }), (edits) => {
        let state = start;
        for (const one of edits) {
          state = apply(state, one);
          const layouts = nearLayouts(state)!;
          expect(plain(layouts.held)).toEqual(plain(layouts.afresh));
        }
      }),
      { numRuns: 60 },
    );
  });
});
