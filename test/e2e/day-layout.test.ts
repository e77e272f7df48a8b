/**
 * A working day's window (issue 13), in Chromium through the harness: a
 * reference found beside the draft is offered, not opened; a narrow window
 * folds the panel into a toggle; the card of a move hides neither end of
 * it, and a moved span takes a click; every command without keys has the
 * button the README's shortcut sheet names.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { COMMANDS } from '../../preload/commands';
import { galleyCheck, highlightedIds, markedIds, statusText, writePair } from './review-helpers';
import { saveScreenshot } from './screenshots';
import { describeInChromium } from './suite';

/** Main writes files and the worker compares at the machine's pace: a loaded machine is slow, not wrong. */
const SLOW = { timeout: 20_000 };
/** Each test opens windows and compares in them: minutes on a loaded machine, not the default minute. */
const WINDOWS = { timeout: 240_000 };

const MOVED =
  "Later that morning the mayor arrived to inspect the new quay, which had taken three years, two architects and most of the town's budget to build, and which everybody agreed was far too long.";
const HARBOUR = 'The harbour opened at dawn. Boats came in from the north with their catch of herring and mackerel, and the market filled quickly with buyers from the inland villages.';
const STORM = 'Nobody expected the storm that came in the afternoon, least of all the harbour master, who had gone home early.';

/** A pair whose one difference is a paragraph moved: both ends of the move sit close together. */
function movePair() {
  return writePair(`${MOVED}\n${HARBOUR}\n${STORM}\n`, `${HARBOUR}\n${MOVED}\n${STORM}\n`);
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of everything drawn for a suggestion, and the card's box, in the page. */
async function boxesOf(page: Page, selector: string): Promise<Rect[]> {
  return page.evaluate(
    (s) => [...document.querySelectorAll(s)].flatMap((e) => [...e.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }))),
    selector,
  );
}

const overlap = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describeInChromium('a working day’s window', (windows) => {
  it('offers a reference found beside the draft instead of opening it: Use compares, Choose another… asks', WINDOWS, async () => {
    const pair = writePair('Teh harbour opened at dawn.\n', 'The harbour opened at dawn.\n', { draft: 'notes.txt', reference: 'notes.ref.txt' });
    const app = await windows.open({ draft: pair.draft });
    const { page } = app;
    const banner = page.locator('[data-banner="offer"]');
    expect(await banner.textContent()).toContain('Use notes.ref.txt as the reference?');
    // Nothing is compared until the editor says so.
    expect(await page.locator('.reference-pane .pane-file').textContent()).not.toContain('notes.ref.txt');
    expect(await markedIds(page)).toEqual([]);
    await saveScreenshot(page, 'reference-offer');

    app.main.dialogs.reference = null;
    await banner.getByRole('button', { name: 'Choose another…' }).click();
    await expect.poll(() => app.main.dialogs.shown, SLOW).toContain('open-reference');

    const again = await windows.open({ draft: pair.draft });
    await again.page.locator('[data-banner="offer"]').getByRole('button', { name: 'Use', exact: true }).click();
    await expect.poll(() => again.page.locator('.reference-pane .pane-file').textContent(), SLOW).toContain('notes.ref.txt');
    await expect.poll(async () => (await markedIds(again.page)).length, SLOW).toBe(galleyCheck(pair.draft, pair.reference).length);
  });

  it('folds the panel into a toggle below 1000 px, leaving the draft its width', WINDOWS, async () => {
    const pair = movePair();
    const { page } = await windows.open(pair);
    const panel = page.getByRole('complementary', { name: /Suggestions/ });
    const toggle = page.getByRole('button', { name: /^Suggestions \(\d+\)$/ });
    expect(await panel.isVisible()).toBe(true);
    expect(await toggle.isVisible()).toBe(false);

    await page.setViewportSize({ width: 900, height: 800 });
    await expect.poll(() => panel.isVisible(), SLOW).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const draftWidth = await page.locator('.draft-pane').evaluate((e) => e.getBoundingClientRect().width);
    expect(draftWidth).toBeGreaterThan(450);
    await saveScreenshot(page, 'narrow-window');

    await toggle.click();
    await expect.poll(() => panel.isVisible(), SLOW).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // The panel opens over the texts; the draft keeps its width.
    expect(await page.locator('.draft-pane').evaluate((e) => e.getBoundingClientRect().width)).toBe(draftWidth);
    await page.keyboard.press('Control+\\');
    await expect.poll(() => panel.isVisible(), SLOW).toBe(false);

    await page.setViewportSize({ width: 1400, height: 900 });
    await expect.poll(() => panel.isVisible(), SLOW).toBe(true);
    expect(await toggle.isVisible()).toBe(false);
  });

  it('places the card of a move where it hides neither end, and a click on the moved span selects it', WINDOWS, async () => {
    const pair = movePair();
    const suggestions = galleyCheck(pair.draft, pair.reference);
    const halves = suggestions.filter((s) => s.moveId);
    expect(halves).toHaveLength(2);
    const { page } = await windows.open(pair);

    for (const half of halves) {
      const other = halves.find((s) => s !== half)!;
      await page.locator(`ul[aria-label="Suggestions"] li[data-id="${half.id}"]`).click();
      await expect.poll(() => page.locator('.card').isVisible(), SLOW).toBe(true);
      const [card] = await boxesOf(page, '.card');
      for (const id of [half.id, other.id]) {
        const covered = (await boxesOf(page, `.ProseMirror [data-suggestion-id="${id}"]`)).filter((box) => overlap(card, box));
        expect(covered, `the card of ${half.id} covers ${id}`).toEqual([]);
      }
    }
    // Selecting one end after the other draws the other end once, not twice.
    const insertion = halves.find((s) => s.to === s.from)!;
    expect(await page.locator(`.ProseMirror .sg-widget[data-suggestion-id="${insertion.id}"]`).count()).toBe(1);
    await saveScreenshot(page, 'card-move');

    // The moved span itself takes a click (it once re-rendered on every mouseover and never held still).
    await page.keyboard.press('Escape');
    const removal = halves.find((s) => s.to > s.from)!;
    await page.locator(`.ProseMirror [data-suggestion-id="${removal.id}"]`).first().click({ timeout: 10_000 });
    await expect.poll(() => page.locator('.card').isVisible(), SLOW).toBe(true);
    const shown = await highlightedIds(page);
    expect(shown.selected).toEqual([removal.id]);
    // The other end of the move is shown linked.
    expect(shown.linked).toEqual(halves.filter((s) => s.id !== removal.id).map((s) => s.id));
    expect(await statusText(page)).toContain('2 open');
  });

  it('has the button the shortcut sheet names for every command without keys', WINDOWS, async () => {
    const pair = writePair('Teh harbour opened at dawn.\n', 'The harbour opened at dawn.\n');
    const { page } = await windows.open(pair);
    await page.locator('ul[aria-label="Suggestions"] li').first().click();
    await expect.poll(() => page.locator('.card').isVisible(), SLOW).toBe(true);
    const places = { toolbar: '.toolbar', panel: '.panel', card: '.card' } as const;
    for (const info of COMMANDS) {
      if (!info.button) continue;
      const found = page.locator(places[info.button.in]).getByRole('button', { name: info.button.name, exact: true });
      expect(await found.count(), `${info.label}: “${info.button.name}” in the ${info.button.in}`).toBe(1);
    }
  });
});

