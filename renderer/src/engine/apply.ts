/**
 * Applying suggestions to the draft.
 */

import type { Suggestion } from './types';

/**
 * Returns the draft with the given suggestions accepted, each replacing
 * `draft.slice(from, to)` by its `replacement`. Any subset of one
 * `compare()` result may be passed, in any order; accepting all of them gives
 * the reference exactly, accepting none gives the draft back.
 *
 * The two halves of a move (same `moveId`) are independent edits: accepting
 * only the removal deletes the passage from its wrong place (its text is then
 * absent from the result), accepting only the insertion adds the passage at
 * its right place (so it then appears twice). The editor accepts both halves
 * together; a script accepting by kind gets both with the move's kind
 * (`moved`, or `number` for a move that changes a number: number-moves.ts).
 *
 * Throws a RangeError if two suggestions overlap or one lies outside the draft.
 */
export function applySuggestions(draft: string, suggestions: readonly Suggestion[]): string {
  const sorted = [...suggestions].sort(bySpan);
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    if (s.from < pos || s.to < s.from || s.to > draft.length) {
      throw new RangeError(`suggestion ${s.id} (${s.from}-${s.to}) overlaps another or lies outside the draft`);
    }
    out += draft.slice(pos, s.from) + s.replacement;
    pos = s.to;
  }
  return out + draft.slice(pos);
}

/**
 * `chosen` (a subset of `all`, one compare() result) with the other half of
 * every move among them added, in `all`'s order: what accepting them means,
 * since half a move would delete a passage or write it twice.
 */
export function withMovePartners(all: readonly Suggestion[], chosen: readonly Suggestion[]): Suggestion[] {
  const picked = new Set(chosen);
  const moves = new Set(chosen.map((s) => s.moveId).filter((id) => id !== undefined));
  return all.filter((s) => picked.has(s) || (s.moveId !== undefined && moves.has(s.moveId)));
}

/**
 * Document order, the engine's one span comparator: by start, an insertion
 * before a replacement starting at the same place.
 */
export function bySpan(x: { readonly from: number; readonly to: number }, y: { readonly from: number; readonly to: number }): number {
  return x.from - y.from || x.to - y.to;
}
