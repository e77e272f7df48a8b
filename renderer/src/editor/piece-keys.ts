/**
 * Editing across the cuts of a long line (./line-pieces): the cut between
 * two pieces is not a character, so keys must not treat it as a line break.
 *
 * - Enter splits a piece into a new line: the part after the cursor is a
 *   paragraph of its own, not joined to the part before (ProseMirror's
 *   split would copy `joined` to both halves, and add no line break).
 * - Backspace at the start of a piece deletes the character before the
 *   cut, and Delete at the end of one the character after it, where
 *   ProseMirror would join the two pieces and leave the text unchanged.
 */
import { splitBlockAs } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import type { Node, ResolvedPos } from 'prosemirror-model';
import type { Command, Plugin } from 'prosemirror-state';
import { schema } from './schema';

/** Enter: the part after the cursor starts a new line. */
export const splitLine: Command = splitBlockAs((node) => (node.type === schema.nodes.paragraph ? { type: node.type, attrs: { ...node.attrs, joined: false } } : null));

/** Backspace at the start of a joined piece: deletes the last character of the piece before. */
export const deleteBeforeCut: Command = (state, dispatch) => {
  const { $cursor } = state.selection as { $cursor?: ResolvedPos | null };
  if (!$cursor || $cursor.parentOffset > 0 || !$cursor.parent.attrs.joined) return false;
  const index = $cursor.index($cursor.depth - 1);
  const before = index > 0 ? $cursor.node($cursor.depth - 1).child(index - 1) : null;
  if (!before?.isTextblock || before.content.size === 0) return false;
  const end = $cursor.before() - 1;
  if (dispatch) dispatch(state.tr.delete(end - lastCharSize(before), end).scrollIntoView());
  return true;
};

/** Delete at the end of a piece the next one joins: deletes the first character of that one. */
export const deleteAfterCut: Command = (state, dispatch) => {
  const { $cursor } = state.selection as { $cursor?: ResolvedPos | null };
  if (!$cursor || $cursor.parentOffset < $cursor.parent.content.size) return false;
  const index = $cursor.index($cursor.depth - 1);
  const parent = $cursor.node($cursor.depth - 1);
  const after = index + 1 < parent.childCount ? parent.child(index + 1) : null;
  if (!after?.isTextblock || !after.attrs.joined || after.content.size === 0) return false;
  const start = $cursor.after() + 1;
  if (dispatch) dispatch(state.tr.delete(start, start + firstCharSize(after)).scrollIntoView());
  return true;
};

export function pieceKeys(): Plugin {
  return keymap({ Enter: splitLine, Backspace: deleteBeforeCut, Delete: deleteAfterCut });
}

/** 2 when the text ends with a surrogate pair, so half a character is never deleted. */
function lastCharSize(block: Node): number {
  const text = block.textContent;
  const code = text.charCodeAt(text.length - 1);
  return code >= 0xdc00 && code <= 0xdfff && text.length > 1 ? 2 : 1;
}

function firstCharSize(block: Node): number {
  const code = block.textContent.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdbff && block.content.size > 1 ? 2 : 1;
}
