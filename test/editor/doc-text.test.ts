/**
 * The text of a document derived from the last one's (renderer/src/editor/
 * doc-text.ts) is always textFromDoc's, whatever the edit: typing and
 * deleting through transactions, and paragraphs added, removed or replaced
 * at either end, joined pieces among them.
 */
import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { forEachParagraph, paragraphList } from '../../renderer/src/editor/chunks';
import { derivedText, docText, knownText } from '../../renderer/src/editor/doc-text';
import { schema } from '../../renderer/src/editor/schema';
import { docFromText, textFromDoc } from '../../renderer/src/editor/text-doc';

const paragraph = (text: string, joined: boolean): Node => schema.nodes.paragraph.create({ joined }, text ? schema.text(text) : null);
const arbParagraph = fc.record({ text: fc.string({ maxLength: 6 }), joined: fc.boolean() }).map(({ text, joined }) => paragraph(text, joined));
/** `paragraphs` in chunks of `sizes` paragraphs (cycled), as an edited document may hold them. */
function inChunks(paragraphs: readonly Node[], sizes: readonly number[], attrs: Node['attrs'] | null = null): Node {
  const chunks: Node[] = [];
  for (let i = 0, k = 0; i < paragraphs.length; k++) {
    const size = 1 + (sizes[k % sizes.length]! % 3);
    chunks.push(schema.nodes.chunk.create(null, paragraphs.slice(i, i + size)));
    i += size;
  }
  return schema.nodes.doc.create(attrs, chunks);
}
const arbSizes = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });
const arbDoc = fc.tuple(fc.array(arbParagraph, { minLength: 1, maxLength: 8 }), arbSizes).map(([paragraphs, sizes]) => inChunks(paragraphs, sizes));

/** `doc` with paragraphs [from, to) replaced by `fresh`, cut in chunks anew; every other paragraph the very same node. */
function spliced(doc: Node, from: number, to: number, fresh: readonly Node[], sizes: readonly number[]): Node {
  const paragraphs = [...paragraphList(doc)];
  paragraphs.splice(from, to - from, ...fresh);
  return inChunks(paragraphs.length > 0 ? paragraphs : [paragraph('', false)], sizes, doc.attrs);
}

/** Every position inside a paragraph, where text can be typed. */
function textPositions(doc: Node): number[] {
  const positions: number[] = [];
  forEachParagraph(doc, (paragraph, pos) => {
    for (let i = 0; i <= paragraph.content.size; i++) positions.push(pos + 1 + i);
  });
  return positions;
}

describe('a document text derived from the last one', () => {
  it('is textFromDoc whatever paragraphs are replaced, at the ends too', () => {
    fc.assert(
      fc.property(arbDoc, fc.nat(), fc.nat(), fc.array(arbParagraph, { maxLength: 3 }), arbSizes, (before, a, b, fresh, sizes) => {
        const count = paragraphList(before).length;
        const from = a % (count + 1);
        const to = from + (b % (count - from + 1));
        const after = spliced(before, from, to, fresh, sizes);
        expect(derivedText(before, textFromDoc(before), after)).toBe(textFromDoc(after));
      }),
    );
  });

  it('follows typing, deleting and splitting through transactions', () => {
    const text = 'First line here.\nSecond line, longer than the first.\n\nFourth.';
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), insert: fc.constantFrom('x', ' ', '', 'yz') , split: fc.boolean() }), { minLength: 1, maxLength: 10 }), (edits) => {
        let state = EditorState.create({ doc: docFromText(text) });
        expect(docText(state.doc)).toBe(textFromDoc(state.doc));
        for (const { at, cut, insert, split } of edits) {
          const inText = textPositions(state.doc);
          const from = inText[at % inText.length]!;
          const to = inText[Math.min(inText.indexOf(from) + cut, inText.length - 1)]!;
          const tr = state.tr;
          if (split) tr.split(from);
          else tr.insertText(insert, from, to);
          state = state.apply(tr);
          expect(docText(state.doc)).toBe(textFromDoc(state.doc));
        }
      }),
    );
  });

  it('takes the text a document was made from as its text, unless the lengths disagree', () => {
    const text = 'Made from this.\nAnd this.';
    const doc = docFromText(text);
    // Taken without reading the document: a same-length stand-in comes back as given.
    knownText(doc, text.toUpperCase());
    expect(docText(doc)).toBe(text.toUpperCase());
    const other = docFromText(text);
    knownText(other, 'not its text');
    expect(docText(other)).toBe(text);
  });

  it('answers the same document again without reading it', () => {
    const doc = docFromText('One.\nTwo.');
    expect(docText(doc)).toBe('One.\nTwo.');
    expect(docText(doc)).toBe('One.\nTwo.');
    expect(derivedText(doc, 'One.\nTwo.', doc.type.create({ accepted: ['k'] }, doc.content))).toBe('One.\nTwo.');
  });
});
