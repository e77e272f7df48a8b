/**
 * The comparison engine's public data types. Everything under engine/ is pure
 * TypeScript over strings: no DOM, no Node, no clock, no randomness, so the
 * same inputs give the same suggestions in a Web Worker, in Node and in tests.
 */

/** What sort of departure from the reference a suggestion is. */
export type SuggestionKind =
  | 'spelling' // a misspelt word, or one misread by OCR (see classify.ts)
  | 'name' // a proper noun mangled by a typist, or replaced by another word
  | 'number' // a number's value changed: digits, amounts, units, dates (a move that changes one too)
  | 'case' // only capitalisation differs
  | 'punctuation' // only punctuation differs
  | 'typography' // only quote style, dashes, ellipses or spacing differ
  | 'wording' // a different word or phrase
  | 'missing' // reference text absent from the draft
  | 'extra' // draft text absent from the reference
  | 'moved'; // present in both, but in another place

export const SUGGESTION_KINDS: readonly SuggestionKind[] = [
  'name', 'number', 'spelling', 'wording', 'missing', 'extra', 'moved', 'case', 'punctuation', 'typography',
];

/** What an editor should look at first. */
export type Severity = 'high' | 'medium' | 'low';

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** The more urgent of two severities: what suggestions joined into one carry. */
export function higherSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a;
}

/**
 * One flagged place in the draft and the reference wording for it.
 *
 * Offsets are UTF-16 code unit offsets (JavaScript string indices).
 * Accepting a suggestion replaces `draft.slice(from, to)` with `replacement`.
 */
export interface Suggestion {
  /** Stable for the same inputs; unique within one result. */
  id: string;
  /** Offsets into the draft; `from === to` for an insertion. */
  from: number;
  to: number;
  /** The reference's wording for the span (empty for a deletion). */
  replacement: string;
  kind: SuggestionKind;
  severity: Severity;
  /** Where `replacement`'s wording comes from in the reference. */
  refFrom: number;
  refTo: number;
  /** Shared by the two halves of a moved passage (remove here, insert there). */
  moveId?: string;
  /**
   * The word-level changes inside a longer suggestion (a reworded
   * sentence), in order, with offsets into the draft and the reference as
   * the suggestion's own: text between two parts is the same in both, and
   * applying them inside the span gives `replacement`. Absent when the
   * suggestion is one change throughout (all of its draft text removed, all
   * of its replacement added).
   */
  parts?: readonly SuggestionPart[];
}

/** One word-level change inside a suggestion: draft [from, to) becomes `replacement`, reference [refFrom, refTo). */
export interface SuggestionPart {
  from: number;
  to: number;
  refFrom: number;
  refTo: number;
  replacement: string;
}

export interface CompareOptions {
  /** Kinds to leave out of the result (their differences are left as they are). */
  ignore?: readonly SuggestionKind[];
  /** Treat curly and straight quotes, dash variants, ellipses and spacing variants as equal. */
  typographyAsEqual?: boolean;
}
