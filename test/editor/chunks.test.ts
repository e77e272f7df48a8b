/**
 * The draft's paragraphs held in chunks (renderer/src/editor/chunks): the
 * text never sees them. Keys, pastes, cuts and typing over a selection
 * across a chunk's edge change the text exactly as they would between any
 * two paragraphs, the chunks stay valid and bounded, undo gives the text
 * back, and a suggestion across a chunk's edge is decided and undone like
 * any other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { baseKeymap, chainCommands } from 'prosemirror-commands';
import { history, undo, undoDepth } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { type Command, EditorState, AllSelection, NodeSelection, TextSelection, type Transaction } from 'prosemirror-state';
import { describe, expect, it, vi } from 'vitest';
import { CHUNK_CHARS, CHUNK_PARAGRAPHS, chunkStarts, keepChunksSmall, paragraphList, sameParagraphs } from '../../renderer/src/editor/chunks';
import { pieceBindings } from '../../renderer/src/editor/piece-keys';
import { accept, reject } from '../../renderer/src/editor/review-commands';
import { orderedPlaced } from '../../renderer/src/editor/review-queries';
import { reviewState } from '../../renderer/src/editor/review-state';
import { schema } from '../../renderer/src/editor/schema';
import { docFromText, OffsetMap, sliceFromText, textBetween, textFromDoc } from '../../renderer/src/editor/text-doc';
import { openReview, run } from './open-review';

const ROOT = join(__dirname, '../..');
const SEED = readFileSync(join(ROOT, 'seeds/000_6302bc43854f0c3c.txt'), 'utf8');
/** About six chunks of ordinary lines. */
const DRAFT = Array(6).fill(SEED.trim()).join('\n');

/** A key as the editor binds it: this file's commands first, then the base keymap's. */
const key = (name: 'Backspace' | 'Delete' | 'Enter'): Command => chainCommands(pieceBindings()[name]!, baseKeymap[name]!);

const start = (text: string): EditorState => EditorState.create({ doc: docFromText(text), plugins: [history(), keepChunksSmall()] });

/** An edit at the edge between chunk `edge` and the one before it (`edge` taken modulo the edges), `span` characters either side for a selection. */
type Edit = { kind: 'backspace' | 'delete' | 'enter' | 'type' | 'paste' | 'cut' | 'all'; edge: number; span: number };

/** The state and the text after `edit`, the text worked out as plain paragraphs of text would have it. */
function apply(state: EditorState, text: string, edit: Edit): { state: EditorState; text: string } {
  const starts = chunkStarts(state.doc);
  if (starts.length < 2 && edit.kind !== 'all') return { state, text };
  const chunk = 1 + (edit.edge % (starts.length - 1));
  // The first paragraph's start in the chunk, the last one's end in the chunk before.
  const [after, before] = [starts[chunk]! + 2, starts[chunk]! - 2];
  const offsets = OffsetMap.ofDoc(state.doc);
  const at = (pos: number): EditorState => state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  const [a, b] = [Math.max(0, offsets.toOffset(before) - edit.span), Math.min(text.length, offsets.toOffset(after) + edit.span)];
  const across = (): EditorState => state.apply(state.tr.setSelection(TextSelection.create(state.doc, offsets.toPos(a), offsets.toPos(b, -1))));
  switch (edit.kind) {
    case 'backspace': {
      const o = offsets.toOffset(after);
      return { state: run(at(after), key('Backspace')), text: text.slice(0, o - 1) + text.slice(o) };
    }
    case 'delete': {
      const o = offsets.toOffset(before);
      return { state: run(at(before), key('Delete')), text: text.slice(0, o) + text.slice(o + 1) };
    }
    case 'enter': {
      const o = offsets.toOffset(after);
      return { state: run(at(after), key('Enter')), text: `${text.slice(0, o)}\n${text.slice(o)}` };
    }
    case 'type': {
      const s = across();
      return { state: s.apply(s.tr.insertText('x')), text: `${text.slice(0, a)}x${text.slice(b)}` };
    }
    case 'paste': {
      const s = across();
      return { state: s.apply(s.tr.replaceSelection(sliceFromText('One.\nTwo.\nThree.'))), text: `${text.slice(0, a)}One.\nTwo.\nThree.${text.slice(b)}` };
    }
    case 'cut': {
      const s = across();
      return { state: s.apply(s.tr.deleteSelection()), text: text.slice(0, a) + text.slice(b) };
    }
    case 'all': {
      const s = state.apply(state.tr.setSelection(new AllSelection(state.doc)));
      return { state: s.apply(s.tr.insertText('Fresh.')), text: 'Fresh.' };
    }
  }
}

describe('paragraphs in chunks', () => {
  it('cuts a draft in bounded chunks and gives back its text', () => {
    const doc = docFromText(DRAFT);
    expect(doc.childCount).toBeGreaterThan(3);
    doc.forEach((chunk) => {
      expect(chunk.type.name).toBe('chunk');
      expect(chunk.childCount).toBeLessThanOrEqual(CHUNK_PARAGRAPHS);
    });
    expect(textFromDoc(doc)).toBe(DRAFT);
    expect(paragraphList(doc)).toHaveLength(DRAFT.split('\n').length);
    // A one-line draft's pieces are cut in chunks too.
    const line = DRAFT.replace(/\n/g, ' ');
    const oneLine = docFromText(line);
    expect(oneLine.childCount).toBeGreaterThan(3);
    expect(textFromDoc(oneLine)).toBe(line);
  });

  it('edits across a chunk edge as across any line break, stays valid, and undoes back to the draft', () => {
    const edit = fc.record({
      kind: fc.constantFrom<Edit['kind']>('backspace', 'backspace', 'delete', 'delete', 'enter', 'type', 'paste', 'cut', 'all'),
      edge: fc.nat(),
      span: fc.nat({ max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let state = start(DRAFT);
        let text = DRAFT;
        for (const one of edits) {
          ({ state, text } = apply(state, text, one));
          state.doc.check();
          expect(textFromDoc(state.doc)).toBe(text);
          const offsets = OffsetMap.ofDoc(state.doc);
          for (let o = 0; o <= text.length; o += 211) expect(offsets.toOffset(offsets.toPos(o))).toBe(o);
        }
        while (undoDepth(state) > 0) state = run(state, undo);
        expect(textFromDoc(state.doc)).toBe(DRAFT);
      }),
      { numRuns: 80 },
    );
  });

  it('Backspace and Delete at a chunk edge join the two paragraphs, where ProseMirror alone would join only the chunks', () => {
    const state = start(DRAFT);
    const edge = chunkStarts(state.doc)[1]!;
    const o = OffsetMap.ofDoc(state.doc).toOffset(edge + 2);
    const joined = DRAFT.slice(0, o - 1) + DRAFT.slice(o);
    const caret = (pos: number): EditorState => state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
    expect(textFromDoc(run(caret(edge + 2), key('Backspace')).doc)).toBe(joined);
    expect(textFromDoc(run(caret(edge - 2), key('Delete')).doc)).toBe(joined);
    // ProseMirror's own commands there leave the text as it was.
    expect(textFromDoc(run(caret(edge + 2), baseKeymap.Backspace!).doc)).toBe(DRAFT);
  });

  it('cuts a chunk grown far past its size again, leaving the text and one undo step', () => {
    const state = start(DRAFT);
    const pasted = Array.from({ length: 400 }, (_, i) => `Pasted line ${i} of a long paste.`).join('\n');
    const at = chunkStarts(state.doc)[1]! + 2;
    const after = state.apply(state.tr.replace(at, at, sliceFromText(`${pasted}\n`)));
    const o = OffsetMap.ofDoc(state.doc).toOffset(at);
    expect(textFromDoc(after.doc)).toBe(`${DRAFT.slice(0, o)}${pasted}\n${DRAFT.slice(o)}`);
    after.doc.forEach((chunk) => {
      expect(chunk.childCount).toBeLessThanOrEqual(CHUNK_PARAGRAPHS);
      expect(chunk.content.size).toBeLessThan(2 * CHUNK_CHARS);
    });
    expect(textFromDoc(run(after, undo).doc)).toBe(DRAFT);
  });

  it('accepts or rejects a suggestion across a chunk edge, and undoes it, like any other', () => {
    const doc = docFromText(DRAFT);
    const edge = OffsetMap.ofDoc(doc).toOffset(chunkStarts(doc)[1]! + 2);
    // The reference lacks the words on either side of the edge, and the line break between.
    const reference = DRAFT.slice(0, edge - 12) + DRAFT.slice(edge + 14);
    const state = openReview(DRAFT, reference);
    const crossing = orderedPlaced(reviewState(state)).find((p) => p.from < chunkStarts(state.doc)[1]! && p.to > chunkStarts(state.doc)[1]!);
    expect(crossing, 'a suggestion across the edge').toBeDefined();
    expect(textBetween(state.doc, crossing!.from, crossing!.to)).toBe(crossing!.item.draftText);
    const marks = (s: EditorState) => orderedPlaced(reviewState(s)).map((p) => [p.item.id, p.from, p.to]);
    const accepted = run(state, accept({ id: crossing!.item.id }));
    expect(textFromDoc(accepted.doc)).toBe(reference);
    for (const decided of [accepted, run(state, reject({ id: crossing!.item.id }))]) {
      expect(reviewState(decided).items.has(crossing!.item.id)).toBe(false);
      const undone = run(decided, undo);
      expect(textFromDoc(undone.doc)).toBe(DRAFT);
      expect(marks(undone)).toEqual(marks(state));
    }
  });

  it('a chunk is never selected as a node (a Mod-click on a selected paragraph, a triple click on a far chunk): typing never replaces a chunk of text', () => {
    expect(NodeSelection.isSelectable(start(DRAFT).doc.child(1))).toBe(false);
  });

  it('the same paragraphs cut into chunks otherwise are the same text (the unsaved mark goes when the text is put back by hand)', () => {
    const state = start(DRAFT);
    const edge = chunkStarts(state.doc)[1]! + 2;
    const joined = run(state.apply(state.tr.setSelection(TextSelection.create(state.doc, edge))), key('Backspace'));
    const split = run(joined, key('Enter'));
    expect(textFromDoc(split.doc)).toBe(DRAFT);
    expect(split.doc.content.eq(state.doc.content)).toBe(false);
    expect(sameParagraphs(split.doc, state.doc)).toBe(true);
    expect(sameParagraphs(joined.doc, state.doc)).toBe(false);
  });

  it('tells the same paragraphs as comparing every paragraph does, whatever the cuts and wherever a paragraph differs', () => {
    const paragraphs = paragraphList(start(DRAFT).doc);
    const cut = (list: readonly Node[], every: number): Node =>
      schema.nodes.doc.create(null, Array.from({ length: Math.ceil(list.length / every) }, (_, i) => schema.nodes.chunk.create(null, list.slice(i * every, (i + 1) * every))));
    const byList = (a: Node, b: Node): boolean => {
      const [x, y] = [paragraphList(a), paragraphList(b)];
      return x.length === y.length && x.every((p, i) => p.eq(y[i]!));
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: -1, max: paragraphs.length }), fc.constantFrom('text', 'drop', 'add', 'none'), (p, q, at, change) => {
        const changed = [...paragraphs];
        if (change === 'text' && at >= 0 && at < changed.length) changed[at] = schema.nodes.paragraph.create(changed[at]!.attrs, schema.text('changed'));
        if (change === 'drop' && at >= 0 && at < changed.length) changed.splice(at, 1);
        if (change === 'add') changed.splice(Math.max(0, at), 0, schema.nodes.paragraph.create());
        const [a, b] = [cut(paragraphs, p), cut(changed, q)];
        // The same chunk objects on both sides too, as after a keystroke.
        const shared = schema.nodes.doc.create(null, [...a.content.content.slice(0, 2), ...b.content.content.slice(2)]);
        expect(sameParagraphs(a, b)).toBe(byList(a, b));
        expect(sameParagraphs(a, shared)).toBe(byList(a, shared));
        expect(sameParagraphs(shared, b)).toBe(byList(shared, b));
      }),
      { numRuns: 200 },
    );
  });

  it('compares only the paragraphs of the chunks that differ, past the first one too', () => {
    const state = start(DRAFT);
    expect(state.doc.childCount).toBeGreaterThan(3);
    // A key typed and deleted in the first chunk: the same text, that chunk rebuilt, every other chunk shared.
    const typed = state.apply(state.tr.insertText('x', 2));
    const back = typed.apply(typed.tr.delete(2, 3));
    expect(back.doc.child(0)).not.toBe(state.doc.child(0));
    expect(back.doc.child(1)).toBe(state.doc.child(1));
    const eq = vi.spyOn(Object.getPrototypeOf(state.doc.child(0).child(0)) as Node, 'eq');
    try {
      expect(sameParagraphs(back.doc, state.doc)).toBe(true);
      expect(eq.mock.calls.length).toBeLessThanOrEqual(state.doc.child(0).childCount);
    } finally {
      eq.mockRestore();
    }
  });

  it('leaves a chunk that one long paragraph overgrows as it is, with no transaction of its own on each key', () => {
    const state = start(DRAFT);
    const at = chunkStarts(state.doc)[1]! + 2;
    const long = state.apply(state.tr.insertText('word '.repeat(4_000), at));
    const appended: Transaction[] = [];
    const typed = long.applyTransaction(long.tr.insertText('z', at));
    appended.push(...typed.transactions);
    expect(appended).toHaveLength(1);
  });
});
