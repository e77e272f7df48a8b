import { describe, expect, it } from 'vitest';
import type { Change } from './changes';
import { numberCoverage } from './numbers';

const change = (refFrom: number, refTo: number, kind: Change['kind']): Change => ({ id: 'x', from: 0, to: 0, refFrom, refTo, replacement: '', kind });

describe('numberCoverage', () => {
  const draft = 'more than 1.5 servicemen in 2020';
  const reference = 'over 1500 military members in 2020, 700m';

  it('counts reference numbers the draft never writes, covered by a number suggestion', () => {
    // 1500 at 5-9, 700m at 36-40; 2020 is in the draft too.
    expect(numberCoverage(draft, reference, [change(0, 9, 'number')])).toEqual({ total: 2, covered: 1, missed: [{ from: 36, to: 40 }] });
  });

  it('does not count a number inside a suggestion of another kind', () => {
    expect(numberCoverage(draft, reference, [change(0, 26, 'wording')]).covered).toBe(0);
  });
});
