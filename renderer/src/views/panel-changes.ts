/**
 * What one review's items changed since the last the panel showed, and the
 * panel's order and counts brought up to date from that alone. A re-check
 * after an edit finds nearly every suggestion again as the very same item
 * (../editor/place), so it changes a handful; sorting every open item
 * again for the list (and counting them all for the filters) cost the
 * panel most of a re-check's main-thread work at 300,000 words. Pure data,
 * tested without a browser.
 */
import type { ReviewItem } from '../editor/review-item';

export interface ItemChanges {
  /** Ids whose item went or was replaced (a replaced one is also arriving, under the same id). */
  readonly leaving: ReadonlySet<string>;
  /** The items `previous` did not hold as they are: new, or replacing one under the same id. */
  readonly arriving: readonly ReviewItem[];
}

/** How `next` differs from `previous`: by identity, as a re-check hands back an item found again. */
export function itemChanges(previous: ReadonlyMap<string, ReviewItem>, next: ReadonlyMap<string, ReviewItem>): ItemChanges {
  const leaving = new Set<string>();
  const arriving: ReviewItem[] = [];
  for (const [id, item] of next) {
    const before = previous.get(id);
    if (before === item) continue;
    arriving.push(item);
    if (before) leaving.add(id);
  }
  if (previous.size - leaving.size !== next.size - arriving.length) {
    for (const id of previous.keys()) if (!next.has(id)) leaving.add(id);
  }
  return { leaving, arriving };
}

/**
 * Up to this many arriving items are put in the list one by one, each
 * after its nearest shown predecessor in the document (a windowed lookup);
 * more (opening, the undo of accept all) and the list is sorted afresh.
 */
export const MAX_PLACED_APART = 32;

/**
 * `ids` without `leaving`, with `arriving` (in document order) each put
 * right after the id `predecessor` names for it, or first for null. The
 * predecessor must already be in the list (kept, or arriving earlier);
 * undefined, or one that is not, says the item's place cannot be told
 * apart from another's: then null, and the caller sorts afresh.
 */
export function spliceIds(
  ids: readonly string[],
  leaving: ReadonlySet<string>,
  arriving: readonly ReviewItem[],
  predecessor: (item: ReviewItem) => string | null | undefined,
): string[] | null {
  const next = leaving.size === 0 ? [...ids] : ids.filter((id) => !leaving.has(id));
  for (const item of arriving) {
    const after = predecessor(item);
    if (after === undefined) return null;
    const at = after === null ? 0 : next.indexOf(after) + 1;
    if (at === 0 && after !== null) return null;
    next.splice(at, 0, item.id);
  }
  return next;
}

/** Open items by kind and severity, kept up to date from each change rather than counted again. */
export class ItemCounts {
  private readonly counts = new Map<string, number>();

  /** Counts every item afresh. */
  reset(items: Iterable<ReviewItem>): void {
    this.counts.clear();
    for (const item of items) this.add(item, 1);
  }

  /** Takes `changes` in: the items leaving as `previous` held them. */
  apply(changes: ItemChanges, previous: ReadonlyMap<string, ReviewItem>): void {
    for (const id of changes.leaving) this.add(previous.get(id)!, -1);
    for (const item of changes.arriving) this.add(item, 1);
  }

  /** How many items are of `kind` and `severity` ('all': any). */
  count(kind: string, severity: string): number {
    let total = 0;
    for (const [key, n] of this.counts) {
      const [k, s] = key.split('\u0000');
      if ((kind === 'all' || k === kind) && (severity === 'all' || s === severity)) total += n;
    }
    return total;
  }

  private add(item: ReviewItem, n: number): void {
    const key = `${item.kind}\u0000${item.severity}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
}
