/**
 * How a contender's changes are cut: against the hunks of a minimal word
 * diff, against each other (abutting), and against word boundaries.
 */
import { diffWordsWithSpace } from 'diff';
import type { SuggestionKind } from '@galley/engine';
import { insideWord } from '../score';
import { changesFromParts, inDraftOrder, type Change } from './changes';

/**
 * The hunks an editor would call one change each: jsdiff's minimal word diff
 * (diffWordsWithSpace), its changes merged where only whitespace separates
 * them (`Con\n, servatives` against `Con-\nservatives` is one hunk).
 */
export function mergedHunks(draft: string, reference: string): Change[] {
  const merged: Change[] = [];
  for (const c of changesFromParts(diffWordsWithSpace(draft, reference))) {
    const last = merged[merged.length - 1];
    if (last && /^\s*$/.test(draft.slice(last.to, c.from))) {
      merged[merged.length - 1] = { ...last, to: c.to, refTo: c.refTo, replacement: reference.slice(last.refFrom, c.refTo) };
    } else merged.push(c);
  }
  return merged;
}

/**
 * Changes that end exactly where the next begins, in both texts, with that
 * next one: one fix cut in two (a spelling fix and a separate extra ` s` on
 * `Luke s`).
 */
export function abuttingPairs(changes: readonly Change[]): [Change, Change][] {
  const sorted = inDraftOrder(changes);
  const pairs: [Change, Change][] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i]!, sorted[i + 1]!];
    if (a.to === b.from && a.refTo === b.refFrom) pairs.push([a, b]);
  }
  return pairs;
}

/**
 * Which edges of a change cut a word: the start (from, refFrom) or the end
 * (to, refTo) falls between two word characters of the draft or of the
 * reference. An edge counts once even if it cuts both texts.
 */
export function cuts(draft: string, reference: string, c: Change): { start: boolean; end: boolean } {
  return {
    start: insideWord(draft, c.from) || insideWord(reference, c.refFrom),
    end: insideWord(draft, c.to) || insideWord(reference, c.refTo),
  };
}

/** Edges inside words over all changes (two edges per change at most). */
export function edgesInsideWords(draft: string, reference: string, changes: readonly Change[]): number {
  return changes.reduce((n, c) => {
    const { start, end } = cuts(draft, reference, c);
    return n + Number(start) + Number(end);
  }, 0);
}

/** The kinds an OCR error should be reported as: what a scanner gets wrong is letters, marks and spacing. */
export const OCR_KINDS: ReadonlySet<SuggestionKind> = new Set(['spelling', 'punctuation', 'case', 'typography']);
