/**
 * Moved passages: text deleted in one place of the draft and inserted in
 * another, word for word. Only passages of at least MOVE_MIN_CHARS letters
 * and digits count, as in git's --color-moved: shorter runs ("of the") recur
 * by chance and would be noise; but a whole short sentence ("The map was not
 * wrong.") is as telling as a long one.
 */

import type { Hunk } from './hunks';
import { countWordChars } from './tokenize';
import { foldMarks } from './typography';

/** Fewest alphanumeric characters a passage needs to be reported as moved. */
export const MOVE_MIN_CHARS = 20;

/** Fewest letters and digits of a whole sentence reported as moved. */
const SENTENCE_MIN_CHARS = 8;
/** A capitalised start (after any opening quote) and a sentence-ending mark (before any closing quote). */
const WHOLE_SENTENCE = /^["'\u201C\u2018(\[]*\p{Lu}.*[.!?\u2026]["'\u201D\u2019)\]]*$/su;

/** Pairs of hunk indices: [deletion, insertion], each hunk used at most once. */
export function pairMoves(draft: string, reference: string, hunks: readonly Hunk[], fold: boolean): [number, number][] {
  const key = (text: string): string | null => {
    const normal = (fold ? foldMarks(text) : text).replace(/\s+/g, ' ').trim();
    const letters = countWordChars(normal);
    return letters >= MOVE_MIN_CHARS || (letters >= SENTENCE_MIN_CHARS && WHOLE_SENTENCE.test(normal)) ? normal : null;
  };
  const insertions = new Map<string, number[]>();
  hunks.forEach((h, k) => {
    if (h.from !== h.to) return;
    const kk = key(reference.slice(h.refFrom, h.refTo));
    if (kk === null) return;
    const list = insertions.get(kk);
    if (list) list.push(k);
    else insertions.set(kk, [k]);
  });
  const pairs: [number, number][] = [];
  hunks.forEach((h, k) => {
    if (h.refFrom !== h.refTo) return;
    const kk = key(draft.slice(h.from, h.to));
    const list = kk === null ? undefined : insertions.get(kk);
    if (list?.length) pairs.push([k, list.shift()!]);
  });
  return pairs;
}
