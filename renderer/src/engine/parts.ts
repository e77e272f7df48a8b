/**
 * The word-level changes inside a suggestion. A reworded sentence is one
 * suggestion (rewrites.ts), but an editor must still see which of its words
 * differ ("Killed" → "struck" among twenty unchanged ones): its parts are a
 * minimal word diff of its two sides, each part trimmed like a hunk, so it
 * never starts or ends inside a word.
 */

import { partitionPoint } from './bisect';
import { trimmedHunk } from './hunks';
import { lcsPairs, MAX_LCS_CELLS } from './lcs';
import type { Tokens } from './tokenize';
import type { Suggestion, SuggestionPart } from './types';

/**
 * `s` with its `parts` when it has unchanged words inside; `s` itself
 * otherwise. `ids` are the tokens' ids by exact text (intern.ts), shared by
 * both texts.
 */
export function withParts(draft: Tokens, ref: Tokens, ids: ExactIds, s: Suggestion): Suggestion {
  if (s.moveId !== undefined || s.from === s.to || s.refFrom === s.refTo) return s;
  const parts = partsOf(draft, ref, ids, s);
  if (parts.length < 2 && (parts.length === 0 || (parts[0].from === s.from && parts[0].to === s.to))) return s;
  return { ...s, parts };
}

/** Token ids by exact text, the same id for the same text in either. */
export interface ExactIds {
  readonly draftExact: Int32Array;
  readonly refExact: Int32Array;
}

function partsOf(draft: Tokens, ref: Tokens, ids: ExactIds, s: Suggestion): SuggestionPart[] {
  const [from, to] = tokenRange(draft, s.from, s.to);
  const [refFrom, refTo] = tokenRange(ref, s.refFrom, s.refTo);
  const matchedDraft: number[] = [];
  const matchedRef: number[] = [];
  // The ids read in place: cutting out each suggestion's token texts and ids cost a million words 18 MB.
  if ((to - from) * (refTo - refFrom) <= MAX_LCS_CELLS) lcsPairs(ids.draftExact, from, to, ids.refExact, refFrom, refTo, matchedDraft, matchedRef);
  const parts: SuggestionPart[] = [];
  let dPos = s.from;
  let rPos = s.refFrom;
  for (let k = 0; k <= matchedDraft.length; k++) {
    const last = k === matchedDraft.length;
    const dNext = last ? s.to : draft.starts[matchedDraft[k]];
    const rNext = last ? s.refTo : ref.starts[matchedRef[k]];
    const h = trimmedHunk(draft, ref, dPos, dNext, rPos, rNext);
    if (h) parts.push({ ...h, replacement: ref.text.slice(h.refFrom, h.refTo) });
    if (!last) {
      dPos = draft.ends[matchedDraft[k]];
      rPos = ref.ends[matchedRef[k]];
    }
  }
  return parts;
}

/** The indices [first, end) of the tokens lying within text[from, to). */
function tokenRange(tokens: Tokens, from: number, to: number): [number, number] {
  const first = partitionPoint(tokens.length, (i) => tokens.starts[i] >= from);
  const end = partitionPoint(tokens.length, (i) => tokens.ends[i] > to);
  return [first, Math.max(first, end)];
}

