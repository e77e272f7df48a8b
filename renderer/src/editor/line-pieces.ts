/**
 * Where a very long line is cut to be shown as several paragraphs (see
 * ./schema). ProseMirror redraws, and the browser lays out, a paragraph
 * as a whole: text pasted out of a PDF as one 200,000-word line made every
 * keystroke cost the whole line. Cut into pieces of a few thousand
 * characters, a keystroke costs one piece, and off-screen pieces are not
 * laid out at all. The text is unchanged: the pieces are joined again
 * without a line break (./text-doc).
 *
 * Cuts fall after a sentence's closing punctuation and the spaces after
 * it, so each piece reads as whole sentences; a line with no sentence end
 * in reach is cut after a space, and text with no spaces (Chinese,
 * Japanese) at a character boundary.
 */

/** A line longer than this is cut in pieces. */
export const PIECE_CHARS = 2_000;
/** How far past PIECE_CHARS a piece may run to end at a sentence rather than a space. */
const SENTENCE_SLACK = 2_000;

const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*\s+/g;
const SPACE = /\s+/g;

/** `line` as the pieces it is shown in: itself when short enough; joined together they are `line`. */
export function linePieces(line: string): string[] {
  if (line.length <= PIECE_CHARS) return [line];
  const pieces: string[] = [];
  let start = 0;
  while (line.length - start > PIECE_CHARS) {
    const cut = cutAfter(line, start + PIECE_CHARS);
    pieces.push(line.slice(start, cut));
    start = cut;
  }
  pieces.push(line.slice(start));
  return pieces;
}

/** The first good place to cut at or after `at` (see above); always before the end of the line. */
function cutAfter(line: string, at: number): number {
  const reach = Math.min(line.length - 1, at + SENTENCE_SLACK);
  const sentence = matchEnd(SENTENCE_END, line, at, reach);
  if (sentence !== null) return sentence;
  const space = matchEnd(SPACE, line, at, reach);
  if (space !== null) return space;
  // Not between the halves of a surrogate pair.
  const code = line.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at + 1 : at;
}

/** The end of the first match of `pattern` that ends after `from` and by `reach`, or null. */
function matchEnd(pattern: RegExp, line: string, from: number, reach: number): number | null {
  pattern.lastIndex = from;
  const match = pattern.exec(line);
  if (!match) return null;
  const end = match.index + match[0].length;
  return end <= reach ? end : null;
}
