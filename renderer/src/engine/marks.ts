/**
 * Which way a quotation mark or bracket faces. Curly quotes and brackets say
 * so themselves; a straight quote is read from its neighbours, as a reader
 * does: space (or a line start) before and a letter after opens, a letter or
 * punctuation before closes. Moved passages and slid insertions use this to
 * keep a quotation's marks with the words they enclose, and a sentence's
 * end mark with its sentence.
 */

const OPENING = /^[\u201C\u2018\u00AB(\[{]$/u;
const CLOSING = /^[\u201D\u2019\u00BB)\]}]$/u;
const STRAIGHT = /^["']$/u;

/** A token that ends a sentence. */
export const SENTENCE_END = /^[.!?\u2026\u3002\uFF01\uFF1F]$/u;

export type MarkSide = 'open' | 'close' | null;

/** The side of the one-character mark at text[pos], or null when it is no quote or bracket. */
export function markSide(text: string, pos: number): MarkSide {
  // An ASCII letter or digit (most tokens start with one) is no mark: no pattern need be asked
  // (moved blocks ask at both ends of a run, 16 ways, per out-of-order anchor: 80 ms of a million words).
  const code = text.charCodeAt(pos);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return null;
  const c = text[pos];
  if (OPENING.test(c)) return 'open';
  if (CLOSING.test(c)) return 'close';
  if (!STRAIGHT.test(c)) return null;
  const before = pos > 0 ? text[pos - 1] : '';
  const after = pos + 1 < text.length ? text[pos + 1] : '';
  const spaceBefore = before === '' || /\s/u.test(before) || OPENING.test(before) || /[\u2013\u2014]/u.test(before);
  const spaceAfter = after === '' || /\s/u.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore) return 'close';
  return null;
}
