/** A number spelt out in words for the same value in digits is house style, not a changed number (classify.ts rule 1). */

import { describe, expect, it } from 'vitest';
import { compare, sameNumberSpelled } from '@galley/engine';
import { show } from './show';

describe('numbers in words', () => {
  it('reads one English number and nothing else', () => {
    expect(sameNumberSpelled('Forty-six', '46')).toBe(true);
    expect(sameNumberSpelled('9', 'nine')).toBe(true);
    expect(sameNumberSpelled('a hundred and one', '101')).toBe(true);
    expect(sameNumberSpelled('two thousand and five', '2005')).toBe(true);
    expect(sameNumberSpelled('three hundred twenty thousand', '320,000')).toBe(true);
    expect(sameNumberSpelled('Forty-six', '47')).toBe(false);
    expect(sameNumberSpelled('six ships', '6')).toBe(false);
    expect(sameNumberSpelled('forty forty', '80')).toBe(false);
    expect(sameNumberSpelled('six-forty', '46')).toBe(false);
    expect(sameNumberSpelled('and', '0')).toBe(false);
    expect(sameNumberSpelled('', '0')).toBe(false);
    expect(sameNumberSpelled('46', '46th')).toBe(false);
  });

  it('the same value spelt out or in digits is low-severity typography, either way round', () => {
    const result = compare('Forty-six ships took part in the parade.', '46 ships took part in the parade.');
    expect(result.map((s) => [s.kind, s.severity])).toEqual([['typography', 'low']]);
    expect(show('About 4,000 sailors took part.', 'About four thousand sailors took part.')).toEqual(['4,000|four thousand typography']);
  });

  it('another value spelt out is still a changed number', () => {
    const result = compare('Forty-five ships took part in the parade.', '46 ships took part in the parade.');
    expect(result.map((s) => [s.kind, s.severity])).toEqual([['number', 'high']]);
  });
});
