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

/** One hunk from where `x` starts to where `y` ends, in both texts: two pieces of one fix joined. */
export function spanning(x: Hunk, y: Hunk): Hunk {
  return { from: x.from, to: y.to, refFrom: x.refFrom, refTo: y.refTo };
}

/** Whether `y` starts where `x` ends in both texts, with nothing unchanged between them. */
export function touching(x: Hunk, y: Hunk): boolean {
  return x.to === y.from && x.refTo === y.refFrom;
}

/** All hunks, in draft order (and reference order: the alignment is monotonic). */
export function findHunks(draft: Tokens, ref: Tokens, alignment: Alignment): Hunk[] {
  const hunks: Hunk[] = [];
  let pos = 0;
  let refPos = 0;
  const n = alignment.draft.length;
  for (let k = 0; k <= n; k++) {
    const next = k < n ? draft.starts[alignment.draft[k]] : draft.text.length;
    const refNext = k < n ? ref.starts[alignment.ref[k]] : ref.text.length;
    // Most gaps are between matched neighbours: nothing, or one space, on both sides (a million gaps in a book).
    const same = next - pos === refNext - refPos && (next === pos || (next - pos === 1 && draft.text.charCodeAt(pos) === ref.text.charCodeAt(refPos)));
    const hunk = same ? null : trimmedHunk(draft, ref, pos, next, refPos, refNext);
    if (hunk) hunks.push(hunk);
    if (k < n) {
      pos = draft.ends[alignment.draft[k]];
      refPos = ref.ends[alignment.ref[k]];
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
  const shift = leadingSpaceShift(draft.text, from + p, to - q, ref.text, refFrom + p, refTo - q, p);
  return { from: from + p - shift, to: to - q - shift, refFrom: refFrom + p - shift, refTo: refTo - q - shift };
}

/**
 * `h` without the whitespace both sides share at its ends: for a hunk built
 * by joining pieces (" Bridge Harbour" for " Harbour Bridge"), whose edges
 * are whitespace, so trimming it keeps them at token boundaries.
 */
export function withoutCommonSpace(draft: string, reference: string, h: Hunk): Hunk {
  let { from, to, refFrom, refTo } = h;
  while (from < to && refFrom < refTo && /\s/u.test(draft[from]) && draft[from] === reference[refFrom]) {
    from++;
    refFrom++;
  }
  while (to > from && refTo > refFrom && /\s/u.test(draft[to - 1]) && draft[to - 1] === reference[refTo - 1]) {
    to--;
    refTo--;
  }
  return { from, to, refFrom, refTo };
}

/** A sentence's end and the space after it: "... water. " */
const SENTENCE_AND_SPACE = /[.!?\u2026\u3002]["'\u201D\u2019)\]]*\s+$/u;

/**
 * For a pure insertion or deletion flanked by whitespace, how far to rotate
 * it left so it carries its space in front (" intervene" right after the
 * word before, rather than "intervene " after the space): the word then
 * stays with its sentence. An inserted sentence keeps its space behind it,
 * so it lands at the next sentence's start. `room` bounds the rotation (the
 * common prefix's length).
 */
function leadingSpaceShift(d: string, dFrom: number, dTo: number, r: string, rFrom: number, rTo: number, room: number): number {
  if ((dFrom === dTo) === (rFrom === rTo)) return 0;
  const [t, from, to] = dFrom === dTo ? [r, rFrom, rTo] : [d, dFrom, dTo];
  if (dFrom === dTo && SENTENCE_AND_SPACE.test(t.slice(from, to))) return 0;
  let shift = 0;
  while (shift < room && /\s/.test(t[from - shift - 1]) && t[to - shift - 1] === t[from - shift - 1]) shift++;
  return shift;
}
