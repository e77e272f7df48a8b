/**
 * Issue 11, item 7 (the window's part): a UTF-8 file with one stray byte
 * opens as UTF-8 and the status bar says the byte is kept as it is; File ▸
 * Reopen with Encoding… reads it as another encoding and Save with
 * Encoding… writes one, to exactly the expected bytes; and a cleaned copy
 * the encoding cannot hold is never stuck unsaveable.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { App } from './harness';
import { draftText, writePair } from './review-helpers';
import { describeInChromium } from './suite';

/** Runs a File menu command and answers its encoding dialog. */
async function chooseEncoding(app: App, command: 'reopen-with-encoding' | 'save-with-encoding', encoding: string): Promise<void> {
  await app.main.command(command);
  const title = command === 'reopen-with-encoding' ? 'Reopen with Encoding' : 'Save with Encoding';
  const dialog = app.page.getByRole('dialog', { name: title });
  await expect.poll(() => dialog.isVisible(), { timeout: 20_000 }).toBe(true);
  await dialog.getByLabel('Encoding').selectOption(encoding);
  await dialog.getByRole('button', { name: command === 'reopen-with-encoding' ? 'Reopen' : 'Save', exact: true }).click();
}

const statusBar = (page: Page) => page.locator('.status-bar').textContent();

describeInChromium('encodings in the window', (windows) => {
  it('keeps a stray byte in UTF-8, reopens and saves with a chosen encoding, and never gets stuck', { timeout: 120_000 }, async () => {
    const utf8 = (text: string) => Buffer.from(text, 'utf8');
    const original = Buffer.concat([utf8('Café Noël, déjà vu. '), Buffer.from([0xff]), utf8(' The end.\n')]);
    const pair = writePair(original, 'Café Noël, déjà vu. The end.\n');
    const app = await windows.open(pair);
    const { page } = app;

    // Opened as UTF-8 (not "CafÃ©"), the stray byte kept as one character and named in the status bar.
    const opened = await draftText(page);
    expect(opened.startsWith('Café Noël, déjà vu. ') && opened.endsWith(' The end.\n')).toBe(true);
    expect([...opened]).toHaveLength([...'Café Noël, déjà vu. ? The end.\n'].length);
    expect(await statusBar(page)).toContain('UTF-8, 1 byte not UTF-8 (kept as is)');

    // Reopen with Encoding › Windows-1252: every byte is a character of its own.
    await chooseEncoding(app, 'reopen-with-encoding', 'windows-1252');
    const asLegacy = original.toString('latin1');
    await expect.poll(() => draftText(page), { timeout: 20_000 }).toBe(asLegacy);
    expect(await statusBar(page)).toContain('WINDOWS-1252');

    // Save with Encoding › ISO-8859-1: the same characters, so the very same bytes.
    await chooseEncoding(app, 'save-with-encoding', 'iso-8859-1');
    await expect.poll(() => readFileSync(pair.saveAs, { encoding: null }).equals(original), { timeout: 15_000 }).toBe(true);

    // A character ISO-8859-1 cannot hold: Save asks about UTF-8 (declined here), and nothing is written…
    await page.locator('.ProseMirror p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' →');
    const edited = await draftText(page);
    app.main.dialogs.saveAsUtf8 = 'cancel';
    await page.keyboard.press('Control+s');
    await expect.poll(() => app.main.dialogs.shown, { timeout: 20_000 }).toContain('utf-8:draft.cleaned.txt');
    expect(readFileSync(pair.saveAs).equals(original)).toBe(true);
    // …and Save with Encoding › UTF-8 saves it.
    await chooseEncoding(app, 'save-with-encoding', 'utf-8');
    await expect.poll(() => readFileSync(pair.saveAs, 'utf8'), { timeout: 15_000 }).toBe(edited);
    // The window's title loses its unsaved mark once main has heard of the save, a moment after the file is written.
    await expect.poll(() => app.main.title()).not.toMatch(/^●/);
  });
});
