import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@galley/engine';
import { examplesReport, spread } from './examples';
import { measurePair } from './figures';

describe('spread', () => {
  it('takes items from each list in turn, up to the limit', () => {
    expect(spread([['a1', 'a2', 'a3'], [], ['c1']], 3)).toEqual(['a1', 'c1', 'a2']);
    expect(spread([['a1']], 5)).toEqual(['a1']);
  });
});

describe('examplesReport', () => {
  it('lists each finding with the pair, place and text', () => {
    const pair = { id: 'p', kind: 'ocr' as const, draft: 'St Luke s Oval in 1858', reference: "St. Luke's Oval in 1859" };
    const suggestions: Suggestion[] = [
      { id: '1', from: 3, to: 7, refFrom: 4, refTo: 10, replacement: "Luke's", kind: 'name', severity: 'high' },
      { id: '2', from: 7, to: 9, refFrom: 10, refTo: 10, replacement: '', kind: 'extra', severity: 'low' },
      { id: '3', from: 18, to: 22, refFrom: 19, refTo: 23, replacement: '1859', kind: 'wording', severity: 'medium' },
    ];
    // "St" → "St." is left unflagged on purpose: accept-all is then not exact.
    const { figures, findings } = measurePair(pair, { changes: suggestions, seconds: 0 }, 2, suggestions);
    expect(figures).toMatchObject({ exact: 0, suggestions: 3, abutting: 1, ocrKinds: 0, ocrSuggestions: 3, numbers: 1, numbersCovered: 0 });
    const report = examplesReport([{ pair, suggestions, findings }], 5);
    expect(report).toContain(`p 1:4  name "Luke" → "Luke's"  +  extra " s" → ""`);
    expect(report).toContain('Not an OCR kind, on OCR pages, by kind: name 1, extra 1, wording 1.');
    expect(report).toContain('p 1:20  "St. Luke\'s Oval in [1859]" inside wording "1859"');
  });
});
