/**
 * A hyphen at a PDF line's end, followed by a lower-case letter on the next
 * line: the typesetter's ("Con-" + "servatives"), to drop, or the word's own
 * ("self-" + "evident"), to keep. pdf.js reports the typesetter's as a soft
 * hyphen only when the PDF stores one; most store a plain hyphen. A reader
 * tells them apart by knowing the words; here the text itself is the
 * dictionary: the break is decided once every page is read.
 */

/** Stands where a line-end hyphen was, between the two halves, until the whole text is read. */
const MARK = '\u0000';
/** A word, with the hyphens and apostrophes inside it. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const HALVES = /([\p{L}\p{M}\p{N}'’-]*)\u0000([\p{L}\p{M}\p{N}'’-]*)/gu;

/** Text read from a PDF cannot hold the mark: pdf.js passes NUL through from a broken font's map. */
export function withoutMarks(text: string): string {
  return text.replaceAll(MARK, '');
}

/** Two lines of one paragraph: a word broken with a hyphen at the line end is marked to be made whole (or kept hyphenated) by `settleLineEndHyphens`. */
export function joinLines(before: string, after: string): string {
  if (before.endsWith('\u00AD')) return before.slice(0, -1) + after;
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + MARK + after;
  return `${before} ${after}`;
}

/**
 * The text with each marked break settled as a reader would: the hyphen
 * stays where the word is a compound — one half already has a hyphen
 * ("mother-" + "in-law"), the text writes the word hyphenated elsewhere, or
 * opens another hyphenated word with its first half ("self-" of
 * "self-reliant" for "self-" + "evident") — and the word is joined otherwise:
 * where the text writes it whole elsewhere, and where nothing tells (most
 * breaks at a line's end are the typesetter's).
 */
export function settleLineEndHyphens(text: string): string {
  if (!text.includes(MARK)) return text;
  const words = new Map<string, number>();
  const heads = new Set<string>();
  for (const [word] of text.replace(HALVES, ' ').matchAll(WORD)) {
    const lower = word.toLowerCase();
    words.set(lower, (words.get(lower) ?? 0) + 1);
    for (const part of lower.split('-').slice(0, -1)) heads.add(part);
  }
  return text.replace(HALVES, (_, head: string, tail: string) => {
    const [h, t] = [head.toLowerCase(), tail.toLowerCase()];
    const compound =
      h.includes('-') ||
      t.includes('-') ||
      (!words.has(h + t) && (words.has(`${h}-${t}`) || heads.has(h)));
    return compound ? `${head}-${tail}` : head + tail;
  });
}
