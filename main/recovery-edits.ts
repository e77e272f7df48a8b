/**
 * A recovery patch's edits of its lines (preload/api's LineEdit): the page
 * sends, for lines that changed by a few words each, the words rather than
 * the lines. Accept all changes nearly every line of a long draft, so its
 * copy would otherwise carry the whole text.
 */
import type { LineEdit } from '../preload/api';

/**
 * Lines [from, to) of `base` with `edits` made, as many lines as there were;
 * null when the edits do not fit them (each names a line of the range, in
 * increasing order, and a stretch within it).
 */
export function editedLines(base: readonly string[], from: number, to: number, edits: readonly LineEdit[]): string[] | null {
  if (from > to || to > base.length) return null;
  const lines = base.slice(from, to);
  let previous = -1;
  for (const [line, start, end, insert] of edits) {
    const text = lines[line];
    if (line <= previous || text === undefined || end > text.length) return null;
    lines[line] = text.slice(0, start) + insert + text.slice(end);
    previous = line;
  }
  return lines;
}
