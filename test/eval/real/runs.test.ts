import { describe, expect, it } from 'vitest';
import { emptyFigures, type Figures } from './figures';
import { compareRuns, runJson } from './runs';

const figures = (over: Partial<Figures>): Figures => ({ ...emptyFigures(), pairs: 1, exact: 1, suggestions: 10, hunks: 10, ...over });

describe('compareRuns', () => {
  const run = (abutting: number) => {
    const f = figures({ abutting });
    return runJson('dir', [{ set: 'ocr', tool: 'galley', kinded: true, figures: f }], [{ id: 'p1', kind: 'ocr', figures: { galley: f } }]);
  };

  it('shows each figure before → after, and the pairs whose counts changed', () => {
    const text = compareRuns(run(3), run(1), 'galley');
    expect(text).toContain('| ocr | 1/1 | 10 | 1.000 | 3 (30.0%) → 1 (10.0%) |');
    expect(text).toContain('- p1: abutting 3 → 1');
  });

  it('says when nothing changed, and when the tool was not in the baseline', () => {
    expect(compareRuns(run(2), run(2), 'galley')).toContain("No pair's counts changed.");
    expect(compareRuns(run(2), run(2), 'dmp')).toBe('### dmp: not in the baseline.');
  });

  it('survives the JSON round trip (NaN rates become null)', () => {
    const back = JSON.parse(JSON.stringify(run(1)));
    expect(compareRuns(back, back, 'galley')).toContain('| ocr | 1/1 | 10 | 1.000 | 1 (10.0%) | 0 | — |');
  });
});
