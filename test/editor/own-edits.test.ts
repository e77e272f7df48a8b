/**
 * The editor's own edits as a kept review records them (renderer/src/app/
 * review-report ownEdits): found by comparing only the lines that differ,
 * they must still say exactly how the text changed, in the whole text's
 * offsets.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applySuggestions, compare } from '@galley/engine';
import { differingLines, LONG_LINE_CONTEXT, ownEdits, rememberedDraftSuggestions } from '../../renderer/src/app/review-report';

const diff = async (a: string, b: string) => compare(a, b);

const LINES = [
  'The committee met on Tuesday to discuss the budget.',
  'Sir Keir Starmer said 800 people came to the rally.',
  'Nothing else was decided.',
  'The minutes were approved without changes.',
  '',
  'See you next week.',
];

describe('ownEdits', () => {
  test('compares only the lines from the first difference to the last, and one line around them', () => {
    const a = 'zero\none line\ntwo words here\nthree\nfour\n';
    const b = 'zero\none line\ntwo more words here\nthree\nfour\n';
    const { start, expectedEnd, nowEnd } = differingLines(a, b);
    expect(a.slice(start, expectedEnd)).toBe('one line\ntwo words here\nthree');
    expect(b.slice(start, nowEnd)).toBe('one line\ntwo more words here\nthree');
  });

  test('words typed before a line break (a counterexample): the stretch is never empty', async () => {
    const a = '\nThe committee met on Tuesday to discuss the budget.';
    const b = 'Keir' + a;
    expect(applySuggestions(a, await ownEdits(a, b, diff))).toBe(b);
  });

  test('a line break typed or deleted is inside the compared stretch', async () => {
    const a = 'abc def\nxyz';
    const b = 'abc\ndef\nxyz';
    const { start, expectedEnd, nowEnd } = differingLines(a, b);
    expect([a.slice(start, expectedEnd), b.slice(start, nowEnd)]).toEqual([a, b]);
    expect(applySuggestions(a, await ownEdits(a, b, diff))).toBe(b);
    expect(applySuggestions(b, await ownEdits(b, a, diff))).toBe(a);
  });

  test('within a long line, only the words near the difference are compared', async () => {
    const words = Array.from({ length: 4000 }, (_, i) => `word${i % 97}`);
    const a = words.join(' ');
    const b = [...words.slice(0, 2000), 'inserted', ...words.slice(2000)].join(' ');
    const { start, expectedEnd, nowEnd } = differingLines(a, b);
    expect(expectedEnd - start).toBeLessThan(2 * LONG_LINE_CONTEXT + 200);
    // Cut between words, at the same place in both.
    expect([a[start - 1], a[expectedEnd], b[nowEnd]]).toEqual([' ', ' ', ' ']);
    expect(a.slice(expectedEnd)).toBe(b.slice(nowEnd));
    expect(applySuggestions(a, await ownEdits(a, b, diff))).toBe(b);
  });

  test.each([
    ['random lines', fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n')), 4, 300],
    ['one long line', fc.array(fc.constantFrom(...LINES.filter(Boolean)), { minLength: 60, maxLength: 140 }).map((sentences) => sentences.join(' ')), 3, 60],
  ] as const)('applied to the expected text, the edits give the text now (random edits of %s)', async (_name, text, most, numRuns) => {
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), typed: fc.constantFrom('', 'x', ' new words ', '\n', 'Keir', '.') });
    await fc.assert(
      fc.asyncProperty(text, fc.array(edit, { maxLength: most }), async (expected, edits) => {
        let now = expected;
        for (const { at, cut, typed } of edits) {
          const from = at % (now.length + 1);
          now = now.slice(0, from) + typed + now.slice(Math.min(now.length, from + cut));
        }
        const found = await ownEdits(expected, now, diff);
        expect(applySuggestions(expected, found)).toBe(now);
        for (const change of found) expect(change.replacement).toBe(now.slice(change.refFrom, change.refTo));
      }),
      { numRuns },
    );
  });
});

describe('rememberedDraftSuggestions', () => {
  test('compares a draft with its reference once, and again when either changes', async () => {
    const calls: string[] = [];
    const counting = async (a: string, b: string) => {
      calls.push(a);
      return compare(a, b);
    };
    const find = rememberedDraftSuggestions();
    const first = await find('Sir Kir said 700.', 'Sir Keir said 800.', counting);
    expect(await find('Sir Kir said 700.', 'Sir Keir said 800.', counting)).toBe(first);
    expect(calls).toHaveLength(1);
    await find('Sir Kir said 701.', 'Sir Keir said 800.', counting);
    expect(calls).toHaveLength(2);
    expect(first.keys).toHaveLength(first.suggestions.length);
  });

  test('told the answer for a draft, it compares nothing for it and keys it as a comparison would', async () => {
    const calls: string[] = [];
    const counting = async (a: string, b: string) => {
      calls.push(a);
      return compare(a, b);
    };
    const [draft, reference] = ['Sir Kir said 700 at the rally.', 'Sir Keir said 800 at the rally.'];
    const find = rememberedDraftSuggestions();
    find.know(draft, reference, counting, compare(draft, reference));
    const told = await find(draft, reference, counting);
    expect(calls).toHaveLength(0);
    expect(told).toEqual(await rememberedDraftSuggestions()(draft, reference, counting));
    expect(calls).toHaveLength(1);
    // What another comparer (other settings) answers is not what it was told: that one is asked.
    const other = async (a: string, b: string) => {
      calls.push(a);
      return compare(a, b);
    };
    await find(draft, reference, other);
    expect(calls).toHaveLength(2);
  });
});
