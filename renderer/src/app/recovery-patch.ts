/**
 * What changed in the draft since the last recovery copy, as lines: the
 * paragraphs between the first and the last that are not the very same node
 * objects as before. ProseMirror keeps every untouched node of a document
 * when a transaction changes it, so comparing by identity finds a typed
 * character's paragraph without reading any text: a copy of a 100,000-word
 * draft costs a walk over its paragraph list and the text of the few that
 * changed, not a serialisation of the whole draft.
 */
import type { Node } from 'prosemirror-model';

export interface LinePatch {
  /** Lines [from, to) of the text of `before`… */
  from: number;
  to: number;
  /** …are replaced by these lines of `after`. */
  lines: string[];
}

/** The patch from `before` to `after` (each line is a paragraph, as in ../editor/text-doc); null `before`: the whole text. */
export function linePatch(before: Node | null, after: Node): LinePatch {
  const count = after.childCount;
  if (before === null) return { from: 0, to: 0, lines: linesOf(after, 0, count) };
  let start = 0;
  const limit = Math.min(before.childCount, count);
  while (start < limit && before.child(start) === after.child(start)) start++;
  let endBefore = before.childCount;
  let endAfter = count;
  while (endBefore > start && endAfter > start && before.child(endBefore - 1) === after.child(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { from: start, to: endBefore, lines: linesOf(after, start, endAfter) };
}

function linesOf(doc: Node, from: number, to: number): string[] {
  const lines: string[] = [];
  for (let index = from; index < to; index++) lines.push(doc.child(index).textContent);
  return lines;
}
