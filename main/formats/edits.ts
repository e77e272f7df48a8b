/**
 * Exact edits between two versions of a draft's text, for a writer that
 * needs to know which runs changed when all it was given is the new text
 * (the CLI's accepted suggestions are edits already; the window sends the
 * editor's own edits, and this is the fallback when it cannot, e.g. for
 * restored work).
 *
 * The engine is the diff: comparing the old text with the new one gives
 * word-level suggestions whose replacements, all applied, turn the one into
 * the other. That is checked, and should it ever fail the change becomes
 * one edit from the first differing character to the last — still exact,
 * only coarser.
 */
import { applySuggestions, compare } from '@galley/engine';
import type { TextEdit } from '../files/text-format';

export function editsBetween(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const suggestions = compare(before, after);
  try {
    if (applySuggestions(before, suggestions) === after) {
      return [...suggestions].sort((a, b) => a.from - b.from || a.to - b.to).map((s) => ({ from: s.from, to: s.to, insert: s.replacement }));
    }
  } catch {
    // Overlapping suggestions: fall through to the one coarse edit.
  }
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [{ from: start, to: before.length - end, insert: after.slice(start, after.length - end) }];
}

/**
 * `text` with `edits` (sorted, non-overlapping, offsets into `text`) made;
 * null when they are not sorted, overlap or reach past its end, so a caller
 * can check edits it was sent against the text they should give.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string | null {
  const out: string[] = [];
  let at = 0;
  for (const { from, to, insert } of edits) {
    if (from < at || to < from || to > text.length) return null;
    out.push(text.slice(at, from), insert);
    at = to;
  }
  out.push(text.slice(at));
  return out.join('');
}
