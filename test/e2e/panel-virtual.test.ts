/**
 * The virtualised suggestion panel (issue 10) on a draft with far more
 * suggestions than the panel builds rows for: only a window of rows near
 * the viewport exists, each saying its place in the whole list; scrolling,
 * the arrow keys, Home/End and Next suggestion bring the right row into
 * view; and the filters' counts and the bulk actions still cover every
 * suggestion, built or not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ROW_PX, WINDOW_ROWS } from '../../renderer/src/views/panel-window';
import { openLongPair } from './fixtures/long-pair';
import { LIST, scrollList } from './panel-rows';
import { byKind, galleyApply, galleyCheck, selectInPanel, settled, statusText } from './review-helpers';
import { describeInChromium } from './suite';

/** Enough for several times the window of rows, quick enough to open on a loaded machine. */
const WORDS = 30_000;

interface Rows {
  /** Built rows' places (aria-posinset), in DOM order. */
  places: number[];
  /** Their aria-setsize, deduplicated. */
  sizes: string[];
  /** The place of the selected row, if built; whether it lies wholly inside the list's viewport. */
  current: { place: number; inView: boolean } | null;
  /** The places of the rows the viewport shows, by the list's geometry. */
  viewport: { first: number; last: number };
}

function rows(page: Page): Promise<Rows> {
  return page.evaluate(
    ({ selector, rowPx }) => {
      const list = document.querySelector<HTMLElement>(selector)!;
      const built = [...list.querySelectorAll<HTMLElement>('li[data-id]')];
      const place = (row: Element): number => Number(row.getAttribute('aria-posinset'));
      const current = list.querySelector('li[aria-current="true"]');
      const box = list.getBoundingClientRect();
      const rowBox = current?.getBoundingClientRect();
      return {
        places: built.map(place),
        sizes: [...new Set(built.map((row) => row.getAttribute('aria-setsize')!))],
        current: current && rowBox ? { place: place(current), inView: rowBox.top >= box.top - 0.5 && rowBox.bottom <= box.bottom + 0.5 } : null,
        viewport: { first: Math.floor(list.scrollTop / rowPx) + 1, last: Math.ceil((list.scrollTop + list.clientHeight) / rowPx) },
      };
    },
    { selector: LIST, rowPx: ROW_PX },
  );
}

/** Built rows are consecutive places, cover the viewport, number at most a window and all say the list's size. */
async function expectWindow(page: Page, size: number): Promise<Rows> {
  const now = await rows(page);
  expect(now.sizes).toEqual([String(size)]);
  expect(now.places.length).toBeGreaterThan(0);
  expect(now.places.length).toBeLessThanOrEqual(WINDOW_ROWS);
  expect(now.places).toEqual(now.places.map((_, i) => now.places[0] + i));
  expect(now.places[0]).toBeLessThanOrEqual(now.viewport.first);
  expect(now.places.at(-1)).toBeGreaterThanOrEqual(Math.min(size, now.viewport.last));
  return now;
}

describeInChromium('the virtualised panel', (windows) => {
  it('builds a bounded window of rows, brings the right one into view, and filters and bulk-accepts them all', { timeout: 240_000 }, async () => {
    const { pair, expected, page } = await openLongPair(windows, WORDS);
    const total = expected.length;
    expect(total).toBeGreaterThan(3 * WINDOW_ROWS);
    expect(await page.locator('#panel-title').textContent()).toBe(`Suggestions (${total})`);
    expect((await expectWindow(page, total)).places[0]).toBe(1);

    // Scrolling to the middle and to the end builds the rows shown there, and no more.
    await scrollList(page, (total / 2) * ROW_PX);
    const middle = await expectWindow(page, total);
    expect(middle.places[0]).toBeGreaterThan(1);
    await scrollList(page, total * ROW_PX);
    expect((await expectWindow(page, total)).places.at(-1)).toBe(total);

    // The arrow keys, End and Home reach rows that were not built.
    await scrollList(page, 0);
    await page.locator(`${LIST} li[data-id]`).first().click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await rows(page)).current).toEqual({ place: 2, inView: true });
    await page.keyboard.press('End');
    await expect.poll(async () => (await rows(page)).current).toEqual({ place: total, inView: true });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-posinset'))).toBe(String(total));
    await expectWindow(page, total);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await rows(page)).current).toEqual({ place: 1, inView: true });

    // Next suggestion from the middle: each next row is built and scrolled into view.
    const ordered = [...expected].sort((a, b) => a.from - b.from || a.to - b.to);
    await selectInPanel(page, ordered[Math.floor(total / 2)].id);
    const start = (await rows(page)).current!.place;
    for (let step = 1; step <= 3; step++) {
      await page.getByRole('button', { name: 'Next suggestion', exact: true }).click();
      await expect.poll(async () => (await rows(page)).current).toEqual({ place: start + step, inView: true });
    }
    await expectWindow(page, total);

    // A kind's filter counts and accepts every suggestion of the kind, built or not.
    const kinds = [...new Set(expected.map((s) => s.kind))];
    const kind = kinds.reduce((a, b) => (byKind(expected, b).length > byKind(expected, a).length ? b : a));
    const ofKind = byKind(expected, kind);
    await page.getByLabel('Kind').selectOption(kind);
    expect(await page.locator('#panel-title').textContent()).toBe(`Suggestions (${ofKind.length} of ${total})`);
    await expectWindow(page, ofKind.length);
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await expect.poll(() => statusText(page)).toContain(`${total - ofKind.length} open · ${ofKind.length} accepted`);
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(pair.saveAs), { timeout: 30_000 }).toBe(true);
    expect(readFileSync(pair.saveAs).equals(galleyApply(pair.draft, pair.reference, kind, join(pair.dir, 'by-cli.txt')))).toBe(true);
    // The accepted text is compared again: what is open then is what galley check gives for the copy.
    await settled(page);
    const rest = galleyCheck(pair.saveAs, pair.reference).length;
    await expect.poll(() => statusText(page)).toContain(`${rest} open · ${ofKind.length} accepted`);

    // Back to all kinds: the rest are listed, and rejecting them all leaves none.
    await page.getByLabel('Kind').selectOption('all');
    expect(await page.locator('#panel-title').textContent()).toBe(`Suggestions (${rest})`);
    await expectWindow(page, rest);
    await page.getByRole('button', { name: 'Reject all', exact: true }).click();
    await expect.poll(() => statusText(page)).toContain(`0 open · ${ofKind.length} accepted · ${rest} rejected`);
    expect(await page.locator(`${LIST} li[data-id]`).count()).toBe(0);
  });
});
