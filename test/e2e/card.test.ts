/**
 * The card of a reworded passage marks the words that differ: removed ones
 * as <del> in the draft's wording, added ones as <ins> in the reference's
 * (issue 9 item 4); without word-level parts each side is marked whole.
 *
 * The comparison worker is stood in for by one that answers with fixed
 * suggestions, so the card is tested on exactly the parts given, whatever
 * the engine finds for the pair.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Suggestion } from '@galley/engine';
import { readFileSync } from 'node:fs';
import { galleyCheck, seedPairCopy, selectInPanel, writePair } from './review-helpers';
import { describeInChromium } from './suite';

const DRAFT = 'She said the old plan was bold and cheap.\nThe <b>tax</b> rose.\n';
const REFERENCE = 'She said the new scheme was bold and cheap.\nThe <i>levy</i> rose.\n';

function span(text: string, words: string, after = 0): { from: number; to: number } {
  const from = text.indexOf(words, after);
  return { from, to: from + words.length };
}

const reworded = span(DRAFT, 'old plan');
const markup = span(DRAFT, '<b>tax</b>');
const SUGGESTIONS: Suggestion[] = [
  {
    id: 'wording:reworded',
    ...reworded,
    replacement: 'new scheme',
    kind: 'wording',
    severity: 'medium',
    ...refSpan('new scheme'),
    parts: [
      { ...span(DRAFT, 'old'), ...refSpan('new'), replacement: 'new' },
      { ...span(DRAFT, 'plan'), ...refSpan('scheme'), replacement: 'scheme' },
    ],
  },
  { id: 'wording:markup', ...markup, replacement: '<i>levy</i>', kind: 'wording', severity: 'medium', ...refSpan('<i>levy</i>') },
];

function refSpan(words: string): { refFrom: number; refTo: number } {
  const refFrom = REFERENCE.indexOf(words);
  return { refFrom, refTo: refFrom + words.length };
}

/** Reloads the window with a comparison worker that answers every request with `suggestions`. */
async function withWorkerAnswering(page: Page, suggestions: readonly Suggestion[]): Promise<void> {
  const script = `onmessage = (event) => postMessage({ id: event.data.id, ok: true, suggestions: ${JSON.stringify(suggestions)} });`;
  await page.route('**/assets/compare.worker-*.js', (route) => route.fulfill({ status: 200, body: script, contentType: 'text/javascript' }));
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
}

/** The card's wording on one side, as [text, tag] runs. */
async function cardRuns(page: Page, side: 'draft' | 'reference'): Promise<[string, string][]> {
  return page.locator(`.card .words-${side}`).evaluate((dd) =>
    [...dd.childNodes].map((node): [string, string] => [node.textContent ?? '', node.nodeType === Node.TEXT_NODE ? 'text' : (node as Element).tagName.toLowerCase()]),
  );
}

describeInChromium('the card of a suggestion', (windows) => {
  it('marks only the words that differ when the suggestion has parts, and each whole side when it has none', async () => {
    const pair = writePair(DRAFT, REFERENCE);
    const { page } = await windows.open(pair);
    await withWorkerAnswering(page, SUGGESTIONS);

    await selectInPanel(page, 'wording:reworded');
    expect(await cardRuns(page, 'draft')).toEqual([
      ['old', 'del'],
      [' ', 'text'],
      ['plan', 'del'],
    ]);
    expect(await cardRuns(page, 'reference')).toEqual([
      ['new', 'ins'],
      [' ', 'text'],
      ['scheme', 'ins'],
    ]);

    // No parts: the whole span is removed and the whole reference wording added, as text, never markup.
    await selectInPanel(page, 'wording:markup');
    expect(await cardRuns(page, 'draft')).toEqual([['<b>tax</b>', 'del']]);
    expect(await cardRuns(page, 'reference')).toEqual([['<i>levy</i>', 'ins']]);
    expect(await page.locator('.card b, .card i').count()).toBe(0);
  });

  it('on the seed pair, marks the engine\'s word-level parts of a reworded sentence, and "orthodox" against "Conservative"', async () => {
    const pair = seedPairCopy();
    const draft = readFileSync(pair.draft, 'utf8');
    const suggestions = galleyCheck(pair.draft, pair.reference);
    const { page } = await windows.open(pair);
    const tags = async (side: 'draft' | 'reference', tag: string) => (await cardRuns(page, side)).filter(([, t]) => t === tag).map(([text]) => text.replace(/·/g, ' ')); // the card shows an edge space as ·

    const reworded = suggestions.find((s) => (s.parts?.length ?? 0) >= 3 && s.to - s.from < 200 && s.replacement.length < 200)!;
    expect(reworded, 'a reworded sentence with parts on the seed').toBeDefined();
    await selectInPanel(page, reworded.id);
    const parts = reworded.parts!;
    expect(await tags('draft', 'del')).toEqual(parts.map((p) => draft.slice(p.from, p.to)).filter((text) => text !== ''));
    expect(await tags('reference', 'ins')).toEqual(parts.map((p) => p.replacement).filter((text) => text !== ''));

    const orthodox = suggestions.find((s) => draft.slice(s.from, s.to).includes('orthodox'))!;
    await selectInPanel(page, orthodox.id);
    expect(await tags('draft', 'del')).toContain('orthodox');
    expect((await tags('reference', 'ins')).join(' ')).toContain('Conservative');
  });
});
