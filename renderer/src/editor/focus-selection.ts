/**
 * Focus that comes without a click keeps the editor's selection.
 *
 * When the draft gets focus by the keyboard (Tab, or a script), the browser
 * puts the caret at the first place it can and tells of it a moment later.
 * ProseMirror undoes that only when it hears of it within 200 ms of the
 * focus and the caret sits at the document's very first text position: on
 * a busy window (a re-check finishing, a long draft) or with the first
 * paragraph not drawn (./near-chunks) neither holds, and the selection
 * the review had put at a suggestion chosen in the panel went to the
 * browser's place, so typing edited the wrong paragraph. Writing the
 * editor's own selection to the page as focus arrives leaves the browser
 * nothing to tell. A press of the pointer in the draft places the caret
 * itself and is left alone.
 */
import { Plugin } from 'prosemirror-state';

/** A focus this soon after a pointer press in the draft is the press's own. */
const POINTER_FOCUS_MS = 300;

export function focusKeepsSelection(): Plugin {
  let pressedAt = -Infinity;
  return new Plugin({
    props: {
      handleDOMEvents: {
        pointerdown: () => {
          pressedAt = performance.now();
          return false;
        },
        focus: (view) => {
          // view.focus() writes the state's selection to the page (the draft already has the focus, so no second event).
          if (performance.now() - pressedAt > POINTER_FOCUS_MS) view.focus();
          return false;
        },
      },
    },
  });
}
