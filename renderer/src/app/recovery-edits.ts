/**
 * A recovery patch's lines as edits of the lines they replace (preload/api's
 * LineEdit), when that is shorter: accept all changes a few words in nearly
 * every line of a long draft, and its copy would otherwise carry the whole
 * text to main (at 300,000 words 3.4 MB, which in the end-to-end harness
 * cost the page a 150 ms task).
 */
import type { LineEdit } from '../../../preload/api';
import { commonHead, commonTail } from '../worker/text-patches';

/** What an edit costs beside its inserted text, as JSON: brackets, three numbers and commas. */
const EDIT_OVERHEAD = 16;

/**
 * `after` as edits of `before`, line for line: one edit for each line that
 * differs, covering the stretch between what the two have in common at
 * either end. Null when the lines are not as many, or the edits would not
 * be shorter than the lines themselves.
 */
export function lineEdits(before: readonly string[], after: readonly string[]): LineEdit[] | null {
  if (before.length !== after.length) return null;
  const edits: LineEdit[] = [];
  let size = 0;
  let whole = 0;
  for (let line = 0; line < after.length; line++) {
    const was = before[line]!;
    const is = after[line]!;
    whole += is.length + 1;
    if (was === is) continue;
    const head = commonHead(was, is);
    const tail = commonTail(was, is, head);
    const insert = is.slice(head, is.length - tail);
    edits.push([line, head, was.length - tail, insert]);
    size += insert.length + EDIT_OVERHEAD;
  }
  return size < whole ? edits : null;
}
