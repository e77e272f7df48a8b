import { describe, expect, it } from 'vitest';
import { applyChanges, changesFromParts } from './changes';
import { changesFromPorcelain, gitAvailable, gitWordDiff } from './git-word-diff';

describe('changesFromParts', () => {
  it('makes one change of each removed/added run, with both spans', () => {
    const parts = [{ value: 'the ' }, { value: 'cat', removed: true }, { value: 'dog', added: true }, { value: ' sat' }, { value: ' down', added: true }];
    const changes = changesFromParts(parts);
    expect(changes.map(({ from, to, refFrom, refTo, replacement }) => [from, to, refFrom, refTo, replacement])).toEqual([
      [4, 7, 4, 7, 'dog'],
      [11, 11, 11, 16, ' down'],
    ]);
    expect(applyChanges('the cat sat', changes)).toBe('the dog sat down');
  });
});

describe('changesFromPorcelain', () => {
  const draft = 'the Con\n, servatives  wa3 here\nold line end';
  const reference = 'the Con-\nservatives was here\nline new end\n';
  // What git prints for these two texts (context words, removals, additions, ~ for a line end).
  const porcelain = ['diff --git a/draft b/reference', '@@ -1,3 +1,3 @@', ' the ', '-Con', '~', '-,', '+Con-', '~',
    ' servatives ', '-wa3', '+was', '  here', '~', '-old', '  line ', '+new', '  end', '~', '\\ No newline at end of file'].join('\n');

  it('rebuilds each change with its draft and reference spans', () => {
    const changes = changesFromPorcelain(draft, reference, porcelain);
    expect(changes.map((c) => [draft.slice(c.from, c.to), c.replacement])).toEqual([
      ['Con\n,', 'Con-'],
      ['wa3', 'was'],
      ['\nold', ''],
      ['', ' new'],
    ]);
  });

  it('accept-all misses only the spacing git does not report', () => {
    const accepted = applyChanges(draft, changesFromPorcelain(draft, reference, porcelain));
    const words = (text: string) => text.trim().split(/\s+/).join(' ');
    expect(words(accepted)).toBe(words(reference));
    expect(accepted).not.toBe(reference);
  });

  it('reads what git itself prints', { skip: !gitAvailable() }, () => {
    const changes = changesFromPorcelain(draft, reference, gitWordDiff(draft, reference));
    expect(changes.map((c) => c.replacement)).toContain('was');
    expect(changes.every((c) => c.from <= c.to && c.refFrom <= c.refTo)).toBe(true);
  });

  it('names the token it cannot place', () => {
    expect(() => changesFromPorcelain('a b', 'a c', '@@ -1 +1 @@\n a \n-x\n+c')).toThrow(/expected "x" in the draft/);
  });
});
