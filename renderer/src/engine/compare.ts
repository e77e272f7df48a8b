/**
 * The comparison pipeline: tokenize (tokenize.ts) and intern (intern.ts);
 * find moved passages from out-of-order anchors (moved-blocks.ts); align the
 * rest (align.ts: unique anchors, rare-token fallback, bounded LCS) and slide
 * one-sided gaps to sentence edges (slide.ts); cut into hunks (hunks.ts) with
 * moved blocks cut out; split hunks at restyled spacing (spacing.ts), at
 * paragraph breaks (paragraph-breaks.ts) and at slips of the pen (refine.ts); pair remaining moves (moves.ts); join swapped
 * words (swaps.ts), join the touching pieces of one fix (join.ts) and widen
 * idioms (wordy.ts); classify (classify.ts); merge rewritten sentences
 * (rewrites.ts), make moves that change a number `number`s (number-moves.ts)
 * and list the word changes inside (parts.ts).
 */

import { alignTokens } from './align';
import { bySpan } from './apply';
import { classify } from './classify';
import { findHunks, type Hunk } from './hunks';
import { joinAbutting } from './join';
import { internTokens } from './intern';
import { cutMovedBlocks, findMovedBlocks } from './moved-blocks';
import { joinMovePieces } from './move-pieces';
import { pairMoves } from './moves';
import { joinMisreadRuns } from './misread-runs';
import { flagNumberMoves } from './number-moves';
import { isMachineRead } from './ocr';
import { splitAtParagraphs } from './paragraph-breaks';
import { withParts } from './parts';
import { buildReferenceContext } from './reference-context';
import { splitAtSlips } from './refine';
import { mergeQuotations } from './quotations';
import { mergeRewrites } from './rewrites';
import { joinReplacedNames } from './entity-names';
import { linkSharedPassages } from './shared-passages';
import { slideGaps } from './slide';
import { suggestionOver } from './suggestion';
import { splitSpacing } from './spacing';
import { mergeSwaps } from './swaps';
import { unglue } from './unglue';
import { widenIdiom } from './wordy';
import { isTokenBoundary, tokenize } from './tokenize';
import { typographyOnly } from './typography';
import type { CompareOptions, Suggestion } from './types';

/**
 * Every place where `draft` departs from `reference`, as suggestions sorted
 * by `from` (an insertion before a replacement at the same offset), never
 * overlapping, never starting or ending inside a word. Accepting all of them
 * turns the draft into the reference exactly (unless `options` leaves some
 * differences out). Pure and deterministic: same inputs, same output.
 */
export function compare(draft: string, reference: string, options: CompareOptions = {}): Suggestion[] {
  const fold = options.typographyAsEqual ?? false;
  const draftTokens = tokenize(draft);
  const refTokens = tokenize(reference);
  const ids = internTokens(draftTokens, refTokens, fold);
  const moved = findMovedBlocks(ids.draft, ids.ref, ids.size, draftTokens, refTokens);
  const aligned = alignTokens(ids.draft, ids.ref, ids.size, moved.skipDraft, moved.skipRef);
  const alignment = slideGaps(aligned, ids.draft, ids.ref, draftTokens, refTokens);
  const ctx = buildReferenceContext(refTokens, ids.refExact, ids.exactTexts, draftTokens, ids.draftExact);
  const cut = cutMovedBlocks(findHunks(draftTokens, refTokens, alignment), moved, draftTokens, refTokens);

  // Hunks of moved blocks stay whole; the others are split at restyled spacing and at slips of the pen.
  const inBlock = new Set(cut.moves.flat());
  const hunks: Hunk[] = [];
  const movePairs: [number, number][] = [];
  const newIndex = new Map<number, number>();
  cut.hunks.forEach((h, k) => {
    if (inBlock.has(k)) {
      newIndex.set(k, hunks.length);
      hunks.push(h);
    } else {
      for (const part of splitSpacing(draft, reference, h).flatMap((p) => splitAtParagraphs(draftTokens, refTokens, p))) {
        for (const piece of splitAtSlips(draftTokens, refTokens, part, ctx)) {
          if (!fold || !typographyOnly(draft, reference, piece)) hunks.push(piece);
        }
      }
    }
  });
  for (const [del, ins] of cut.moves) movePairs.push([newIndex.get(del)!, newIndex.get(ins)!]);
  const linked = linkSharedPassages(hunks, movePairs, ids.draft, ids.ref, draftTokens, refTokens);
  const moves = linked.moves.concat(pairMoves(draft, reference, linked.hunks, fold, new Set(linked.moves.flat())));
  const machineRead = isMachineRead(draftTokens, reference, hunks);
  const items = unglue(draft, reference, joinMovePieces(draft, reference, joinAbutting(draft, reference, mergeSwaps(draft, reference, mergeInsertions(linked.hunks, moves)), machineRead)));

  const suggestions: Suggestion[] = [];
  const moveIds = new Map<number, string>();
  for (const item of items) {
    if (item.move >= 0 && !moveIds.has(item.move)) moveIds.set(item.move, `m${item.hunk.from}-${item.hunk.refFrom}`);
  }
  let previous: Suggestion | undefined;
  for (let i = 0; i < items.length; i++) {
    let { hunk: h } = items[i];
    const { move } = items[i];
    if (move >= 0) {
      suggestions.push(suggestionOver(reference, h, 'moved', 'medium', moveIds.get(move)));
      previous = undefined;
      continue;
    }
    // An idiom is widened only over whole tokens of both texts that no
    // neighbouring suggestion claims.
    const widened = widenIdiom(draft, reference, h);
    const before = suggestions[suggestions.length - 1];
    const after = items[i + 1]?.hunk;
    // (Most hunks are no idiom's part and come back as they were: nothing to check.)
    const wholeTokens = widened !== h &&
      isTokenBoundary(draftTokens, widened.from) && isTokenBoundary(draftTokens, widened.to) &&
      isTokenBoundary(refTokens, widened.refFrom) && isTokenBoundary(refTokens, widened.refTo);
    if (wholeTokens && (!before || widened.from >= before.to) && (!after || widened.to <= after.from)) h = widened;
    const { kind, severity } = classify(draft, reference, h, ctx, machineRead);
    if (previous && (kind === 'name' || kind === 'case') && previous.kind === kind && /^\s+$/.test(draft.slice(previous.to, h.from))) {
      // One mangled name of several words ("Kir Stmper") is one error; so is one title recased ("Prime Minister’s").
      suggestions.pop();
      h = { from: previous.from, to: h.to, refFrom: previous.refFrom, refTo: h.refTo };
    }
    previous = suggestionOver(reference, h, kind, severity);
    suggestions.push(previous);
  }

  const ignore = new Set(options.ignore ?? []);
  // Pieces equal up to typography were left out above, but joining pieces
  // can make one again ("w" + " hether" for "whether"): with typographic
  // variants equal, what is left after joining is checked as well.
  const kept = (s: Suggestion): boolean =>
    !ignore.has(s.kind) && (!fold || s.kind === 'moved' || !typographyOnly(draft, reference, s));
  // On a machine-read page a quotation's marks are misread like any other characters, and its runs of misreadings join instead.
  const merged = joinReplacedNames(draft, reference, mergeRewrites(reference, suggestions.sort(bySpan)));
  const joined = machineRead ? joinMisreadRuns(draft, reference, merged) : mergeQuotations(draft, reference, merged);
  return flagNumberMoves(draft, reference, joined, machineRead).filter(kept).map((s) => withParts(draftTokens, refTokens, ids, s));
}


interface Item {
  readonly hunk: Hunk;
  /** Index of the move this hunk is a half of, or -1. */
  readonly move: number;
}

/**
 * Pairs hunks with their moves, merging insertions at one draft offset
 * (they are contiguous in the reference, so one insertion says the same):
 * two insertions at one place could be applied in either order. An
 * insertion merged with a move's insertion joins that move, and two moves
 * whose insertions merge become one, so accepting any of it accepts every
 * passage it brings and every removal they came from.
 */
function mergeInsertions(hunks: readonly Hunk[], movePairs: readonly [number, number][]): Item[] {
  const moveOf = new Int32Array(hunks.length).fill(-1);
  movePairs.forEach(([del, ins], m) => {
    moveOf[del] = m;
    moveOf[ins] = m;
  });
  const group = Int32Array.from(movePairs, (_, m) => m);
  const find = (m: number): number => {
    while (group[m] !== m) m = group[m] = group[group[m]];
    return m;
  };
  const merged: { hunk: Hunk; move: number }[] = [];
  for (let k = 0; k < hunks.length; k++) {
    const h = hunks[k];
    const last = merged[merged.length - 1];
    if (last && h.from === h.to && last.hunk.from === h.from && last.hunk.to === h.from) {
      if (last.move >= 0 && moveOf[k] >= 0) group[find(moveOf[k])] = find(last.move);
      last.hunk = { ...last.hunk, refTo: h.refTo };
      if (last.move < 0) last.move = moveOf[k];
    } else merged.push({ hunk: h, move: moveOf[k] });
  }
  return merged.map((item) => (item.move >= 0 ? { ...item, move: find(item.move) } : item));
}
