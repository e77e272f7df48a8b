/** Where an offset stands for a person: 1-based line, and column in characters (code points). */
export interface Position {
  line: number;
  column: number;
}

/**
 * Positions of the given offsets in one forward pass over the text, so a
 * long single-line draft with many suggestions stays linear.
 */
export function positionsOf(text: string, offsets: readonly number[]): Position[] {
  const order = offsets.map((offset, i) => ({ offset, i })).sort((a, b) => a.offset - b.offset);
  const result: Position[] = new Array(offsets.length);
  let at = 0;
  let line = 1;
  let column = 1;
  for (const { offset, i } of order) {
    while (at < offset) {
      const code = text.charCodeAt(at);
      if (code === 0x0a) {
        line++;
        column = 1;
      } else if (!(code >= 0xdc00 && code <= 0xdfff && at > 0 && isHighSurrogate(text.charCodeAt(at - 1)))) {
        column++;
      }
      at++;
    }
    result[i] = { line, column };
  }
  return result;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
