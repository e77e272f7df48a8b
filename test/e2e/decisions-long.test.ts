/**
 * Decisions on a long draft redraw only the paragraphs they change
 * (renderer/src/editor/keep-doc-view.ts): decisions are attributes of the
 * document node, and prosemirror-view used to rebuild every paragraph's DOM
 * when those changed — the browser then restyled the whole draft (accept
 * all at 300,000 words: 8.7 s of style recalculation). Each paragraph
 * element is remembered before a decision; after it, those the decision
 * did not remove are still the ones on the page.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openLongPair } from './fixtures/long-pair';
import { describeInChromium } from './suite';
import { draftText, selectInPanel, statusText } from './review-helpers';

const WORDS = 20_000;

/** Remembers the draft's chunk and paragraph elements (in the page, not as attributes: ProseMirror would read those as edits). */
async function rememberParagraphs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const kept = [...document.querySelectorAll('.ProseMirror > div, .ProseMirror p')];
    (window as unknown as { remembered: Element[] }).remembered = kept;
    return kept.length;
  });
}

/** How many of the remembered paragraph elements are still in the draft. */
async function stillThere(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { remembered: Element[] }).remembered.filter((p) => p.isConnected).length);
}

describeInChromium('decisions on a long draft', (windows) => {
  it('keep the DOM of the paragraphs they do not remove: accept one, accept all, undo', { timeout: 180_000 }, async () => {
    const { pair, expected, page } = await openLongPair(windows, WORDS);
    const draft = readFileSync(pair.draft, 'utf8');
    const lines = (text: string): number => text.split('\n').length;
    const untouched = await draftText(page);

    const paragraphs = await rememberParagraphs(page);
    // The near chunks' paragraphs and the far chunks' elements.
    expect(paragraphs).toBeGreaterThan(50);
    const one = expected.find((s) => !/\n/.test(draft.slice(s.from, s.to) + s.replacement))!;
    await selectInPanel(page, one.id);
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => statusText(page)).toContain('1 accepted');
    expect(await stillThere(page)).toBe(paragraphs);

    await page.keyboard.press('Control+z');
    await expect.poll(() => statusText(page)).toContain('0 accepted');
    expect(await stillThere(page)).toBe(paragraphs);

    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await expect.poll(() => statusText(page)).toContain(`${expected.length} accepted`);
    // Only paragraphs joined to the one before (a removed line break) go.
    const joins = expected.reduce((sum, s) => sum + Math.max(0, lines(draft.slice(s.from, s.to)) - lines(s.replacement)), 0);
    expect(await stillThere(page)).toBeGreaterThanOrEqual(paragraphs - joins - 1);

    await rememberParagraphs(page);
    const afterAccept = await stillThere(page);
    await page.keyboard.press('Control+z');
    await expect.poll(() => statusText(page)).toContain(`${expected.length} open`);
    // Give or take the chunks at the ends of the drawn stretch, drawn anew as they come near or go far (near-chunks.ts).
    expect(await stillThere(page)).toBeGreaterThanOrEqual(afterAccept - 10);
    expect(await draftText(page)).toBe(untouched);
  });
});
