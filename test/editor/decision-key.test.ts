/**
 * Decision keys are stored in review files and recovery copies, so the
 * same suggestion must get the same key in every version: these are keys
 * the first version gave.
 */
import { describe, expect, it } from 'vitest';
import { decisionKey } from '../../renderer/src/editor/decision-key';

const reference = 'The quick brown fox jumps over the lazy dog, and then the dog — naïve café 😀 — sleeps.';

describe('decisionKey', () => {
  it('gives the keys it always gave', () => {
    const cases: [draft: string, replacement: string, refFrom: number, refTo: number, key: string][] = [
      ['quick', 'quik', 4, 9, 'arel1f.t9yo3u'],
      ['', 'lazy ', 35, 35, '1x4gua7.v0ivy0'],
      ['dog', '', 40, 43, '15klngp.1yo7yva'],
      ['x\ny', 'café 😀', 67, 73, '11p4tq3.exeh09'],
      ['a', 'b', 0, 1, 'rhwvem.mtw65n'],
      ['z', 'sleeps', 80, 87, 'efmiuf.158r3pe'],
    ];
    for (const [draft, replacement, refFrom, refTo, key] of cases) expect(decisionKey(draft, replacement, reference, refFrom, refTo)).toBe(key);
  });
});
