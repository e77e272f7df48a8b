/**
 * Ctrl+End and Ctrl+Home (with Shift, extending the selection) as editor
 * commands rather than the browser's own caret movement. The draft's
 * paragraphs are laid out only near the screen (`content-visibility: auto`,
 * styles/marks.css), and Chromium moving the caret to the end of the
 * editable stops at the start of a paragraph it has not laid out: typing
 * after Ctrl+End landed at the start of the last line. The document knows
 * where its ends are without any layout. Cmd+Up and Cmd+Down are the same
 * moves on macOS; elsewhere Meta (Windows, Super) with an arrow belongs to
 * the system, so binding it everywhere costs nothing.
 */
import { keymap } from 'prosemirror-keymap';
import { Selection, TextSelection, type Command, type Plugin } from 'prosemirror-state';

/** Moves the caret (or, with `extend`, the selection's head) to the start or the end of the document. */
export function toDocEdge(edge: 'start' | 'end', extend = false): Command {
  return (state, dispatch) => {
    const target = edge === 'end' ? Selection.atEnd(state.doc) : Selection.atStart(state.doc);
    const selection = extend ? TextSelection.create(state.doc, state.selection.anchor, target.head) : target;
    if (dispatch) dispatch(state.tr.setSelection(selection).scrollIntoView());
    return true;
  };
}

export function docEndKeys(): Plugin {
  return keymap({
    'Ctrl-End': toDocEdge('end'),
    'Ctrl-Home': toDocEdge('start'),
    'Shift-Ctrl-End': toDocEdge('end', true),
    'Shift-Ctrl-Home': toDocEdge('start', true),
    'Meta-ArrowDown': toDocEdge('end'),
    'Meta-ArrowUp': toDocEdge('start'),
    'Shift-Meta-ArrowDown': toDocEdge('end', true),
    'Shift-Meta-ArrowUp': toDocEdge('start', true),
  });
}
