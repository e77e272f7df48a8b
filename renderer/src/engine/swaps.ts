/**
 * Words swapped in place: "the Bridge Harbour" for "the Harbour Bridge",
 * "bearing fruit" for "fruit bearing", a quotation mark put a word too
 * early. Alignment keeps one of the two words
 * and reports the other as missing on one side of it and extra on the other:
 * two suggestions for one error, neither saying what happened. A missing
 * and an extra piece of the same text a few words apart within one sentence
 * are merged into one change spanning both (a `wording` suggestion).
 */

import { spanning, withoutCommonSpace, type Hunk } from './hunks';
import { countWords } from './tokenize';

/** Most words on either side of a swap (the words jumped over, and those moved). */
const MAX_SWAP_WORDS = 3;

/** A quotation mark or bracket moved by a word or two ("\"" before the word, then after it): a swap too. */
const MARK = /^["'\u201C\u201D\u2018\u2019\u00AB\u00BB()\[\]]$/u;

/** Text a swap may not reach across: a sentence's end or a line break. */
const BREAK = /[.!?\u2026\u3002\n]/u;

/** A hunk with whatever the caller keeps beside it; `move` ≥ 0 marks a half of a move, left alone. */
export interface Swappable {
  readonly hunk: Hunk;
  readonly move: number;
}

/** `items` (in draft order) with each swap's missing and extra halves merged into one item. */
export function mergeSwaps<T extends Swappable>(draft: string, reference: string, items: readonly T[]): T[] {
  const out: T[] = [];
  for (let k = 0; k < items.length; k++) {
    const x = items[k];
    const y = items[k + 1];
    if (y && x.move < 0 && y.move < 0 && isSwap(draft, reference, x.hunk, y.hunk)) {
      out.push({ ...x, hunk: withoutCommonSpace(draft, reference, spanning(x.hunk, y.hunk)) });
      k++;
    } else out.push(x);
  }
  return out;
}

function isSwap(draft: string, reference: string, x: Hunk, y: Hunk): boolean {
  const xInsert = x.from === x.to && x.refFrom < x.refTo;
  const xDelete = x.refFrom === x.refTo && x.from < x.to;
  const yInsert = y.from === y.to && y.refFrom < y.refTo;
  const yDelete = y.refFrom === y.refTo && y.from < y.to;
  if (!((xInsert && yDelete) || (xDelete && yInsert))) return false;
  const moved = (xInsert ? reference.slice(x.refFrom, x.refTo) : draft.slice(x.from, x.to)).trim();
  const back = (yInsert ? reference.slice(y.refFrom, y.refTo) : draft.slice(y.from, y.to)).trim();
  if (moved !== back || !(shortPhrase(moved) || MARK.test(moved))) return false;
  const between = draft.slice(x.to, y.from);
  return shortPhrase(between) && !BREAK.test(between) && !BREAK.test(moved);
}

function shortPhrase(text: string): boolean {
  const words = countWords(text);
  return words > 0 && words <= MAX_SWAP_WORDS;
}
