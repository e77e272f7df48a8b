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
import { derivedText, docText, knownText } from '../../renderer/src/editor/doc-text';
import { schema } from '../../renderer/src/editor/schema';
import { docFromText, textFromDoc } from '../../renderer/src/editor/text-doc';

const paragraph = (text: string, joined: boolean): Node => schema.nodes.paragraph.create({ joined }, text ? schema.text(text) : null);
const arbParagraph = fc.record({ text: fc.string({ maxLength: 6 }), joined: fc.boolean() }).map(({ text, joined }) => paragraph(text, joined));
const arbDoc = fc.array(arbParagraph, { minLength: 1, maxLength: 8 }).map((children) => schema.nodes.doc.create(null, children));

/** `doc` with children [from, to) replaced by `fresh`; every other child the very same node. */
function spliced(doc: Node, from: number, to: number, fresh: readonly Node[]): Node {
  const children: Node[] = [];
  doc.forEach((child) => void children.push(child));
  children.splice(from, to - from, ...fresh);
  return schema.nodes.doc.create(doc.attrs, children.length > 0 ? children : [paragraph('', false)]);
}

/** Every position inside a paragraph, where text can be typed. */
function textPositions(doc: Node): number[] {
  const positions: number[] = [];
  doc.forEach((child, offset) => {
    for (let i = 0; i <= child.content.size; i++) positions.push(offset + 1 + i);
  });
  return positions;
}

describe('a document text derived from the last one', () => {
  it('is textFromDoc whatever paragraphs are replaced, at the ends too', () => {
    fc.assert(
      fc.property(arbDoc, fc.nat(), fc.nat(), fc.array(arbParagraph, { maxLength: 3 }), (before, a, b, fresh) => {
        const from = a % (before.childCount + 1);
        const to = from + (b % (before.childCount - from + 1));
        const after = spliced(before, from, to, fresh);
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
