/**
 * Exact longest common subsequence of two small ranges, by dynamic
 * programming. Only ever called on a gap between anchors whose size is
 * bounded by the caller (`cells` ≤ MAX_LCS_CELLS), so the quadratic cost is a
 * constant, not a function of the texts' length.
 */

/** Largest gap (draft tokens × reference tokens) solved exactly. */
export const MAX_LCS_CELLS = 250_000;

/**
 * Appends to `outDraft`/`outRef` the matched index pairs of an LCS of
 * `draft[from..to)` and `ref[refFrom..refTo)`, in increasing order. When several LCSs exist
 * it prefers matching as late as possible in `ref`, which keeps an insertion
 * ahead of the tokens it precedes, like line diffs do.
 */
export function lcsPairs(
  draft: Int32Array, from: number, to: number,
  ref: Int32Array, refFrom: number, refTo: number,
  outDraft: number[], outRef: number[],
): void {
  const n = to - from;
  const m = refTo - refFrom;
  if (n === 0 || m === 0) return;
  const w = m + 1;
  // len[i * w + j]: LCS length of draft[from+i..to) and ref[refFrom+j..refTo)
  const len = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    const di = draft[from + i];
    for (let j = m - 1; j >= 0; j--) {
      const k = i * w + j;
      len[k] = di === ref[refFrom + j] ? len[k + w + 1] + 1 : Math.max(len[k + w], len[k + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const k = i * w + j;
    if (draft[from + i] === ref[refFrom + j] && len[k] === len[k + w + 1] + 1) {
      outDraft.push(from + i);
      outRef.push(refFrom + j);
      i++;
      j++;
    } else if (len[k + 1] >= len[k + w]) j++;
    else i++;
  }
}
