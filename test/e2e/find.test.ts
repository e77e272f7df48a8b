/**
 * Edit ▸ Find in Chromium through the harness: a word far down a long
 * draft (in a chunk not drawn until the editor goes there) is found,
 * counted, shown and selected, Enter and Shift+Enter step through the
 * matches and wrap round, and Escape leaves the editor on the match, so
 * typing replaces it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeInChromium } from './suite';
import { settled, writePair } from './review-helpers';

const PARAGRAPHS = 3000;

function longDraft(): string {
  const lines = Array.from({ length: PARAGRAPHS }, (_, i) => `Paragraph ${i} says the weather was mild and the market calm.`);
  lines[40] = 'Here the Zebra crossed the road.';
  lines[2200] = 'A zebra stood far down the draft.';
  lines[2900] = 'The last ZEBRA of the text.';
  return lines.join('\n') + '\n';
}

describeInChromium('find in the draft', (windows) => {
  it('finds a word in far paragraphs, steps through the matches, and Escape leaves the editor on the match', async () => {
    const draft = longDraft();
    const pair = writePair(draft, draft.replace('market calm', 'market quiet'));
    const app = await windows.open(pair);
    const { page } = app;
    await settled(page);

    await page.keyboard.press('Control+f');
    const field = page.getByRole('searchbox', { name: 'Find in draft' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('zebra');
    const count = page.locator('.find-count');
    await expect.poll(() => count.textContent()).toBe('1 of 3');
    // Each match is drawn and scrolled into the draft's view, though the far ones were not in the page at first.
    const inView = async (): Promise<string | null> =>
      page.evaluate(() => {
        const match = document.querySelector('.find-match');
        const pane = document.querySelector('.draft-scroll')!.getBoundingClientRect();
        if (!match) return null;
        const box = match.getBoundingClientRect();
        return box.top >= pane.top && box.bottom <= pane.bottom ? match.textContent : 'out of view';
      });
    await expect.poll(inView).toBe('Zebra');
    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('2 of 3');
    await expect.poll(inView).toBe('zebra');
    await page.keyboard.press('Enter');
    await expect.poll(inView).toBe('ZEBRA');
    await page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('1 of 3');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe('3 of 3');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe('2 of 3');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.find-bar').isHidden()).toBe(true);
    await expect.poll(() => page.locator('.find-match').count()).toBe(0);
    await page.keyboard.type('horse');
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(pair.saveAs)).toBe(true);
    expect(readFileSync(pair.saveAs, 'utf8')).toBe(draft.replace('A zebra stood', 'A horse stood'));

    // Find Next with the bar closed goes on with the last query; no match says so.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F3');
    await expect.poll(() => count.textContent()).toBe('1 of 2');
    expect(await page.locator('.find-bar').isVisible()).toBe(true);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('okapi');
    await expect.poll(() => count.textContent()).toBe('No matches');
  });
});
