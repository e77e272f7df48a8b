/** The card's place beside a selected suggestion: it never covers the other end of a move when there is room elsewhere. */
import { expect, it } from 'vitest';
import { placeCard, unionOf, type Box } from '../../renderer/src/views/card-placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const size = { width: 300, height: 120, paneWidth: 800, gap: 8 };

it('goes just below the selected suggestion when nothing is in the way', () => {
  expect(placeCard({ ...size, anchor: box(100, 200, 180, 220), avoid: [] })).toEqual({ left: 100, top: 228 });
});

it('goes above when the other end of the move is just below', () => {
  const placed = placeCard({ ...size, anchor: box(100, 200, 180, 220), avoid: [box(50, 260, 400, 280)] });
  expect(placed).toEqual({ left: 100, top: 200 - 8 - 120 });
});

it('goes below both ends when neither above nor below the selection is free', () => {
  // The selection near the top (no room above), its partner right below it.
  const placed = placeCard({ ...size, anchor: box(100, 20, 180, 40), avoid: [box(50, 60, 400, 80)] });
  expect(placed.top).toBe(88);
});

it('keeps the card inside the pane', () => {
  expect(placeCard({ ...size, anchor: box(700, 200, 760, 220), avoid: [] }).left).toBe(800 - 300 - 8);
});

it('joins the boxes of a mark broken over lines', () => {
  expect(unionOf([box(300, 10, 700, 30), box(40, 30, 200, 50)])).toEqual(box(40, 10, 700, 50));
  expect(unionOf([])).toBeNull();
});
