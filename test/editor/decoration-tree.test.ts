/**
 * decorationSet builds, in one pass, the tree DecorationSet.create builds:
 * the same decorations, found the same way at the top and inside each
 * paragraph (what the view draws from). It relies on two of
 * prosemirror-view's internal members (../../renderer/src/editor/decoration-tree),
 * so this is what fails if an upgrade changes them.
 */
import type { Node } from 'prosemirror-model';
import { Decoration, DecorationSet, type DecorationSource } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { decorationSet, withAdded } from '../../renderer/src/editor/decoration-tree';
import { docFromText } from '../../renderer/src/editor/text-doc';
import { createRandom, type Random } from '../eval/prng';

/** Every decoration of a set (or of a paragraph's group of sets) as [from, to, its number], in order. */
const shape = (source: DecorationSource) =>
  sets(source)
    .flatMap((set) => set.find())
    .map((d) => [d.from, d.to, (d.spec as { n: number }).n])
    .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);

function sets(source: DecorationSource): DecorationSet[] {
  const found: DecorationSet[] = [];
  source.forEachSet((set) => found.push(set));
  return found;
}

const widget = (pos: number, n: number): Decoration => Decoration.widget(pos, () => ({}) as HTMLElement, { n });

/** Widgets anywhere, inline decorations within and across paragraphs, node decorations on whole paragraphs. */
function randomDecorations(doc: Node, random: Random): Decoration[] {
  const size = doc.content.size;
  const decorations: Decoration[] = [];
  for (let n = 0; n < 60; n++) {
    const from = random.int(size + 1);
    const to = Math.min(size, from + random.int(12));
    if (random.chance(0.3)) decorations.push(widget(from, n));
    else if (from < to) decorations.push(Decoration.inline(from, to, { class: 'x' }, { n }));
  }
  doc.descendants((node, offset) => {
    if (random.chance(0.3)) decorations.push(Decoration.node(offset, offset + node.nodeSize, { class: 'near' }, { n: 1000 + offset }));
    return !node.isTextblock;
  });
  return decorations;
}

describe('decorationSet', () => {
  it('gives what DecorationSet.create gives: at the top, in each paragraph, and after adding many', () => {
    const random = createRandom(7);
    for (let round = 0; round < 40; round++) {
      // Up to three chunks of paragraphs (renderer/src/editor/chunks).
      const lines = Array.from({ length: 1 + random.int(90) }, () => 'word '.repeat(random.int(8)).trim());
      const doc = docFromText(lines.join('\n'));
      const decorations = randomDecorations(doc, random);
      const ours = decorationSet(doc, decorations);
      const theirs = DecorationSet.create(doc, [...decorations]);
      expect(shape(ours)).toEqual(shape(theirs));
      doc.forEach((chunk, offset) => {
        const [ourChunk, theirChunk] = [ours.forChild(offset, chunk), theirs.forChild(offset, chunk)];
        expect(shape(ourChunk)).toEqual(shape(theirChunk));
        if (!(ourChunk instanceof DecorationSet && theirChunk instanceof DecorationSet)) return;
        chunk.forEach((paragraph, inside) => expect(shape(ourChunk.forChild(inside, paragraph))).toEqual(shape(theirChunk.forChild(inside, paragraph))));
      });
      const more = decorations.slice(0, 40).map((d, i) => widget(d.from, 2000 + i));
      expect(shape(withAdded(ours, doc, [...more]))).toEqual(shape(theirs.add(doc, [...more])));
    }
  });

  it('is the empty set for no decorations', () => {
    expect(decorationSet(docFromText('a b'), [])).toBe(DecorationSet.empty);
  });
});
