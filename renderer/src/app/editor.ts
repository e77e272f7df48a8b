/**
 * The draft editor: a ProseMirror view over the plain-text schema with the
 * review plugin, history and the base keymap. App commands are bound on the
 * window (./bind-shortcuts), not here.
 */
import { baseKeymap } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import type { Node } from 'prosemirror-model';
import { EditorState, type Plugin, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { docEndKeys } from '../editor/doc-ends';
import { foundHighlight } from '../editor/find';
import { focusKeepsSelection } from '../editor/focus-selection';
import { keepChunksSmall } from '../editor/chunks';
import { nearChunks } from '../editor/near-chunks';
import { pieceKeys } from '../editor/piece-keys';
import { deselect } from '../editor/review-commands';
import { reviewPlugin } from '../editor/review-plugin';
import { selectionHighlights } from '../editor/select';
import { undoHistory } from '../editor/undo-history';
import { shownMarks } from '../editor/viewport-watch';

export function editorPlugins(): Plugin[] {
  return [reviewPlugin(), shownMarks(), nearChunks(), keepChunksSmall(), selectionHighlights(), foundHighlight(), focusKeepsSelection(), undoHistory(), keymap({ Escape: deselect }), pieceKeys(), docEndKeys(), keymap(baseKeymap)];
}

/** A fresh editor state (new history) for `doc`, with the same plugins. */
export function freshState(doc: Node, plugins: readonly Plugin[]): EditorState {
  return EditorState.create({ doc, plugins: [...plugins] });
}

export function createEditor(host: HTMLElement, state: EditorState, dispatch: (tr: Transaction) => void): EditorView {
  const view = new EditorView(host, {
    state,
    dispatchTransaction: dispatch,
    attributes: {
      'aria-label': 'Draft text',
      role: 'textbox',
      'aria-multiline': 'true',
      // The review is the spell check; the browser's would only add noise.
      spellcheck: 'false',
      class: 'draft-text',
      lang: 'en',
    },
  });
  // prosemirror-view's first focus() records every scrolling ancestor's
  // position (a layout of the whole page; 18% of opening 100,000 words) to
  // learn whether focus({preventScroll}) works: let it learn while the draft
  // is empty. Blurred again at once: a focused view puts its selection in
  // the DOM after every update (a layout each), and opening makes several.
  view.focus();
  view.dom.blur();
  return view;
}
