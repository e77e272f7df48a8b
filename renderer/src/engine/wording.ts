/**
 * A suggestion's two wordings cut into what stayed and what changed, for
 * anything that shows a suggestion to a person (the review card, the
 * client's report): removed draft words and added reference words are the
 * `changed` segments. With word-level parts, only the words that differ are
 * marked (text between two parts is the same on both sides); without them,
 * each side is changed as a whole.
 */

import type { Suggestion } from './types';

/** A word-level change inside one wording: `draftWording` [from, to) becomes `replacement`. */
export interface WordingPart {
  readonly from: number;
  readonly to: number;
  readonly replacement: string;
}

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
 * A suggestion's parts with offsets into its own draft wording
 * (`draft.slice(from, to)`), so they stay right wherever the suggestion
 * moves as the document is edited; null when it has none.
 */
export function partsWithin(suggestion: Suggestion): WordingPart[] | null {
  return suggestion.parts?.map((p) => ({ from: p.from - suggestion.from, to: p.to - suggestion.from, replacement: p.replacement })) ?? null;
}

/** `draftWording` and `replacement` marked by `parts` (see partsWithin); parts that do not fit are shown as one whole change rather than garbled. */
export function markWording(draftWording: string, replacement: string, parts: readonly WordingPart[] | null): MarkedWording {
  if (!parts || parts.length === 0 || !fitsIn(parts, draftWording.length)) {
    return { draft: joinRuns([{ text: draftWording, changed: true }]), reference: joinRuns([{ text: replacement, changed: true }]) };
  }
  const draft: WordingSegment[] = [];
  const reference: WordingSegment[] = [];
  let at = 0;
  for (const part of parts) {
    const same = { text: draftWording.slice(at, part.from), changed: false };
    draft.push(same, { text: draftWording.slice(part.from, part.to), changed: true });
    reference.push(same, { text: part.replacement, changed: true });
    at = part.to;
  }
  const rest = { text: draftWording.slice(at), changed: false };
  return { draft: joinRuns([...draft, rest]), reference: joinRuns([...reference, rest]) };
}

/** Parts in order, not overlapping, inside the wording. */
function fitsIn(parts: readonly WordingPart[], length: number): boolean {
  let end = 0;
  for (const part of parts) {
    if (part.from < end || part.to < part.from || part.to > length) return false;
    end = part.to;
  }
  return true;
}

/** Runs without empty ones, neighbours of the same kind joined. */
function joinRuns(list: readonly WordingSegment[]): WordingSegment[] {
  const joined: WordingSegment[] = [];
  for (const run of list) {
    if (run.text === '') continue;
    const last = joined[joined.length - 1];
    if (last && last.changed === run.changed) joined[joined.length - 1] = { text: last.text + run.text, changed: run.changed };
    else joined.push(run);
  }
  return joined;
}
