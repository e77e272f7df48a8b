/**
 * Next and Previous reveal the suggestion they select (renderer/src/app/
 * layout's revealSelected, a frame after the key, with no scroll of the
 * cursor inside the key's own task): from the top of a long draft, Previous
 * wraps to the last suggestion, far below, and it comes into the draft
 * pane with its card just under it; Next wraps back to the first.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openLongPair } from './fixtures/long-pair';
import { inDraftView } from './review-helpers';
import { describeInChromium } from './suite';

const WORDS = 10_000;

/** True once the mark `id` is inside the draft pane and the card sits just below it. */
async function revealed(page: Page, id: string): Promise<boolean> {
  const mark = `.ProseMirror [data-suggestion-id="${id}"]`;
  if (!(await inDraftView(page, mark))) return false;
  const gap = await page.evaluate((selector) => {
    const card = document.querySelector('.card')!.getBoundingClientRect();
    return card.top - document.querySelector(selector)!.getBoundingClientRect().bottom;
  }, mark);
  return gap >= 0 && gap < 40;
}

describeInChromium('revealing the selected suggestion', (windows) => {
  it('scrolls a far-off suggestion selected with Previous or Next into view, its card beside it', { timeout: 120_000 }, async () => {
    const { expected, page } = await openLongPair(windows, WORDS);
    const ids = expected.map((s) => s.id);
    const first = ids[0]!;
    const last = ids[ids.length - 1]!;

    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => revealed(page, first)).toBe(true);
    const top = await page.locator('.draft-scroll').evaluate((scroller) => scroller.scrollTop);

    // From the first, Previous wraps round to the last, thousands of words down.
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => revealed(page, last)).toBe(true);
    expect(await page.locator('.draft-scroll').evaluate((scroller) => scroller.scrollTop)).toBeGreaterThan(top + 2000);

    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => revealed(page, first)).toBe(true);
  });
});
