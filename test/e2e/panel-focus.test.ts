/**
 * The virtualised panel keeps the keyboard where it is (renderer/src/views/panel-rows.ts):
 * a focused row scrolled far out of the window of built rows stays in the
 * list, in its place, so focus does not fall back to the page and the
 * arrow keys go on from it; once the keyboard leaves it, it goes.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ROW_PX, WINDOW_ROWS } from '../../renderer/src/views/panel-window';
import { openLongPair } from './fixtures/long-pair';
import { LIST, scrollList } from './panel-rows';
import { describeInChromium } from './suite';

/** Enough for a few windows of rows. */
const WORDS = 20_000;

/** The place (aria-posinset) of the element that has the keyboard, or null when it is not a row of the list. */
function focusedPlace(page: Page): Promise<number | null> {
  return page.evaluate((selector) => {
    const active = document.activeElement;
    return active?.parentElement === document.querySelector(selector) ? Number(active!.getAttribute('aria-posinset')) : null;
  }, LIST);
}

describeInChromium('focus in the virtualised panel', (windows) => {
  it('stays on a row scrolled out of the built window, and the arrow keys go on from it', { timeout: 120_000 }, async () => {
    const { expected, page } = await openLongPair(windows, WORDS);
    const total = expected.length;
    expect(total).toBeGreaterThan(2 * WINDOW_ROWS);

    await page.locator(`${LIST} li[data-id]`).nth(2).click();
    expect(await focusedPlace(page)).toBe(3);
    // Far below the window the list built: the rows there are built, the focused one kept.
    await scrollList(page, (total - 20) * ROW_PX);
    const places = await page.locator(`${LIST} li[data-id]`).evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-posinset'))));
    expect(places).toContain(total);
    expect(places).toContain(3);
    expect(places.length).toBeLessThanOrEqual(WINDOW_ROWS + 1);
    expect(await focusedPlace(page)).toBe(3);

    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedPlace(page)).toBe(4);
    // Kept out of the window again, the row goes as soon as the keyboard leaves it.
    await scrollList(page, (total - 20) * ROW_PX);
    expect(await focusedPlace(page)).toBe(4);
    await page.keyboard.press('End');
    await expect.poll(() => focusedPlace(page)).toBe(total);
    expect(await page.locator(`${LIST} li[aria-posinset="4"]`).count()).toBe(0);
  });
});
