/**
 * Accepting many suggestions as one replace step: the paragraphs from the
 * first suggestion's to the last one's, rebuilt in one pass with the
 * reference's words (paragraphs with nothing to replace are the same nodes,
 * so the view redraws only the changed ones). Step by step, each of
 * thousands of replacements copied the document's list of paragraphs and
 * kept a document of its own in the transaction: quadratic in time and in
 * memory. How the marks move is worked out from the decided items
 * themselves (./follow-decisions, decisionMapping), not from this step.
 *
 * Items that cross a paragraph's end or put a line break in were once
 * replaced one step each after the rest; each such step copied the
 * document's list of paragraphs, and its undo again (300,000 words: 0.34 s
 * of accept all and 0.19 s of its undo in those steps). They are now part
 * of the one step too: the few paragraphs such an item touches are
 * replaced apart, in a document of their own.
 */
import { Fragment, type Node } from 'prosemirror-model';
import { TextSelection, type Transaction } from 'prosemirror-state';
import { StepMap, Transform } from 'prosemirror-transform';
import { byPosition, type Placed } from './review-item';
import { schema } from './schema';
import { positionSize, sliceFromText } from './text-doc';

/**
 * Puts each item's replacement in place of its words, in one step unless
 * items overlap (then one step each, from the end backwards).
 */
export function replaceAll(tr: Transaction, placed: readonly Placed[]): void {
  const sorted = [...placed].sort(byPosition);
  if (sorted.length > 1 && replaceInOneStep(tr, sorted)) return;
  for (const p of sorted.reverse()) tr.replace(p.from, p.to, sliceFromText(p.item.replacement));
}

/**
 * Rebuilds the paragraphs holding `sorted` (by position) in one step;
 * false, changing nothing, when items overlap. Each run of paragraphs that
 * items join (an item crossing a paragraph's end joins the two) is rebuilt
 * on its own: one paragraph's plain replacements directly, from cuts of its
 * content (its bold and italic stay on the words around a replacement,
 * which is plain text, as replacing one item at a time leaves them), and
 * anything else by replacing the items one at a time in a document holding
 * just those paragraphs.
 */
function replaceInOneStep(tr: Transaction, sorted: readonly Placed[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.from < sorted[i - 1]!.to) return false;
  const doc = tr.doc;
  const head = tr.selection.head;
  const blocks: Node[] = [];
  let next = 0;
  let rangeFrom = -1;
  let rangeTo = -1;
  let pos = 0;
  for (let index = 0; index < doc.childCount && next < sorted.length; index++) {
    const block = doc.child(index);
    const before = pos;
    pos += block.nodeSize;
    if (sorted[next]!.from > pos - 1) {
      if (rangeFrom >= 0) blocks.push(block);
      continue;
    }
    if (rangeFrom < 0) rangeFrom = before;
    // The items starting in this paragraph, and those starting in the paragraphs they reach into.
    let last = index;
    let end = next;
    while (end < sorted.length && sorted[end]!.from <= pos - 1) {
      while (sorted[end]!.to > pos - 1 && last + 1 < doc.childCount) pos += doc.child(++last).nodeSize;
      end++;
    }
    const items = sorted.slice(next, end);
    if (last === index && items.every((p) => !p.item.replacement.includes('\n'))) blocks.push(rebuilt(block, before + 1, items));
    else blocks.push(...replacedApart(doc, index, last, before, items));
    next = end;
    index = last;
    rangeTo = pos;
  }
  if (next < sorted.length || rangeFrom < 0) return false;
  tr.replaceWith(rangeFrom, rangeTo, blocks);
  // The cursor stays by the words it was at, not at the end of the step.
  const moved = new StepMap(sorted.flatMap((p) => [p.from, p.to - p.from, positionSize(p.item.replacement)]));
  tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(moved.map(head), tr.doc.content.size))));
  return true;
}

/** `block` (its content starting at `start`) with each of `items`, plain text inside it, replaced. */
function rebuilt(block: Node, start: number, items: readonly Placed[]): Node {
  const content: Node[] = [];
  const keep = (from: number, to: number): void => block.content.cut(from - start, to - start).forEach((node) => void content.push(node));
  let kept = start;
  for (const p of items) {
    keep(kept, p.from);
    if (p.item.replacement) content.push(schema.text(p.item.replacement));
    kept = p.to;
  }
  keep(kept, start + block.content.size);
  // Neighbouring text of the same marks is one text node again.
  return block.type.create(block.attrs, Fragment.fromArray(content));
}

/** The top-level nodes `first` to `last` of `doc` (the first at `offset`) with `items` replaced one at a time, as a transaction over the whole document would. */
function replacedApart(doc: Node, first: number, last: number, offset: number, items: readonly Placed[]): Node[] {
  const nodes: Node[] = [];
  for (let i = first; i <= last; i++) nodes.push(doc.child(i));
  const part = new Transform(doc.type.create(doc.attrs, nodes));
  for (const p of [...items].reverse()) part.replace(p.from - offset, p.to - offset, sliceFromText(p.item.replacement));
  const result: Node[] = [];
  part.doc.forEach((node) => void result.push(node));
  return result;
}
