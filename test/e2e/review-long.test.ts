/**
 * A long draft (~100,000 words, a few thousand suggestions) in Chromium:
 * it opens with every suggestion in the review and those near the viewport
 * marked (renderer/src/editor/shown-range), typing stays quick, and accepting
 * a whole kind and saving give what `galley apply` gives. Timings are
 * printed for the record, never asserted (this machine's speed is not the
 * property under test).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { longPair } from './fixtures/long-pair';
import { describeInChromium } from './suite';
import { byKind, draftText, galleyApply, galleyCheck, markedIds, selectInPanel, settled, statusText } from './review-helpers';

const WORDS = 100_000;

describeInChromium('a 100,000-word draft', (windows) => {

  it('opens with every suggestion in the review, marks those near the viewport, stays responsive, and accepts a kind and saves exactly', { timeout: 240_000 }, async () => {
    const pair = longPair(WORDS);
    const expected = galleyCheck(pair.draft, pair.reference);
    expect(expected.length).toBeGreaterThan(1000);

    let started = performance.now();
    const app = await windows.open(pair);
    const openSeconds = (performance.now() - started) / 1000;
    const { page } = app;
    // Marked: the suggestions of the draft's first screens, not all of them.
    const ids = await markedIds(page);
    const expectedIds = expected.map((s) => s.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.length).toBeLessThan(expected.length / 4);
    expect(new Set(ids)).toEqual(new Set(expectedIds.slice(0, ids.length)));
    // The panel builds only the rows near its viewport; each says the list's whole size.
    const firstRow = page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').first();
    expect(await firstRow.getAttribute('aria-setsize')).toBe(String(expected.length));
    expect(await statusText(page)).toContain(`${expected.length} open`);

    // Typing in the middle of the draft: time from key to the text on screen.
    // A moved half: it once redrew itself on every mouseover and never held still for a click.
    const moved = expected.filter((s) => s.moveId && s.to > s.from);
    const middle = moved[Math.floor(moved.length / 2)];
    await selectInPanel(page, middle.id);
    await page.locator(`.ProseMirror [data-suggestion-id="${middle.id}"]`).first().click();
    await page.keyboard.press('End');
    // Around the caret, every suggestion is marked.
    const around = await markedIds(page);
    const at = expectedIds.indexOf(middle.id);
    expect(around).toEqual(expect.arrayContaining(expectedIds.slice(at - 5, at + 5)));
    const keys = 'typing';
    const untouched = await draftText(page);
    started = performance.now();
    for (const key of keys) await page.keyboard.press(key);
    const perKeyMs = (performance.now() - started) / keys.length;
    await expect.poll(() => draftText(page)).toContain(keys);
    await settled(page);
    // Keys more than the history's grouping delay apart (a loaded machine) are
    // several undo steps: undo until the draft is as it was.
    for (let step = 0; step < keys.length && (await draftText(page)) !== untouched; step++) {
      await page.keyboard.press('Control+z');
      await settled(page);
    }
    expect(await draftText(page)).toBe(untouched);

    // Accept every suggestion of one kind: one transaction, then save.
    const kind = 'spelling';
    const ofKind = byKind(expected, kind);
    await page.getByLabel('Kind').selectOption(kind);
    started = performance.now();
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await expect.poll(() => statusText(page)).toContain(`${ofKind.length} accepted`);
    const acceptSeconds = (performance.now() - started) / 1000;
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(pair.saveAs), { timeout: 30_000 }).toBe(true);
    const byCli = galleyApply(pair.draft, pair.reference, kind, join(pair.dir, 'by-cli.txt'));
    expect(readFileSync(pair.saveAs).equals(byCli)).toBe(true);

    console.log(
      `long draft: ${WORDS} words, ${expected.length} suggestions (${pair.errors} injected errors); ` +
        `opened in ${openSeconds.toFixed(1)} s; ${perKeyMs.toFixed(0)} ms per key press; ` +
        `accepted ${ofKind.length} ${kind} suggestions in ${acceptSeconds.toFixed(2)} s`,
    );
  });
});
