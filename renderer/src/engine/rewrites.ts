/**
 * Sentences rewritten rather than corrected. When most of a reference
 * sentence's words differ in the draft, word-level pieces are noise ("this
 * week" → "the", then "on the UK side of ..." inserted): the suggestions
 * within that sentence become one sentence-level `wording` suggestion.
 * Names, numbers, moves and changes of case, punctuation or typography keep
 * their own suggestions (an editor must see them) and split the merged
 * stretch around them.
 */

import { partitionPoint } from './bisect';
import { countWords } from './tokenize';
import { suggestionOverRun } from './suggestion';
import type { Suggestion } from './types';

/** Share of a sentence's words that must be changed for it to read as rewritten. */
const REWRITTEN_SHARE = 0.4;
/** Fewest replaced (not merely inserted or deleted) pieces in a sentence worth merging. */
const MIN_PIECES = 3;

const SENTENCE_BREAK = /[.!?\u2026\u3002]["'\u201D\u2019)\]]*\s+|\n+/gu;
/** Kinds that make up a rewrite; the rest (names, numbers, moves, marks) keep their own suggestions. */
const MERGEABLE = new Set<Suggestion['kind']>(['wording', 'missing', 'extra', 'spelling']);
/**
 * Kinds whose words count as changed when judging whether a sentence was
 * rewritten. Misspellings do not: a sentence full of them (an OCR'd line)
 * was misread, not reworded, and keeps one suggestion per slip.
 */
const REWORDED = new Set<Suggestion['kind']>(['wording', 'missing', 'extra', 'name', 'number']);

/** `suggestions` (sorted, non-overlapping) with rewritten sentences merged. */
export function mergeRewrites(reference: string, suggestions: readonly Suggestion[]): Suggestion[] {
  const ends: number[] = [];
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(reference); m; m = SENTENCE_BREAK.exec(reference)) ends.push(m.index + m[0].length);
  ends.push(reference.length);
  // The last sentence also holds anything past the final break.
  const sentenceOf = (pos: number): number => partitionPoint(ends.length - 1, (k) => ends[k] > pos);
  const out: Suggestion[] = [];
  let k = 0;
  while (k < suggestions.length) {
    const sentence = sentenceOf(suggestions[k].refFrom);
    let last = k;
    while (last + 1 < suggestions.length && sentenceOf(suggestions[last + 1].refFrom) === sentence) last++;
    const group = suggestions.slice(k, last + 1);
    // Reference words only: an extra sentence in the draft says nothing about how much of this one was kept.
    // A name or number replaced is reworded too, though it keeps a suggestion of its own.
    const reworded = group.filter((s) => REWORDED.has(s.kind));
    const replaced = reworded.filter((s) => MERGEABLE.has(s.kind) && s.from < s.to && s.replacement !== '').length;
    // Words are counted only in a sentence with enough pieces, which few have: not for each of a book's 30,000 suggestions.
    if (replaced >= MIN_PIECES && isRewritten(reference, sentence > 0 ? ends[sentence - 1] : 0, ends[sentence], reworded)) {
      out.push(...mergeRuns(reference, group));
    } else out.push(...group);
    k = last + 1;
  }
  return out;
}

/** Whether the reworded suggestions change at least REWRITTEN_SHARE of the words of reference[start, end). */
function isRewritten(reference: string, start: number, end: number, reworded: readonly Suggestion[]): boolean {
  const total = countWords(reference.slice(start, end));
  const changed = reworded.reduce((n, s) => n + countWords(s.replacement), 0);
  return total > 0 && changed / total >= REWRITTEN_SHARE;
}

/** Merges each run of mergeable suggestions of one sentence into one `wording` suggestion. */
function mergeRuns(reference: string, group: readonly Suggestion[]): Suggestion[] {
  const out: Suggestion[] = [];
  let run: Suggestion[] = [];
  const flush = () => {
    if (run.length === 1) out.push(run[0]);
    else if (run.length > 1) {
      out.push(suggestionOverRun(reference, run, 'wording', run.some((s) => s.severity === 'high') ? 'high' : 'medium'));
    }
    run = [];
  };
  for (const s of group) {
    if (!MERGEABLE.has(s.kind)) {
      flush();
      out.push(s);
    } else run.push(s);
  }
  flush();
  return out;
}
