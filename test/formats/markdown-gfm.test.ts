/**
 * GitHub's Markdown (qa11's bug 6): tables, task lists, strikethrough and
 * footnotes read as the prose a reader sees, and written back with their
 * markup kept, from the CLI's edits and the window's alike.
 */
import { describe, expect, it } from 'vitest';
import { editsBetween } from '../../main/formats/edits';
import { readMarkdown, writeMarkdown } from '../../main/formats/markdown';

const GFM = [
  'Some ~~strcuk~~ text here.',
  '',
  '- [x] Done tsak',
  '- [ ] Open task',
  '',
  '| Name | Role |',
  '| --- | --- |',
  '| Alise | Chair |',
  '',
  'A claim with a note.[^1]',
  '',
  '[^1]: The nte text.',
  '',
].join('\n');

describe('GitHub-flavoured Markdown', () => {
  it('reads table cells as paragraphs, struck and task-item text without markers, a footnote as its text', () => {
    expect(readMarkdown(GFM).text).toBe('Some strcuk text here.\nDone tsak\nOpen task\nName\nRole\nAlise\nChair\nA claim with a note.\nThe nte text.');
  });

  it('writes fixes inside the markup, keeping it: the CLI\'s word edits and the window\'s one edit give the same file', () => {
    const { text } = readMarkdown(GFM);
    // The reference's text, as a .txt, Word or HTML reference gives it.
    const fixed = 'Some struck text here.\nDone task\nOpen task\nName\nRole\nAlice\nChair\nA claim with a note.\nThe note text.';
    const cli = writeMarkdown(GFM, editsBetween(text, fixed));
    expect(cli.source).toBe(GFM.replace('strcuk', 'struck').replace('tsak', 'task').replace('Alise', 'Alice').replace('nte', 'note'));
    expect(cli.unapplied).toBe(0);
    let start = 0;
    while (text[start] === fixed[start]) start++;
    let end = 0;
    while (text[text.length - 1 - end] === fixed[fixed.length - 1 - end]) end++;
    const window = writeMarkdown(GFM, [{ from: start, to: text.length - end, insert: fixed.slice(start, fixed.length - end) }]);
    expect(window.source).toBe(cli.source);
  });

  it('escapes a tilde and a pipe in new prose, so they neither strike through nor end a cell', () => {
    const source = '| A | B |\n| --- | --- |\n| one | two |\n';
    const { text } = readMarkdown(source);
    const out = writeMarkdown(source, editsBetween(text, text.replace('one', 'one|~x~'))).source;
    expect(readMarkdown(out).text).toBe(text.replace('one', 'one|~x~'));
  });
});

describe('Markdown images', () => {
  it('reads an image between two spaces as one space, so no suggestion glues the image to a word', () => {
    const source = 'and an ![image](x.png) here, and ![b](y.png)\nthere.\n';
    expect(readMarkdown(source).text).toBe('and an here, and there.');
    const { text } = readMarkdown(source);
    expect(writeMarkdown(source, editsBetween(text, text.replace('here', 'hear'))).source).toBe(source.replace('here', 'hear'));
  });
});
