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
import { tokenText, type Tokens } from './tokenize';
import type { Suggestion, SuggestionPart } from './types';

/** `s` with its `parts` when it has unchanged words inside; `s` itself otherwise. */
export function withParts(draft: Tokens, ref: Tokens, s: Suggestion): Suggestion {
  if (s.moveId !== undefined || s.from === s.to || s.refFrom === s.refTo) return s;
  const parts = partsOf(draft, ref, s);
  if (parts.length < 2 && (parts.length === 0 || (parts[0].from === s.from && parts[0].to === s.to))) return s;
  return { ...s, parts };
}

function partsOf(draft: Tokens, ref: Tokens, s: Suggestion): SuggestionPart[] {
  const [from, to] = tokenRange(draft, s.from, s.to);
  const [refFrom, refTo] = tokenRange(ref, s.refFrom, s.refTo);
  const matchedDraft: number[] = [];
  const matchedRef: number[] = [];
  if ((to - from) * (refTo - refFrom) <= MAX_LCS_CELLS) {
    const ids = new Map<string, number>();
    const idsOf = (tokens: Tokens, a: number, b: number): Int32Array =>
      Int32Array.from({ length: b - a }, (_, k) => {
        const text = tokenText(tokens, a + k);
        let id = ids.get(text);
        if (id === undefined) ids.set(text, (id = ids.size));
        return id;
      });
    lcsPairs(idsOf(draft, from, to), 0, to - from, idsOf(ref, refFrom, refTo), 0, refTo - refFrom, matchedDraft, matchedRef);
  }
  const parts: SuggestionPart[] = [];
  let dPos = s.from;
  let rPos = s.refFrom;
  for (let k = 0; k <= matchedDraft.length; k++) {
    const last = k === matchedDraft.length;
    const dNext = last ? s.to : draft.starts[from + matchedDraft[k]];
    const rNext = last ? s.refTo : ref.starts[refFrom + matchedRef[k]];
    const h = trimmedHunk(draft, ref, dPos, dNext, rPos, rNext);
    if (h) parts.push({ ...h, replacement: ref.text.slice(h.refFrom, h.refTo) });
    if (!last) {
      dPos = draft.ends[from + matchedDraft[k]];
      rPos = ref.ends[refFrom + matchedRef[k]];
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

