/**
 * Updating the view to a new state without redrawing the whole draft when
 * the document's own attributes changed.
 *
 * Decisions are attributes of the document node (./schema), so every
 * accept, reject and undo of one changes them. prosemirror-view updates its
 * top node in place only when the node's markup is the same
 * (NodeViewDesc.update: `node.sameMarkup`); otherwise it throws away the
 * DOM of every paragraph and builds it again. At 100,000 words each
 * decision rebuilt 2,900 paragraphs, and the browser restyled them all
 * (accept all: 2.3 s, most of it style recalculation; 300,000 words: 6.7 s).
 * The document node draws nothing of its own (its DOM is the editor's, with
 * the `attributes` prop's attributes), so its attributes changing needs no
 * redraw: the view's record of the node is given the new attributes first,
 * and the update then redraws only the paragraphs that changed.
 */
import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** The part of prosemirror-view's internal top view description this needs. */
interface DocViewDesc {
  node: Node;
}

/** `view.updateState(state)`, keeping the paragraphs' DOM when only the document's attributes changed. */
export function updateViewState(view: EditorView, state: EditorState): void {
  const desc = (view as unknown as { docView?: DocViewDesc }).docView;
  const doc = state.doc;
  if (desc?.node && desc.node.type === doc.type && desc.node.attrs !== doc.attrs && !desc.node.hasMarkup(doc.type, doc.attrs)) {
    desc.node = desc.node.type.create(doc.attrs, desc.node.content, desc.node.marks);
  }
  view.updateState(state);
}
