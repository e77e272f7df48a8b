/**
 * A suggestion as the editor keeps it: the engine's data without offsets
 * (positions live in decorations, which ProseMirror maps through every
 * edit), plus the content key decisions are recorded under.
 */
import type { Severity, SuggestionKind, WordingPart } from '@galley/engine';

export interface ReviewItem {
  /** The engine's id for this suggestion (see ./place for rechecked ones). */
  readonly id: string;
  /** Content key, see ./decision-key. */
  readonly key: string;
  readonly kind: SuggestionKind;
  readonly severity: Severity;
  /** The draft's words when the suggestion was made ('' for missing text). */
  readonly draftText: string;
  /** The reference's words, which accepting puts in the draft ('' to delete). */
  readonly replacement: string;
  /** Where the reference wording is, as offsets into the reference text. */
  readonly refFrom: number;
  readonly refTo: number;
  /** Shared by the two halves of a moved passage. */
  readonly moveId: string | null;
  /** The word-level changes inside the suggestion, or null when the engine gave none. */
  readonly parts: readonly WordingPart[] | null;
}


/** An item and where it currently is in the document. */
export interface Placed {
  readonly item: ReviewItem;
  readonly from: number;
  readonly to: number;
}

/** Document order: by start, an insertion before a replacement starting at the same place. */
export function byPosition(a: { readonly from: number; readonly to: number }, b: { readonly from: number; readonly to: number }): number {
  return a.from - b.from || a.to - b.to;
}
