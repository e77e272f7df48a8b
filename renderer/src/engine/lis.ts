/**
 * Heaviest strictly increasing subsequence: the indices (into `values`,
 * non-negative integers such as token positions) of the increasing run
 * whose `weights` sum the most, in order. O(n log n) with a Fenwick tree of
 * prefix maxima over the ranks of the values. Ties go to the earliest best
 * predecessor, so the result is deterministic.
 */
export function heaviestIncreasing(values: ArrayLike<number>, weights: ArrayLike<number>): number[] {
  const n = values.length;
  if (n === 0) return [];
  // Indices by value, then index: each as one number value·n + index, sorted
  // natively (a comparator over an array of indices was a twentieth of
  // comparing a million words). Exact while value·n stays below 2^53.
  const order = new Float64Array(n);
  for (let i = 0; i < n; i++) order[i] = values[i] * n + i;
  order.sort();
  const rank = new Int32Array(n);
  for (let r = 0, k = 0; k < n; k++) {
    const i = order[k] % n;
    if (k > 0 && values[i] !== values[order[k - 1] % n]) r++;
    rank[i] = r + 1; // 1-based for the tree
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
