/**
 * Editing across the cuts the document has and the text does not: between
 * the pieces of a long line (./line-pieces) and between chunks (./chunks).
 * Keys must act there as they would in plain paragraphs of the text.
 *
 * - Enter splits a piece into a new line: the part after the cursor is a
 *   paragraph of its own, not joined to the part before (ProseMirror's
 *   split would copy `joined` to both halves, and add no line break).
 * - Backspace at the start of a piece deletes the character before the
 *   cut, and Delete at the end of one the character after it, where
 *   ProseMirror would join the two pieces and leave the text unchanged.
 * - Backspace at the start of a chunk's first paragraph joins it to the
 *   paragraph before, and Delete at the end of a chunk's last paragraph
 *   the paragraph after to it, as between any two paragraphs; ProseMirror
 *   would join the two chunks and leave the paragraphs apart. The two
 *   chunks become one (./chunks cuts it again should it grow too long).
 */
import { baseKeymap, chainCommands, splitBlockAs } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import type { Node, ResolvedPos } from 'prosemirror-model';
import { type Command, type EditorState, type Plugin, TextSelection } from 'prosemirror-state';
import { schema } from './schema';

/** Enter: the part after the cursor starts a new line. */
export const splitLine: Command = splitBlockAs((node) => (node.type === schema.nodes.paragraph ? { type: node.type, attrs: { ...node.attrs, joined: false } } : null));

/** Backspace at the start of a joined piece: deletes the last character of the piece before. */
export const deleteBeforeCut: Command = (state, dispatch) => {
  const $cursor = cursorOf(state);
  if (!$cursor || $cursor.parentOffset > 0 || !$cursor.parent.attrs.joined) return false;
  const before = TextSelection.findFrom(state.doc.resolve($cursor.before()), -1, true);
  if (!before || before.$head.parent.content.size === 0) return false;
  const end = before.head;
  if (dispatch) dispatch(state.tr.delete(end - lastCharSize(before.$head.parent), end).scrollIntoView());
  return true;
};

/** Delete at the end of a piece the next one joins: deletes the first character of that one. */
export const deleteAfterCut: Command = (state, dispatch) => {
  const $cursor = cursorOf(state);
  if (!$cursor || $cursor.parentOffset < $cursor.parent.content.size) return false;
  const after = TextSelection.findFrom(state.doc.resolve($cursor.after()), 1, true);
  if (!after || !after.$head.parent.attrs.joined || after.$head.parent.content.size === 0) return false;
  const start = after.head;
  if (dispatch) dispatch(state.tr.delete(start, start + firstCharSize(after.$head.parent)).scrollIntoView());
  return true;
};

/** Backspace at the start of a chunk's first paragraph (not the document's): joins it to the last paragraph of the chunk before. */
export const joinChunkBackward: Command = (state, dispatch) => {
  const $cursor = cursorOf(state);
  if (!$cursor || $cursor.parentOffset > 0 || $cursor.depth !== 2 || $cursor.index(1) > 0 || $cursor.index(0) === 0) return false;
  if (dispatch) dispatch(state.tr.join($cursor.before(1), 2).scrollIntoView());
  return true;
};

/** Delete at the end of a chunk's last paragraph (not the document's): joins the first paragraph of the chunk after to it. */
export const joinChunkForward: Command = (state, dispatch) => {
  const $cursor = cursorOf(state);
  if (!$cursor || $cursor.parentOffset < $cursor.parent.content.size || $cursor.depth !== 2) return false;
  if ($cursor.index(1) < $cursor.node(1).childCount - 1 || $cursor.index(0) === state.doc.childCount - 1) return false;
  if (dispatch) dispatch(state.tr.join($cursor.after(1), 2).scrollIntoView());
  return true;
};

const backward = chainCommands(deleteBeforeCut, joinChunkBackward);
const forward = chainCommands(deleteAfterCut, joinChunkForward);

/** The keys prosemirror-commands' base keymaps (pc and mac) bind to joining backward and forward. */
// macOS binds Ctrl-Alt-Backspace as pc's Mod-Delete: a forward delete.
const BACKWARD_KEYS = ['Backspace', 'Mod-Backspace', 'Shift-Backspace', 'Ctrl-h', 'Alt-Backspace'];
const FORWARD_KEYS = ['Delete', 'Mod-Delete', 'Ctrl-d', 'Alt-Delete', 'Alt-d', 'Ctrl-Alt-Backspace'];

/** Enter, and each of those keys this platform's base keymap binds (to be tried before it). */
export function pieceBindings(): Record<string, Command> {
  const joins = [...BACKWARD_KEYS.map((key) => [key, backward] as const), ...FORWARD_KEYS.map((key) => [key, forward] as const)];
  return { Enter: splitLine, ...Object.fromEntries(joins.filter(([key]) => key in baseKeymap)) };
}

export function pieceKeys(): Plugin {
  return keymap(pieceBindings());
}

/** The selection's cursor when it is one (an empty text selection). */
function cursorOf(state: EditorState): ResolvedPos | null {
  return (state.selection as { $cursor?: ResolvedPos | null }).$cursor ?? null;
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
