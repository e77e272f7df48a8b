/**
 * The review's files in Chromium through the harness: saving the cleaned
 * copy (exact bytes, BOM and CRLF kept, the proposed name, a failed save
 * keeping the work), the unsaved-changes prompt on close, the recovery
 * copy, and a reference changed on disk.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { applySuggestions, withMovePartners } from '@galley/engine';
import { saveScreenshot } from './screenshots';
import { describeInChromium } from './suite';
import { SEED_DRAFT, SEED_REFERENCE, clickToPlaceCaret, draftText, galleyApply, galleyCheck, markedIds, seedPairCopy, statusText, writePair } from './review-helpers';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describeInChromium('saving and closing a review', (windows) => {

  it('saves a BOM + CRLF draft with every suggestion accepted as exactly the bytes galley apply writes', async () => {
    const draft = readFileSync(SEED_DRAFT, 'utf8');
    const reference = readFileSync(SEED_REFERENCE, 'utf8');
    const draftBytes = Buffer.concat([BOM, Buffer.from(draft.replace(/\n/g, '\r\n'))]);
    const pair = writePair(draftBytes, reference);
    const app = await windows.open(pair);
    const { page } = app;
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    expect(await draftText(page)).toBe(reference);
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(pair.saveAs)).toBe(true);
    await expect.poll(() => app.main.title()).not.toMatch(/^● /);

    const saved = readFileSync(pair.saveAs);
    expect(saved.equals(Buffer.concat([BOM, Buffer.from(reference.replace(/\n/g, '\r\n'))]))).toBe(true);
    expect(saved.equals(galleyApply(pair.draft, pair.reference, 'all', join(pair.dir, 'by-cli.txt')))).toBe(true);
    // The name proposed beside the draft, and the draft itself untouched.
    expect(app.main.dialogs.shown).toContain(`save:${join(pair.dir, 'draft.cleaned.txt')}`);
    expect(readFileSync(pair.draft).equals(draftBytes)).toBe(true);
  });

  it('saves what was accepted, and saves again to the same file without asking', async () => {
    const pair = seedPairCopy();
    const expected = galleyCheck(pair.draft, pair.reference);
    const app = await windows.open(pair);
    const { page } = app;
    const before = await draftText(page);
    await page.keyboard.press('Alt+ArrowDown');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Enter');
    const taken = expected.slice(0, 3);
    const accepted = withMovePartners(expected, taken);
    await page.getByRole('button', { name: 'Save cleaned copy', exact: true }).click();
    await expect.poll(() => existsSync(pair.saveAs)).toBe(true);
    expect(readFileSync(pair.saveAs, 'utf8')).toBe(applySuggestions(before, accepted));
    await expect.poll(() => page.locator('.status-activity').textContent()).toContain('Saved draft.cleaned.txt');
    // The window now names the file the work went to.
    expect(await page.locator('.toolbar-file').textContent()).toBe('draft.cleaned.txt');
    await saveScreenshot(page, 'after-save');

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => app.main.title()).toMatch(/^● /);
    await page.keyboard.press('Control+s');
    await expect.poll(() => app.main.title()).not.toMatch(/^● /);
    expect(readFileSync(pair.saveAs, 'utf8')).toBe(await draftText(page));
    expect(app.main.dialogs.shown.filter((d) => d.startsWith('save:'))).toHaveLength(1);
  });

  it('a failed save says why and keeps every change', async () => {
    const pair = seedPairCopy();
    const app = await windows.open({ ...pair, saveAs: pair.dir });
    const { page } = app;
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Control+Enter');
    const edited = await draftText(page);
    await page.keyboard.press('Control+s');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Could not save');
    expect(await draftText(page)).toBe(edited);
    expect(app.main.title()).toMatch(/^● /);
    expect(await statusText(page)).toContain('1 accepted');
  });

  it('asks about unsaved changes on close: cancel keeps the window, save saves and then closes', async () => {
    const pair = seedPairCopy();
    const app = await windows.open(pair);
    const { page } = app;
    // The click settles before Ctrl+Home: a key sent at once was once applied before the click moved the caret, and 'Q' landed there.
    await clickToPlaceCaret(page.locator('.ProseMirror'));
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Q');
    await expect.poll(() => app.main.title()).toMatch(/^● /);
    app.main.dialogs.unsaved = 'cancel';
    expect(await app.main.requestClose()).toBe(false);
    expect(app.main.closed()).toBe(false);
    expect(app.main.dialogs.shown).toContain('unsaved:draft.txt');

    app.main.dialogs.unsaved = 'save';
    expect(await app.main.requestClose()).toBe(false);
    await expect.poll(() => app.main.closed()).toBe(true);
    expect(readFileSync(pair.saveAs, 'utf8').startsWith('Q')).toBe(true);
  });

  it('closes without asking when nothing changed', async () => {
    const app = await windows.open(seedPairCopy());
    expect(await app.main.requestClose()).toBe(true);
    expect(app.main.dialogs.shown.some((d) => d.startsWith('unsaved:'))).toBe(false);
  });

  it("don't save closes at once and writes nothing", async () => {
    const pair = seedPairCopy();
    const app = await windows.open(pair);
    const { page } = app;
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => app.main.title()).toMatch(/^● /);
    app.main.dialogs.unsaved = 'discard';
    expect(await app.main.requestClose()).toBe(true);
    expect(existsSync(pair.saveAs)).toBe(false);
  });

  it('keeps a recovery copy of unsaved work and drops it after a save', async () => {
    const pair = seedPairCopy();
    const app = await windows.open(pair);
    const { page } = app;
    const recoveryDir = join(app.main.dataDir, 'recovery');
    const copies = (): string[] => (existsSync(recoveryDir) ? readdirSync(recoveryDir).filter((f) => f.endsWith('.json')) : []);
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(copies, { timeout: 10_000 }).toHaveLength(1);
    const kept = JSON.parse(readFileSync(join(recoveryDir, copies()[0]), 'utf8'));
    expect(JSON.stringify(kept)).toContain(JSON.stringify(await draftText(page)).slice(1, 40));
    await page.keyboard.press('Control+s');
    await expect.poll(copies, { timeout: 10_000 }).toHaveLength(0);
  });

  it('offers to reload a reference changed on disk, and compares again', async () => {
    const pair = seedPairCopy();
    const app = await windows.open(pair);
    const { page } = app;
    const changed = readFileSync(pair.reference, 'utf8').replace('Keir Starmer', 'Kir Stmper');
    writeFileSync(pair.reference, changed);
    const reload = page.getByRole('button', { name: 'Reload and compare again' });
    await expect.poll(() => reload.count(), { timeout: 10_000 }).toBe(1);
    await reload.click();
    const expected = galleyCheck(pair.draft, pair.reference);
    // The second comparison runs at the machine's pace: on a loaded machine longer than expect.poll's default second.
    await expect.poll(async () => (await markedIds(page)).sort(), { timeout: 20_000 }).toEqual(expected.map((s) => s.id).sort());
    expect(await page.locator('.reference-text').textContent()).toContain('Kir Stmper');
  });

  it('says a draft deleted on disk is gone, offers Save As rather than a reload, and keeps the work', async () => {
    const pair = seedPairCopy();
    const app = await windows.open(pair);
    const { page } = app;
    const before = await draftText(page);
    rmSync(pair.draft);
    await expect.poll(() => page.getByText(/was deleted or moved on disk/).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByRole('button', { name: /^Reload/ }).count()).toBe(0);
    await page.locator('[data-banner="changed-draft"]').getByRole('button', { name: 'Save As…' }).click();
    await expect.poll(() => existsSync(pair.saveAs)).toBe(true);
    expect(readFileSync(pair.saveAs, 'utf8')).toBe(before);
  });

  it('keeps the window review going when a reference changed on disk is reloaded, with no offer to resume it', async () => {
    const pair = seedPairCopy();
    const app = await windows.open(pair);
    const { page } = app;
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => statusText(page)).toContain('1 accepted');
    // The review is kept a pause after the decision: a kept review of the pair now exists.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    writeFileSync(pair.reference, readFileSync(pair.reference, 'utf8').replace('Keir Starmer', 'Kir Stmper'));
    const reload = page.getByRole('button', { name: 'Reload and compare again' });
    await expect.poll(() => reload.count(), { timeout: 10_000 }).toBe(1);
    await reload.click();
    await expect.poll(() => page.locator('.reference-text').textContent(), { timeout: 20_000 }).toContain('Kir Stmper');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.getByText(/Resume review/).count()).toBe(0);
    expect(await statusText(page)).toContain('1 accepted');
  });
});
