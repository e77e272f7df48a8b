/**
 * Token alignment in near-linear time: patience diff.
 *
 * In a range, tokens that occur exactly once on each side are anchors; the
 * increasing subsequence of their positions covering the most text is kept (the rest match
 * out of order: move candidates), equal tokens next to the range's ends are
 * matched outward, and each gap between anchors is aligned the same way.
 * A gap with no unique token is solved by exact LCS when it is small
 * (MAX_LCS_CELLS); a larger one is anchored, as histogram diff does, on its
 * rarest tokens that occur equally often on both sides (k-th occurrence with
 * k-th occurrence), and its gaps are aligned the same way. The work spent on
 * that fallback is bounded (WORK_PER_TOKEN); past the bound a gap is left
 * unmatched, one change. There is never a global O(N·M) step.
 */

import { lcsPairs, MAX_LCS_CELLS } from './lcs';
import { followStretch } from './diagonal';
import { heaviestIncreasing } from './lis';

/** Matched token index pairs, increasing on both sides. */
export interface Alignment {
  readonly a: Int32Array;
  readonly b: Int32Array;
}

/**
 * Aligns two token-id sequences. `vocabSize` bounds the ids. Tokens whose
 * `skipA`/`skipB` flag is set (already claimed, e.g. by a move) never match.
 */
export function alignTokens(
  a: Int32Array, b: Int32Array, vocabSize: number,
  skipA?: Uint8Array, skipB?: Uint8Array,
): Alignment {
  const state: AlignState = {
    a, b, skipA, skipB,
    countA: new Int32Array(vocabSize),
    countB: new Int32Array(vocabSize),
    posB: new Int32Array(vocabSize),
    outA: [], outB: [],
    budget: WORK_PER_TOKEN * (a.length + b.length) + WORK_FLOOR,
  };
  const stack: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (stack.length) {
    const [a0, a1, b0, b1] = stack.pop()!;
    alignRange(state, a0, a1, b0, b1, stack);
  }
  // Ranges were solved in stack order; the pairs are monotonic, so reading
  // them by draft position puts them in alignment order.
  const partner = new Int32Array(a.length).fill(-1);
  for (let k = 0; k < state.outA.length; k++) partner[state.outA[k]] = state.outB[k];
  const outA = new Int32Array(state.outA.length);
  const outB = new Int32Array(state.outA.length);
  for (let i = 0, n = 0; i < a.length; i++) {
    if (partner[i] < 0) continue;
    outA[n] = i;
    outB[n++] = partner[i];
  }
  return { a: outA, b: outB };
}

interface AlignState {
  a: Int32Array; b: Int32Array;
  skipA?: Uint8Array; skipB?: Uint8Array;
  countA: Int32Array; countB: Int32Array; posB: Int32Array;
  outA: number[]; outB: number[];
  /** Tokens the rare-token fallback may still scan. */
  budget: number;
}

/**
 * How many times over the texts' length the rare-token fallback may scan
 * in all: deep enough for a text repeating one paragraph hundreds of times,
 * and a bound on the pathological case where every level finds one anchor.
 */
const WORK_PER_TOKEN = 40;
const WORK_FLOOR = 100_000;

function matchable(s: AlignState, i: number, j: number): boolean {
  return s.a[i] === s.b[j] && !s.skipA?.[i] && !s.skipB?.[j];
}

function alignRange(
  s: AlignState, a0: number, a1: number, b0: number, b1: number,
  stack: [number, number, number, number][],
): void {
  // Grow matches outward from the range's ends.
  while (a0 < a1 && b0 < b1 && matchable(s, a0, b0)) {
    s.outA.push(a0++);
    s.outB.push(b0++);
  }
  while (a0 < a1 && b0 < b1 && matchable(s, a1 - 1, b1 - 1)) {
    s.outA.push(--a1);
    s.outB.push(--b1);
  }
  if (a0 === a1 || b0 === b1) return;

  let anchors = uniqueAnchors(s, a0, a1, b0, b1).kept;
  if (anchors.length === 0) {
    if ((a1 - a0) * (b1 - b0) <= MAX_LCS_CELLS) {
      solveSmall(s, a0, a1, b0, b1);
      return;
    }
    s.budget -= (a1 - a0) + (b1 - b0);
    if (s.budget < 0) return;
    anchors = rareAnchors(s, a0, a1, b0, b1);
    if (anchors.length === 0) return;
  }
  let pa = a0;
  let pb = b0;
  for (const [i, j] of anchors) {
    stack.push([pa, i, pb, j]);
    s.outA.push(i);
    s.outB.push(j);
    pa = i + 1;
    pb = j + 1;
  }
  stack.push([pa, a1, pb, b1]);
}

/**
 * The anchors of the whole texts: pairs of positions of tokens unique in
 * both, split into those kept in order and those matching out of order
 * (where moved passages are).
 */
export function globalAnchors(a: Int32Array, b: Int32Array, vocabSize: number): Anchors {
  const s: AlignState = {
    a, b,
    countA: new Int32Array(vocabSize), countB: new Int32Array(vocabSize), posB: new Int32Array(vocabSize),
    outA: [], outB: [], budget: 0,
  };
  return uniqueAnchors(s, 0, a.length, 0, b.length);
}

export interface Anchors {
  readonly kept: readonly [number, number][];
  readonly rejected: readonly [number, number][];
}

/** Pairs of positions of tokens unique on both sides of the range, split by the heaviest increasing subsequence. */
function uniqueAnchors(s: AlignState, a0: number, a1: number, b0: number, b1: number): Anchors {
  const { a, b, countA, countB, posB } = s;
  for (let i = a0; i < a1; i++) if (!s.skipA?.[i]) countA[a[i]]++;
  for (let j = b0; j < b1; j++) {
    if (s.skipB?.[j]) continue;
    countB[b[j]]++;
    posB[b[j]] = j;
  }
  const pairs: [number, number][] = [];
  for (let i = a0; i < a1; i++) {
    const t = a[i];
    if (!s.skipA?.[i] && countA[t] === 1 && countB[t] === 1) pairs.push([i, posB[t]]);
  }
  for (let i = a0; i < a1; i++) countA[a[i]] = 0;
  for (let j = b0; j < b1; j++) countB[b[j]] = 0;
  // Most ranges deep in the recursion hold one anchor or none: nothing to choose.
  if (pairs.length <= 1) return { kept: pairs, rejected: [] };
  const keep = heaviestIncreasing(pairs.map((p) => p[1]), runWeights(s, pairs, a0, a1, b0, b1));
  const kept = keep.map((k) => pairs[k]);
  const isKept = new Uint8Array(pairs.length);
  for (const k of keep) isKept[k] = 1;
  return { kept, rejected: pairs.filter((_, k) => !isKept[k]) };
}

/**
 * Anchors for a range without unique tokens, as histogram diff finds them:
 * its rarest tokens present on both sides. When some occur equally often
 * on both sides, the rarest of those pair k-th occurrence with k-th (a
 * paragraph repeated many times); otherwise every occurrence of the tokens
 * with the fewest pairings (occurrences here × there, at most
 * MAX_CROSS_PAIRS) pairs with every one there (a sentence pasted twice). The
 * heaviest increasing subsequence of those pairs is kept.
 */
function rareAnchors(s: AlignState, a0: number, a1: number, b0: number, b1: number): [number, number][] {
  const { a, b, countA, countB } = s;
  for (let i = a0; i < a1; i++) if (!s.skipA?.[i]) countA[a[i]]++;
  for (let j = b0; j < b1; j++) if (!s.skipB?.[j]) countB[b[j]]++;
  let equal = Infinity;
  let cross = Infinity;
  for (let i = a0; i < a1; i++) {
    const ca = countA[a[i]];
    const cb = countB[a[i]];
    if (s.skipA?.[i] || cb === 0) continue;
    if (ca === cb && ca < equal) equal = ca;
    if (ca * cb < cross) cross = ca * cb;
  }
  const byEqual = equal <= cross;
  const pairs: [number, number][] = [];
  if (byEqual || cross <= MAX_CROSS_PAIRS) {
    const chosen = (t: number): boolean => (byEqual ? countA[t] === equal && countB[t] === equal : countA[t] * countB[t] === cross);
    const positions = new Map<number, number[]>();
    for (let j = b0; j < b1; j++) {
      if (s.skipB?.[j] || !chosen(b[j])) continue;
      const list = positions.get(b[j]);
      if (list) list.push(j);
      else positions.set(b[j], [j]);
    }
    const seen = new Map<number, number>();
    for (let i = a0; i < a1; i++) {
      const list = s.skipA?.[i] ? undefined : positions.get(a[i]);
      if (!list) continue;
      if (byEqual) {
        // The k-th occurrence on one side goes with the k-th on the other.
        const k = seen.get(a[i]) ?? 0;
        seen.set(a[i], k + 1);
        pairs.push([i, list[k]]);
      } else {
        // Latest first, so that an increasing subsequence takes at most one pair per draft token.
        for (let k = list.length - 1; k >= 0; k--) pairs.push([i, list[k]]);
      }
    }
  }
  for (let i = a0; i < a1; i++) countA[a[i]] = 0;
  for (let j = b0; j < b1; j++) countB[b[j]] = 0;
  if (pairs.length === 0) return [];
  return heaviestIncreasing(pairs.map((p) => p[1]), runWeights(s, pairs, a0, a1, b0, b1)).map((k) => pairs[k]);
}

/** Most pairings per token when occurrences are paired every one with every one. */
const MAX_CROSS_PAIRS = 4;

/**
 * How much text each anchor stands for, so that the kept anchors cover the
 * most text, not the most unique words: a moved sentence full of rare words
 * must not outweigh the longer, plainer passage it jumped over.
 *
 * An anchor gets its share of the run of equal tokens it lies in (run length
 * / anchors in the run), the run extended both ways past slips (`slipRun`):
 * a passage with errors every few words is many short runs, and it is the
 * whole passage, errors and all, that stays in place or moves.
 */
function runWeights(s: AlignState, pairs: readonly [number, number][], a0: number, a1: number, b0: number, b1: number): Float64Array {
  const weights = new Float64Array(pairs.length);
  const box: Box = { a0, a1, b0, b1 };
  let reached = a0; // how far the previous run's forward extension got on the draft side
  let k = 0;
  while (k < pairs.length) {
    const [i, j] = pairs[k];
    let start = 0;
    while (i - start - 1 >= a0 && j - start - 1 >= b0 && matchable(s, i - start - 1, j - start - 1)) start++;
    let end = 1;
    while (i + end < a1 && j + end < b1 && matchable(s, i + end, j + end)) end++;
    // Anchors later in the same run share its weight.
    let last = k + 1;
    while (last < pairs.length && pairs[last][0] < i + end && pairs[last][0] - pairs[last][1] === i - j) last++;
    const nextA = last < pairs.length ? pairs[last][0] : a1;
    const back = i - start > reached ? slipRun(s, box, i - start - 1, j - start - 1, -1, reached) : { matched: 0, stop: i - start };
    const ahead = slipRun(s, box, i + end, j + end, 1, nextA);
    const share = (start + end + back.matched + ahead.matched) / (last - k);
    for (let m = k; m < last; m++) weights[m] = share;
    reached = Math.max(i + end, ahead.stop);
    k = last;
  }
  return weights;
}

interface Box {
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
}

/** Furthest a run is extended past slips, in draft tokens: enough for a sentence. */
const SLIP_RUN_MAX = 48;

/**
 * Tokens matching along the diagonal from draft token `i` and reference
 * token `j` in direction `dir`, past slips (`followStretch`), never reaching
 * draft token `limit` (exclusive, in the direction of travel). `stop` is the
 * draft position it got to.
 */
function slipRun(s: AlignState, box: Box, i: number, j: number, dir: 1 | -1, limit: number): { matched: number; stop: number } {
  const inside = (x: number, y: number): boolean =>
    (dir > 0 ? x < limit : x >= limit) && x >= box.a0 && x < box.a1 && y >= box.b0 && y < box.b1;
  const run = followStretch((x, y) => matchable(s, x, y), inside, i, j, dir, SLIP_RUN_MAX);
  return { matched: run.matched, stop: run.reachA };
}

/** Exact LCS of a small range, leaving skipped tokens unmatched. */
function solveSmall(s: AlignState, a0: number, a1: number, b0: number, b1: number): void {
  if (!s.skipA && !s.skipB) {
    lcsPairs(s.a, a0, a1, s.b, b0, b1, s.outA, s.outB);
    return;
  }
  // Give skipped tokens ids no other token has, so they cannot match.
  const subA = Int32Array.from({ length: a1 - a0 }, (_, k) => (s.skipA?.[a0 + k] ? -1 - k : s.a[a0 + k]));
  const subB = Int32Array.from({ length: b1 - b0 }, (_, k) => (s.skipB?.[b0 + k] ? -1_000_000_000 - k : s.b[b0 + k]));
  const outA: number[] = [];
  const outB: number[] = [];
  lcsPairs(subA, 0, subA.length, subB, 0, subB.length, outA, outB);
  for (let k = 0; k < outA.length; k++) {
    s.outA.push(a0 + outA[k]);
    s.outB.push(b0 + outB[k]);
  }
}
