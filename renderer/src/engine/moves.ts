/**
 * Moved passages: text deleted in one place of the draft and inserted in
 * another. Passages of at least MOVE_MIN_CHARS letters and digits count, as
 * in git's --color-moved, and so does a whole short sentence ("The map was
 * not wrong."); a shorter run ("of the") recurs by chance and would be
 * noise, unless it is a passage of two or more words found exactly once in
 * each text (a heading, "Austin, Texas", moved elsewhere). The two halves
 * may differ in case, punctuation and typography (a clause moved within its
 * sentence, "President's" now "president's"): the insertion carries the
 * reference's wording, so accepting the move fixes both at once.
 */

import type { Hunk } from './hunks';
import { countWordChars, countWords, words } from './tokenize';
import { foldMarks } from './typography';

/** Fewest alphanumeric characters a passage needs to be reported as moved. */
export const MOVE_MIN_CHARS = 20;

/** Fewest letters and digits of a whole sentence reported as moved. */
const SENTENCE_MIN_CHARS = 8;
/** A capitalised start (after any opening quote) and a sentence-ending mark (before any closing quote). */
export const WHOLE_SENTENCE = /^["'\u201C\u2018(\[]*\p{Lu}.*[.!?\u2026]["'\u201D\u2019)\]]*$/su;

/**
 * Pairs of hunk indices: [deletion, insertion], each hunk used at most once
 * and none in `skip` (halves of moves found already).
 */
export function pairMoves(draft: string, reference: string, hunks: readonly Hunk[], fold: boolean, skip: ReadonlySet<number> = new Set()): [number, number][] {
  const key = (text: string): Key | null => {
    const normal = (fold ? foldMarks(text) : text).replace(/\s+/g, ' ').trim();
    const letters = countWordChars(normal);
    const long = letters >= MOVE_MIN_CHARS || (letters >= SENTENCE_MIN_CHARS && WHOLE_SENTENCE.test(normal));
    return long || countWords(normal) >= SHORT_MOVE_WORDS ? { normal, long } : null;
  };
  // Each one-sided hunk's key, worked out in the first pass and read again in the second.
  const keys: (Key | null | undefined)[] = new Array(hunks.length);
  const keyOf = (k: number, text: () => string): Key | null => (keys[k] === undefined ? (keys[k] = key(text())) : keys[k]);
  // A short passage counts only if it occurs once in its text: checked for candidates alone, as it scans the text.
  // Remembered per text and passage: each answer reads a whole text, and the looser pass asks again.
  const onceInDraft = new Map<string, boolean>();
  const onceInReference = new Map<string, boolean>();
  const counts = (k: Key, inDraft: boolean, text: string): boolean => {
    if (k.long) return true;
    const passage = text.trim();
    const once = inDraft ? onceInDraft : onceInReference;
    let answer = once.get(passage);
    if (answer === undefined) once.set(passage, (answer = occursOnce(inDraft ? draft : reference, passage)));
    return answer;
  };
  const pairs: [number, number][] = [];
  const paired = new Set<number>(skip);
  // Word for word first, then allowing other case, punctuation and typography.
  for (const loose of [false, true]) {
    const as = (text: string): string => (loose ? words(text).map((w) => w.text.toLowerCase()).join(' ') : text);
    const insertions = new Map<string, { k: number; key: Key }[]>();
    hunks.forEach((h, k) => {
      if (h.from !== h.to || paired.has(k)) return;
      const kk = keyOf(k, () => reference.slice(h.refFrom, h.refTo));
      if (kk === null) return;
      const list = insertions.get(as(kk.normal));
      if (list) list.push({ k, key: kk });
      else insertions.set(as(kk.normal), [{ k, key: kk }]);
    });
    hunks.forEach((h, k) => {
      if (h.refFrom !== h.refTo || paired.has(k)) return;
      const text = draft.slice(h.from, h.to);
      const kk = keyOf(k, () => text);
      const list = kk === null ? undefined : insertions.get(as(kk.normal));
      if (!kk || !list?.length || !counts(kk, true, text)) return;
      const at = list.findIndex((c) => counts(c.key, false, reference.slice(hunks[c.k].refFrom, hunks[c.k].refTo)));
      if (at < 0) return;
      const ins = list.splice(at, 1)[0].k;
      pairs.push([k, ins]);
      paired.add(k).add(ins);
    });
  }
  return pairs;
}

interface Key {
  /** The passage with its spacing normalised. */
  readonly normal: string;
  /** Long enough to be a move wherever it occurs. */
  readonly long: boolean;
}

/** Fewest words of a passage found once in each text to be reported as moved, however short. */
const SHORT_MOVE_WORDS = 2;

/** Whether `passage` occurs exactly once in `text`. */
function occursOnce(text: string, passage: string): boolean {
  const first = text.indexOf(passage);
  return first >= 0 && text.indexOf(passage, first + 1) < 0;
}
