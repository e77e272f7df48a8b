/**
 * Issue 11, item 3: the recovery copy keeps up with someone who never stops
 * typing. A key every ~200 ms for several seconds: before the typing stops,
 * the copy on disk already holds text typed a moment ago (a copy made only
 * once changes pause would hold nothing yet); then a crash, and Restore in
 * the next window gives back everything typed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { draftText, writePair } from './review-helpers';
import { describeInChromium } from './suite';

const KEY_INTERVAL_MS = 200;

describeInChromium('recovery copy while typing', (windows) => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('is written while the user keeps typing, and a crash then loses nothing', { timeout: 120_000 }, async () => {
    const pair = writePair('First line of the draft.\nSecond line.\n', 'First line of the draft.\nSecond line.\n');
    const dataDir = mkdtempSync(join(tmpdir(), 'galley-data-'));
    folders.push(dataDir, pair.dir);
    const recoveryFolder = join(dataDir, 'recovery');
    const copiedText = (): string => {
      let names: string[] = [];
      try {
        names = readdirSync(recoveryFolder).filter((name) => name.endsWith('.json'));
      } catch {
        return '';
      }
      return names.map((name) => JSON.parse(readFileSync(join(recoveryFolder, name), 'utf8')).snapshot.text as string).join('');
    };

    const first = await windows.openWith({ ...pair, dataDir });
    const { page } = first;
    await page.locator('.ProseMirror p').first().click();
    await page.keyboard.press('End');
    const typed = ' and then some words typed without a pause';
    /** How much of `typed` the copy on disk held while keys were still coming, at each key. */
    const copiedWhileTyping: number[] = [];
    for (const [index, key] of [...typed].entries()) {
      const started = Date.now();
      await page.keyboard.type(key);
      const copy = copiedText();
      let held = 0;
      while (held < index + 1 && copy.includes(`First line of the draft.${typed.slice(0, held + 1)}`)) held++;
      copiedWhileTyping.push(held);
      await page.waitForTimeout(Math.max(0, KEY_INTERVAL_MS - (Date.now() - started)));
    }
    const keys = typed.length;
    expect(keys * KEY_INTERVAL_MS).toBeGreaterThan(8_000);
    // Before the last key, the copy held text typed in the last few seconds, not just the first key.
    const lastWhileTyping = copiedWhileTyping[keys - 2];
    expect(lastWhileTyping, `copy held ${copiedWhileTyping.join(',')} characters as keys came`).toBeGreaterThan(keys - 1 - 4_000 / KEY_INTERVAL_MS);
    const edited = await draftText(page);
    expect(edited).toContain(typed);
    // The last key reaches the copy by the throttle's next refresh (about a second; longer on a loaded machine).
    await expect.poll(copiedText, { timeout: 20_000 }).toContain(`First line of the draft.${typed}`);
    await first.main.crash();

    const second = await windows.openWith({ dataDir });
    await second.page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => draftText(second.page), { timeout: 20_000 }).toBe(edited);
    expect(second.main.title()).toMatch(/^● draft\.txt/);
  });
});
