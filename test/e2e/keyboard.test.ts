/**
 * A review done from the keyboard alone (issue 13): after a decision the
 * next suggestion is selected (at the end, the previous one), so the next
 * key press always has something to act on; the card's buttons are reached
 * with Tab; Escape closes the card from the draft and from the panel list.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seedPairCopy } from './review-helpers';
import { describeInChromium } from './suite';

const ROWS = 'ul[aria-label="Suggestions"] li[data-id]';

async function selectedId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('ul[aria-label="Suggestions"] li[aria-current="true"]')?.getAttribute('data-id') ?? null);
}

async function rowIds(page: Page): Promise<string[]> {
  return page.locator(ROWS).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')!));
}

describeInChromium('the keyboard flow', (windows) => {
  it('selects the next suggestion after each decision, or the previous one at the end', async () => {
    const { page } = await windows.open(seedPairCopy());
    await page.keyboard.press('Alt+ArrowDown');
    const [first, second] = await rowIds(page);
    expect(await selectedId(page)).toBe(first);

    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => selectedId(page)).toBe(second);
    const third = (await rowIds(page))[1];
    await page.keyboard.press('Alt+Shift+Enter');
    await expect.poll(() => selectedId(page)).toBe(third);

    // So accept-and-next works press after press.
    for (let i = 0; i < 5; i++) {
      const before = await rowIds(page);
      await page.keyboard.press('Control+Enter');
      await expect.poll(async () => (await rowIds(page)).length).toBeLessThan(before.length);
      expect(await selectedId(page)).not.toBeNull();
    }

    // At the end: the one before is selected.
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    const rows = await rowIds(page);
    await page.keyboard.press('Alt+ArrowDown');
    expect(await selectedId(page)).toBe(rows[rows.length - 1]);
    await page.keyboard.press('Alt+Shift+Enter');
    const left = await rowIds(page);
    await expect.poll(() => selectedId(page)).toBe(left[left.length - 1]);
  });

  it('reaches the card buttons with Tab, and Escape closes the card from the draft and from the panel list', async () => {
    const { page } = await windows.open(seedPairCopy());
    const card = page.locator('.card');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');

    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Accept');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Reject');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);

    // From the panel list too: the card comes before the panel in the page, yet Tab goes to it.
    await page.locator(ROWS).nth(2).click();
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Accept');

    await page.locator(ROWS).nth(2).click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('ul')?.getAttribute('aria-label'))).toBe('Suggestions');
  });
});
