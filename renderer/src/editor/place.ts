/**
 * Turning one comparison of the whole draft text with the reference into
 * placed review items: document positions, the content key decisions are
 * recorded under, and the parts relative to each item's own wording.
 */
import { partsWithin, type Suggestion } from '@galley/engine';
import { decisionKey } from './decision-key';
import type { Placed, ReviewItem } from './review-item';
import type { DecidedKeys } from './review-state';
import { OffsetMap } from './text-doc';

/** No decisions: every suggestion placed, under its own key. */
export const undecided: DecidedKeys = { accepted: new Set(), rejected: new Set() };

/**
 * Places `suggestions` (computed for `text`, the whole draft, against
 * `reference`), leaving out the rejected ones: a rejected suggestion never
 * comes back. An accepted key found again is the draft wording typed back
 * (or an accept the text lost): that suggestion is open, under the key
 * with an AGAIN mark, so that its own decision is not the earlier one's
 * (and undoing the earlier accept, which owns the key, cannot take it
 * away). `offsets` maps
 * the text to the document it is placed in; by default, the one
 * docFromText(text) gives (an edited document may be cut differently).
 *
 * A move is named by the key of its first half rather than the engine's
 * number for it, which shifts when another move is found before it: so the
 * same move found again by a later comparison has the same id, and two
 * comparisons' moves never share one.
 *
 * `known` names the open items a re-check may find again (see KnownItem).
 */
export function placeSuggestions(
  text: string,
  reference: string,
  suggestions: readonly Suggestion[],
  decided: DecidedKeys,
  offsets: OffsetMap = OffsetMap.ofText(text),
  known: KnownItem = () => undefined,
): Placed[] {
  // A range ending where a long line's piece ends stays in that piece.
  const at = suggestions.map((s) => ({ from: offsets.toPos(s.from), to: s.to > s.from ? offsets.toPos(s.to, -1) : offsets.toPos(s.to) }));
  const found = suggestions.map((s, index) => known(s, at[index]!.from, at[index]!.to));
  const seenKeys = new Map<string, number>();
  const keys = suggestions.map((s, index) => {
    // Found again: the same words and reference context, so the same key up to the order mark below.
    const key = found[index] ? unordered(found[index].key) : decisionKey(text.slice(s.from, s.to), s.replacement, reference, s.refFrom, s.refTo);
    // The same slip twice in the same reference context: tell them apart by order.
    const seen = seenKeys.get(key) ?? 0;
    seenKeys.set(key, seen + 1);
    return seen > 0 ? `${key}#${seen}` : key;
  });
  const moveIds = new Map<string, string>();
  suggestions.forEach((s, index) => {
    if (s.moveId && !moveIds.has(s.moveId)) moveIds.set(s.moveId, `move:${keys[index]}`);
  });
  const placed: Placed[] = [];
  suggestions.forEach((s, index) => {
    let key = keys[index]!;
    while (decided.accepted.has(key)) key += AGAIN;
    if (decided.rejected.has(key)) return;
    const moveId = s.moveId ? moveIds.get(s.moveId)! : null;
    const old = found[index];
    if (old && old.key === key && old.moveId === moveId) {
      placed.push({ item: old, ...at[index]! });
      return;
    }
    const item: ReviewItem = {
      id: s.id,
      key,
      kind: s.kind,
      severity: s.severity,
      draftText: text.slice(s.from, s.to),
      replacement: s.replacement,
      refFrom: s.refFrom,
      refTo: s.refTo,
      moveId,
      // Offsets into the item's own wording: they stay right wherever the item moves.
      parts: partsWithin(s),
    };
    placed.push({ item, ...at[index]! });
  });
  return placed;
}

/**
 * The open item a suggestion placed at `from`–`to` is found again as, if
 * any: one there saying the same (./compare-state). Its key is not
 * computed again (a re-check finds nearly every suggestion again, and
 * keying them all was most of placing them), and when its key and move
 * come out the same it is kept as it is.
 */
export type KnownItem = (suggestion: Suggestion, from: number, to: number) => ReviewItem | undefined;

/** The mark on the key of a suggestion found again after it was accepted, once for each such accept. */
const AGAIN = '+';

/** A key without the marks telling a repeated slip's occurrences apart and an accepted one found again (both are added after keying). */
function unordered(key: string): string {
  const mark = key.search(/[#+]/);
  return mark < 0 ? key : key.slice(0, mark);
}
