/**
 * Accepting many suggestions as one replace step: the paragraphs from the
 * first suggestion's to the last one's, rebuilt in one pass with the
 * reference's words (paragraphs with nothing to replace are the same nodes,
 * so the view redraws only the changed ones). Step by step, each of
 * thousands of replacements copied the document's list of paragraphs and
 * kept a document of its own in the transaction: quadratic in time and in
 * memory. How the marks move is worked out from the decided items
 * themselves (./follow-decisions, decisionMapping), not from this step.
 */
import { Fragment, type Node } from 'prosemirror-model';
import { TextSelection, type Transaction } from 'prosemirror-state';
import { StepMap } from 'prosemirror-transform';
import { byPosition, type Placed } from './review-item';
import { schema } from './schema';
import { sliceFromText } from './text-doc';

/**
 * Puts each item's replacement in place of its words: the items that lie
 * within one paragraph and put no line break in (nearly all) in one step,
 * then any others one step each, from the end backwards.
 */
export function replaceAll(tr: Transaction, placed: readonly Placed[]): void {
  const sorted = [...placed].sort(byPosition);
  const head = tr.selection.head;
  const odd = sorted.length > 1 ? replaceInOneStep(tr, sorted) : null;
  if (!odd) {
    for (const p of sorted.reverse()) tr.replace(p.from, p.to, sliceFromText(p.item.replacement));
    return;
  }
  // Where everything else is after the one step: its changes as a step map.
  const moved = new StepMap(sorted.filter((p) => !odd.has(p)).flatMap((p) => [p.from, p.to - p.from, p.item.replacement.length]));
  const after = tr.steps.length;
  for (const p of [...odd].reverse()) {
    const from = moved.map(p.from, 1);
    tr.replace(from, Math.max(from, moved.map(p.to, -1)), sliceFromText(p.item.replacement));
  }
  // The cursor stays by the words it was at, not at the end of the step.
  tr.setSelection(TextSelection.near(tr.doc.resolve(tr.mapping.slice(after).map(moved.map(head)))));
}

/**
 * Rebuilds the paragraphs holding `sorted` (by position) in one step,
 * leaving out the items it cannot do that for, which it returns; null,
 * changing nothing, when items overlap. A paragraph's own bold and italic
 * stay on the words around a replacement, which is plain text, as
 * replacing one item at a time leaves it.
 */
function replaceInOneStep(tr: Transaction, sorted: readonly Placed[]): Set<Placed> | null {
  const doc = tr.doc;
  const blocks: Node[] = [];
  const odd = new Set<Placed>();
  let next = 0;
  let rangeFrom = -1;
  let rangeTo = -1;
  let pos = 0;
  let cursor = 0;
  for (let index = 0; index < doc.childCount && next < sorted.length; index++) {
    const block = doc.child(index);
    const start = pos + 1;
    const end = start + block.content.size;
    pos += block.nodeSize;
    if (sorted[next]!.from > end) {
      if (rangeFrom >= 0) blocks.push(block);
      continue;
    }
    if (rangeFrom < 0) rangeFrom = start - 1;
    const content: Node[] = [];
    const keep = (from: number, to: number): void => block.content.cut(from - start, to - start).forEach((node) => void content.push(node));
    let kept = start;
    for (; next < sorted.length && sorted[next]!.from <= end; next++) {
      const p = sorted[next]!;
      if (p.from < cursor) return null;
      cursor = p.to;
      if (p.to > end || p.item.replacement.includes('\n')) {
        odd.add(p);
        continue;
      }
      keep(kept, p.from);
      if (p.item.replacement) content.push(schema.text(p.item.replacement));
      kept = p.to;
    }
    keep(Math.max(start, kept), end);
    // Neighbouring text of the same marks is one text node again.
    blocks.push(block.type.create(block.attrs, Fragment.fromArray(content)));
    rangeTo = pos;
  }
  if (next < sorted.length || rangeFrom < 0) return null;
  tr.replaceWith(rangeFrom, rangeTo, blocks);
  return odd;
}
