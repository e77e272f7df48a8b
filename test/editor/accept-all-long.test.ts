/**
 * Accept all on a long draft (issue 10: "accept all of 3,000 is one undo
 * step"): one transaction, one undo step that gives back the draft and
 * exactly the suggestions it started with, each on the same words, and a
 * redo that decides them all again. At this length the decision's mapping
 * is one step map over thousands of ranges (./follow-decisions) and the
 * decided marks are taken out of the open set before it is mapped
 * (./map-review), the paths a seed-sized draft does not reach. A draft with
 * bold and italic (Word, Markdown) is accepted in one step as well, as one
 * replacement at a time would leave it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redo, undo, undoDepth } from 'prosemirror-history';
import type { EditorState } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { acceptAll, everyItem } from '../../renderer/src/editor/review-commands';
import { orderedPlaced } from '../../renderer/src/editor/review-queries';
import { reviewState } from '../../renderer/src/editor/review-state';
import { schema } from '../../renderer/src/editor/schema';
import { sliceFromText, textBetween, textFromDoc } from '../../renderer/src/editor/text-doc';
import { longPair } from '../e2e/fixtures/long-pair';
import { openReview, run } from './open-review';

const WORDS = 20_000;

const marks = (state: EditorState) =>
  orderedPlaced(reviewState(state)).map((p) => ({ id: p.item.id, key: p.item.key, from: p.from, to: p.to, words: textBetween(state.doc, p.from, p.to) }));

describe('accept all on a long draft', () => {
  it('is one undo step that restores the draft and exactly its suggestions', { timeout: 60_000 }, () => {
    const pair = longPair(WORDS);
    const draft = readFileSync(pair.draft, 'utf8');
    const start = openReview(draft, readFileSync(pair.reference, 'utf8'));
    const before = marks(start);
    expect(before.length).toBeGreaterThan(500);

    const accepted = run(start, acceptAll(everyItem));
    expect(reviewState(accepted).items.size).toBe(0);
    // What one replacement at a time, from the end, leaves (some items cross a line's end or put a line break in).
    const placed = orderedPlaced(reviewState(start));
    expect(placed.filter((p) => /\n/.test(p.item.draftText + p.item.replacement)).length).toBeGreaterThan(0);
    const oneByOne = start.tr;
    for (const p of [...placed].reverse()) oneByOne.replace(p.from, p.to, sliceFromText(p.item.replacement));
    expect(accepted.doc.content.eq(oneByOne.doc.content)).toBe(true);
    expect(accepted.doc.attrs.accepted).toHaveLength(before.length);
    expect(undoDepth(accepted)).toBe(1);

    const undone = run(accepted, undo);
    expect(textFromDoc(undone.doc)).toBe(draft);
    expect(undone.doc.attrs.accepted).toHaveLength(0);
    expect(marks(undone)).toEqual(before);
    // Restored as they were, and compared again once typing pauses (./follow-decisions).
    expect(reviewState(undone).dirty).toHaveLength(1);

    const redone = run(undone, redo);
    expect(textFromDoc(redone.doc)).toBe(textFromDoc(accepted.doc));
    expect(reviewState(redone).items.size).toBe(0);
  });

  it('of one kind leaves every other mark on its words, in a draft of many chunks', { timeout: 60_000 }, () => {
    const pair = longPair(WORDS);
    const start = openReview(readFileSync(pair.draft, 'utf8'), readFileSync(pair.reference, 'utf8'));
    const placed = orderedPlaced(reviewState(start));
    const kinds = [...new Set(placed.map((p) => p.item.kind))];
    const count = (kind: string) => placed.filter((p) => p.item.kind === kind).length;
    const kind = kinds.reduce((a, b) => (count(b) > count(a) ? b : a));
    const accepted = run(start, acceptAll((item) => item.kind === kind));
    const left = marks(accepted);
    expect(left).toHaveLength(placed.length - count(kind));
    for (const mark of left) expect(mark.words).toBe(placed.find((p) => p.item.id === mark.id)!.item.draftText);
  });
});

describe('accept all on a formatted draft', () => {
  it('is one step for a Word or Markdown draft too, and leaves what one replacement at a time leaves', () => {
    const root = join(__dirname, '../..');
    const draft = readFileSync(join(root, 'seeds/000_6302bc43854f0c3c.txt'), 'utf8');
    const plain = openReview(draft, readFileSync(join(root, 'seeds/001_6904e82db721665d.txt'), 'utf8'));
    // Bold over the first half of the draft and italic over a stretch of the rest, across many suggestions.
    const size = plain.doc.content.size;
    const start = plain.apply(plain.tr.addMark(1, size >> 1, schema.marks.strong.create()).addMark((size >> 1) + 40, size - 40, schema.marks.em.create()));
    const placed = orderedPlaced(reviewState(start));
    expect(placed.filter((p) => start.doc.rangeHasMark(p.from, p.to, schema.marks.strong)).length).toBeGreaterThan(10);

    let steps = 0;
    const accepted = run(start, (state, dispatch) => acceptAll(everyItem)(state, dispatch && ((tr) => ((steps = tr.steps.filter((s) => s instanceof ReplaceStep).length), dispatch(tr)))));
    // Items crossing a line's end or putting a line break in are in the one step too.
    expect(placed.filter((p) => /\n/.test(p.item.draftText + p.item.replacement)).length).toBeGreaterThan(0);
    expect(steps).toBe(1);
    // One item at a time, from the end: each replacement plain text in its paragraph's marks.
    const oneByOne = start.tr;
    for (const p of [...placed].reverse()) oneByOne.replace(p.from, p.to, sliceFromText(p.item.replacement));
    expect(accepted.doc.content.eq(oneByOne.doc.content)).toBe(true);
    expect(textFromDoc(accepted.doc)).toBe(textFromDoc(oneByOne.doc));
  });
});
