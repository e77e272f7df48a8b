/**
 * Turning one comparison of the whole draft text with the reference into
 * placed review items: document positions, the content key decisions are
 * recorded under, and the parts relative to each item's own wording.
 */
import { partsWithin, type Suggestion } from '@galley/engine';
import { decisionKey } from './decision-key';
import type { Placed, ReviewItem } from './review-item';
import { OffsetMap } from './text-doc';

/**
 * Places `suggestions` (computed for `text`, the whole draft, against
 * `reference`), leaving out any whose key is in `decided`. `offsets` maps
 * the text to the document it is placed in; by default, the one
 * docFromText(text) gives (an edited document may be cut differently).
 *
 * A move is named by the key of its first half rather than the engine's
 * number for it, which shifts when another move is found before it: so the
 * same move found again by a later comparison has the same id, and two
 * comparisons' moves never share one.
 */
export function placeSuggestions(
  text: string,
  reference: string,
  suggestions: readonly Suggestion[],
  decided: ReadonlySet<string>,
  offsets: OffsetMap = OffsetMap.ofText(text),
): Placed[] {
  const seenKeys = new Map<string, number>();
  const keys = suggestions.map((s) => {
    const key = decisionKey(text.slice(s.from, s.to), s.replacement, reference, s.refFrom, s.refTo);
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
    const key = keys[index];
    if (decided.has(key)) return;
    const draftText = text.slice(s.from, s.to);
    const item: ReviewItem = {
      id: s.id,
      key,
      kind: s.kind,
      severity: s.severity,
      draftText,
      replacement: s.replacement,
      refFrom: s.refFrom,
      refTo: s.refTo,
      moveId: s.moveId ? moveIds.get(s.moveId)! : null,
      // Offsets into the item's own wording: they stay right wherever the item moves.
      parts: partsWithin(s),
    };
    // A range ending where a long line's piece ends stays in that piece.
    placed.push({ item, from: offsets.toPos(s.from), to: s.to > s.from ? offsets.toPos(s.to, -1) : offsets.toPos(s.to) });
  });
  return placed;
}
