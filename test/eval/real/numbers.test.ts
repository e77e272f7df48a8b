import { describe, expect, it } from 'vitest';
import type { Change } from './changes';
import { numberCoverage } from './numbers';

const change = (refFrom: number, refTo: number, kind: Change['kind'], from = 0, to = 0): Change => ({ id: 'x', from, to, refFrom, refTo, replacement: '', kind });

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

  it('counts a number the draft spells out in words as covered by the suggestion over those words', () => {
    const spelled = 'Forty-six ships took part.';
    expect(numberCoverage(spelled, '46 ships took part.', [change(0, 2, 'typography', 0, 9)]).covered).toBe(1);
    expect(numberCoverage(spelled, '47 ships took part.', [change(0, 2, 'wording', 0, 9)]).covered).toBe(0);
  });

  it('counts a number whose unit alone was misread as covered by any suggestion keeping its digits', () => {
    const ocr = 'a board 46tn wide';
    const truth = 'a board 46in wide';
    expect(numberCoverage(ocr, truth, [change(8, 12, 'spelling', 8, 12)]).covered).toBe(1);
    // The digits changed: only a number suggestion covers it.
    expect(numberCoverage('a board 45tn wide', truth, [change(8, 12, 'spelling', 8, 12)]).covered).toBe(0);
  });

  it('counts a number suggestion over part of the number', () => {
    // `4:` → `4:30` as an insertion of `30` after the colon.
    expect(numberCoverage('nearly 4: o’clock', 'nearly 4:30 o’clock', [change(9, 11, 'number', 9, 9)]).covered).toBe(1);
  });
});
