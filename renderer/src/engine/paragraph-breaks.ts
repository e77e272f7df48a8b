/**
 * A hunk that spans a paragraph break both texts keep ("Shimbun\n\nA" for
 * "Newspaper\n\nAt the": the last word of a headline and the first of the
 * next paragraph) is two fixes, one in each paragraph, that only an
 * unchanged blank line separates: alignment anchors on words, so the
 * whitespace between two changed words falls inside one gap. Cut at the
 * breaks, each fix is its own suggestion with its own kind: a name changed
 * in a headline is not a name crossing into the next paragraph.
 */

import { trimmedHunk, type Hunk } from './hunks';
import { countWords, type Tokens } from './tokenize';

/** Fewest words of a removal or insertion beside a break that is no piece of a word re-broken across it. */
const PHRASE_WORDS = 2;

/** A blank line between paragraphs, with the whitespace around it. */
const PARAGRAPH_BREAK = /\s*\n[^\S\n]*\n\s*/gu;

/**
 * `hunk` cut at the paragraph breaks both of its sides have, the same in
 * number and whitespace, with text on both sides between them; else `[hunk]`.
 */
export function splitAtParagraphs(draft: Tokens, ref: Tokens, hunk: Hunk): Hunk[] {
  const d = draft.text.slice(hunk.from, hunk.to);
  if (!d.includes('\n')) return [hunk];
  const r = ref.text.slice(hunk.refFrom, hunk.refTo);
  const dBreaks = [...d.matchAll(PARAGRAPH_BREAK)];
  const rBreaks = [...r.matchAll(PARAGRAPH_BREAK)];
  if (dBreaks.length === 0 || dBreaks.length !== rBreaks.length) return [hunk];
  if (dBreaks.some((m, k) => m[0] !== rBreaks[k][0])) return [hunk];
  const pieces: Hunk[] = [];
  let from = hunk.from;
  let refFrom = hunk.refFrom;
  for (let k = 0; k <= dBreaks.length; k++) {
    const to = k < dBreaks.length ? hunk.from + dBreaks[k].index : hunk.to;
    const refTo = k < dBreaks.length ? hunk.refFrom + rBreaks[k].index : hunk.refTo;
    // A fix in each paragraph has text on both sides of it: a word re-broken across the break ("coun-\n\ntry" for
    // "country\n\n") leaves one side's piece empty, and is one fix. A phrase of several words removed or added
    // before the break (a quotation moved within the headline) is no piece of a word: a fix of its own.
    const [dPiece, rPiece] = [draft.text.slice(from, to), ref.text.slice(refFrom, refTo)];
    if ((dPiece.trim() === '' || rPiece.trim() === '') && countWords(dPiece + rPiece) < PHRASE_WORDS) return [hunk];
    const piece = trimmedHunk(draft, ref, from, to, refFrom, refTo);
    if (piece) pieces.push(piece);
    if (k < dBreaks.length) {
      from = to + dBreaks[k][0].length;
      refFrom = refTo + rBreaks[k][0].length;
    }
  }
  return pieces;
}
