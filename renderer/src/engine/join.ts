/**
 * One fix, one suggestion. Splitting a hunk at slips (refine.ts) and merging
 * swapped words (swaps.ts) work piece by piece, and may leave pieces that
 * touch on both sides with no unchanged text between them: "Exetenpapers" →
 * "Exeter" beside "" → " papers", "funeralg" → "funeral" beside "" → ",", a
 * quotation's opening mark beside its reworded words. An editor fixes each
 * of those in one go, so such pieces are joined into one. So are a short
 * insertion and a short removal one word apart within a sentence: a phrase
 * reworded around that word (reorderedAround); and a space or mark moved to
 * the other side of the mark beside it (steppedOver).
 *
 * Spacing restyled beside an inserted or deleted sentence stays apart
 * (spacing.ts cut it off on purpose): the words and the layout are two
 * different errors. A move's removal takes in the removals it touches
 * (the debris between the sentences of a moved page, or the next sentence
 * moved to the same place): one stretch of the draft to cut.
 */

import { spanning, touching, withoutCommonSpace, type Hunk } from './hunks';
import { ALL_SPACE } from './spacing';
import { countWords } from './tokenize';
import type { Swappable } from './swaps';
import { foldMarks, typographyOnly } from './typography';

/**
 * `items` (in draft order) with every run of touching pieces joined into one.
 * Joined until nothing more joins: a quotation mark restyled between an
 * added word and its reworded words ("" → "to ", "“" → "\"", "" → "make ")
 * is a change of style only until it joins the words after it, and then
 * the word before it joins too, whichever side is looked at first. The
 * spacing on both sides of a dash (spacedDash), a space or mark moved across
 * the mark beside it (steppedOver) and a phrase reordered around one word
 * (reorderedAround) are joined too, unless the draft was read by machine
 * (`machineRead`).
 */
export function joinAbutting<T extends Swappable>(draft: string, reference: string, items: readonly T[], machineRead = false): T[] {
  let current = items;
  for (;;) {
    const next = joinOnce(draft, reference, current, machineRead);
    if (next.length === current.length) return next;
    current = next;
  }
}

function joinOnce<T extends Swappable>(draft: string, reference: string, items: readonly T[], machineRead: boolean): T[] {
  const out: T[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (!last) {
      out.push(item);
      continue;
    }
    const joined = spanning(last.hunk, item.hunk);
    if (!machineRead && (spacedDash(draft, reference, last, item) || steppedOver(draft, reference, last, item))) {
      out[out.length - 1] = { ...last, hunk: joined };
      continue;
    }
    if (!machineRead && reorderedAround(draft, reference, last, item)) {
      out[out.length - 1] = { ...last, hunk: withoutCommonSpace(draft, reference, joined) };
      continue;
    }
    const join = touching(last.hunk, item.hunk) && (last.move < 0 && item.move < 0
      ? !isSpacing(draft, reference, last.hunk) && !isSpacing(draft, reference, item.hunk) && !styleBesideWord(draft, reference, last.hunk, item.hunk)
      : removals(last.hunk, item.hunk) && (last.move === item.move || last.move < 0 || item.move < 0));
    if (join) out[out.length - 1] = { ...last, move: Math.max(last.move, item.move), hunk: joined };
    else out.push(item);
  }
  return out;
}

/** A dash alone, the one unchanged text between the two spacing changes of spacedDash. */
const DASH = /^\p{Pd}$/u;

/**
 * Whether two changes of spacing only sit on either side of one unchanged
 * dash: "smugglers-with" for "smugglers - with" is the spacing around a
 * dash restyled, one fix (two suggestions "" → " " one character apart
 * read as two slips). Not on a page read by machine: there the spacing
 * joins the misread words beside it (misread-runs.ts: "Rcad - Abbey" →
 * "Read-Abbey"), which names the words the lost spaces touch.
 */
function spacedDash<T extends Swappable>(draft: string, reference: string, x: T, y: T): boolean {
  // One dash is one or two code units: most neighbours stand further apart, and no text need be cut out for them.
  if (x.move >= 0 || y.move >= 0 || y.hunk.from - x.hunk.to < 1 || y.hunk.from - x.hunk.to > 2) return false;
  const gap = draft.slice(x.hunk.to, y.hunk.from);
  const spacing = (h: Hunk): boolean => /^\s*$/u.test(draft.slice(h.from, h.to)) && /^\s*$/u.test(reference.slice(h.refFrom, h.refTo));
  return DASH.test(gap) && gap === reference.slice(x.hunk.refTo, y.hunk.refFrom) && spacing(x.hunk) && spacing(y.hunk);
}

/** Changed text that is no word: spacing and punctuation only. */
const NO_WORD = /^[\s\p{P}]*$/u;

/**
 * Whether two changes on either side of one unchanged mark only move
 * spacing or marks across it: `feminism, "said` for `feminism," said` (the
 * space stepped over the quotation mark), `feminism,"` for `feminism",`
 * (comma and mark swapped), `."` for `”.` (the mark moved and restyled:
 * quote style is folded), or `anyone,"` for `anybody",` (the mark moved
 * beside a reworded word). One slip of placement, one fix; as two
 * suggestions each half alone writes spacing or punctuation neither text
 * has. One side changes no word and moves a mark or space away, and the
 * marks and spacing of the two are the same once sorted: a word changed
 * beside a mark that stays put, or is only restyled, is its own fix. Not on a page read by machine, where each
 * misread mark is its own fix (as in spacedDash).
 */
function steppedOver<T extends Swappable>(draft: string, reference: string, x: T, y: T): boolean {
  // One mark is one or two code units: most neighbours stand further apart, and no text need be cut out for them.
  if (x.move >= 0 || y.move >= 0 || y.hunk.from - x.hunk.to < 1 || y.hunk.from - x.hunk.to > 2) return false;
  const mark = draft.slice(x.hunk.to, y.hunk.from);
  if ([...mark].length !== 1 || !/^\p{P}$/u.test(mark) || mark !== reference.slice(x.hunk.refTo, y.hunk.refFrom)) return false;
  const marks = (text: string): string => [...foldMarks(text).replace(WORD_CHARS, '')].sort().join('');
  // A side that changes no word and keeps its marks (a quote restyled in place beside a reworded word) moved nothing.
  const movesMarks = (h: Hunk): boolean => NO_WORD.test(draft.slice(h.from, h.to)) && NO_WORD.test(reference.slice(h.refFrom, h.refTo)) &&
    marks(draft.slice(h.from, h.to)) !== marks(reference.slice(h.refFrom, h.refTo));
  if (!movesMarks(x.hunk) && !movesMarks(y.hunk)) return false;
  return marks(draft.slice(x.hunk.from, y.hunk.to)) === marks(reference.slice(x.hunk.refFrom, y.hunk.refTo));
}

/** Runs of letters, marks and digits: what steppedOver leaves out when it weighs marks and spacing, the words sharesWord compares. */
const WORD_CHARS = /[\p{L}\p{M}\p{N}]+/gu;

/** Most words on either side of a phrase reordered around one word. */
const REORDERED_WORDS = 3;

/**
 * Most words on either side of a phrase reordered around one word when the
 * two sides share a word: "Governor of the Khabarovsk Territory" for
 * "Khabarovsk Krai Governor", a clause's worth.
 */
const REORDERED_SHARING_WORDS = 8;

/** Fewest letters of a word the two sides share for REORDERED_SHARING_WORDS: more than "the" or "of". */
const SHARED_WORD_LETTERS = 4;

/** Text a reordered phrase may not reach across: a sentence's end or a line break. */
const BREAK = /[.!?\u2026\u3002\n]/u;

/**
 * Whether a short insertion and a short removal (in either order) stand
 * one word apart within a sentence: the phrase was reworded around the word
 * the alignment kept between them ("the students' performance" for "the
 * performance of the students", "by the Federal Office" for "by now; the
 * Office"), or a longer one moved a word across it ("Governor of the
 * Khabarovsk Territory" for "Khabarovsk Krai Governor"). Each half alone writes a phrase neither text has, one fix
 * half made, and may write a passage the texts have elsewhere. Not on a
 * page read by machine, where each misreading is its own fix.
 */
function reorderedAround<T extends Swappable>(draft: string, reference: string, x: T, y: T): boolean {
  if (x.move >= 0 || y.move >= 0) return false;
  const insert = (h: Hunk): boolean => h.from === h.to && h.refFrom < h.refTo;
  const remove = (h: Hunk): boolean => h.refFrom === h.refTo && h.from < h.to;
  if (!(insert(x.hunk) && remove(y.hunk)) && !(remove(x.hunk) && insert(y.hunk))) return false;
  const between = draft.slice(x.hunk.to, y.hunk.from);
  if (countWords(between) !== 1 || BREAK.test(between)) return false;
  const first = draft.slice(x.hunk.from, x.hunk.to) + reference.slice(x.hunk.refFrom, x.hunk.refTo);
  const second = draft.slice(y.hunk.from, y.hunk.to) + reference.slice(y.hunk.refFrom, y.hunk.refTo);
  // A word on both sides ("Khabarovsk") was moved across: accepting only the insertion writes it twice.
  const most = sharesWord(first, second) ? REORDERED_SHARING_WORDS : REORDERED_WORDS;
  const short = (text: string): boolean => !BREAK.test(text) && countWords(text) >= 1 && countWords(text) <= most;
  return short(first) && short(second);
}

/** Whether `a` and `b` write a word of SHARED_WORD_LETTERS or more in common. */
function sharesWord(a: string, b: string): boolean {
  const long = (text: string): string[] => (text.match(WORD_CHARS) ?? []).filter((w) => [...w].length >= SHARED_WORD_LETTERS);
  const inA = new Set(long(a).map((w) => w.toLowerCase()));
  return long(b).some((w) => inA.has(w.toLowerCase()));
}

/** Whether both only remove draft text. */
function removals(x: Hunk, y: Hunk): boolean {
  return x.refFrom === x.refTo && y.refFrom === y.refTo && x.from < x.to && y.from < y.to;
}

/**
 * A change of typography only (quote, apostrophe, dash) beside a word missing or
 * added after a space: "Macron’s" → "Macron's" and " state" inserted after
 * it are two fixes, while a quotation's marks beside the words they enclose
 * ("“" → "\"" then "fruit bearing" → "bearing fruit") touch with no space
 * and are one.
 */
function styleBesideWord(draft: string, reference: string, x: Hunk, y: Hunk): boolean {
  // Case is left out on purpose: "The" → "the" after an inserted "According to " is one fix.
  const styleOnly = (h: Hunk): boolean => typographyOnly(draft, reference, h);
  if (!styleOnly(x) && !styleOnly(y)) return false;
  const space = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
  return space(draft[x.to - 1]) && x.from < x.to || space(reference[x.refTo - 1]) && x.refFrom < x.refTo ||
    space(draft[y.from]) && y.from < y.to || space(reference[y.refFrom]) && y.refFrom < y.refTo;
}

/** Whitespace against whitespace: a restyled break. */
function isSpacing(draft: string, reference: string, h: Hunk): boolean {
  return ALL_SPACE.test(draft.slice(h.from, h.to)) && ALL_SPACE.test(reference.slice(h.refFrom, h.refTo));
}
