/**
 * Issue 11, item 6 (the window's part): every copy crashed windows left
 * behind is offered, with its draft's name and time; any of them can be
 * restored or discarded; a running window's copy is never offered or
 * touched.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { draftText, writePair } from './review-helpers';
import { describeInChromium } from './suite';

/** The drafts of the copies in the recovery folder, by file name, with the text each holds. */
function copies(dataDir: string): Record<string, string> {
  const folder = join(dataDir, 'recovery');
  if (!existsSync(folder)) return {};
  const entries = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as { draftPath: string; snapshot: { text: string } });
  return Object.fromEntries(entries.map((entry) => [basename(entry.draftPath), entry.snapshot.text]));
}

async function typeAtEndOfFirstLine(page: Page, text: string): Promise<void> {
  await page.locator('.ProseMirror p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

describeInChromium('recovery copies of several windows', (windows) => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('offers every orphaned copy, restores and discards any of them, and leaves a running window’s copy alone', { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'galley-data-'));
    const pairOf = (name: string) => writePair(`${name} draft line.\n`, `${name} draft line.\n`, { draft: `${name}.txt`, reference: `${name}.ref.txt` });
    const [alpha, beta, gamma] = [pairOf('alpha'), pairOf('beta'), pairOf('gamma')];
    folders.push(dataDir, alpha.dir, beta.dir, gamma.dir);

    // Two windows crash with unsaved work.
    for (const [pair, name] of [[alpha, 'alpha'], [beta, 'beta']] as const) {
      const crashing = await windows.openWith({ ...pair, dataDir });
      await typeAtEndOfFirstLine(crashing.page, ` edited ${name}`);
      await expect.poll(() => copies(dataDir)[`${name}.txt`], { timeout: 20_000 }).toBe(`${name} draft line. edited ${name}\n`);
      await crashing.main.crash();
    }
    // A third keeps running, with unsaved work of its own.
    const running = await windows.openWith({ ...gamma, dataDir });
    await typeAtEndOfFirstLine(running.page, ' edited gamma');
    await expect.poll(() => copies(dataDir)['gamma.txt'], { timeout: 20_000 }).toBe('gamma draft line. edited gamma\n');

    const app = await windows.openWith({ dataDir });
    const { page } = app;
    const offers = page.locator('.banner', { hasText: 'Galley kept unsaved work' });
    await expect.poll(() => offers.allTextContents(), { timeout: 20_000 }).toHaveLength(2);
    const texts = await offers.allTextContents();
    expect(texts.some((text) => text.includes('“alpha.txt”'))).toBe(true);
    expect(texts.some((text) => text.includes('“beta.txt”'))).toBe(true);
    expect(texts.join(' '), 'a running window’s copy is not offered').not.toContain('gamma');
    // Each with the time its copy was made.
    for (const text of texts) expect(text).toMatch(/from .*\d{1,2}:\d{2}/);

    const offerOf = (name: string) => page.locator('.banner', { hasText: `“${name}.txt”` });
    await offerOf('beta').getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => draftText(page), { timeout: 20_000 }).toBe('beta draft line. edited beta\n');
    expect(app.main.title()).toMatch(/^● beta\.txt/);

    // Restoring another over the restored work asks first; Cancel keeps it, and the offer stays.
    await offerOf('alpha').getByRole('button', { name: 'Restore', exact: true }).click();
    const ask = page.getByRole('dialog', { name: 'Unsaved changes' });
    await expect.poll(() => ask.isVisible(), { timeout: 20_000 }).toBe(true);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await draftText(page)).toBe('beta draft line. edited beta\n');
    await offerOf('alpha').getByRole('button', { name: 'Discard', exact: true }).click();
    await expect.poll(() => Object.keys(copies(dataDir)).sort(), { timeout: 20_000 }).toEqual(['beta.txt', 'gamma.txt']);
    expect(copies(dataDir)['gamma.txt'], 'the running window’s copy is untouched').toBe('gamma draft line. edited gamma\n');
    expect(copies(dataDir)['beta.txt'], 'the restored work is this window’s unsaved work now').toBe('beta draft line. edited beta\n');
  });
});
