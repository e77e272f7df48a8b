/**
 * What changed in the draft since the last recovery copy, as lines of its
 * text: the lines holding the paragraphs that are not the very same node
 * objects as before (../editor/text-doc's changedParagraphs). A copy of a
 * 100,000-word draft costs a walk over its paragraph list and the text of
 * the few lines that changed, not a serialisation of the whole draft.
 *
 * Paragraphs are counted through the draft's chunks (../editor/chunks),
 * which the text does not see. A very long line is several paragraphs
 * (../editor/line-pieces); a patch always carries whole lines, its pieces
 * joined again, so main's copy, which is the lines joined by "\n", is the
 * draft's text exactly.
 */
import type { Node } from 'prosemirror-model';
import { paragraphList } from '../editor/chunks';
import { changedParagraphs, paragraphText } from '../editor/text-doc';

export interface LinePatch {
  /** Lines [from, to) of the text of `before`… */
  from: number;
  to: number;
  /** …are replaced by these lines of `after`. */
  lines: string[];
}

/** The patch from `before` to `after`; null `before`: the whole text. */
export function linePatch(before: Node | null, after: Node): LinePatch {
  if (before === null) return { from: 0, to: 0, lines: linesOf(paragraphList(after), 0, Infinity) };
  return patchOf(changedLines(before, after));
}

/** The patch from `before` to `after`, with the lines of `before` it replaces (`to - from` of them). */
export function linePatchReplacing(before: Node, after: Node): LinePatch & { readonly replaced: string[] } {
  const changed = changedLines(before, after);
  return { ...patchOf(changed), replaced: linesOf(changed.was, changed.start, changed.endBefore) };
}

/** Paragraphs [start, endBefore) of `before`, and after them, replaced by [start, endAfter) of `after`. */
interface ChangedLines {
  readonly was: readonly Node[];
  readonly is: readonly Node[];
  readonly start: number;
  readonly endBefore: number;
  readonly endAfter: number;
}

function patchOf({ was, is, start, endBefore, endAfter }: ChangedLines): LinePatch {
  const from = linesStarting(was, 0, start);
  return { from, to: from + linesStarting(was, start, endBefore), lines: linesOf(is, start, endAfter) };
}

/** What changed from `before` to `after`, widened to whole lines. */
function changedLines(before: Node, after: Node): ChangedLines {
  let { start, endBefore, endAfter } = changedParagraphs(before, after);
  const [was, is] = [paragraphList(before), paragraphList(after)];
  // Widen to whole lines; the paragraphs outside the change are the same nodes in both documents.
  while (start > 0 && !(startsLine(was, start) && startsLine(is, start))) start--;
  while (!startsLine(is, endAfter)) {
    endBefore++;
    endAfter++;
  }
  return { was, is, start, endBefore, endAfter };
}

/** Whether paragraph `index` begins a line of the text (past the last paragraph: the end of the text does). */
function startsLine(paragraphs: readonly Node[], index: number): boolean {
  return index === 0 || index >= paragraphs.length || !paragraphs[index]!.attrs.joined;
}

/** How many lines begin at paragraphs [from, to). */
function linesStarting(paragraphs: readonly Node[], from: number, to: number): number {
  let lines = 0;
  for (let index = from; index < to; index++) if (startsLine(paragraphs, index)) lines++;
  return lines;
}

/** The text of paragraphs [from, to), which begin and end lines, as lines. */
function linesOf(paragraphs: readonly Node[], from: number, to: number): string[] {
  const lines: string[] = [];
  for (let index = from; index < Math.min(to, paragraphs.length); index++) {
    const text = paragraphText(paragraphs[index]!);
    if (index > from && !startsLine(paragraphs, index)) lines[lines.length - 1] += text;
    else lines.push(text);
  }
  return lines;
}
