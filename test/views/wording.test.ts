/** A suggestion's wordings as marked runs, and how the views quote them (pure string work). */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { wordingOf } from '../../renderer/src/views/wording';

let quoteRuns: typeof import('../../renderer/src/views/labels').quoteRuns;
beforeAll(async () => {
  // labels.ts reads the platform for its key names; it is a browser module.
  vi.stubGlobal('navigator', { platform: 'Linux x86_64', userAgent: 'test' });
  ({ quoteRuns } = await import('../../renderer/src/views/labels'));
});

describe('wordingOf', () => {
  it('marks the parts and keeps the words between them on both sides', () => {
    const parts = [
      { from: 0, to: 3, replacement: 'new' },
      { from: 11, to: 11, replacement: ' very' },
      { from: 16, to: 23, replacement: '' },
    ];
    expect(wordingOf('old plan is bold, cheap', 'new plan is very bold', parts)).toEqual({
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

  it('marks each side whole without parts, or with parts that do not fit the wording', () => {
    const whole = { draft: [{ text: 'a b', changed: true }], reference: [{ text: 'c', changed: true }] };
    expect(wordingOf('a b', 'c', null)).toEqual(whole);
    expect(wordingOf('a b', 'c', [{ from: 2, to: 9, replacement: 'c' }])).toEqual(whole);
    expect(wordingOf('a b', 'c', [{ from: 2, to: 3, replacement: 'x' }, { from: 0, to: 1, replacement: 'y' }])).toEqual(whole);
  });
});

describe('quoteRuns', () => {
  it('quotes the runs as quote quotes their text, each keeping its mark', () => {
    expect(quoteRuns([{ text: ' old', changed: true }, { text: ' line\nend ', changed: false }], 60)).toEqual([
      { text: '·old', changed: true },
      { text: ' line ¶ end·', changed: false },
    ]);
    expect(quoteRuns([{ text: 'abc', changed: false }, { text: 'defghij', changed: true }], 5)).toEqual([
      { text: 'abc', changed: false },
      { text: 'd', changed: true },
      { text: '…', changed: false },
    ]);
    expect(quoteRuns([{ text: ' ', changed: true }, { text: '\n', changed: false }], 60)).toEqual([{ text: '[line break + space]', changed: true }]);
  });
});
