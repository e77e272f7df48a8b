/**
 * Only the chunks of paragraphs near the viewport are in the page with
 * their text (renderer/src/editor/near-chunks): each of the others is one
 * empty element of their estimated height. Scrolling far draws the paragraphs there,
 * selecting a far suggestion in the panel brings it into view with its
 * card, typing there edits that place, and the saved copy is the
 * draft's text exactly.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openLongPair } from './fixtures/long-pair';
import { draftParagraphs, inDraftView, selectInPanel, settled } from './review-helpers';
import { describeInChromium } from './suite';

const WORDS = 30_000;

/** The draft's paragraphs in the page: how many, and the drawn ones' text by index (a far one holds none). */
async function paragraphs(page: Page): Promise<{ total: number; drawn: Map<number, string> }> {
  const all = await draftParagraphs(page);
  const drawn = new Map<number, string>();
  all.forEach(({ far, text }, index) => {
    if (far) expect(text, `far paragraph ${index}`).toBe('');
    else drawn.set(index, text);
  });
  return { total: all.length, drawn };
}

describeInChromium('chunks near the viewport', (windows) => {
  it('draws only the paragraphs near the viewport, draws far ones when scrolled or jumped to, and saves the text exactly', { timeout: 180_000 }, async () => {
    const { pair, expected, page } = await openLongPair(windows, WORDS);
    const draft = readFileSync(pair.draft, 'utf8');
    const lines = draft.split('\n');

    // At the top: the first paragraphs drawn with their text, most of the draft not.
    const first = await paragraphs(page);
    expect(first.total).toBe(lines.length);
    expect(first.drawn.get(0)).toBe(lines[0]);
    expect(first.drawn.size).toBeGreaterThan(5);
    expect(first.drawn.size).toBeLessThan(lines.length / 4);
    for (const [index, text] of first.drawn) expect(text).toBe(lines[index]);
    // The far chunks give the pane the draft's whole height (within an estimate).
    const heights = await page.locator('.draft-scroll').evaluate((s) => ({ scroll: s.scrollHeight, client: s.clientHeight }));
    expect(heights.scroll).toBeGreaterThan(heights.client * 20);

    // Scrolled to the end: the last paragraphs are drawn, the first are not.
    await page.locator('.draft-scroll').evaluate((scroller) => (scroller.scrollTop = scroller.scrollHeight));
    const lastIndex = lines.length - 1;
    const lastLine = lines[lastIndex] === '' ? lastIndex - 1 : lastIndex;
    await expect.poll(async () => (await paragraphs(page)).drawn.get(lastLine)).toBe(lines[lastLine]);
    // (The first chunk holds the cursor, so it stays drawn: the middle of the draft is not.)
    expect((await paragraphs(page)).drawn.has(Math.floor(lines.length / 2))).toBe(false);

    // Back at the top, a suggestion near the end chosen in the panel comes into view with its card.
    await page.locator('.draft-scroll').evaluate((scroller) => (scroller.scrollTop = 0));
    await expect.poll(async () => (await paragraphs(page)).drawn.get(1)).toBe(lines[1]);
    const ranged = expected.filter((s) => s.to > s.from && !s.moveId);
    const far = ranged[Math.floor(ranged.length * 0.9)]!;
    await selectInPanel(page, far.id);
    const mark = `.ProseMirror [data-suggestion-id="${far.id}"]`;
    await expect.poll(() => inDraftView(page, mark)).toBe(true);
    const caretLine = draft.slice(0, far.from).split('\n').length - 1;
    expect((await paragraphs(page)).drawn.get(caretLine)).toBe(lines[caretLine]);
    await expect.poll(() => page.locator('.card').isVisible()).toBe(true);

    // The cursor went to the suggestion's start: typing there edits the draft there.
    await page.locator('.ProseMirror').focus();
    await page.keyboard.type('Q');
    await settled(page);
    const edited = `${draft.slice(0, far.from)}Q${draft.slice(far.from)}`;
    await expect.poll(async () => (await paragraphs(page)).drawn.get(caretLine)).toBe(edited.split('\n')[caretLine]);
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(pair.saveAs), { timeout: 30_000 }).toBe(true);
    expect(readFileSync(pair.saveAs, 'utf8')).toBe(edited);
  });
});
