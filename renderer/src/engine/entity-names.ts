/**
 * A name of several words replaced by another: "the Ministry of Internal
 * Affairs and Roskomnadzor" for "the MVD and the Federal Service for
 * Supervision of Communications, Information Technology and Mass Media".
 * The alignment keeps the small words the two names share ("of", "and")
 * and cuts the rest into pieces, some of them names replaced, some wording
 * ("Ministry" → "MVD and the Federal Service for Supervision"). Accepting
 * the names alone then writes a third name ("the Ministry of
 * Communications, Information Technology and Mass Media"), which may be
 * another real body. So a run of such pieces, one lower-case word apart
 * within a sentence, some of them names and the others worded as names
 * (capitalised words and short linking ones), is one `name` suggestion:
 * one name to check, not a name half made.
 */

import { startsSentence } from './reference-context';
import { suggestionOverRun } from './suggestion';
import type { Suggestion } from './types';

/** The text between two pieces of one name: one lower-case word ("of", "and") and the spaces around it. */
const LINKING_WORD = /^\s+\p{Ll}+\s+$/u;
const CAPITAL = /\p{Lu}/u;
/** Longest lower-case word inside a name: "of", "and", "the", "for". */
const NAME_LINK_LETTERS = 3;

/** `suggestions` (sorted, non-overlapping) with each name of several words replaced by another joined into one. */
export function joinReplacedNames(draft: string, reference: string, suggestions: readonly Suggestion[]): Suggestion[] {
  const piece = (s: Suggestion): boolean => s.moveId === undefined && s.from < s.to && s.replacement !== '' &&
    (s.kind === 'name' || (s.kind === 'wording' && named(draft, s.from, s.to) && named(reference, s.refFrom, s.refTo)));
  const linked = (a: Suggestion, b: Suggestion): boolean =>
    LINKING_WORD.test(draft.slice(a.to, b.from)) && draft.slice(a.to, b.from) === reference.slice(a.refTo, b.refFrom);
  const out: Suggestion[] = [];
  let k = 0;
  while (k < suggestions.length) {
    let end = k + 1;
    if (piece(suggestions[k])) while (end < suggestions.length && piece(suggestions[end]) && linked(suggestions[end - 1], suggestions[end])) end++;
    const run = suggestions.slice(k, end);
    // Names alone ("Keer and Labor") are accepted together anyway: two fixes, left apart.
    if (run.some((s) => s.kind === 'name') && run.some((s) => s.kind !== 'name')) out.push(suggestionOverRun(reference, run, 'name', 'high'));
    else out.push(...run);
    k = end;
  }
  return out;
}

/**
 * Whether text[from, to) reads as (part of) a name: capitalised words, one
 * of them not merely opening a sentence, and short lower-case ones between
 * ("MVD and the Federal Service for Supervision"). A reworded clause
 * ("Killed under previous") is no name, whatever it capitalises.
 */
function named(text: string, from: number, to: number): boolean {
  let capital = false;
  for (const w of text.slice(from, to).matchAll(/\p{L}+/gu)) {
    if (!CAPITAL.test(w[0][0])) {
      if ([...w[0]].length > NAME_LINK_LETTERS) return false;
    } else capital ||= !startsSentence(text, from + w.index);
  }
  return capital;
}
