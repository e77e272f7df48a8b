/** Which way quotation marks and brackets face. */

import { describe, expect, it } from 'vitest';
import { markSide } from '@galley/engine/marks';

/** Each mark of `text` followed by the side it faces. */
const sides = (text: string): string =>
  Array.from(text, (c, i) => (/["'“”‘’()]/.test(c) ? `${c}${markSide(text, i) ?? '?'}` : ''))
    .filter(Boolean)
    .join(' ');

describe('markSide', () => {
  it('reads curly quotes and brackets as they are drawn', () => {
    expect(sides('“Yes” (no)')).toBe('“open ”close (open )close');
  });

  it('reads a straight quote from its neighbours', () => {
    expect(sides('"Sorry," she said. "Sorry."\n\n"Then"')).toBe('"open "close "open "close "open "close');
    expect(sides('he said \'maybe\' twice')).toBe("'open 'close");
  });

  it('cannot tell a quote standing alone between spaces', () => {
    expect(markSide('a " b', 2)).toBeNull();
    expect(markSide('a b', 1)).toBeNull();
  });
});
