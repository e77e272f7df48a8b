/**
 * Building a DecorationSet in one pass over the document's nodes.
 *
 * DecorationSet.create and DecorationSet.add hand every child node the
 * whole list of decorations to pick its own from (prosemirror-view's
 * takeSpansForNode), so n decorations over p paragraphs cost n × p: at
 * 300,000 words (9,400 marks, thousands of paragraphs) each build of the
 * review's sets took 0.2 s of accept all and as much of its undo, and
 * drawing the few marks near the viewport walked every paragraph for each.
 * Here the decorations are sorted once and each chunk (./chunks), then each
 * paragraph in it, takes the run of them that lies inside it; each
 * paragraph's own set is still made by DecorationSet.create (over its
 * inline content, which is small).
 *
 * It builds the same tree DecorationSet.create does, through two members
 * prosemirror-view marks internal (the set's constructor from its local
 * decorations and its children, and Decoration.copy to make a decoration's
 * positions relative to its paragraph); test/editor/decoration-tree.test.ts
 * compares the result with DecorationSet.create's, so an upgrade that
 * changes them fails there.
 */
import type { Node } from 'prosemirror-model';
import { type Decoration, DecorationSet } from 'prosemirror-view';
import { byPosition } from './review-item';

/** The parts of prosemirror-view's internals this relies on (see above). */
type SetConstructor = new (local: Decoration[], children: (number | DecorationSet)[]) => DecorationSet;
type Copyable = Decoration & { copy(from: number, to: number): Decoration };

/**
 * The set of `decorations` over `doc`, as DecorationSet.create(doc,
 * decorations) gives it (without consuming the array). Decorations must be
 * valid where they are (an inline one not empty, a node one on a node),
 * as the review's and the view's own are; create would drop invalid ones
 * at the top level, this keeps them.
 */
export function decorationSet(doc: Node, decorations: readonly Decoration[]): DecorationSet {
  if (decorations.length === 0) return DecorationSet.empty;
  return setOf(doc, [...decorations].sort(byPosition));
}

/** The set of `sorted` (relative to `node`'s content) over `node`: its children's in sets of their own, a textblock's by DecorationSet.create. */
function setOf(node: Node, sorted: readonly Decoration[]): DecorationSet {
  if (node.isTextblock) return DecorationSet.create(node, [...sorted]);
  const local: Decoration[] = [];
  const children: (number | DecorationSet)[] = [];
  let index = 0;
  let start = 0;
  let i = 0;
  while (i < sorted.length) {
    const d = sorted[i]!;
    // The first child that could hold d: it ends after d starts.
    while (index < node.childCount && start + node.child(index).nodeSize <= d.from) start += node.child(index++).nodeSize;
    const child = index < node.childCount ? node.child(index) : null;
    const end = child ? start + child.nodeSize : -1;
    if (!child || child.isLeaf || d.from <= start || d.to >= end) {
      local.push(d);
      i++;
      continue;
    }
    // Every decoration from here starting inside this node and ending inside it is its own.
    const inside: Decoration[] = [];
    for (; i < sorted.length && sorted[i]!.from < end; i++) {
      const e = sorted[i]! as Copyable;
      if (e.from > start && e.to < end) inside.push(e.copy(e.from - start - 1, e.to - start - 1));
      else local.push(e);
    }
    const set = setOf(child, inside);
    if (set !== DecorationSet.empty) children.push(start, end, set);
  }
  if (local.length === 0 && children.length === 0) return DecorationSet.empty;
  return new (DecorationSet as unknown as SetConstructor)(local, children);
}

/**
 * `set.add(doc, added)`, except that many decorations (accept all's
 * judged records, its undo's restored marks) are added by building the
 * set again in one pass: add, like create, walks every paragraph for each.
 */
export function withAdded(set: DecorationSet, doc: Node, added: Decoration[]): DecorationSet {
  // add() checks node decorations with a cursor that only moves forward, so
  // one given before an earlier one would be dropped as invalid.
  if (added.length <= MAX_ADDED_IN_PLACE) return set.add(doc, [...added].sort(byPosition));
  return decorationSet(doc, [...set.find(), ...added]);
}

/** Up to this many are added in place: each costs a walk over the paragraphs, a rebuild a sort of the whole set. */
const MAX_ADDED_IN_PLACE = 32;
