/**
 * A long reference is drawn only near the pane's view (reference-lines.ts):
 * its far lines are not in the page, yet choosing a suggestion far down
 * scrolls the pane to that suggestion's wording, drawn and highlighted.
 * The far lines' estimated height follows the pane's width: measured again
 * when the window is resized. A reference on one long line is drawn as
 * pieces, and only some of them: the stretch is bounded in characters too.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { longPair, openLongPair } from './fixtures/long-pair';
import { describeInChromium } from './suite';
import { galleyCheck, selectInPanel, settled, writePair } from './review-helpers';

/** The highlighted reference wording: its text and whether it lies inside the pane's visible part. */
async function highlighted(page: Page): Promise<{ text: string; visible: boolean } | null> {
  return page.locator('.reference-scroll').evaluate((scroller) => {
    const range = CSS.highlights.get('galley-reference')?.values().next().value as Range | undefined;
    if (!range || !range.startContainer.isConnected) return null;
    const box = range.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return { text: range.toString(), visible: box.top >= view.top && box.bottom <= view.bottom };
  });
}

describeInChromium('a long reference in the reference pane', (windows) => {
  it('holds only the lines near its view, and shows a far suggestion’s wording', { timeout: 120_000 }, async () => {
    const { pair, expected, page } = await openLongPair(windows, 30_000);
    const reference = readFileSync(pair.reference, 'utf8');
    const lines = reference.split('\n').length;
    const suggestions = expected.filter((s) => s.refTo > s.refFrom && !reference.slice(s.refFrom, s.refTo).includes('\n'));
    const far = suggestions[suggestions.length - 1];
    const drawn = () => page.locator('.reference-text p').count();
    expect(lines).toBeGreaterThan(600);
    expect(await drawn()).toBeLessThan(lines / 3);
    const text = await page.locator('.reference-text').textContent();
    expect(text).not.toContain(reference.slice(far.refFrom, far.refTo + 200));

    await selectInPanel(page, far.id);
    await expect.poll(() => highlighted(page)).toEqual({ text: reference.slice(far.refFrom, far.refTo), visible: true });
    expect(await drawn()).toBeLessThan(lines / 3);

    // Scrolling back to the top draws the first lines again.
    await page.locator('.reference-scroll').evaluate((scroller) => scroller.scrollTo(0, 0));
    const opening = reference.split('\n')[0]!;
    await expect.poll(() => page.locator('.reference-text p').first().textContent()).toBe(opening);

    // A narrower pane holds fewer characters a line: the estimated height grows to match.
    const size = () =>
      page.locator('.reference-scroll').evaluate((scroller) => {
        const text = scroller.querySelector('.reference-text')!;
        const style = getComputedStyle(text);
        return { height: scroller.scrollHeight, width: text.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
      });
    const wide = await size();
    await page.setViewportSize({ width: 1000, height: 900 });
    await expect.poll(async () => (await size()).width).toBeLessThan(wide.width * 0.9);
    await expect
      .poll(async () => {
        const narrow = await size();
        return Math.abs(narrow.height / wide.height / (wide.width / narrow.width) - 1);
      })
      .toBeLessThan(0.1);
  });

  it('draws only the pieces of a one-line reference near its view', { timeout: 120_000 }, async () => {
    const long = longPair(30_000);
    const oneLine = (file: string): string => readFileSync(file, 'utf8').replace(/\n+/g, ' ');
    const reference = oneLine(long.reference);
    const pair = writePair(oneLine(long.draft), reference, { draft: 'line.txt', reference: 'line.source.txt' });
    const expected = galleyCheck(pair.draft, pair.reference);
    const { page } = await windows.open(pair);
    await settled(page);
    const drawnChars = () => page.locator('.reference-text').evaluate((text) => [...text.querySelectorAll('p')].reduce((sum, p) => sum + (p.textContent?.length ?? 0), 0));
    // 60 pieces a side were all of a 30,000-word line; about ten screens of text a side are much less.
    expect(await drawnChars()).toBeLessThan(reference.length / 2);

    const far = expected.filter((s) => s.refTo > s.refFrom).at(-1)!;
    await selectInPanel(page, far.id);
    await expect.poll(() => highlighted(page)).toEqual({ text: reference.slice(far.refFrom, far.refTo), visible: true });
    expect(await drawnChars()).toBeLessThan(reference.length / 2);
  });
});
