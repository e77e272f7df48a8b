/**
 * Next and Previous reveal the suggestion they select (renderer/src/app/
 * layout's revealSelected, a frame after the key, with no scroll of the
 * cursor inside the key's own task): from the top of a long draft, Previous
 * wraps to the last suggestion, far below, and it comes into the draft
 * pane with its card just under it; Next wraps back to the first.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { longPair } from './fixtures/long-pair';
import { galleyCheck, settled } from './review-helpers';
import { describeInChromium } from './suite';

const WORDS = 10_000;

/** Where the selected mark, its card and the draft pane are on screen (null: no mark drawn). */
function geometry(page: Page, id: string) {
  return page.evaluate((markId) => {
    const mark = document.querySelector(`.ProseMirror [data-suggestion-id="${CSS.escape(markId)}"]`);
    const pane = document.querySelector('.draft-scroll')!.getBoundingClientRect();
    const card = document.querySelector('.card')!.getBoundingClientRect();
    if (!mark) return null;
    const box = mark.getBoundingClientRect();
    return { mark: { top: box.top, bottom: box.bottom }, pane: { top: pane.top, bottom: pane.bottom }, card: { top: card.top } };
  }, id);
}

/** True once the mark `id` is inside the draft pane and the card sits just below it. */
async function revealed(page: Page, id: string): Promise<boolean> {
  const at = await geometry(page, id);
  if (!at) return false;
  const inPane = at.mark.top >= at.pane.top && at.mark.bottom <= at.pane.bottom;
  const cardBelow = at.card.top >= at.mark.bottom && at.card.top - at.mark.bottom < 40;
  return inPane && cardBelow;
}

describeInChromium('revealing the selected suggestion', (windows) => {
  it('scrolls a far-off suggestion selected with Previous or Next into view, its card beside it', { timeout: 120_000 }, async () => {
    const pair = longPair(WORDS);
    const ids = galleyCheck(pair.draft, pair.reference).map((s) => s.id);
    const { page } = await windows.open(pair);
    await settled(page);
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
