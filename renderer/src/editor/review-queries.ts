/**
 * Questions asked of the review state: where an open suggestion is, which
 * one is at the cursor, the open ones in document order, a move's other
 * half. Positions come from the decorations, which follow every edit.
 */
import type { Decoration } from 'prosemirror-view';
import type { SuggestionSpec } from './decorations';
import { byPosition, type Placed, type ReviewItem } from './review-item';
import type { Range } from './ranges';
import type { ReviewState } from './review-state';

/** An open item's range decoration as the item and where it is. */
export function placedOf(decoration: Decoration): Placed {
  return { item: (decoration.spec as SuggestionSpec).item, from: decoration.from, to: decoration.to };
}

const isRange = (spec: SuggestionSpec): boolean => spec.range;

/** Where an open item is now, or null. */
export function findPlaced(review: ReviewState, id: string): Placed | null {
  const [found] = review.open.find(undefined, undefined, (spec: SuggestionSpec) => spec.id === id && spec.range);
  return found ? placedOf(found) : null;
}

/** Every open item in document order. O(n log n): for navigation and views, not per keystroke. */
export function orderedPlaced(review: ReviewState): Placed[] {
  return review.open.find(undefined, undefined, isRange).map(placedOf).sort(byPosition);
}

/** The open items overlapping or touching [from, to], unordered. */
export function placedIn(review: ReviewState, from: number, to: number): Placed[] {
  return review.open.find(from, to, isRange).map(placedOf);
}

/**
 * The open items overlapping or touching any of `ranges` (sorted, apart:
 * ./ranges mergeRanges), each once, unordered. Each find() walks the set's
 * paragraphs, so many ranges (the undo of accept all changes thousands)
 * are matched against the items in one sorted pass instead.
 */
export function placedInRanges(review: ReviewState, ranges: readonly Range[]): Placed[] {
  if (ranges.length <= MAX_FOUND_APART) return [...new Map(ranges.flatMap((r) => placedIn(review, r.from, r.to)).map((p) => [p.item.id, p])).values()];
  const found: Placed[] = [];
  let i = 0;
  for (const p of orderedPlaced(review)) {
    while (i < ranges.length && ranges[i]!.to < p.from) i++;
    if (i === ranges.length) break;
    if (ranges[i]!.from <= p.to) found.push(p);
  }
  return found;
}

/** Up to this many ranges or items are looked up one by one; more in one pass over the whole set. */
export const MAX_FOUND_APART = 32;

/** The open item at a cursor position: one containing it, else one touching it. */
export function placedAt(review: ReviewState, pos: number): Placed | null {
  const touching = placedIn(review, pos, pos);
  return touching.find((p) => p.from < pos && pos < p.to) ?? touching.find((p) => p.from === pos) ?? touching[0] ?? null;
}

/** The other halves of a move, where they are. */
export function movePartners(review: ReviewState, item: ReviewItem): Placed[] {
  if (!item.moveId) return [];
  return review.open
    .find(undefined, undefined, (spec: SuggestionSpec) => spec.range && spec.item.moveId === item.moveId && spec.id !== item.id)
    .map(placedOf);
}
