import { describe, expect, it } from 'vitest';
import { matchesIn, matchFrom } from '../../renderer/src/editor/find';

describe('find in the draft', () => {
  it('finds every place a query stands, case ignored, accents not, special characters literally', () => {
    expect(matchesIn('Zebra, zebra; ZEBRA.', 'zebra')).toEqual([
      { from: 0, to: 5 },
      { from: 7, to: 12 },
      { from: 14, to: 19 },
    ]);
    expect(matchesIn('résumé resume', 'resume')).toEqual([{ from: 7, to: 13 }]);
    expect(matchesIn('cost (£3.5m) or 3x5m', '(£3.5m)')).toEqual([{ from: 5, to: 12 }]);
    expect(matchesIn('aaa', 'aa')).toEqual([{ from: 0, to: 2 }]);
    expect(matchesIn('anything', '')).toEqual([]);
  });

  it('goes to the first match at or after a place, or the last before it, wrapping round', () => {
    const matches = matchesIn('x . x . x', 'x');
    expect(matchFrom(matches, 0, 1)).toBe(0);
    expect(matchFrom(matches, 1, 1)).toBe(1);
    expect(matchFrom(matches, 9, 1)).toBe(0);
    expect(matchFrom(matches, 4, -1)).toBe(0);
    expect(matchFrom(matches, 5, -1)).toBe(1);
    expect(matchFrom(matches, 0, -1)).toBe(2);
    expect(matchFrom([], 3, 1)).toBe(-1);
  });
});
