import { describe, expect, test } from 'vitest';
import { markWording, partsWithin, type Suggestion } from '@galley/engine';

describe('markWording', () => {
  test('marks the parts and keeps the words between them on both sides', () => {
    const parts = [
      { from: 0, to: 3, replacement: 'new' },
      { from: 11, to: 11, replacement: ' very' },
      { from: 16, to: 23, replacement: '' },
    ];
    expect(markWording('old plan is bold, cheap', 'new plan is very bold', parts)).toEqual({
      draft: [
        { text: 'old', changed: true },
        { text: ' plan is bold', changed: false },
        { text: ', cheap', changed: true },
      ],
      reference: [
        { text: 'new', changed: true },
        { text: ' plan is', changed: false },
        { text: ' very', changed: true },
        { text: ' bold', changed: false },
      ],
    });
  });

  test('marks each side whole without parts, or with parts that do not fit the wording', () => {
    const whole = { draft: [{ text: 'a b', changed: true }], reference: [{ text: 'c', changed: true }] };
    expect(markWording('a b', 'c', null)).toEqual(whole);
    expect(markWording('a b', 'c', [{ from: 2, to: 9, replacement: 'c' }])).toEqual(whole);
    expect(markWording('a b', 'c', [{ from: 2, to: 3, replacement: 'x' }, { from: 0, to: 1, replacement: 'y' }])).toEqual(whole);
  });

  test('partsWithin puts a suggestion\'s parts into its own wording', () => {
    const draft = 'Yes. Killed under orthodox rule.';
    const reference = 'Yes. Struck under Conservative rule.';
    const s: Suggestion = {
      id: 's', from: 5, to: draft.length, refFrom: 5, refTo: reference.length, replacement: reference.slice(5), kind: 'wording', severity: 'medium',
      parts: [
        { from: 5, to: 11, refFrom: 5, refTo: 11, replacement: 'Struck' },
        { from: 18, to: 26, refFrom: 18, refTo: 30, replacement: 'Conservative' },
      ],
    };
    const marked = markWording(draft.slice(s.from, s.to), s.replacement, partsWithin(s));
    expect(marked.draft.filter((r) => r.changed).map((r) => r.text)).toEqual(['Killed', 'orthodox']);
    expect(marked.reference.filter((r) => r.changed).map((r) => r.text)).toEqual(['Struck', 'Conservative']);
    expect(marked.reference.map((r) => r.text).join('')).toBe(s.replacement);
    expect(partsWithin({ ...s, parts: undefined })).toBeNull();
  });
});
