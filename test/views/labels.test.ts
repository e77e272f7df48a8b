/** How the review's views quote suggestion text (pure string work, no DOM). */
import { beforeAll, describe, expect, it, vi } from 'vitest';

let quote: (text: string, max: number) => string;
beforeAll(async () => {
  // labels.ts reads the platform for its key names; it is a browser module.
  vi.stubGlobal('navigator', { platform: 'Linux x86_64', userAgent: 'test' });
  ({ quote } = await import('../../renderer/src/views/labels'));
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
