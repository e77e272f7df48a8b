/**
 * The reference pane follows the selected suggestion: selecting one far
 * down a long pair scrolls the reference to the words it brings, and
 * selecting one near the top scrolls back (reference-pane.ts, which
 * measures in the next frame rather than inside the key press).
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openLongPair } from './fixtures/long-pair';
import { describeInChromium } from './suite';
import { selectInPanel } from './review-helpers';

/** Whether reference offset `at` lies on a line inside the reference pane's visible part. */
async function referenceShows(page: Page, at: number): Promise<boolean> {
  return page.locator('.reference-scroll').evaluate((scroller, offset) => {
    // Only the lines near the view are in the page (reference-lines.ts); each tells where it starts.
    const lines = [...scroller.querySelectorAll<HTMLElement>('p[data-from]')];
    const line = lines.filter((p) => Number(p.dataset.from) <= offset).pop();
    if (!line || offset > Number(line.dataset.from) + (line.textContent?.length ?? 0)) return false;
    const box = line.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return box.bottom > view.top && box.top < view.bottom;
  }, at);
}

describeInChromium('the reference pane follows the selection', (windows) => {
  it('scrolls to the reference words of a suggestion far down, and back up', { timeout: 120_000 }, async () => {
    const { expected, page } = await openLongPair(windows, 6_000);
    const suggestions = expected.filter((s) => s.refTo > s.refFrom);
    const last = suggestions[suggestions.length - 1];
    const first = suggestions[0];
    expect(await referenceShows(page, last.refFrom)).toBe(false);
    await selectInPanel(page, last.id);
    await expect.poll(() => referenceShows(page, last.refFrom)).toBe(true);
    await selectInPanel(page, first.id);
    await expect.poll(() => referenceShows(page, first.refFrom)).toBe(true);
  });
});
