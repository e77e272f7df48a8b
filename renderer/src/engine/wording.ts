/**
 * A suggestion's two wordings cut into what stayed and what changed, for
 * anything that shows a suggestion to a person (the review card, the
 * client's report): removed draft words and added reference words are the
 * `changed` segments. With `parts`, only the word-level changes are marked;
 * without, the whole span is the change.
 */

import type { Suggestion } from './types';

/** A run of one wording: `changed` runs are removed (draft side) or added (reference side). */
export interface WordingSegment {
  readonly text: string;
  readonly changed: boolean;
}

export interface MarkedWording {
  readonly draft: readonly WordingSegment[];
  readonly reference: readonly WordingSegment[];
}

/**
 * `draft` is the text the suggestion's `from`/`to` point into. The
 * reference side is cut out of `suggestion.replacement` (whose first
 * character stands at `refFrom`), so no reference text is needed.
 */
export function markWording(draft: string, suggestion: Suggestion): MarkedWording {
  const draftWording = draft.slice(suggestion.from, suggestion.to);
  const parts = suggestion.parts ?? [];
  if (parts.length === 0 || !partsFit(suggestion)) {
    return { draft: segments([[draftWording, true]]), reference: segments([[suggestion.replacement, true]]) };
  }
  const draftRuns: [string, boolean][] = [];
  const referenceRuns: [string, boolean][] = [];
  let at = suggestion.from;
  let refAt = suggestion.refFrom;
  const ref = (from: number, to: number) => suggestion.replacement.slice(from - suggestion.refFrom, to - suggestion.refFrom);
  for (const part of parts) {
    draftRuns.push([draft.slice(at, part.from), false], [draft.slice(part.from, part.to), true]);
    referenceRuns.push([ref(refAt, part.refFrom), false], [ref(part.refFrom, part.refTo), true]);
    at = part.to;
    refAt = part.refTo;
  }
  draftRuns.push([draft.slice(at, suggestion.to), false]);
  referenceRuns.push([ref(refAt, suggestion.refTo), false]);
  return { draft: segments(draftRuns), reference: segments(referenceRuns) };
}

/** Parts in order, inside the suggestion, not overlapping: anything else is shown whole rather than wrong. */
function partsFit(s: Suggestion): boolean {
  let at = s.from;
  let refAt = s.refFrom;
  for (const p of s.parts ?? []) {
    if (p.from < at || p.to < p.from || p.to > s.to || p.refFrom < refAt || p.refTo < p.refFrom || p.refTo > s.refTo) return false;
    at = p.to;
    refAt = p.refTo;
  }
  return s.refTo - s.refFrom === s.replacement.length;
}

/** Drops empty runs and joins neighbours of the same state. */
function segments(runs: readonly [string, boolean][]): WordingSegment[] {
  const out: { text: string; changed: boolean }[] = [];
  for (const [text, changed] of runs) {
    if (text === '') continue;
    const last = out[out.length - 1];
    if (last && last.changed === changed) last.text += text;
    else out.push({ text, changed });
  }
  return out;
}
