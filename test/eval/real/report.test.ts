import { describe, expect, it } from 'vitest';
import { emptyFigures } from './figures';
import { table } from './report';

describe('table', () => {
  const figures = { ...emptyFigures(), pairs: 2, exact: 1, suggestions: 20, hunks: 16, abutting: 1, ocrSuggestions: 20, ocrKinds: 18, truthPairs: 1, flagged: 10, errorWords: 9, hits: 9, numbers: 4, numbersCovered: 3, seconds: 0.5 };

  it('prints every figure of a tool with kinds, and dashes where a plain diff has none', () => {
    const [head, , galley, git] = table([
      { set: 'all', tool: 'galley', kinded: true, figures },
      { set: 'ocr', tool: 'git', kinded: false, figures },
    ]).split('\n');
    expect(head).toMatch(/^\| Set \| Tool \| Pairs \|/);
    expect(galley).toBe('| **all** | Galley | 2 | 20 | 1/2 | 1.25 | 5.0% (1) | 0 | 0.900 (18/20) | 0.900 | 1.000 | 0 / 0 | 3/4 | 0.50 |');
    expect(git).toBe('| ocr | git diff --word-diff | 2 | 20 | 1/2 | 1.25 | 5.0% (1) | 0 | — | 0.900 | 1.000 | — | — | 0.50 |');
  });

  it('names the first column as asked', () => {
    expect(table([], 'Pair')).toMatch(/^\| Pair \| Tool \|/);
  });
});
