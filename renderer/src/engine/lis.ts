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

/**
 * Heaviest strictly increasing subsequence: like `longestIncreasing`, but
 * maximising the sum of `weights` of the chosen entries. O(n log n) with a
 * Fenwick tree of prefix maxima over the ranks of the values. Ties go to the
 * earliest best predecessor, so the result is deterministic.
 */
export function heaviestIncreasing(values: ArrayLike<number>, weights: ArrayLike<number>): number[] {
  const n = values.length;
  if (n === 0) return [];
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => values[x] - values[y] || x - y);
  const rank = new Int32Array(n);
  for (let r = 0, k = 0; k < n; k++) {
    if (k > 0 && values[order[k]] !== values[order[k - 1]]) r++;
    rank[order[k]] = r + 1; // 1-based for the tree
  }
  const treeBest = new Float64Array(n + 1);
  const treeAt = new Int32Array(n + 1).fill(-1);
  const total = new Float64Array(n);
  const prev = new Int32Array(n);
  let bestEnd = -1;
  for (let i = 0; i < n; i++) {
    // Best chain ending at a rank strictly below this one.
    let best = 0;
    let at = -1;
    for (let r = rank[i] - 1; r > 0; r -= r & -r) {
      if (treeBest[r] > best) {
        best = treeBest[r];
        at = treeAt[r];
      }
    }
    total[i] = best + weights[i];
    prev[i] = at;
    for (let r = rank[i]; r <= n; r += r & -r) {
      if (total[i] > treeBest[r]) {
        treeBest[r] = total[i];
        treeAt[r] = i;
      }
    }
    if (bestEnd < 0 || total[i] > total[bestEnd]) bestEnd = i;
  }
  const out: number[] = [];
  for (let i = bestEnd; i >= 0; i = prev[i]) out.push(i);
  return out.reverse();
}
