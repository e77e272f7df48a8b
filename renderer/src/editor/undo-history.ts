/**
 * The editor's undo history: prosemirror-history kept deep enough for a
 * whole review.
 */
import { history } from 'prosemirror-history';
import type { Plugin } from 'prosemirror-state';

/**
 * Undo steps kept. prosemirror-history's default of 100 is a few minutes
 * of a review: every decision is its own step, and a book has thousands of
 * suggestions, so the 101st decision back could not be taken back. A step
 * holds only its step maps and what it replaced (accept all of a whole
 * book is one step), so this many costs little memory.
 */
export const UNDO_DEPTH = 10_000;

export function undoHistory(): Plugin {
  return history({ depth: UNDO_DEPTH });
}
