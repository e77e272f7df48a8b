/**
 * Only the suggestions near the viewport are marked in a long draft
 * (renderer/src/editor/shown-range): scrolling to the end marks the last
 * ones, and undoing accept all marks again only those near the viewport,
 * while the review (status, panel) holds every suggestion throughout.
 */
import { expect, it } from 'vitest';
import { openLongPair } from './fixtures/long-pair';
import { describeInChromium } from './suite';
import { markedIds, statusText } from './review-helpers';

const WORDS = 30_000;

describeInChromium('marks near the viewport', (windows) => {
  it('marks what scrolling brings into view, and only that after undoing accept all', { timeout: 180_000 }, async () => {
    const opened = await openLongPair(windows, WORDS);
    const { page } = opened;
    const expected = opened.expected.map((s) => s.id);
    const first = await markedIds(page);
    expect(first).toContain(expected[0]);
    expect(first).not.toContain(expected[expected.length - 1]);

    await page.locator('.draft-scroll').evaluate((scroller) => (scroller.scrollTop = scroller.scrollHeight));
    await expect.poll(() => markedIds(page)).toContain(expected[expected.length - 1]);
    expect(await markedIds(page)).not.toContain(expected[0]);

    await page.locator('.draft-scroll').evaluate((scroller) => (scroller.scrollTop = 0));
    await expect.poll(() => markedIds(page)).toContain(expected[0]);
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await expect.poll(() => statusText(page)).toContain('0 open');
    expect(await markedIds(page)).toEqual([]);
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => statusText(page)).toContain(`${expected.length} open`);
    // Marked again where the draft is scrolled to, not everywhere.
    const again = await markedIds(page);
    expect(again.length).toBeGreaterThan(10);
    expect(again.length).toBeLessThan(expected.length / 2);
    expect(expected).toEqual(expect.arrayContaining(again));
  });
});
