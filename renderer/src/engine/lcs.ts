/**
 * Exact longest common subsequence of two small ranges, by dynamic
 * programming (lcsPairs), or only its length (lcsLength). Only ever called
 * on ranges whose size is bounded by the caller (a gap between anchors of
 * `cells` ≤ MAX_LCS_CELLS, a move's halves), so the quadratic cost is a
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

/**
 * Length of a longest common subsequence of `a` and `b` (token ids, not
 * negative), bit-parallel (Allison–Dix, Hyyrö): one bit per token of `b`,
 * 32 to a word, and a row of the table per token of `a` in a few word
 * operations. Cell by cell over strings, move-pieces.ts spent 280 ms of
 * comparing a million words here.
 */
export function lcsLength(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const words = (b.length + 31) >>> 5;
  let most = 0;
  for (let j = 0; j < b.length; j++) if (b[j] > most) most = b[j];
  if (most >= slotOf.length) slotOf = new Int32Array(Math.max(most + 1, 2 * slotOf.length)).fill(-1);
  if (b.length * words > matchBits.length) matchBits = new Int32Array(Math.max(b.length * words, 2 * matchBits.length));
  if (words > row.length) row = new Int32Array(Math.max(words, 2 * row.length));
  // Per distinct token of `b`, `words` words of bits: the places it stands at.
  let slots = 0;
  for (let j = 0; j < b.length; j++) {
    let slot = slotOf[b[j]];
    if (slot < 0) {
      slot = slotOf[b[j]] = slots++;
      matchBits.fill(0, slot * words, slot * words + words);
    }
    matchBits[slot * words + (j >>> 5)] |= 1 << (j & 31);
  }
  // A bit cleared is a column where the subsequence so far has grown: V' = (V + (V & M)) | (V & ~M).
  const v = row.fill(-1, 0, words);
  for (let i = 0; i < a.length; i++) {
    const slot = a[i] < slotOf.length ? slotOf[a[i]] : -1;
    if (slot < 0) continue;
    const at = slot * words;
    let carry = 0;
    for (let w = 0; w < words; w++) {
      const x = v[w];
      const m = matchBits[at + w];
      const sum = (x >>> 0) + ((x & m) >>> 0) + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[w] = (sum | 0) | (x & ~m);
    }
  }
  let cleared = 0;
  for (let j = 0; j < b.length; j++) {
    if ((v[j >>> 5] & (1 << (j & 31))) === 0) cleared++;
    slotOf[b[j]] = -1;
  }
  return cleared;
}

/**
 * lcsLength's tables, reused by every call (it runs for each pair of a
 * move's halves, tens of thousands on a book: a Map and typed arrays per
 * call were most of its cost). slotOf: per token id, its row in matchBits or -1.
 */
let slotOf = new Int32Array(1024).fill(-1);
let matchBits = new Int32Array(1024);
let row = new Int32Array(16);
