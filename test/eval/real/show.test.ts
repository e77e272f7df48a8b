import { describe, expect, it } from 'vitest';
import type { Change } from './changes';
import { lineColumn, showChanges } from './show';

describe('showChanges', () => {
  it('gives line:column from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toBe('1:1');
    expect(lineColumn('ab\ncd', 4)).toBe('2:2');
  });

  it('lists each suggestion with its kind, text and flags', () => {
    const pair = { id: 'p', kind: 'ocr' as const, draft: 'St Luke s Oval', reference: "St. Luke's Oval" };
    const changes: Change[] = [
      { id: '1', from: 3, to: 7, refFrom: 4, refTo: 10, replacement: "Luke's", kind: 'spelling', severity: 'medium' },
      { id: '2', from: 7, to: 9, refFrom: 10, refTo: 10, replacement: '', kind: 'extra', severity: 'low' },
    ];
    const lines = showChanges(pair, changes, 'galley').split('\n');
    expect(lines[0]).toBe('p (ocr), Galley: 2 suggestions');
    expect(lines[1]).toMatch(/^1:4 +spelling +medium "Luke" → "Luke's" +\[abuts next\]$/);
    expect(lines[2]).toMatch(/^1:8 +extra +low +" s" → ""$/);
  });
});
