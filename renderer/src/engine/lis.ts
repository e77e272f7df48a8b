/**
 * Longest strictly increasing subsequence, by patience sorting: O(n log n).
 * Returns the indices (into `values`) of one longest subsequence, in order.
 * Among equally long ones it keeps, at each length, the entry seen last with
 * the smallest tail, which makes the choice deterministic.
 */
export function longestIncreasing(values: ArrayLike<number>): number[] {
  const n = values.length;
  const tails = new Int32Array(n); // tails[k]: index ending the best run of length k+1
  const prev = new Int32Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let lo = 0;
    let hi = len;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
    if (lo === len) len++;
  }
  const out = new Array<number>(len);
  for (let k = len - 1, i = len > 0 ? tails[len - 1] : -1; k >= 0; k--, i = prev[i]) out[k] = i;
  return out;
}
