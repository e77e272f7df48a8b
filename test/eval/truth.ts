import type { SuggestionKind } from '@galley/engine';

/** A half-open range of UTF-16 offsets, [from, to). Empty for a point. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/**
 * Index of the first of `spans` (in order, not overlapping) that ends at or
 * after `pos`, or `spans.length`: where a scan for spans touching `pos` starts.
 */
export function firstEndingFrom(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.to < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One exact edit: replacing `draft`'s text with `reference`'s text undoes it.
 * Applying every edit of every error to the draft gives the reference back.
 */
export interface Edit {
  readonly draft: Span;
  readonly reference: Span;
}

/**
 * One injected error. Most kinds are a single edit; `moved` is two: the
 * passage where the draft has it (draft span → empty reference point) and the
 * place it belongs (empty draft point → the passage in the reference).
 */
export interface InjectedError {
  readonly kind: SuggestionKind;
  readonly edits: readonly Edit[];
}

/** A draft with its reference and the truth about every difference. */
export interface EvalCase {
  readonly name: string;
  readonly genre: string;
  /** Reference words per injected error that was asked for (35 or 8). */
  readonly wordsPerError: number;
  readonly reference: string;
  readonly draft: string;
  /** Sorted by the first edit's draft position; never overlapping. */
  readonly errors: readonly InjectedError[];
}

/**
 * Applies edits (in any order, non-overlapping in the draft) to `draft`,
 * taking each replacement from `reference`. Used to check that the truth is
 * exact, and to build a perfect engine stand-in in tests.
 */
export function applyEdits(draft: string, reference: string, edits: readonly Edit[]): string {
  const sorted = edits.slice().sort((a, b) => a.draft.from - b.draft.from || a.draft.to - b.draft.to);
  let out = '';
  let pos = 0;
  for (const edit of sorted) {
    if (edit.draft.from < pos) throw new Error(`overlapping edits at ${edit.draft.from}`);
    out += draft.slice(pos, edit.draft.from) + reference.slice(edit.reference.from, edit.reference.to);
    pos = edit.draft.to;
  }
  return out + draft.slice(pos);
}

/** Every edit of every error, in draft order. */
export function allEdits(errors: readonly InjectedError[]): Edit[] {
  return errors.flatMap((e) => e.edits).sort((a, b) => a.draft.from - b.draft.from);
}
