/**
 * Where the document-wide and line-wide caret keys put the caret in the
 * draft, checked by typing there: Ctrl+End then a key appends at the very
 * end of the text, Ctrl+Home at the very start (Cmd+Down and Cmd+Up too), End and Home at the ends
 * of the line, PageDown further down the draft. The draft's paragraphs
 * are laid out only near the screen (content-visibility), where the
 * browser's own Ctrl+End stopped at the start of the last paragraph.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { SEED_DRAFT, clickToPlaceCaret, draftText, settled, writePair } from './review-helpers';
import { describeInChromium } from './suite';

const seed = readFileSync(SEED_DRAFT, 'utf8');

/** Clicks paragraph `index` of the draft (-1: the last) and waits for the caret to be taken in. */
async function clickParagraph(page: Page, index: number): Promise<void> {
  const paragraphs = page.locator('.ProseMirror p');
  await clickToPlaceCaret(index < 0 ? paragraphs.last() : paragraphs.nth(index));
}

async function openSeed(windows: Parameters<Parameters<typeof describeInChromium>[1]>[0]): Promise<Page> {
  const { page } = await windows.open();
  await expect.poll(() => draftText(page)).toBe(seed);
  await settled(page);
  return page;
}

describeInChromium('caret keys in the draft', (windows) => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('Ctrl+End then typing appends at the very end of the draft', async () => {
    const page = await openSeed(windows);
    await clickParagraph(page, 0);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Z');
    await expect.poll(() => draftText(page)).toBe(`${seed}Z`);
  });

  it('Ctrl+Home then typing inserts at the very start of the draft', async () => {
    const page = await openSeed(windows);
    await clickParagraph(page, -1);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('A');
    await expect.poll(() => draftText(page)).toBe(`A${seed}`);
  });

  it('Ctrl+Shift+End selects to the very end of the draft', async () => {
    const page = await openSeed(windows);
    await clickParagraph(page, 0);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+Shift+End');
    await page.keyboard.type('X');
    await expect.poll(() => draftText(page)).toBe('X');
  });

  it('Cmd+Down and Cmd+Up (macOS) go to the ends of the draft, with Shift selecting', async () => {
    const page = await openSeed(windows);
    await clickParagraph(page, 0);
    await page.keyboard.press('Meta+ArrowDown');
    await page.keyboard.type('Z');
    await expect.poll(() => draftText(page)).toBe(`${seed}Z`);
    await page.keyboard.press('Meta+ArrowUp');
    await page.keyboard.type('A');
    await expect.poll(() => draftText(page)).toBe(`A${seed}Z`);
    await page.keyboard.press('Shift+Meta+ArrowDown');
    await page.keyboard.type('X');
    await expect.poll(() => draftText(page)).toBe('AX');
  });

  it('End and Home put the caret at the ends of a line, also one first laid out off screen', async () => {
    // Lines short enough to be shown on one line each (End and Home go to the ends of the line as shown).
    const lines = Array.from({ length: 120 }, (_, i) => `Line ${i + 1} of the draft.`);
    const text = lines.join('\n');
    const pair = writePair(text, text);
    folders.push(pair.dir);
    const { page } = await windows.open(pair);
    await expect.poll(() => draftText(page)).toBe(text);
    await clickParagraph(page, 3);
    await page.keyboard.press('End');
    await page.keyboard.type('E');
    await page.keyboard.press('Home');
    await page.keyboard.type('H');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    await page.keyboard.type('h');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.type('e');
    lines[3] = `H${lines[3]}E`;
    lines[0] = `${lines[0]}e`;
    lines[119] = `h${lines[119]}`;
    await expect.poll(() => draftText(page)).toBe(lines.join('\n'));
  });

  it('PageDown moves the caret down the draft, to a line on screen', async () => {
    const page = await openSeed(windows);
    await clickParagraph(page, 0);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('PageDown');
    await page.keyboard.type('P');
    await expect.poll(() => draftText(page)).not.toBe(seed);
    const text = await draftText(page);
    const at = [...text].findIndex((c, i) => c !== seed[i]);
    expect(text.slice(0, at) + text.slice(at + 1)).toBe(seed);
    expect(at).toBeGreaterThan(seed.indexOf('\n'));
    // The line typed in is on screen.
    const line = text.slice(0, at).split('\n').length - 1;
    const shown = await page.evaluate((index) => {
      const rect = document.querySelectorAll('.ProseMirror p')[index]!.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < window.innerHeight;
    }, line);
    expect(shown).toBe(true);
  });
});
