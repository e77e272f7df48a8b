/**
 * Exact longest common subsequence of two small ranges, by dynamic
 * programming. Only ever called on a gap between anchors whose size is
 * bounded by the caller (`cells` ≤ MAX_LCS_CELLS), so the quadratic cost is a
 * constant, not a function of the texts' length.
 */

/** Largest gap (draft tokens × reference tokens) solved exactly. */
export const MAX_LCS_CELLS = 250_000;

/**
 * Appends to `outA`/`outB` the matched index pairs of an LCS of
 * `a[a0..a1)` and `b[b0..b1)`, in increasing order. When several LCSs exist
 * it prefers matching as late as possible in `b`, which keeps an insertion
 * ahead of the tokens it precedes, like line diffs do.
 */
export function lcsPairs(
  a: Int32Array, a0: number, a1: number,
  b: Int32Array, b0: number, b1: number,
  outA: number[], outB: number[],
): void {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return;
  const w = m + 1;
  // len[i * w + j]: LCS length of a[a0+i..a1) and b[b0+j..b1)
  const len = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    const ai = a[a0 + i];
    for (let j = m - 1; j >= 0; j--) {
      const k = i * w + j;
      len[k] = ai === b[b0 + j] ? len[k + w + 1] + 1 : Math.max(len[k + w], len[k + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const k = i * w + j;
    if (a[a0 + i] === b[b0 + j] && len[k] === len[k + w + 1] + 1) {
      outA.push(a0 + i);
      outB.push(b0 + j);
      i++;
      j++;
    } else if (len[k + 1] >= len[k + w]) j++;
    else i++;
  }
}
