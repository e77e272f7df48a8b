/**
 * Token alignment in near-linear time: patience diff.
 *
 * In a range, tokens that occur exactly once on each side are anchors; the
 * increasing subsequence of their positions covering the most text is kept (the rest match
 * out of order: move candidates), a lone one that would pull a repeated
 * phrase out of place gives way to that phrase (unpinLoneAnchors), equal
 * tokens next to the range's ends are matched outward, and each gap between
 * anchors is aligned the same way.
 * A gap with no unique token is solved by exact LCS when it is small
 * (MAX_LCS_CELLS); a larger one is anchored on runs of k tokens unique to
 * both sides (k = 2, 4, 8, ...: text of few distinct words), else, as
 * histogram diff does, on its rarest tokens that occur equally often on both
 * sides (k-th occurrence with k-th occurrence), and its gaps are aligned the
 * same way. The work spent on these fallbacks is bounded (WORK_PER_TOKEN);
 * past the bound a gap is left unmatched, one change. There is never a global
 * O(N·M) step, and the run through each anchor is walked once however many
 * anchors lie on it.
 */

import { lcsPairs, MAX_LCS_CELLS } from './lcs';
import { followStretch } from './diagonal';
import { heaviestIncreasing } from './lis';
import { uniqueTokenPairs } from './token-pairs';

/** Matched token index pairs, increasing on both sides: draft token `draft[k]` matches reference token `ref[k]`. */
export interface Alignment {
  readonly draft: Int32Array;
  readonly ref: Int32Array;
}

/**
 * Aligns two token-id sequences. `vocabSize` bounds the ids. Tokens whose
 * `skipDraft`/`skipRef` flag is set (already claimed, e.g. by a move) never match.
 */
export function alignTokens(
  draft: Int32Array, ref: Int32Array, vocabSize: number,
  skipDraft: Uint8Array = new Uint8Array(draft.length), skipRef: Uint8Array = new Uint8Array(ref.length),
): Alignment {
  const state: AlignState = {
    draft, ref, skipDraft, skipRef,
    countDraft: new Int32Array(vocabSize),
    countRef: new Int32Array(vocabSize),
    refPos: new Int32Array(vocabSize),
    partner: new Int32Array(draft.length).fill(-1),
    budget: WORK_PER_TOKEN * (draft.length + ref.length) + WORK_FLOOR,
  };
  // Ranges still to align, four numbers each (from, to, refFrom, refTo): no array per range.
  const stack = [0, draft.length, 0, ref.length];
  while (stack.length) {
    const refTo = stack.pop()!;
    const refFrom = stack.pop()!;
    const to = stack.pop()!;
    const from = stack.pop()!;
    alignRange(state, from, to, refFrom, refTo, stack);
  }
  // Ranges were solved in stack order; the pairs are monotonic, so reading
  // them by draft position puts them in alignment order.
  const { partner } = state;
  let matched = 0;
  for (let i = 0; i < draft.length; i++) if (partner[i] >= 0) matched++;
  const outDraft = new Int32Array(matched);
  const outRef = new Int32Array(matched);
  for (let i = 0, n = 0; i < draft.length; i++) {
    if (partner[i] < 0) continue;
    outDraft[n] = i;
    outRef[n++] = partner[i];
  }
  return { draft: outDraft, ref: outRef };
}

interface AlignState {
  draft: Int32Array; ref: Int32Array;
  /**
   * Always present, all 0 when nothing is skipped: read as `skip?.[i]`, the
   * reads had no type feedback after the first ranges (the whole texts,
   * nothing skipped), and code compiled then was thrown away at them
   * (--trace-deopt).
   */
  skipDraft: Uint8Array; skipRef: Uint8Array;
  countDraft: Int32Array; countRef: Int32Array; refPos: Int32Array;
  /** The reference token each draft token is matched with, or -1. */
  partner: Int32Array;
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
  return s.draft[i] === s.ref[j] && !s.skipDraft[i] && !s.skipRef[j];
}

function match(s: AlignState, i: number, j: number): void {
  s.partner[i] = j;
}

function alignRange(
  s: AlignState, from: number, to: number, refFrom: number, refTo: number,
  stack: number[],
): void {
  // Grow matches outward from the range's ends.
  while (from < to && refFrom < refTo && matchable(s, from, refFrom)) match(s, from++, refFrom++);
  while (from < to && refFrom < refTo && matchable(s, to - 1, refTo - 1)) match(s, --to, --refTo);
  if (from === to || refFrom === refTo) return;

  let anchors = uniqueAnchors(s, from, to, refFrom, refTo);
  if (anchors.draft.length === 0) {
    if ((to - from) * (refTo - refFrom) <= MAX_LCS_CELLS) {
      solveSmall(s, from, to, refFrom, refTo);
      return;
    }
    s.budget -= (to - from) + (refTo - refFrom);
    if (s.budget < 0) return;
    anchors = kgramAnchors(s, from, to, refFrom, refTo);
    if (anchors.draft.length === 0) anchors = rareAnchors(s, from, to, refFrom, refTo);
    if (anchors.draft.length === 0) return;
  } else {
    anchors = unpinLoneAnchors(s, anchors, from, to, refFrom, refTo);
  }
  let pd = from;
  let pr = refFrom;
  for (let k = 0; k < anchors.draft.length; k++) {
    const i = anchors.draft[k];
    const j = anchors.ref[k];
    stack.push(pd, i, pr, j);
    match(s, i, j);
    pd = i + 1;
    pr = j + 1;
  }
  stack.push(pd, to, pr, refTo);
}

/**
 * A unique token with no equal neighbour is weak evidence of where the
 * texts line up: a word moved within its sentence ("In Lisbon, the Regatta
 * in honour of Harbour Day has ended" against "The Regatta in honour of
 * Harbour Day has finished in Lisbon") matches out of place, and kept as an
 * anchor it pins the passage around it to another copy of a repeated phrase
 * (the next paragraph's "Regatta in honour of ... Harbour Day"), so that
 * accepting one kind of suggestion writes that passage twice or loses it.
 *
 * Such a lone anchor gives way to the longest run of at least CROSSING_RUN
 * equal tokens that crosses it (draft before it against reference after
 * it, or the reverse) between its kept neighbours, within CROSSING_REACH
 * tokens of it, when
 * - the run has a second copy on the anchor's other side (a run of it
 *   shares CROSSING_RUN tokens with what it would face there were the
 *   anchor kept): that is the passage being pulled out of place. A run with
 *   no second copy is merely out of order, and found as a move; and
 * - the run agrees at least as far past slips as the anchor does: a lone
 *   word in a passage copied with many slips agrees far past them, and stays.
 * The run then anchors instead, on its first token, as kgramAnchors' runs
 * do. `anchors` are uniqueAnchors' kept pairs of the range.
 */
function unpinLoneAnchors(s: AlignState, anchors: Pairs, from: number, to: number, refFrom: number, refTo: number): Pairs {
  const n = anchors.draft.length;
  let out: Pairs | undefined;
  let walker: ReturnType<typeof slipWalker> | undefined;
  for (let k = 0; k < n; k++) {
    const i = anchors.draft[k];
    const j = anchors.ref[k];
    // Its neighbours, the previous one as already decided.
    const pd = k > 0 ? (out ? out.draft[k - 1] : anchors.draft[k - 1]) + 1 : from;
    const pr = k > 0 ? (out ? out.ref[k - 1] : anchors.ref[k - 1]) + 1 : refFrom;
    const nd = k + 1 < n ? anchors.draft[k + 1] : to;
    const nr = k + 1 < n ? anchors.ref[k + 1] : refTo;
    if ((i > pd && j > pr && matchable(s, i - 1, j - 1)) || (i + 1 < nd && j + 1 < nr && matchable(s, i + 1, j + 1))) continue;
    const before = longestRun(s, Math.max(pd, i - CROSSING_REACH), i, j + 1, Math.min(nr, j + 1 + CROSSING_REACH));
    const after = longestRun(s, i + 1, Math.min(nd, i + 1 + CROSSING_REACH), Math.max(pr, j - CROSSING_REACH), j);
    const run = before.length >= after.length ? before : after;
    if (run.length < CROSSING_RUN) continue;
    // What each side of the run would face were the anchor kept.
    const [refA, refB, dA, dB] = run === before
      ? [Math.max(pr, j - CROSSING_REACH), j, i + 1, Math.min(nd, i + 1 + CROSSING_REACH)]
      : [j + 1, Math.min(nr, j + 1 + CROSSING_REACH), Math.max(pd, i - CROSSING_REACH), i];
    if (!hasRun(s, run.i, run.i + run.length, refA, refB) && !hasRun(s, dA, dB, run.j, run.j + run.length)) continue;
    walker ??= slipWalker(s, from, to, refFrom, refTo);
    const anchorAgrees = 1 + walker.walk(i - 1, j - 1, -1, pd) + walker.walk(i + 1, j + 1, 1, nd);
    const runAgrees = run.length + walker.walk(run.i - 1, run.j - 1, -1, pd) + walker.walk(run.i + run.length, run.j + run.length, 1, nd);
    if (runAgrees < anchorAgrees) continue;
    out ??= { draft: anchors.draft.slice(), ref: anchors.ref.slice() };
    out.draft[k] = run.i;
    out.ref[k] = run.j;
  }
  return out ?? anchors;
}

/** Equal tokens in a row that may displace a lone anchor they cross: more than a chance match of a few common words. */
const CROSSING_RUN = 4;
/** How far from a lone anchor a crossing run is looked for: a paragraph; further away it is a moved passage's business (moved-blocks.ts). */
const CROSSING_REACH = 200;

/**
 * Whether draft [from, to) and reference [refFrom, refTo) share a run of
 * CROSSING_RUN equal tokens, as longestRun finds them (its length > 0), but
 * stopping at the first: it is asked only whether there is one.
 */
function hasRun(s: AlignState, from: number, to: number, refFrom: number, refTo: number): boolean {
  if (to - from < CROSSING_RUN || refTo - refFrom < CROSSING_RUN) return false;
  const refAt = firstKgrams(s, refFrom, refTo);
  let found = false;
  forEachKgram(s.draft, s.skipDraft, from, to, CROSSING_RUN, (h, i) => {
    const j = refAt.get(h);
    found = j !== undefined && sameRun(s, i, j, CROSSING_RUN);
    return found;
  });
  return found;
}

/** Each run of CROSSING_RUN tokens of reference [refFrom, refTo) (by hash) and where it first starts. */
function firstKgrams(s: AlignState, refFrom: number, refTo: number): Map<number, number> {
  const refAt = new Map<number, number>();
  forEachKgram(s.ref, s.skipRef, refFrom, refTo, CROSSING_RUN, (h, j) => {
    if (!refAt.has(h)) refAt.set(h, j);
  });
  return refAt;
}

/**
 * The longest run of equal tokens (none skipped) between draft [from, to)
 * and reference [refFrom, refTo), found from its runs of CROSSING_RUN
 * tokens (each first occurrence in the reference); length 0 if none.
 */
function longestRun(s: AlignState, from: number, to: number, refFrom: number, refTo: number): { i: number; j: number; length: number } {
  const best = { i: -1, j: -1, length: 0 };
  if (to - from < CROSSING_RUN || refTo - refFrom < CROSSING_RUN) return best;
  const refAt = firstKgrams(s, refFrom, refTo);
  let coveredTo = from; // draft tokens up to here lie inside the run last found
  forEachKgram(s.draft, s.skipDraft, from, to, CROSSING_RUN, (h, i) => {
    const j = refAt.get(h);
    if (j === undefined || i < coveredTo || !sameRun(s, i, j, CROSSING_RUN)) return;
    let length = CROSSING_RUN;
    while (i + length < to && j + length < refTo && matchable(s, i + length, j + length)) length++;
    coveredTo = i + length;
    if (length > best.length) Object.assign(best, { i, j, length });
  });
  return best;
}

/**
 * The anchors of the whole texts that match out of order (where moved
 * passages are): pairs of positions of tokens unique in both, and of pairs
 * of tokens unique in both (a sentence of common words still has a pair of
 * them no other sentence has), less those the heaviest increasing
 * subsequence keeps.
 */
export function globalAnchors(draft: Int32Array, ref: Int32Array, vocabSize: number): Anchors {
  const s: AlignState = {
    draft, ref, skipDraft: new Uint8Array(draft.length), skipRef: new Uint8Array(ref.length),
    countDraft: new Int32Array(vocabSize), countRef: new Int32Array(vocabSize), refPos: new Int32Array(vocabSize),
    partner: new Int32Array(0), budget: 0,
  };
  const pairs = onceInRange(s, 0, draft.length, 0, ref.length, withLonelyPairs(draft, ref, vocabSize));
  const rejected = noPairs();
  if (allInOrder(pairs)) return { rejected };
  const keep = heaviestIncreasing(pairs.ref, runWeights(s, pairs, 0, draft.length, 0, ref.length));
  const isKept = new Uint8Array(pairs.draft.length);
  for (let k = 0; k < keep.length; k++) isKept[keep[k]] = 1;
  for (let k = 0; k < pairs.draft.length; k++) if (!isKept[k]) addPair(rejected, pairs.draft[k], pairs.ref[k]);
  return { rejected };
}

/** Tokens either side of a draft position within which a unique token makes a pair anchor needless. */
const PAIR_REACH = 8;

/**
 * The unique-token anchors `unique` (in draft order) with, merged in by
 * draft position, the pairs of positions where the two tokens starting
 * there form a pair occurring once in each text, at draft positions with
 * no token unique in both within PAIR_REACH. One pass over the draft: no
 * list of the pairs apart, no table of unique tokens before each position,
 * no second pass to merge (on a book those were 230,000 pairs pushed twice
 * and an array as long as the text).
 */
function withLonelyPairs(draft: Int32Array, ref: Int32Array, vocabSize: number): (unique: Pairs) => Pairs {
  return (unique) => {
    const refOf = uniqueTokenPairs(draft, ref, vocabSize);
    // Only where no unique token is near: elsewhere those anchor the text already, and
    // more anchors in a passage full of slips would outweigh a clean sentence that moved.
    const out = noPairs();
    let u = 0; // the first unique anchor not left more than PAIR_REACH behind
    for (let i = 0; i < refOf.length; i++) {
      while (u < unique.draft.length && unique.draft[u] < i - PAIR_REACH) {
        // A unique anchor itself is never a lonely pair's position: it is within reach of itself.
        addPair(out, unique.draft[u], unique.ref[u]);
        u++;
      }
      if (refOf[i] >= 0 && !(u < unique.draft.length && unique.draft[u] <= i + PAIR_REACH)) addPair(out, i, refOf[i]);
    }
    for (; u < unique.draft.length; u++) addPair(out, unique.draft[u], unique.ref[u]);
    return out;
  };
}

/**
 * Anchor pairs in draft order, as two parallel lists: draft token `draft[k]`
 * with reference token `ref[k]`. Not a [i, j] array per pair: a book has
 * 230,000 anchors, found twice, and those arrays were 50 MB of garbage.
 */
export interface Pairs {
  readonly draft: number[];
  readonly ref: number[];
}

const noPairs = (): Pairs => ({ draft: [], ref: [] });

function addPair(pairs: Pairs, i: number, j: number): void {
  pairs.draft.push(i);
  pairs.ref.push(j);
}

/** The pairs at `indices` (increasing) of `pairs`. */
function pick(pairs: Pairs, indices: readonly number[]): Pairs {
  return { draft: indices.map((k) => pairs.draft[k]), ref: indices.map((k) => pairs.ref[k]) };
}

export interface Anchors {
  readonly rejected: Pairs;
}

/**
 * Pairs of positions of tokens unique on both sides of the range, less
 * those matching out of order: the heaviest increasing subsequence's.
 */
function uniqueAnchors(s: AlignState, from: number, to: number, refFrom: number, refTo: number): Pairs {
  const pairs = onceInRange(s, from, to, refFrom, refTo);
  // Most ranges deep in the recursion hold one anchor or none, or anchors all in order: nothing to choose.
  if (allInOrder(pairs)) return pairs;
  return pick(pairs, heaviestIncreasing(pairs.ref, runWeights(s, pairs, from, to, refFrom, refTo)));
}

/**
 * Pairs of positions of tokens unique on both sides of the range (and
 * those `more` adds to them), in draft order.
 */
function onceInRange(
  s: AlignState, from: number, to: number, refFrom: number, refTo: number,
  more?: (unique: Pairs) => Pairs,
): Pairs {
  const { draft, ref, countDraft, countRef, refPos, skipDraft, skipRef } = s;
  countTokens(draft, skipDraft, from, to, countDraft);
  countRefTokens(ref, skipRef, refFrom, refTo, countRef, refPos);
  const pairs = onceInBoth(s, from, to);
  clearCounts(draft, from, to, countDraft);
  clearCounts(ref, refFrom, refTo, countRef);
  return more ? more(pairs) : pairs;
}

/*
 * The passes over a range are functions of their own, each one loop. The
 * first ranges are the whole texts, so V8 compiles each loop on the spot
 * (on-stack replacement) and keeps that code for the function's later calls;
 * code compiled for a loop in the middle of a longer function also holds the
 * rest of it, compiled before anything there had run, and every later call
 * of uniqueAnchors entered it and was thrown out of it again: 23,000 times
 * on 1,000,000 words (--trace-deopt), most of the time the profile gave
 * uniqueAnchors. A function that is one loop has nothing after it to guess.
 */

/** Counts the tokens of ids[from, to) not skipped, by id. */
function countTokens(ids: Int32Array, skip: Uint8Array, from: number, to: number, counts: Int32Array): void {
  for (let i = from; i < to; i++) if (!skip[i]) counts[ids[i]]++;
}

/** countTokens, noting in `lastAt` where each id was last seen. */
function countRefTokens(ids: Int32Array, skip: Uint8Array, from: number, to: number, counts: Int32Array, lastAt: Int32Array): void {
  for (let j = from; j < to; j++) {
    if (skip[j]) continue;
    counts[ids[j]]++;
    lastAt[ids[j]] = j;
  }
}

/** Sets the counts of the ids in ids[from, to) back to 0. */
function clearCounts(ids: Int32Array, from: number, to: number, counts: Int32Array): void {
  for (let i = from; i < to; i++) counts[ids[i]] = 0;
}

/** The draft tokens of the range counted once on each side, with their reference positions. */
function onceInBoth(s: AlignState, from: number, to: number): Pairs {
  const { draft, countDraft, countRef, refPos, skipDraft } = s;
  const pairs = noPairs();
  for (let i = from; i < to; i++) {
    const t = draft[i];
    if (countDraft[t] === 1 && countRef[t] === 1 && !skipDraft[i]) addPair(pairs, i, refPos[t]);
  }
  return pairs;
}

/**
 * Whether the pairs' reference positions already increase (they are in
 * draft order): then the heaviest increasing subsequence is all of them,
 * every run weight being positive, and neither needs working out.
 */
function allInOrder(pairs: Pairs): boolean {
  for (let k = 1; k < pairs.ref.length; k++) if (pairs.ref[k] <= pairs.ref[k - 1]) return false;
  return true;
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
function rareAnchors(s: AlignState, from: number, to: number, refFrom: number, refTo: number): Pairs {
  const { draft, ref, countDraft, countRef } = s;
  for (let i = from; i < to; i++) if (!s.skipDraft[i]) countDraft[draft[i]]++;
  for (let j = refFrom; j < refTo; j++) if (!s.skipRef[j]) countRef[ref[j]]++;
  let equal = Infinity;
  let cross = Infinity;
  for (let i = from; i < to; i++) {
    const ca = countDraft[draft[i]];
    const cb = countRef[draft[i]];
    if (s.skipDraft[i] || cb === 0) continue;
    if (ca === cb && ca < equal) equal = ca;
    if (ca * cb < cross) cross = ca * cb;
  }
  const byEqual = equal <= cross;
  const pairs = noPairs();
  if (byEqual || cross <= MAX_CROSS_PAIRS) {
    const chosen = (t: number): boolean => (byEqual ? countDraft[t] === equal && countRef[t] === equal : countDraft[t] * countRef[t] === cross);
    const positions = new Map<number, number[]>();
    for (let j = refFrom; j < refTo; j++) {
      if (s.skipRef[j] || !chosen(ref[j])) continue;
      const list = positions.get(ref[j]);
      if (list) list.push(j);
      else positions.set(ref[j], [j]);
    }
    const seen = new Map<number, number>();
    for (let i = from; i < to; i++) {
      const list = s.skipDraft[i] ? undefined : positions.get(draft[i]);
      if (!list) continue;
      if (byEqual) {
        // The k-th occurrence on one side goes with the k-th on the other.
        const k = seen.get(draft[i]) ?? 0;
        seen.set(draft[i], k + 1);
        addPair(pairs, i, list[k]);
      } else {
        // Latest first, so that an increasing subsequence takes at most one pair per draft token.
        for (let k = list.length - 1; k >= 0; k--) addPair(pairs, i, list[k]);
      }
    }
  }
  for (let i = from; i < to; i++) countDraft[draft[i]] = 0;
  for (let j = refFrom; j < refTo; j++) countRef[ref[j]] = 0;
  if (allInOrder(pairs)) return pairs;
  return pick(pairs, heaviestIncreasing(pairs.ref, runWeights(s, pairs, from, to, refFrom, refTo)));
}

/**
 * Anchors for a range whose single tokens all repeat (text of few distinct
 * words: "a b a b ...", characters of one script, a small word list): runs
 * of k tokens that occur once on each side, with k doubled from 2 until
 * some are found, as patience and histogram diffs grow their units. Each
 * such run anchors on its first token; its other tokens then match as the
 * gaps' ends are grown. Each k tried costs one pass over the range, charged
 * to the work budget.
 */
function kgramAnchors(s: AlignState, from: number, to: number, refFrom: number, refTo: number): Pairs {
  for (let k = 2; k <= MAX_KGRAM && k <= Math.min(to - from, refTo - refFrom); k *= 2) {
    s.budget -= (to - from) + (refTo - refFrom);
    if (s.budget < 0) return noPairs();
    const count = new Map<number, number>(); // hash → occurrences in the draft, or -1 once seen twice
    const refAt = new Map<number, number>(); // hash → position in the reference, or -1 once seen twice
    forEachKgram(s.draft, s.skipDraft, from, to, k, (h) => {
      count.set(h, count.has(h) ? -1 : 1);
    });
    forEachKgram(s.ref, s.skipRef, refFrom, refTo, k, (h, j) => {
      if (count.get(h) === 1) refAt.set(h, refAt.has(h) ? -1 : j);
    });
    const pairs = noPairs();
    forEachKgram(s.draft, s.skipDraft, from, to, k, (h, i) => {
      const j = refAt.get(h);
      if (j !== undefined && j >= 0 && count.get(h) === 1 && sameRun(s, i, j, k)) addPair(pairs, i, j);
    });
    if (pairs.draft.length > 0) return allInOrder(pairs) ? pairs : pick(pairs, heaviestIncreasing(pairs.ref, runWeights(s, pairs, from, to, refFrom, refTo)));
  }
  return noPairs();
}

/** Longest run of tokens tried as an anchor: past it, a repeated passage is left to rareAnchors. */
const MAX_KGRAM = 64;

/** Calls `visit(hash, start)` for each run of `k` tokens in [from, to) with no skipped token, until it returns true. */
function forEachKgram(ids: Int32Array, skip: Uint8Array, from: number, to: number, k: number, visit: (hash: number, start: number) => boolean | void): void {
  // A polynomial rolling hash; runs that collide merely lose their uniqueness, and a chosen pair is checked token by token.
  let power = 1;
  for (let t = 1; t < k; t++) power = Math.imul(power, KGRAM_BASE);
  let hash = 0;
  let clean = 0; // tokens since the last skipped one
  for (let i = from; i < to; i++) {
    if (i - k >= from) hash = (hash - Math.imul(ids[i - k] + 1, power)) | 0;
    hash = (Math.imul(hash, KGRAM_BASE) + ids[i] + 1) | 0;
    clean = skip[i] ? 0 : clean + 1;
    if (clean >= k && visit(hash, i - k + 1)) return;
  }
}

const KGRAM_BASE = 0x01000193;

/** Whether draft tokens [i, i+k) equal reference tokens [j, j+k). */
function sameRun(s: AlignState, i: number, j: number, k: number): boolean {
  for (let t = 0; t < k; t++) if (s.draft[i + t] !== s.ref[j + t]) return false;
  return true;
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
function runWeights(s: AlignState, pairs: Pairs, from: number, to: number, refFrom: number, refTo: number): Float64Array {
  const n = pairs.draft.length;
  const weights = new Float64Array(n);
  const slipRun = slipWalker(s, from, to, refFrom, refTo);
  let reached = from; // how far the previous run's forward extension got on the draft side
  // The run of equal tokens through each pair, in draft tokens [start, end).
  // Pairs come in draft order, so the last run found on each diagonal is the
  // only one a later pair can lie in: each run is walked once, however many
  // pairs of low-vocabulary text ("a b a b ...") lie on it.
  // Runs as two numbers each in parallel lists, found by diagonal: no array per run.
  const lastRun = new Map<number, number>();
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  let k = 0;
  while (k < n) {
    const i = pairs.draft[k];
    const j = pairs.ref[k];
    let run = lastRun.get(i - j);
    if (run === undefined || runStarts[run] > i || i >= runEnds[run]) {
      let before = 0;
      while (i - before - 1 >= from && j - before - 1 >= refFrom && matchable(s, i - before - 1, j - before - 1)) before++;
      let after = 1;
      while (i + after < to && j + after < refTo && matchable(s, i + after, j + after)) after++;
      run = runStarts.length;
      runStarts.push(i - before);
      runEnds.push(i + after);
      lastRun.set(i - j, run);
    }
    const start = i - runStarts[run];
    const end = runEnds[run] - i;
    // Anchors later in the same run share its weight.
    let last = k + 1;
    while (last < n && pairs.draft[last] < i + end && pairs.draft[last] - pairs.ref[last] === i - j) last++;
    const nextA = last < n ? pairs.draft[last] : to;
    const back = i - start > reached ? slipRun.walk(i - start - 1, j - start - 1, -1, reached) : 0;
    const ahead = slipRun.walk(i + end, j + end, 1, nextA);
    const share = (start + end + back + ahead) / (last - k);
    for (let m = k; m < last; m++) weights[m] = share;
    reached = Math.max(i + end, slipRun.stop);
    k = last;
  }
  return weights;
}

/** Furthest a run is extended past slips, in draft tokens: enough for a sentence. */
const SLIP_RUN_MAX = 48;

/**
 * A walk along the diagonal from draft token `i` and reference token `j` in
 * direction `dir`, past slips (`followStretch`), inside the range and never
 * reaching draft token `limit` (exclusive, in the direction of travel):
 * `walk` says how many tokens match on the way, and leaves the draft
 * position it got to in `stop`. The predicates are made once per range and
 * read the walk's direction and limit from the walker, not made per anchor
 * (with followStretch's own, 75 MB of garbage on a million words).
 */
function slipWalker(s: AlignState, from: number, to: number, refFrom: number, refTo: number) {
  let dir: 1 | -1 = 1;
  let limit = 0;
  const same = (x: number, y: number): boolean => matchable(s, x, y);
  const inside = (x: number, y: number): boolean =>
    (dir > 0 ? x < limit : x >= limit) && x >= from && x < to && y >= refFrom && y < refTo;
  const walker = {
    stop: 0,
    walk(i: number, j: number, walk: 1 | -1, until: number): number {
      dir = walk;
      limit = until;
      const run = followStretch(same, inside, i, j, walk, SLIP_RUN_MAX);
      walker.stop = run.reach;
      return run.matched;
    },
  };
  return walker;
}

/** Exact LCS of a small range, leaving skipped tokens unmatched. */
function solveSmall(s: AlignState, from: number, to: number, refFrom: number, refTo: number): void {
  const outDraft: number[] = [];
  const outRef: number[] = [];
  // Most ranges have no skipped token: their ids are read in place.
  if (!anySkipped(s.skipDraft, from, to) && !anySkipped(s.skipRef, refFrom, refTo)) {
    lcsPairs(s.draft, from, to, s.ref, refFrom, refTo, outDraft, outRef);
    for (let k = 0; k < outDraft.length; k++) match(s, outDraft[k], outRef[k]);
    return;
  }
  // Give skipped tokens ids no other token has, so they cannot match.
  const subDraft = Int32Array.from({ length: to - from }, (_, k) => (s.skipDraft[from + k] ? -1 - k : s.draft[from + k]));
  const subRef = Int32Array.from({ length: refTo - refFrom }, (_, k) => (s.skipRef[refFrom + k] ? -1_000_000_000 - k : s.ref[refFrom + k]));
  lcsPairs(subDraft, 0, subDraft.length, subRef, 0, subRef.length, outDraft, outRef);
  for (let k = 0; k < outDraft.length; k++) match(s, from + outDraft[k], refFrom + outRef[k]);
}

/** Whether any token in [from, to) is flagged in `skip`. */
function anySkipped(skip: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (skip[i]) return true;
  return false;
}
