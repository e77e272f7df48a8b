/**
 * The engine's one binary search, over anything indexable: token offsets,
 * sorted hunks, sentence ends, quotation spans.
 */

/**
 * The first index in [0, length) at which `after(i)` holds, or `length` if
 * it holds nowhere. `after` must be false up to some index and true from
 * there on (as "starts[i] >= pos" is over sorted starts). O(log length).
 */
export function partitionPoint(length: number, after: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
