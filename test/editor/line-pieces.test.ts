/**
 * A very long line shown as pieces (renderer/src/editor/line-pieces.ts):
 * the text and the saved bytes never change, offsets and positions map
 * across the cuts, keys edit across them as across any character, and a
 * review of a one-line draft behaves as one of the same text in lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { undo } from 'prosemirror-history';
import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';
import { forEachParagraph } from '../../renderer/src/editor/chunks';
import { linePieces, PIECE_CHARS } from '../../renderer/src/editor/line-pieces';
import { deleteAfterCut, deleteBeforeCut, splitLine } from '../../renderer/src/editor/piece-keys';
import { accept, acceptAll, everyItem, reject } from '../../renderer/src/editor/review-commands';
import { orderedPlaced } from '../../renderer/src/editor/review-queries';
import { reviewState } from '../../renderer/src/editor/review-state';
import { openReview, run } from './open-review';
import { docFromText, OffsetMap, textBetween, textFromDoc } from '../../renderer/src/editor/text-doc';

const ROOT = join(__dirname, '../..');
const oneLine = (path: string): string => readFileSync(join(ROOT, path), 'utf8').trim().replace(/\s*\n\s*/g, ' ');
const DRAFT = [1, 2, 3].map(() => oneLine('seeds/000_6302bc43854f0c3c.txt')).join(' ');
const REFERENCE = [1, 2, 3].map(() => oneLine('seeds/001_6904e82db721665d.txt')).join(' ');

const open = openReview;

/** The position where piece `index` (of the first line) starts. */
function pieceStart(state: EditorState, index: number): number {
  let start = 0;
  forEachParagraph(state.doc, (_node, pos, i) => {
    if (i === index) start = pos + 1;
  });
  return start;
}

const at = (state: EditorState, pos: number): EditorState => state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));

describe('long lines in pieces', () => {
  it('cuts only long lines, after a sentence where it can, and the pieces join back to the line', () => {
    expect(linePieces('short line.')).toEqual(['short line.']);
    const pieces = linePieces(DRAFT);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(DRAFT);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(PIECE_CHARS);
      expect(piece).toMatch(/[.!?]["'”’)]*\s+$/);
    }
    // No spaces at all (unspaced scripts): cut at characters, never inside a surrogate pair.
    const emoji = '😀'.repeat(PIECE_CHARS);
    expect(linePieces(emoji).join('')).toBe(emoji);
    for (const piece of linePieces(emoji)) expect(piece.length % 2).toBe(0);
  });

  it('gives back the exact text, and maps offsets and positions as the document has them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(DRAFT, 'a short line', '', DRAFT.slice(0, 5_000)), { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.join('\n');
        const doc = docFromText(text);
        expect(textFromDoc(doc)).toBe(text);
        const fromText = OffsetMap.ofText(text);
        const fromDoc = OffsetMap.ofDoc(doc);
        for (let offset = 0; offset <= text.length; offset += 97) {
          expect(fromText.toPos(offset)).toBe(fromDoc.toPos(offset));
          expect(fromText.toPos(offset, -1)).toBe(fromDoc.toPos(offset, -1));
          const end = Math.min(text.length, offset + 300);
          expect(textBetween(doc, fromDoc.toPos(offset), fromDoc.toPos(end, -1))).toBe(text.slice(offset, end));
          expect(fromDoc.toOffset(fromDoc.toPos(offset))).toBe(offset);
        }
        // A position between two paragraphs (what a step map reports for an
        // edit at a cut) is where the later one's text starts: for a piece of
        // a long line no "\n" stands between them.
        forEachParagraph(doc, (paragraph, pos, index) => {
          if (index === 0) return;
          const later = fromDoc.toOffset(pos + 1);
          expect(fromDoc.toOffset(pos)).toBe(later);
          expect(text[later - 1] === '\n').toBe(!paragraph.attrs.joined);
        });
      }),
      { numRuns: 20 },
    );
  });

  it('Enter starts a new line; Backspace and Delete at a cut delete the character beside it', () => {
    const state = EditorState.create({ doc: docFromText(DRAFT) });
    const cut = pieceStart(state, 1);
    const offset = OffsetMap.ofDoc(state.doc).toOffset(cut);
    expect(textFromDoc(run(at(state, cut), splitLine).doc)).toBe(`${DRAFT.slice(0, offset)}\n${DRAFT.slice(offset)}`);
    expect(textFromDoc(run(at(state, cut + 5), splitLine).doc)).toBe(`${DRAFT.slice(0, offset + 5)}\n${DRAFT.slice(offset + 5)}`);
    expect(textFromDoc(run(at(state, cut), deleteBeforeCut).doc)).toBe(DRAFT.slice(0, offset - 1) + DRAFT.slice(offset));
    expect(textFromDoc(run(at(state, cut - 2), deleteAfterCut).doc)).toBe(DRAFT.slice(0, offset) + DRAFT.slice(offset + 1));
    // Away from a cut, they leave the keys to ProseMirror.
    expect(deleteBeforeCut(at(state, cut + 1))).toBe(false);
    expect(deleteBeforeCut(at(state, 2))).toBe(false);
    expect(deleteAfterCut(at(state, cut))).toBe(false);
  });

  it('reviews a one-line draft as the same text in lines: the same suggestions, accept all gives the reference, undo the draft', () => {
    const state = open(DRAFT, REFERENCE);
    const text = (s: EditorState) => orderedPlaced(reviewState(s)).map((p) => textBetween(s.doc, p.from, p.to));
    const placed = orderedPlaced(reviewState(state));
    expect(placed.length).toBe(compare(DRAFT, REFERENCE).length);
    expect(text(state)).toEqual(placed.map((p) => p.item.draftText));
    const accepted = run(state, acceptAll(everyItem));
    expect(textFromDoc(accepted.doc)).toBe(REFERENCE);
    const undone = run(accepted, undo);
    expect(textFromDoc(undone.doc)).toBe(DRAFT);
    expect(orderedPlaced(reviewState(undone)).map((p) => p.item.id)).toEqual(placed.map((p) => p.item.id));
  });

  it('a suggestion across a cut is accepted or rejected, and undone, like any other', () => {
    const sentences = Array.from({ length: 200 }, (_, i) => `Sentence number ${i} is here.`);
    const draft = sentences.join(' ');
    const cut = linePieces(draft)[0]!.length;
    // The reference lacks the words on either side of the first cut.
    const reference = draft.slice(0, cut - 9) + draft.slice(cut + 16);
    const state = open(draft, reference);
    const crossing = orderedPlaced(reviewState(state)).find((p) => textBetween(state.doc, p.from, p.to).length < p.to - p.from);
    expect(crossing, 'a suggestion across the cut').toBeDefined();
    const marks = (s: EditorState) => orderedPlaced(reviewState(s)).map((p) => [p.item.id, p.from, p.to]);
    for (const decide of [accept, reject]) {
      const decided = run(state, decide({ id: crossing!.item.id }));
      expect(reviewState(decided).items.has(crossing!.item.id)).toBe(false);
      const undone = run(decided, undo);
      expect(textFromDoc(undone.doc)).toBe(draft);
      expect(marks(undone)).toEqual(marks(state));
    }
  });
});
