/**
 * ./flat-mapping: one step map standing for a transaction's ordered,
 * disjoint replacements must map every position, and every decoration of a
 * document in chunks, as the step-by-step mapping does; any other
 * transaction keeps its own mapping.
 */
import fc from 'fast-check';
import { Transform } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { flatMapping } from '../../renderer/src/editor/flat-mapping';
import { docFromText, sliceFromText } from '../../renderer/src/editor/text-doc';

const TEXT = 'alpha beta gamma\ndelta epsilon zeta eta\ntheta iota kappa lambda mu\nnu xi omicron pi rho sigma tau';

/** Disjoint [from, to) stretches inside the paragraphs' text, ascending, each with the size of its new text. */
const edits = fc
  .uniqueArray(fc.integer({ min: 1, max: 95 }), { minLength: 2, maxLength: 12 })
  .chain((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i]!, sorted[i + 1]!]);
    return fc.tuple(fc.constant(pairs), fc.array(fc.integer({ min: 0, max: 6 }), { minLength: pairs.length, maxLength: pairs.length }));
  });

function textAt(doc: ReturnType<typeof docFromText>, from: number, to: number): boolean {
  const a = doc.resolve(from);
  const b = doc.resolve(to);
  return a.parent.isTextblock && b.parent.isTextblock && a.sameParent(b);
}

function expectSameMapping(transform: Transform): void {
  const flat = flatMapping(transform.mapping, transform.before);
  expect(flat.maps.length).toBe(1);
  for (let pos = 0; pos <= transform.before.content.size; pos++) {
    for (const assoc of [-1, 1]) {
      const want = transform.mapping.mapResult(pos, assoc);
      const got = flat.mapResult(pos, assoc);
      expect([got.pos, got.deleted]).toEqual([want.pos, want.deleted]);
    }
  }
}

describe('flatMapping', () => {
  it('maps as the steps do when they go from the end backwards (accept all) or from the start forwards (its undo)', () => {
    fc.assert(
      fc.property(edits, fc.boolean(), ([pairs, sizes], backwards) => {
        const doc = docFromText(TEXT);
        const within = pairs.map((p, i) => ({ from: p[0], to: p[1], size: sizes[i]! })).filter((e) => textAt(doc, e.from, e.to));
        fc.pre(within.length >= 2);
        const transform = new Transform(doc);
        if (backwards) {
          for (const e of [...within].reverse()) transform.replace(e.from, e.to, sliceFromText('x'.repeat(e.size)));
        } else {
          for (const e of within) {
            const from = transform.mapping.map(e.from, -1);
            transform.replace(from, transform.mapping.map(e.to, 1), sliceFromText('x'.repeat(e.size)));
          }
        }
        expectSameMapping(transform);
      }),
    );
  });

  it('keeps the mapping of steps out of order', () => {
    const transform = new Transform(docFromText(TEXT));
    transform.replace(10, 12, sliceFromText('one')).replace(40, 41, sliceFromText('two')).replace(3, 5, sliceFromText('three'));
    expect(flatMapping(transform.mapping, transform.before)).toBe(transform.mapping);
  });

  it('maps the decorations of a document in chunks as the steps do', () => {
    // Several chunks (renderer/src/editor/chunks), a mark on every other word.
    const doc = docFromText(Array.from({ length: 120 }, (_, i) => `line ${i} has a few words in it`).join('\n'));
    expect(doc.childCount).toBeGreaterThan(2);
    const words: [number, number][] = [];
    doc.descendants((node, pos) => {
      if (node.isText) for (const m of node.text!.matchAll(/\w+/g)) words.push([pos + m.index, pos + m.index + m[0].length]);
    });
    const set = DecorationSet.create(doc, words.filter((_, i) => i % 2 === 0).map(([from, to]) => Decoration.inline(from, to, { class: 'm' })));
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: words.length - 1 }), { minLength: 2, maxLength: 40 }), fc.nat({ max: 3 }), (picked, size) => {
        // Replace some of the other words (and, from the end backwards, as accept all does).
        const edited = [...new Set(picked.map((i) => i - (i % 2) + 1))].filter((i) => i < words.length).sort((a, b) => a - b);
        fc.pre(edited.length >= 2);
        const transform = new Transform(doc);
        for (const i of [...edited].reverse()) transform.replace(words[i]![0], words[i]![1], sliceFromText('y'.repeat(size)));
        const shape = (mapped: DecorationSet) => mapped.find().map((d) => [d.from, d.to]);
        expect(shape(set.map(flatMapping(transform.mapping, doc), transform.doc))).toEqual(shape(set.map(transform.mapping, transform.doc)));
      }),
      { numRuns: 60 },
    );
  });
});
