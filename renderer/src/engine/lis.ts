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
  const rank = ranks(values);
  const prev = new Int32Array(n);
  return chainBack(prev, linkChains(rank, weights, prev)).reverse();
}

/*
 * Each loop below is a function of its own: V8 compiles a long first loop
 * on the spot, with the rest of its function, and code compiled for what
 * had not yet run was entered and thrown out again at every later call
 * (--trace-deopt on 1,000,000 words: 128 times in heaviestIncreasing, 23
 * in ranksByTable, 23,000 in align.ts's uniqueAnchors before its loops
 * were split out the same way).
 */

/**
 * For each index in turn, the heaviest chain ending there (its predecessor
 * in `prev`) from a Fenwick tree of prefix maxima over ranks; returns where
 * the heaviest chain of all ends.
 */
function linkChains(rank: Int32Array, weights: ArrayLike<number>, prev: Int32Array): number {
  const n = rank.length;
  const treeBest = new Float64Array(n + 1);
  const treeAt = new Int32Array(n + 1).fill(-1);
  const total = new Float64Array(n);
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
  return bestEnd;
}

/**
 * The indices of the chain ending at `end`, last to first, following
 * `prev`. Reversed by the caller: with the reversal after its loop, this was
 * thrown out of its compiled code at every call after the first (128 times on
 * a million words), the loop compiled on the spot before the reversal had run.
 */
function chainBack(prev: Int32Array, end: number): number[] {
  const out: number[] = [];
  for (let i = end; i >= 0; i = prev[i]) out.push(i);
  return out;
}

/**
 * Each value's rank among the distinct values, 1-based (for the tree).
 * Values in a span not much wider than their count (token positions of
 * anchors, most of the time) are ranked by marking them in a table of the
 * span; others are sorted.
 */
function ranks(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  let least = Infinity;
  let most = -Infinity;
  for (let i = 0; i < n; i++) {
    if (values[i] < least) least = values[i];
    if (values[i] > most) most = values[i];
  }
  return most - least <= RANK_TABLE_SPAN * n ? ranksByTable(values, least, most) : ranksBySort(values);
}

/** Ranks of values in [least, most], marked in a table of that span. */
function ranksByTable(values: ArrayLike<number>, least: number, most: number): Int32Array {
  const rankOf = new Int32Array(most - least + 1);
  markValues(values, least, rankOf);
  numberMarked(rankOf);
  return readRanks(values, least, rankOf);
}

function markValues(values: ArrayLike<number>, least: number, table: Int32Array): void {
  for (let i = 0; i < values.length; i++) table[values[i] - least] = 1;
}

/** Each marked entry of `table` numbered 1, 2, ... in order. */
function numberMarked(table: Int32Array): void {
  for (let v = 0, r = 0; v < table.length; v++) if (table[v] !== 0) table[v] = ++r;
}

function readRanks(values: ArrayLike<number>, least: number, rankOf: Int32Array): Int32Array {
  const rank = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) rank[i] = rankOf[values[i] - least];
  return rank;
}

/**
 * Ranks by sorting: indices by value, then index, each as one number
 * value·n + index, sorted natively (a comparator over an array of indices
 * was a twentieth of comparing a million words). Exact while value·n stays
 * below 2^53.
 */
function ranksBySort(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const rank = new Int32Array(n);
  const order = new Float64Array(n);
  for (let i = 0; i < n; i++) order[i] = values[i] * n + i;
  order.sort();
  for (let r = 0, k = 0; k < n; k++) {
    const i = order[k] % n;
    if (k > 0 && values[i] !== values[order[k - 1] % n]) r++;
    rank[i] = r + 1;
  }
  return rank;
}

/** How many times wider than the number of values their span may be for ranks() to mark them in a table rather than sort them. */
const RANK_TABLE_SPAN = 8;
