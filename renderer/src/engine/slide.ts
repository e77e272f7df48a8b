/**
 * Sliding pure insertions and deletions to where a reader would put them.
 *
 * Deleting ". Beta is here" after "epilogue" or "Beta is here. " before the
 * final full stop gives the same text; diffs pick one arbitrarily. Here a run
 * of inserted or deleted tokens is slid over equal neighbouring tokens to the
 * position whose edges best fit the text: a sentence's first word and its
 * full stop, else whole words. Reported moves depend on this: both halves of
 * a moved sentence must be cut at the same sentence edges.
 */

import type { Alignment } from './align';
import { markSide, SENTENCE_END } from './marks';
import { startsSentence } from './reference-context';
import type { Tokens } from './tokenize';

/** Returns an alignment with every one-sided gap slid to its best position. */
export function slideGaps(alignment: Alignment, draftIds: Int32Array, refIds: Int32Array, draft: Tokens, ref: Tokens): Alignment {
  const onDraft = Int32Array.from(alignment.draft);
  const onRef = Int32Array.from(alignment.ref);
  const n = onDraft.length;
  for (let k = 0; k <= n; k++) {
    const gap = (k < n ? onDraft[k] : draft.length) - (k > 0 ? onDraft[k - 1] : -1) - 1;
    const refGap = (k < n ? onRef[k] : ref.length) - (k > 0 ? onRef[k - 1] : -1) - 1;
    if (gap > 0 && refGap === 0) slide(onDraft, onRef, k, gap, draftIds, draft);
    else if (refGap > 0 && gap === 0) slide(onRef, onDraft, k, refGap, refIds, ref);
  }
  return { draft: onDraft, ref: onRef };
}

/**
 * Slides the run of `len` unmatched tokens before pair `k` on side `own`
 * (`other` has no gap there). Shifting the run by one moves one matched pair
 * across it: allowed when the pair's token equals the run's far-end token and
 * the pair sits right against the run on both sides.
 */
function slide(own: Int32Array, other: Int32Array, k: number, len: number, ids: Int32Array, tokens: Tokens): void {
  const n = own.length;
  const start = k > 0 ? own[k - 1] + 1 : 0;
  let left = 0;
  while (
    k - 1 - left >= 0 && own[k - 1 - left] === start - 1 - left &&
    (left === 0 || other[k - 1 - left] === other[k - left] - 1) &&
    ids[start - 1 - left] === ids[start + len - 1 - left]
  ) left++;
  let right = 0;
  while (
    k + right < n && own[k + right] === start + len + right &&
    (right === 0 || other[k + right] === other[k + right - 1] + 1) &&
    ids[start + right] === ids[start + len + right]
  ) right++;
  if (left === 0 && right === 0) return;
  let best = 0;
  let bestScore = -1;
  for (let o = -left; o <= right; o++) {
    const score = edgeScore(tokens, start + o, start + o + len);
    if (score > bestScore) {
      best = o;
      bestScore = score;
    }
  }
  if (best < 0) for (let t = 0; t < -best; t++) own[k - 1 - t] += len;
  else for (let t = 0; t < best; t++) own[k + t] -= len;
}

/**
 * How well tokens [from, to) stand alone: higher for sentence and word edges.
 * A quotation's marks go with the sentence they enclose: an opening mark
 * before a sentence's first word makes the best start, a closing mark after
 * its full stop the best end, and a run never ends on an opening mark or
 * starts on a closing one ("Then tell me!" rather than Then tell me!" "),
 * and nested marks count as one ("‘Return.’" inside “…”).
 */
export function edgeScore(tokens: Tokens, from: number, to: number): number {
  const text = tokens.text;
  const tokenAt = (k: number): string => text.slice(tokens.starts[k], tokens.ends[k]);
  let score = 0;
  // Quotations nest ("‘Return,’ he said"): look past every opening mark at the start, every closing one at the end.
  let word = from;
  while (word < to - 1 && markSide(text, tokens.starts[word]) === 'open') word++;
  let end = to - 1;
  while (end > from && markSide(text, tokens.starts[end]) === 'close') end--;
  const first = markSide(text, tokens.starts[from]);
  if (tokens.isWord[from] && startsSentence(text, tokens.starts[from])) score += 4;
  else if (first === 'open' && tokens.isWord[word] && startsSentence(text, tokens.starts[word])) score += 5;
  else if (first === 'close') score -= 1;
  else if (from === 0 || tokens.starts[from] > tokens.ends[from - 1]) score += 1;
  const last = markSide(text, tokens.starts[to - 1]);
  if (SENTENCE_END.test(tokenAt(to - 1))) score += 3;
  else if (last === 'close' && end < to - 1 && SENTENCE_END.test(tokenAt(end))) score += 4;
  else if (last === 'open') score -= 1;
  else if (to === tokens.length || tokens.starts[to] > tokens.ends[to - 1]) score += 1;
  return score;
}
