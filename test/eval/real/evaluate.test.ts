import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { evaluate } from './evaluate';
import { writePairSet } from './fixture';
import type { RunJson } from './runs';

// Synthetic pairs only: the real set is never copied into the repository.
const draft = 'Tbe quick brown fox jumped over the lazy dog in 1858.\nIt wa3 a fine day.';
const wrong = (s: string, k: number) => [draft.indexOf(s) + k, draft.indexOf(s) + k + 1];
const root = writePairSet({
  'ocr-1': {
    kind: 'ocr',
    draft,
    reference: 'The quick brown fox jumped over the lazy dog in 1868.\nIt was a fine day.',
    truth: { errorChars: [wrong('Tbe', 1), wrong('1858', 1), wrong('wa3', 2)], insertAt: [] },
  },
  'mt-1': { kind: 'mt', draft: 'The minister said that more than 1.5 servicemen came.', reference: 'The minister said that over 1500 military members came.' },
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('evaluate', () => {
  it('prints the table with every tool per kind of pair and overall', () => {
    const out = evaluate(parseArgs([root], '/unused'));
    expect(out).toContain('## Real pairs: 2 pairs, 25 draft words');
    for (const tool of ['Galley', 'jsdiff diffWordsWithSpace', 'diff-match-patch (cleanupSemantic)', 'git diff --word-diff']) {
      expect(out).toContain(`| ocr | ${tool} | 1 |`);
      expect(out).toContain(`| **all** | ${tool} | 2 |`);
    }
    expect(out).toMatch(/\| \*\*all\*\* \| Galley \| 2 \| \d+ \| 2\/2 \|/);
  });

  it('gives the same figures as JSON, per set and per pair', () => {
    const run = JSON.parse(evaluate(parseArgs([root, '--json', '--only', 'galley'], '/unused'))) as RunJson;
    expect(run.sets.map((s) => s.set)).toEqual(['ocr', 'mt', 'all']);
    const ocr = run.pairs.find((p) => p.id === 'ocr-1')!.tools.galley!;
    expect(ocr).toMatchObject({ exact: 1, truthPairs: 1, errorWords: 3 });
    expect(ocr.rates.recall).toBe(1);
  });

  it('lists one pair\'s suggestions with --pair and --show', () => {
    const out = evaluate(parseArgs([root, '--pair', 'ocr-1', '--show', '--only', 'galley'], '/unused'));
    expect(out).toMatch(/^ocr-1 \(ocr\), Galley: \d+ suggestions\n1:1 +\S+ +\S+ +"Tbe" → "The"/);
    expect(out).toContain('2:4 ');
    const dmp = evaluate(parseArgs([root, '--pair', 'ocr-1', '--show', '--only', 'dmp'], '/unused'));
    expect(dmp).toMatch(/^ocr-1 \(ocr\), diff-match-patch \(cleanupSemantic\): \d+ suggestions\n1:2 +change +"b" → "h"/);
  });
});
