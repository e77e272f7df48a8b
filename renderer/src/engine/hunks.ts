/**
 * From a token alignment to hunks: the places where draft and reference
 * differ, each trimmed to be as tight as the difference.
 *
 * Between two consecutive matched tokens lies a gap on each side (unmatched
 * tokens and whitespace). If the two gaps' texts differ, that is one hunk.
 * Its common leading and trailing text is trimmed off, but only back to a
 * position that is a token boundary on both sides, so a hunk never starts or
 * ends inside a word, a surrogate pair or a combining sequence.
 */

import type { Alignment } from './align';
import { isTokenBoundary, type Tokens } from './tokenize';

/** A span of the draft and the reference wording that should replace it. */
export interface Hunk {
  readonly from: number;
  readonly to: number;
  readonly refFrom: number;
  readonly refTo: number;
}

/** All hunks, in draft order (and reference order: the alignment is monotonic). */
export function findHunks(draft: Tokens, ref: Tokens, alignment: Alignment): Hunk[] {
  const hunks: Hunk[] = [];
  let dPos = 0;
  let rPos = 0;
  const n = alignment.a.length;
  for (let k = 0; k <= n; k++) {
    const dNext = k < n ? draft.starts[alignment.a[k]] : draft.text.length;
    const rNext = k < n ? ref.starts[alignment.b[k]] : ref.text.length;
    const hunk = trimmedHunk(draft, ref, dPos, dNext, rPos, rNext);
    if (hunk) hunks.push(hunk);
    if (k < n) {
      dPos = draft.ends[alignment.a[k]];
      rPos = ref.ends[alignment.b[k]];
    }
  }
  return hunks;
}

/**
 * The hunk for draft[from, to) against ref[refFrom, refTo), with common
 * edges trimmed at shared boundaries, or null when the two are equal.
 */
export function trimmedHunk(
  draft: Tokens, ref: Tokens, from: number, to: number, refFrom: number, refTo: number,
): Hunk | null {
  const d = draft.text;
  const r = ref.text;
  const maxCommon = Math.min(to - from, refTo - refFrom);
  let p = 0;
  while (p < maxCommon && d.charCodeAt(from + p) === r.charCodeAt(refFrom + p)) p++;
  if (p === to - from && p === refTo - refFrom) return null;
  while (p > 0 && !(isTokenBoundary(draft, from + p) && isTokenBoundary(ref, refFrom + p))) p--;
  let q = 0;
  while (q < maxCommon - p && d.charCodeAt(to - 1 - q) === r.charCodeAt(refTo - 1 - q)) q++;
  while (q > 0 && !(isTokenBoundary(draft, to - q) && isTokenBoundary(ref, refTo - q))) q--;
  return { from: from + p, to: to - q, refFrom: refFrom + p, refTo: refTo - q };
}
