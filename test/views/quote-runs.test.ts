/** How the views quote a suggestion's marked wording (pure string work; the marking itself is the engine's markWording). */
import { beforeAll, describe, expect, it, vi } from 'vitest';

let quoteRuns: typeof import('../../renderer/src/views/labels').quoteRuns;
beforeAll(async () => {
  // labels.ts reads the platform for its key names; it is a browser module.
  vi.stubGlobal('navigator', { platform: 'Linux x86_64', userAgent: 'test' });
  ({ quoteRuns } = await import('../../renderer/src/views/labels'));
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
