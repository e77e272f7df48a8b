/**
 * Selecting a suggestion in the review state: the selected one and the
 * other half of its move are drawn emphasised. Only the decorations of the
 * items whose look changes are replaced.
 */
import type { Node } from 'prosemirror-model';
import { suggestionDecorations, type Look } from './decorations';
import { removeItems } from './map-review';
import type { Placed } from './review-item';
import { findPlaced, movePartners } from './review-queries';
import type { ReviewState } from './review-state';

/**
 * The review with `id` selected (null, or an id no longer open: none).
 * `near`: positions the items whose look changes probably touch (the
 * cursor before and after), looked at before the whole set.
 */
export function withSelected(review: ReviewState, doc: Node, id: string | null, near: readonly number[] = []): ReviewState {
  const target = id && review.items.has(id) ? id : null;
  if (target === review.selected) return review;
  const looks = new Map<string, Look>();
  const touched: Placed[] = [];
  for (const [someId, look] of [
    [review.selected, 'plain'],
    [target, 'selected'],
  ] as const) {
    if (!someId) continue;
    const placed = findPlaced(review, someId, near);
    if (!placed) continue;
    touched.push(placed);
    looks.set(someId, look);
    for (const partner of movePartners(review, placed.item)) {
      touched.push(partner);
      looks.set(partner.item.id, look === 'selected' ? 'linked' : 'plain');
    }
  }
  // Selecting one half of a move after the other touches the same items twice: draw each once.
  const unique = [...new Map(touched.map((p) => [p.item.id, p])).values()];
  const open = removeItems(review.open, doc, unique).add(
    doc,
    unique.flatMap((p) => suggestionDecorations(p, looks.get(p.item.id) ?? 'plain')),
  );
  return { ...review, open, selected: target };
}
