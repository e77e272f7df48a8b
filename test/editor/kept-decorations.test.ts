/**
 * ./kept-decorations: a set mapped through an edit and mended must hold
 * exactly the decorations wanted after it — whatever the edit did to the
 * old ones (moved, dropped, left where they no longer belong) — as a set
 * built afresh from them would.
 */
import fc from 'fast-check';
import { EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { describe, expect, it, vi } from 'vitest';
import { forEachParagraph, paragraphList } from '../../renderer/src/editor/chunks';
import { keptSet } from '../../renderer/src/editor/kept-decorations';
import { docFromText } from '../../renderer/src/editor/text-doc';
import type { Node } from 'prosemirror-model';

const TEXT = Array.from({ length: 12 }, (_, i) => `paragraph ${i} holds a few words of text`).join('\n');

/** A few looks, each one spec object, as the callers keep them. */
const SPECS = [{ look: 'a' }, { look: 'b' }, { look: 'c' }];

/** Decorations of the looks on `doc`: inline over words, widgets at points, node decorations on paragraphs, by seeds in [0, 1). */
function decorations(doc: Node, seeds: readonly [number, number, number][]): Decoration[] {
  const starts: number[] = [];
  forEachParagraph(doc, (_, pos) => starts.push(pos));
  const made = seeds.map(([kind, where, look]) => {
    const spec = SPECS[Math.floor(look * SPECS.length)]!;
    const index = Math.floor(where * starts.length);
    const paragraph = paragraphList(doc)[index]!;
    const start = starts[index]!;
    if (kind < 1 / 3) return Decoration.node(start, start + paragraph.nodeSize, { class: spec.look }, spec);
    const inside = start + 1 + Math.floor(where * 7919) % Math.max(1, paragraph.content.size);
    if (kind < 2 / 3) return Decoration.widget(inside, () => document.createElement('span'), spec);
    return Decoration.inline(inside, Math.min(start + 1 + paragraph.content.size, inside + 3), { class: spec.look }, spec);
  });
  // Each once (the callers never want one twice).
  return [...new Map(made.map((d) => [`${SPECS.indexOf(d.spec as (typeof SPECS)[number])}:${d.from}:${d.to}`, d])).values()];
}

function contents(set: DecorationSet): string[] {
  return set
    .find()
    .map((d) => `${SPECS.indexOf(d.spec as (typeof SPECS)[number])}:${d.from}:${d.to}`)
    .sort();
}

const fraction = fc.integer({ min: 0, max: 999 }).map((n) => n / 1000);
const seed = fc.tuple(fraction, fraction, fraction);
/** The decorations before the edit, and after it: mostly the same ones (the set is mended), a few dropped or added. */
const seeds = fc
  .tuple(fc.array(seed, { maxLength: 30 }), fc.integer({ min: 0, max: 3 }), fc.array(seed, { maxLength: 3 }))
  .map(([before, drop, added]) => [before, [...before.slice(drop), ...added]] as const);

describe('keptSet', () => {
  it('holds exactly the wanted decorations after any edit', () => {
    // Mending, not only building afresh, is what is tested.
    const removed = vi.spyOn(DecorationSet.prototype, 'remove');
    const added = vi.spyOn(DecorationSet.prototype, 'add');
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 30 }), fc.boolean(), ([before, after], at, length, split) => {
        const state = EditorState.create({ doc: docFromText(TEXT) });
        const from = Math.min(at, state.doc.content.size - 1);
        const to = Math.min(from + length, state.doc.content.size - 1);
        const tr = state.tr;
        // An edit inside the text, one across paragraphs, or a paragraph split.
        if (split && state.doc.resolve(from).parent.isTextblock) tr.split(from);
        else tr.insertText('xy', from, state.doc.resolve(to).parent.isTextblock ? to : from);
        const previous = DecorationSet.create(state.doc, decorations(state.doc, before));
        const wanted = decorations(tr.doc, after);
        const kept = keptSet(previous, tr.mapping, tr.doc, wanted);
        expect(contents(kept)).toEqual(contents(DecorationSet.create(tr.doc, [...wanted])));
      }),
      { numRuns: 300 },
    );
    expect(removed).toHaveBeenCalled();
    expect(added).toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  // Found at random: a paragraph joined to the next, and a node decoration wanted on an earlier paragraph than
  // another one mended in; DecorationSet.add dropped the earlier one when given after the later one.
  it('mends in node decorations given out of order', () => {
    const state = EditorState.create({ doc: docFromText(TEXT) });
    const tr = state.tr.insertText('xy', 91, 118);
    const before: [number, number, number][] = [[0, 0.5, 0], [0, 0, 0], [0, 0.584, 0], [0, 0.667, 0], [0, 0.75, 0], [0, 0, 0.334], [0, 0.167, 0]];
    const previous = DecorationSet.create(state.doc, decorations(state.doc, before));
    const wanted = decorations(tr.doc, [...before, [0, 0, 0.667]]);
    const kept = keptSet(previous, tr.mapping, tr.doc, wanted);
    expect(contents(kept)).toEqual(contents(DecorationSet.create(tr.doc, [...wanted])));
  });

  it('keeps the mapped set itself when it already holds what is wanted', () => {
    const state = EditorState.create({ doc: docFromText(TEXT) });
    const wanted = decorations(state.doc, [
      [0.1, 0.2, 0.1],
      [0.5, 0.6, 0.5],
      [0.9, 0.9, 0.9],
    ]);
    const previous = DecorationSet.create(state.doc, [...wanted]);
    expect(keptSet(previous, null, state.doc, wanted)).toBe(previous);
  });
});
