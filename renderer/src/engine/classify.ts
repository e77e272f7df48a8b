/**
 * What kind of error a hunk is, and how much it matters.
 *
 * Tests run from the most specific to the least: typography (only quote,
 * dash, ellipsis or spacing style), case, punctuation (same words), number
 * (digits involved), then word by word a misspelling of a proper noun (name)
 * or of a common word (spelling), and otherwise a different wording.
 */

import type { Severity, SuggestionKind } from './types';
import type { Hunk } from './hunks';
import { isProperNoun, isQuoted, isSlipOf, type ReferenceContext } from './reference-context';
import { isMangledName } from './similarity';
import { wordCharsOf, words, type Word } from './tokenize';
import { foldTypography } from './typography';

export interface Classification {
  readonly kind: SuggestionKind;
  readonly severity: Severity;
}

/** Missing or extra text of at least this many words reads as a sentence, not a word slip. */
export const SENTENCE_WORDS = 5;

/**
 * Most words on either side of a number change: an amount with its unit and
 * a word beside it ("£ 700 meters for" for "£700m to"). A longer stretch that
 * merely contains digits is a change of wording.
 */
const NUMBER_WORDS = 4;

const DIGIT = /\p{N}/u;
/** Symbols that carry meaning as a word does (emoji, signs), unlike punctuation. */
const SYMBOL = /[\p{So}\p{Sm}\p{Sc}]/u;

export function classify(draft: string, reference: string, hunk: Hunk, ctx: ReferenceContext): Classification {
  const d = draft.slice(hunk.from, hunk.to);
  const r = reference.slice(hunk.refFrom, hunk.refTo);
  const nearDigit = touchesDigit(draft, hunk.from, hunk.to) || touchesDigit(reference, hunk.refFrom, hunk.refTo);
  const kind = kindOf(d, r, hunk.refFrom, reference, ctx, nearDigit);
  return { kind, severity: severityOf(kind, d, r, hunk, ctx) };
}

/** Whether text[from, to) is glued to a digit: a currency sign or unit of a number ("$|700m"). */
function touchesDigit(text: string, from: number, to: number): boolean {
  return DIGIT.test(text[from - 1] ?? '') || DIGIT.test(text[to] ?? '');
}

function kindOf(
  d: string, r: string, refFrom: number, reference: string, ctx: ReferenceContext, nearDigit: boolean,
): SuggestionKind {
  const foldedD = foldTypography(d);
  const foldedR = foldTypography(r);
  if (foldedD === foldedR) return 'typography';
  const wd = words(d);
  const wr = words(r);
  const symbolic = SYMBOL.test(d) || SYMBOL.test(r);
  if (nearDigit && symbolic) return 'number';
  if (wd.length === 0 && wr.length === 0 && !symbolic) return 'punctuation';
  if (d === '') return 'missing';
  if (r === '') return 'extra';
  if (foldedD.toLowerCase() === foldedR.toLowerCase()) return 'case';
  // Same letters once marks are gone: "dont" for "don't", "end, and" for "end and".
  if (wordCharsOf(d) === wordCharsOf(r) && !symbolic) return 'punctuation';
  if ((DIGIT.test(d) || DIGIT.test(r)) && Math.max(wd.length, wr.length) <= NUMBER_WORDS) return 'number';
  if (sameWords(wd, wr, true) && !symbolic) return 'case';
  if (wd.length === wr.length && wd.length > 0) {
    let name = false;
    let typo = true;
    for (let k = 0; k < wd.length && typo; k++) {
      const x = wd[k].text;
      const y = wr[k].text;
      if (x === y) continue;
      const proper = isProperNoun(ctx, reference, refFrom + wr[k].index, y);
      if (proper && isMangledName(x, y)) name = true;
      else if (!isSlipOf(ctx, x, y)) typo = false;
    }
    if (typo) return name ? 'name' : 'spelling';
  }
  return 'wording';
}

function sameWords(x: readonly Word[], y: readonly Word[], ignoreCase: boolean): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) {
    const a = ignoreCase ? x[k].text.toLowerCase() : x[k].text;
    const b = ignoreCase ? y[k].text.toLowerCase() : y[k].text;
    if (a !== b) return false;
  }
  return true;
}

function severityOf(kind: SuggestionKind, d: string, r: string, hunk: Hunk, ctx: ReferenceContext): Severity {
  switch (kind) {
    case 'name':
    case 'number':
      return 'high';
    case 'missing':
    case 'extra': {
      const text = kind === 'missing' ? r : d;
      if (words(text).length >= SENTENCE_WORDS) return 'high';
      return isQuoted(ctx, hunk.refFrom, hunk.refTo) ? 'high' : 'medium';
    }
    case 'spelling':
    case 'wording':
      return isQuoted(ctx, hunk.refFrom, hunk.refTo) ? 'high' : 'medium';
    case 'moved':
      return 'medium';
    default:
      return 'low';
  }
}
