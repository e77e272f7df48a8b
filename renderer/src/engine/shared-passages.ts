/**
 * Passages that the draft removes in one place and the reference adds in
 * another, whatever the alignment made of them. Moved blocks found from
 * anchors (moved-blocks.ts) and whole-hunk moves (moves.ts) miss some: a
 * passage of common words with no unique token, the halves of a page
 * swapped with edits at the seam, a sentence moved beside other changes.
 * Left as an unlinked deletion and insertion, such a passage is written
 * twice when only the insertion is accepted and lost when only the
 * deletion is. So every run of at least SHARED_MIN_TOKENS tokens lying in
 * one hunk's draft side and in another hunk's reference side is cut out of
 * both hunks as the two halves of a move, holding just the shared text:
 * the edits beside it stay suggestions of their own.
 */

import { partitionPoint } from './bisect';
import type { Hunk } from './hunks';
import { cutMovedBlocks, type MovedBlock } from './moved-blocks';
import type { Tokens } from './tokenize';

/**
 * A shared run is a moved passage when, with the equal text around both
 * occurrences, it spans at least PASSAGE_WORDS words (runs of non-space
 * characters, as a reader counts them): then accepting one half alone
 * would write a passage an editor notices twice, or lose one.
 */
const PASSAGE_WORDS = 6;
/** Fewest tokens of the shared run itself: a single token recurs by chance. */
const SHARED_MIN_TOKENS = 2;
/** Most reference occurrences of one run tried: text repeating itself has no one place a passage came from. */
const MAX_OCCURRENCES = 8;

export interface LinkedHunks {
  readonly hunks: readonly Hunk[];
  /** Index pairs into `hunks`: [removal from the draft, insertion into it]. */
  readonly moves: readonly [number, number][];
}

/**
 * `hunks` (sorted, with `moves` among them) with every shared passage cut
 * out as a move. Halves of existing moves are left as they are.
 */
export function linkSharedPassages(
  hunks: readonly Hunk[], moves: readonly [number, number][],
  draftIds: Int32Array, refIds: Int32Array, draft: Tokens, ref: Tokens,
): LinkedHunks {
  const isHalf = new Uint8Array(hunks.length);
  for (const [del, ins] of moves) isHalf[del] = isHalf[ins] = 1;
  const dOwners = owners(draft, hunks, isHalf, (h) => h.from, (h) => h.to);
  const rOwners = owners(ref, hunks, isHalf, (h) => h.refFrom, (h) => h.refTo);
  const blocks = sharedRuns(draftIds, refIds, dOwners, rOwners, draft);
  if (blocks.length === 0) return { hunks, moves };
  const cut = cutMovedBlocks(hunks, { blocks, skipDraft: new Uint8Array(0), skipRef: new Uint8Array(0) }, draft, ref);
  // The old moves' halves were never cut: find them again by their spans,
  // looking only at hunks that start where one of them does (a key for
  // every hunk of a book was most of the time this took).
  const key = (h: Hunk): string => `${h.from}:${h.to}:${h.refFrom}:${h.refTo}`;
  const halfStarts = new Set(moves.flat().map((k) => hunks[k].from));
  const at = new Map<string, number>();
  cut.hunks.forEach((h, k) => {
    if (halfStarts.has(h.from)) at.set(key(h), k);
  });
  const index = (h: Hunk): number => at.get(key(h))!;
  const kept = moves.map(([del, ins]): [number, number] => [index(hunks[del]), index(hunks[ins])]);
  return { hunks: cut.hunks, moves: [...kept, ...cut.moves] };
}

/**
 * For each token, the hunk (not a move's half) whose span on this side
 * holds it, or -1 for tokens in unchanged text; and the stretches of
 * tokens so owned.
 */
function owners(tokens: Tokens, hunks: readonly Hunk[], isHalf: Uint8Array, from: (h: Hunk) => number, to: (h: Hunk) => number): Owners {
  const owner = new Int32Array(tokens.length).fill(-1);
  const spans: number[] = [];
  hunks.forEach((h, k) => {
    if (isHalf[k] || from(h) === to(h)) return;
    const start = partitionPoint(tokens.length, (t) => tokens.starts[t] >= from(h));
    let i = start;
    for (; i < tokens.length && tokens.ends[i] <= to(h); i++) owner[i] = k;
    if (i > start) spans.push(start, i);
  });
  return { owner, stretches: mergedSpans(spans) };
}

interface Owners {
  readonly owner: Int32Array;
  /**
   * Token ranges [from, to), two numbers each, in order and apart: every
   * owned token lies in one. Only these are searched for shared runs, so
   * that the search costs what the changes hold, not what the texts do (the
   * whole of a book's two texts were hashed for its few changed tokens).
   */
  readonly stretches: readonly number[];
}

/** Ranges [from, to), two numbers each, sorted and with those overlapping or touching joined. */
function mergedSpans(spans: readonly number[]): number[] {
  // The hunks come in draft order, and on the reference side nearly so: most of the time there is nothing to sort.
  let sorted = spans;
  for (let n = 2; n < spans.length; n += 2) {
    if (spans[n] < spans[n - 2]) {
      const order = Array.from({ length: spans.length / 2 }, (_, m) => m).sort((a, b) => spans[2 * a] - spans[2 * b]);
      sorted = order.flatMap((m) => [spans[2 * m], spans[2 * m + 1]]);
      break;
    }
  }
  const out: number[] = [];
  for (let n = 0; n < sorted.length; n += 2) {
    if (out.length > 0 && sorted[n] <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], sorted[n + 1]);
    else out.push(sorted[n], sorted[n + 1]);
  }
  return out;
}

/**
 * Runs of equal tokens, each lying within one hunk's draft side and
 * another hunk's reference side, as token blocks; greedily in draft order,
 * each extended as far as both hunks allow, never overlapping.
 */
function sharedRuns(draftIds: Int32Array, refIds: Int32Array, dOwners: Owners, rOwners: Owners, draft: Tokens): MovedBlock[] {
  const k = SHARED_MIN_TOKENS;
  const { owner: dOwner } = dOwners;
  const { owner: rOwner } = rOwners;
  const refAt = new Map<number, number[]>();
  forEachWindow(refIds, rOwners, k, (hash, j) => {
    const list = refAt.get(hash);
    if (!list) refAt.set(hash, [j]);
    else if (list.length <= MAX_OCCURRENCES) list.push(j);
  });
  const takenRef = new Uint8Array(refIds.length);
  const blocks: MovedBlock[] = [];
  let next = 0; // draft tokens before it are claimed
  forEachWindow(draftIds, dOwners, k, (hash, i) => {
    if (i < next) return;
    const list = refAt.get(hash);
    if (!list || list.length > MAX_OCCURRENCES) return;
    let best = 0;
    let bestJ = -1;
    for (const j of list) {
      if (dOwner[i] === rOwner[j] || takenRef[j]) continue;
      let len = 0;
      while (
        i + len < draftIds.length && j + len < refIds.length && draftIds[i + len] === refIds[j + len] &&
        dOwner[i + len] === dOwner[i] && rOwner[j + len] === rOwner[j] && !takenRef[j + len]
      ) len++;
      if (len > best && countWords(draft, i, i + len) > 0 && spannedWords(draft, draftIds, refIds, i, j, len) >= PASSAGE_WORDS) {
        best = len;
        bestJ = j;
      }
    }
    if (bestJ < 0) return;
    takenRef.fill(1, bestJ, bestJ + best);
    blocks.push({ from: i, to: i + best, refFrom: bestJ, refTo: bestJ + best });
    next = i + best;
  });
  return blocks;
}

/**
 * How many words (runs of non-space characters) the run of `len` tokens at
 * draft `i` / reference `j` spans in the draft, with the equal tokens
 * around both occurrences; counted up to PASSAGE_WORDS.
 */
function spannedWords(draft: Tokens, draftIds: Int32Array, refIds: Int32Array, i: number, j: number, len: number): number {
  const gapBefore = (t: number): number => (t > 0 && draft.starts[t] > draft.ends[t - 1] ? 1 : 0);
  let words = 1;
  for (let t = i + 1; t < i + len; t++) words += gapBefore(t);
  for (let b = 1; words < PASSAGE_WORDS && i - b >= 0 && j - b >= 0 && draftIds[i - b] === refIds[j - b]; b++) words += gapBefore(i - b + 1);
  for (let a = 0; words < PASSAGE_WORDS && i + len + a < draftIds.length && j + len + a < refIds.length && draftIds[i + len + a] === refIds[j + len + a]; a++) words += gapBefore(i + len + a);
  return words;
}

function countWords(tokens: Tokens, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += tokens.isWord[i];
  return n;
}

/** Calls `visit(hash, start)` for each run of `k` tokens lying in one hunk (same owner ≥ 0), in order. */
function forEachWindow(ids: Int32Array, { owner, stretches }: Owners, k: number, visit: (hash: number, start: number) => void): void {
  let power = 1;
  for (let t = 1; t < k; t++) power = Math.imul(power, BASE);
  for (let n = 0; n < stretches.length; n += 2) windowsIn(ids, owner, stretches[n], stretches[n + 1], k, power, visit);
}

/** forEachWindow's runs within tokens [from, to), the tokens either side being owned by no hunk. */
function windowsIn(ids: Int32Array, owner: Int32Array, from: number, to: number, k: number, power: number, visit: (hash: number, start: number) => void): void {
  let hash = 0;
  let run = 0; // tokens since the owner last changed
  for (let i = from; i < to; i++) {
    if (i - k >= from) hash = (hash - Math.imul(ids[i - k] + 1, power)) | 0;
    hash = (Math.imul(hash, BASE) + ids[i] + 1) | 0;
    run = owner[i] >= 0 && i > from && owner[i] === owner[i - 1] ? run + 1 : owner[i] >= 0 ? 1 : 0;
    if (run >= k) visit(hash, i - k + 1);
  }
}

const BASE = 0x01000193;
