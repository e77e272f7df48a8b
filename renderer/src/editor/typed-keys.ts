/**
 * A typed character goes into the document as a transaction, as
 * prosemirror-view already does when the selection is not plain text,
 * instead of letting the browser edit the page and ProseMirror read the
 * edit back.
 *
 * The browser's way costs each keystroke Chromium's editing command (its
 * own layout and caret bookkeeping, 1.8 ms of CPU a key at 10,000 words in
 * the trace) and then ProseMirror's DOM observer, which parses the edited
 * paragraph's DOM again to find what changed (0.5 ms), before the same
 * transaction as here is dispatched. ProseMirror draws the new text itself
 * in its update.
 *
 * Left to the browser, as before: composition (IME, dead keys; ProseMirror
 * skips this handler while composing), anything that is not a single
 * character (the key event's `key` is then a name such as "Enter"), input
 * that comes without a key press (paste, drop, dictation), and a key
 * pressed while the page's caret is not where the state's selection is:
 * the browser moved it (PageDown) and ProseMirror reads that only when
 * the selectionchange event comes, after this key.
 */
import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** A printable character: one code point, not a control character or a line break. */
function typedText(event: KeyboardEvent): string | null {
  const { key } = event;
  if ([...key].length !== 1 || /[\p{Cc}\r\n]/u.test(key)) return null;
  return key;
}

/** Whether the page's selection is the state's (as ProseMirror maps it), so typing at the state's goes where the caret shows. */
function caretInStep(view: EditorView): boolean {
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode) return false;
  try {
    const { anchor, head } = view.state.selection;
    return view.posAtDOM(dom.anchorNode, dom.anchorOffset) === anchor && view.posAtDOM(dom.focusNode, dom.focusOffset) === head;
  } catch {
    // A node outside the document's view (posAtDOM throws).
    return false;
  }
}

function insertTyped(view: EditorView, event: KeyboardEvent): boolean {
  const text = typedText(event);
  const { selection } = view.state;
  // ProseMirror handles any other selection this way already (its own keypress default).
  if (text === null || !(selection instanceof TextSelection) || !selection.$from.sameParent(selection.$to) || !caretInStep(view)) return false;
  const typed = () => view.state.tr.insertText(text).scrollIntoView();
  if (!view.someProp('handleTextInput', (f) => f(view, selection.from, selection.to, text, typed))) view.dispatch(typed());
  return true;
}

export function typedKeys(): Plugin {
  return new Plugin({ props: { handleKeyPress: insertTyped } });
}
