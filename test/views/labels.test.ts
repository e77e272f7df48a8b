/** How the review's views quote suggestion text and name keys (pure string work, no DOM; the marking of changed words is the engine's markWording). */
import { beforeAll, describe, expect, it, vi } from 'vitest';

let quote: typeof import('../../renderer/src/views/labels').quote;
let quoteRuns: typeof import('../../renderer/src/views/labels').quoteRuns;
beforeAll(async () => {
  // labels.ts reads the platform for its key names; it is a browser module.
  vi.stubGlobal('navigator', { platform: 'Linux x86_64', userAgent: 'test' });
  ({ quote, quoteRuns } = await import('../../renderer/src/views/labels'));
});

describe('quote', () => {
  it('names text that is only spacing, which dots and pilcrows would not say', () => {
    expect(quote(' ', 60)).toBe('[space]');
    expect(quote('\n\n', 60)).toBe('[2 line breaks]');
    expect(quote('  \n', 60)).toBe('[line break + 2 spaces]');
    expect(quote('\u00a0', 60)).toBe('[no-break space]');
  });

  it('shows edge spaces and line breaks in words, and cuts long text', () => {
    expect(quote(' the', 60)).toBe('·the');
    expect(quote('one\ntwo', 60)).toBe('one ¶ two');
    expect(quote('abcdefghij', 5)).toBe('abcd…');
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

describe('ariaKeyShortcuts', () => {
  it('spells every key of a command from the command table, as aria-keyshortcuts wants', async () => {
    const { ariaKeyShortcuts } = await import('../../renderer/src/views/labels');
    expect(ariaKeyShortcuts('save')).toBe('Control+S');
    expect(ariaKeyShortcuts('redo')).toBe('Control+Shift+Z Control+Y');
    expect(ariaKeyShortcuts('reject')).toBe('Alt+Shift+Enter');
    expect(ariaKeyShortcuts('next')).toBe('Alt+ArrowDown');
    expect(ariaKeyShortcuts('accept-all')).toBeUndefined();
  });

  it('names the Command key Meta on macOS', async () => {
    vi.resetModules();
    vi.stubGlobal('navigator', { platform: 'MacIntel', userAgent: 'test' });
    const { ariaKeyShortcuts } = await import('../../renderer/src/views/labels');
    expect(ariaKeyShortcuts('save')).toBe('Meta+S');
    expect(ariaKeyShortcuts('accept-next')).toBe('Meta+Enter');
  });
});
