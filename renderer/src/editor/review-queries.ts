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

/**
 * Where an open item is now, or null. `near`: positions the item probably
 * touches (the cursor, which selecting an item puts at its start), looked
 * at first; only when it is at none of them is the whole set searched,
 * which costs every open item (9,000 at 300,000 words) and ran several
 * times on every Next.
 */
export function findPlaced(review: ReviewState, id: string, near: readonly number[] = []): Placed | null {
  const isIt = (spec: SuggestionSpec): boolean => spec.id === id && spec.range;
  for (const pos of near) {
    const [found] = review.open.find(pos - NEAR_SLACK, pos + NEAR_SLACK, isIt);
    if (found) return placedOf(found);
  }
  const [found] = review.open.find(undefined, undefined, isIt);
  return found ? placedOf(found) : null;
}

/** How far from a hinted position findPlaced looks: the cursor put at an item's start may land a paragraph boundary on. */
const NEAR_SLACK = 2;

/** Every open item in document order. O(n log n): for navigation and views, not per keystroke. */
export function orderedPlaced(review: ReviewState): Placed[] {
  return review.open.find(undefined, undefined, isRange).map(placedOf).sort(byPosition);
}

/**
 * The open item nearest after `anchor` in document order (direction 1) or
 * before it (-1) among those `accept` takes, or null. `anchor` is an item's
 * place (after: a later start, or the same start and a later end, as
 * byPosition orders) or a cursor position (after: starting at or after it).
 * Looks in windows widening from the anchor, so Next costs the items
 * between two suggestions, not sorting every open one.
 */
export function adjacentPlaced(
  review: ReviewState,
  docSize: number,
  anchor: { from: number; to: number } | number,
  direction: 1 | -1,
  accept: (p: Placed) => boolean,
): Placed | null {
  const at = typeof anchor === 'number' ? anchor : anchor.from;
  const beyond =
    typeof anchor === 'number'
      ? (p: Placed): boolean => (direction === 1 ? p.from >= anchor : p.from < anchor)
      : (p: Placed): boolean => byPosition(p, anchor) * direction > 0;
  for (let width = FIRST_WINDOW, edge = at; ; width *= 2) {
    // Forward: the items starting in [edge, edge + width]; back: in [edge - width, edge].
    const [lo, hi] = direction === 1 ? [edge, Math.min(docSize, edge + width)] : [Math.max(0, edge - width), edge];
    let best: Placed | null = null;
    for (const p of placedIn(review, lo, hi)) {
      if (p.from < lo || p.from > hi || !beyond(p) || !accept(p)) continue;
      if (!best || byPosition(p, best) * direction < 0) best = p;
    }
    if (best) return best;
    if (direction === 1 ? hi >= docSize : lo <= 0) return null;
    edge = direction === 1 ? hi : lo;
  }
}

/** The first window adjacentPlaced looks in (positions): a few paragraphs, where the next suggestion nearly always is. */
const FIRST_WINDOW = 2_048;

/** The open items of `ids`, unordered: one walk over the set, building nothing for the others. */
export function placedOfIds(review: ReviewState, ids: ReadonlySet<string>): Placed[] {
  if (ids.size === 0) return [];
  return review.open.find(undefined, undefined, (spec: SuggestionSpec) => spec.range && ids.has(spec.id)).map(placedOf);
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
