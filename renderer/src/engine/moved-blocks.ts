/**
 * Moved passages found from the anchors: runs of equal tokens around
 * anchors that match out of order. They are taken out of the alignment
 * (neither side may match them elsewhere) and later cut out of the hunks
 * that contain them, so each becomes one clean "remove here, insert there"
 * pair even when other changes sit right next to it.
 */

import { globalAnchors } from './align';
import { bySpan } from './apply';
import { partitionPoint } from './bisect';
import { MOVE_MIN_CHARS } from './moves';
import { trimmedHunk, type Hunk } from './hunks';
import { followStretch } from './diagonal';
import { markSide, SENTENCE_END } from './marks';
import { edgeScore } from './slide';
import { countWordChars, tokenText, type Tokens } from './tokenize';

/** A passage of the draft, tokens [from, to), that belongs at reference tokens [refFrom, refTo). */
export interface MovedBlock {
  readonly from: number;
  readonly to: number;
  readonly refFrom: number;
  readonly refTo: number;
}

export interface MovedBlocks {
  readonly blocks: readonly MovedBlock[];
  /** Tokens inside a block, per side: they must not be aligned elsewhere. */
  readonly skipDraft: Uint8Array;
  readonly skipRef: Uint8Array;
}

/** Marks a block should not start with: the previous sentence's end. */
const TRAILING_MARK = /^[.!?\u2026;:,]$/u;

/**
 * The moved blocks of two token-id sequences: around each anchor that
 * matches out of order, the run of equal tokens, cut to sentence edges and
 * followed past slips to the ends of its sentence, if it holds at least
 * MOVE_MIN_CHARS letters and digits. Blocks never overlap.
 */
export function findMovedBlocks(draftIds: Int32Array, refIds: Int32Array, vocabSize: number, draft: Tokens, ref: Tokens): MovedBlocks {
  const skipDraft = new Uint8Array(draftIds.length);
  const skipRef = new Uint8Array(refIds.length);
  const draftEnds = sentenceEnds(draft);
  const refEnds = sentenceEnds(ref);
  const blocks: MovedBlock[] = [];
  const { rejected } = globalAnchors(draftIds, refIds, vocabSize);
  const same = (x: number, y: number): boolean => draftIds[x] === refIds[y] && !skipDraft[x] && !skipRef[y];
  for (let k = 0; k < rejected.draft.length; k++) {
    const i = rejected.draft[k];
    const j = rejected.ref[k];
    if (skipDraft[i] || skipRef[j]) continue; // inside a block found from another anchor
    let start = 0;
    while (i - start > 0 && j - start > 0 && same(i - start - 1, j - start - 1)) start++;
    let end = 1;
    while (i + end < draftIds.length && j + end < refIds.length && same(i + end, j + end)) end++;
    let [from, to] = atSentenceEdges(draft, ...ownMarksOnly(draft, i - start, i + end));
    let refFrom = from + j - i;
    let refTo = to + j - i;
    // On past slips to the ends of its sentence: a moved sentence with a typo in it is still one passage.
    const back = followStretch(same, (x, y) => x >= 0 && y >= 0 && draftEnds[x] === draftEnds[from] && refEnds[y] === refEnds[refFrom], from - 1, refFrom - 1, -1, STRETCH_MAX);
    const ahead = followStretch(same, (x, y) => x < draftIds.length && y < refIds.length && draftEnds[x] === draftEnds[to - 1] && refEnds[y] === refEnds[refTo - 1], to, refTo, 1, STRETCH_MAX);
    // The walk may take in the neighbours' marks again (the next line's opening quote); its ends are equal on both sides.
    const [t0, t1] = ownMarksOnly(draft, back.reach, ahead.reach);
    [from, refFrom, to, refTo] = [t0, back.refReach + t0 - back.reach, t1, ahead.refReach - (ahead.reach - t1)];
    if (countWordChars(draft.text.slice(draft.starts[from], draft.ends[to - 1])) < MOVE_MIN_CHARS) continue;
    skipDraft.fill(1, from, to);
    skipRef.fill(1, refFrom, refTo);
    blocks.push({ from, to, refFrom, refTo });
  }
  blocks.sort(bySpan);
  return { blocks, skipDraft, skipRef };
}

/**
 * Tokens [from, to) without the marks at its ends that belong to the
 * neighbouring sentences: the previous one's end and closing quote, the
 * next one's opening quote.
 */
function ownMarksOnly(tokens: Tokens, from: number, to: number): [number, number] {
  while (from < to - 1 && (TRAILING_MARK.test(tokenText(tokens, from)) || markSide(tokens.text, tokens.starts[from]) === 'close')) from++;
  while (to - 1 > from && markSide(tokens.text, tokens.starts[to - 1]) === 'open') to--;
  return [from, to];
}

/** Furthest a block is followed past slips, in tokens: a long sentence. */
const STRETCH_MAX = 80;

/**
 * For each token position, how many sentence ends come before it: two
 * tokens with the same count lie in one sentence (an end mark counts with
 * the sentence it ends).
 */
function sentenceEnds(tokens: Tokens): Int32Array {
  const out = new Int32Array(tokens.length + 1);
  const { text, starts, ends } = tokens;
  // An end mark is one character: only such tokens are tested (cutting out every token cost 36 ms of a million words' 3 s).
  for (let k = 0; k < tokens.length; k++) out[k + 1] = out[k] + (ends[k] - starts[k] === 1 && endsSentence(text.charCodeAt(starts[k])) ? 1 : 0);
  return out;
}

/** Per UTF-16 code unit: 0 not yet asked, 1 no sentence end, 2 a sentence end (SENTENCE_END, asked once per character, not per mark of a book). */
const SENTENCE_END_BY_CODE = new Uint8Array(0x10000);

function endsSentence(code: number): boolean {
  if (SENTENCE_END_BY_CODE[code] === 0) SENTENCE_END_BY_CODE[code] = SENTENCE_END.test(String.fromCharCode(code)) ? 2 : 1;
  return SENTENCE_END_BY_CODE[code] === 2;
}

/** Tokens at either end of a run that may belong to the neighbouring sentence rather than the moved one. */
const EDGE_SLACK = 3;

/**
 * Tokens [from, to) narrowed by up to EDGE_SLACK tokens at each end to the
 * best sentence edges: a moved sentence's run of equal tokens often goes on
 * into the next sentence's first word ("... his pension. The"), which then
 * belongs to both places at once.
 */
function atSentenceEdges(tokens: Tokens, from: number, to: number): [number, number] {
  let best: [number, number] = [from, to];
  let bestScore = edgeScore(tokens, from, to);
  for (let s = 0; s <= EDGE_SLACK; s++) {
    for (let e = 0; e <= EDGE_SLACK && from + s < to - e; e++) {
      const score = edgeScore(tokens, from + s, to - e);
      if (score > bestScore) {
        best = [from + s, to - e];
        bestScore = score;
      }
    }
  }
  return best;
}

/** Hunks with every moved block cut out as its own piece, and the pieces' pairs. */
export interface CutHunks {
  readonly hunks: readonly Hunk[];
  /** Index pairs into `hunks`: [removal from the draft, insertion into it]. */
  readonly moves: readonly [number, number][];
}

/**
 * Cuts each moved block out of the hunk that holds it (a block's tokens are
 * never aligned, so each side of it lies inside one hunk), keeping one
 * adjacent space with it. A block whose halves cannot both be cut out
 * cleanly stays part of its hunks.
 */
export function cutMovedBlocks(hunks: readonly Hunk[], moved: MovedBlocks, draft: Tokens, ref: Tokens): CutHunks {
  // The pieces of each hunk a block is cut from, so finding a block's piece
  // costs a binary search and a short scan. Only those hunks get a list:
  // one per hunk of a book (60,000) was most of this function's time.
  const groups = new Map<number, Piece[]>();
  const groupOf = (k: number): Piece[] => {
    let group = groups.get(k);
    if (!group) groups.set(k, (group = [piece(hunks[k])]));
    return group;
  };
  moved.blocks.forEach((block, id) => {
    const found = holdingPieces(hunks, groupOf, block, draft, ref);
    if (!found) return;
    const { dSpan, rSpan, gd, gr, di, ri } = found;
    if (gd === gr && di === ri) {
      // Both halves in one hunk: a passage and its own neighbourhood swapped; not worth a move.
      return;
    }
    const cutD = cut(groupOf(gd)[di], 'draft', dSpan, id, draft, ref);
    const cutR = cut(groupOf(gr)[ri], 'ref', rSpan, id, draft, ref);
    // The later piece first, so the earlier one's index still holds.
    if (gd === gr && ri > di) {
      groupOf(gr).splice(ri, 1, ...cutR);
      groupOf(gd).splice(di, 1, ...cutD);
    } else {
      groupOf(gd).splice(di, 1, ...cutD);
      groupOf(gr).splice(ri, 1, ...cutR);
    }
  });
  const out: Hunk[] = [];
  const removal = new Map<number, number>(); // block → index of its removal in `out`
  const insertions: [number, number][] = []; // [block, index of its insertion in `out`]
  const add = ({ from, to, refFrom, refTo }: Hunk): void => void out.push({ from, to, refFrom, refTo });
  hunks.forEach((h, k) => {
    const pieces = groups.get(k);
    if (!pieces) return add(h);
    for (const p of pieces) {
      if (p.block >= 0 && p.side === 1) removal.set(p.block, out.length);
      if (p.block >= 0 && p.side === 2) insertions.push([p.block, out.length]);
      add(p);
    }
  });
  return { hunks: out, moves: insertions.map(([block, k]): [number, number] => [removal.get(block)!, k]) };
}

/**
 * Tokens at a block's ends that may lie outside its hunks: a hunk drops the
 * text its two sides start or end with alike, so a moved quotation whose
 * old and new neighbours open with the same mark ("“Sorry…" where "“It
 * isn't…" belongs) has its opening mark left matched in place.
 */
const EDGE_TRIM = 2;

/**
 * Where a block's two halves lie: the hunk and piece holding each, the
 * block narrowed by as few tokens as needed (the same on both sides, at
 * most EDGE_TRIM at each end) for both to fit; null if they never do.
 */
function holdingPieces(hunks: readonly Hunk[], groupOf: (k: number) => Piece[], block: MovedBlock, draft: Tokens, ref: Tokens) {
  for (let trim = 0; trim <= 2 * EDGE_TRIM; trim++) {
    for (let s = Math.max(0, trim - EDGE_TRIM); s <= Math.min(trim, EDGE_TRIM); s++) {
      const e = trim - s;
      if (block.to - e - (block.from + s) < 1) continue;
      const dSpan = { from: draft.starts[block.from + s], to: draft.ends[block.to - e - 1] };
      const rSpan = { from: ref.starts[block.refFrom + s], to: ref.ends[block.refTo - e - 1] };
      const gd = lastStartingBy(hunks, dSpan.from, (h) => h.from);
      const gr = lastStartingBy(hunks, rSpan.from, (h) => h.refFrom);
      if (gd < 0 || gr < 0) continue;
      const di = pieceHolding(groupOf(gd), dSpan, (p) => p.from, (p) => p.to);
      const ri = pieceHolding(groupOf(gr), rSpan, (p) => p.refFrom, (p) => p.refTo);
      if (di >= 0 && ri >= 0) return { dSpan, rSpan, gd, gr, di, ri };
    }
  }
  return null;
}

/**
 * Index of the last hunk whose start (by `start`) is at or before `pos`: the
 * only one that can hold a non-empty span starting at `pos`, as hunks are
 * sorted on both sides and an empty side cannot hold one.
 */
function lastStartingBy(hunks: readonly Hunk[], pos: number, start: (h: Hunk) => number): number {
  return partitionPoint(hunks.length, (k) => start(hunks[k]) > pos) - 1;
}

/**
 * Index of the piece of `group` (sorted on both sides) that is no moved
 * block's half and holds `span` on the side `start`/`end` read, or -1.
 * A binary search finds the first piece ending after the span's start; only
 * pieces starting by then can hold it.
 */
function pieceHolding(group: readonly Piece[], span: { from: number; to: number }, start: (p: Piece) => number, end: (p: Piece) => number): number {
  for (let k = partitionPoint(group.length, (m) => end(group[m]) > span.from); k < group.length && start(group[k]) <= span.from; k++) {
    const p = group[k];
    if (p.block < 0 && span.to <= end(p)) return k;
  }
  return -1;
}

interface Piece extends Hunk {
  /** The moved block this piece is a half of, or -1. */
  readonly block: number;
  /** 1: the removal (draft side), 2: the insertion (reference side). */
  readonly side: number;
}

/** `h` as a piece of no block. Spelt out, not spread: hunks come in several shapes, and a spread of each went the slow way. */
function piece(h: Hunk): Piece {
  return { from: h.from, to: h.to, refFrom: h.refFrom, refTo: h.refTo, block: -1, side: 0 };
}

/**
 * Splits `hunk` into [before, block, after], the block being `span` on
 * `side` and empty on the other; the other side's text all goes to whichever
 * of before/after is larger. A whitespace-only remainder next to the block
 * joins it, so no stray space is left to suggest. An insertion left next
 * to an inserted block is merged with it later (compare.ts): two
 * insertions at one offset would be ambiguous to apply.
 */
function cut(hunk: Hunk, side: 'draft' | 'ref', span: { from: number; to: number }, block: number, draft: Tokens, ref: Tokens): Piece[] {
  const onDraft = side === 'draft';
  const [own0, own1] = onDraft ? [hunk.from, hunk.to] : [hunk.refFrom, hunk.refTo];
  const [other0, other1] = onDraft ? [hunk.refFrom, hunk.refTo] : [hunk.from, hunk.to];
  const otherAt = span.from - own0 <= own1 - span.to ? other0 : other1;
  const ownText = onDraft ? draft.text : ref.text;
  let from = span.from;
  let to = span.to;
  const otherText = onDraft ? ref.text : draft.text;
  let spaceAfter = 0;
  while (to + spaceAfter < own1 && /\s/u.test(ownText[to + spaceAfter])) spaceAfter++;
  let spaceBefore = 0;
  while (from - spaceBefore > own0 && /\s/u.test(ownText[from - spaceBefore - 1])) spaceBefore++;
  // Spacing the other side has too in another style ("\n\n" for "  ") is a typography piece of its own.
  const restyled = (o0: number, o1: number): boolean => o0 < o1 && allSpace(otherText, o0, o1);
  const isSpace = (pos: number): boolean => /\s/u.test(otherText[pos] ?? '');
  if (spaceBefore === from - own0 && spaceBefore > 0 && !restyled(other0, otherAt)) from = own0;
  else if (spaceAfter === own1 - to && spaceAfter > 0 && !restyled(otherAt, other1)) to = own1;
  // A space between the block and a remainder that the other side lacks there
  // goes with the block, so the remainder is a word-for-word change ("Severl"
  // → "Several"), not one carrying a space (" Several").
  else if (spaceAfter > 0 && spaceAfter < own1 - to && !(otherAt < other1 && isSpace(otherAt))) to += spaceAfter;
  else if (spaceBefore > 0 && spaceBefore < from - own0 && !(other0 < otherAt && isSpace(otherAt - 1))) from -= spaceBefore;
  const make = (o0: number, o1: number, t0: number, t1: number): Hunk | null =>
    onDraft ? trimmedHunk(draft, ref, o0, o1, t0, t1) : trimmedHunk(draft, ref, t0, t1, o0, o1);
  const before = make(own0, from, other0, otherAt);
  const after = make(to, own1, otherAt, other1);
  const middle: Piece = onDraft
    ? { from, to, refFrom: otherAt, refTo: otherAt, block, side: 1 }
    : { from: otherAt, to: otherAt, refFrom: from, refTo: to, block, side: 2 };
  const plain = (h: Hunk | null): Piece[] => (h ? [piece(h)] : []);
  return [...plain(before), middle, ...plain(after)];
}

/** Whether text[from, to) is all whitespace; stops at the first other character. */
function allSpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/\s/u.test(text[k])) return false;
  return true;
}
