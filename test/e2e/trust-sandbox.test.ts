/**
 * Issue 11, item 10: page script cannot make main open a file. Paths reach
 * main only from its own dialogs, the command line and real drops, which
 * the preload registers as they happen; main refuses any other path with a
 * message. The harness keeps the preload in a world of its own, so these
 * page scripts have exactly the reach page script has in Electron.
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, it } from 'vitest';
import { CHANNELS, type OpenResult } from '../../preload/api';
import { draftText, writePair } from './review-helpers';
import { describeInChromium } from './suite';

describeInChromium('paths only from the user', (windows) => {
  it('page script reaches main only through window.galley', async () => {
    const app = await windows.open();
    const names = await app.page.evaluate(() => Object.getOwnPropertyNames(window).filter((name) => /galley|ipc/i.test(name)));
    expect(names).toEqual(['galley']);
  });

  it('a path page script makes up is refused: by the preload, and by main with a message', async () => {
    const pair = writePair('The draft as opened.\n', 'The draft as opened.\n');
    const secret = join(pair.dir, 'secret.txt');
    writeFileSync(secret, 'SECRET CONTENT\n');
    const app = await windows.open(pair);
    const { page } = app;

    // A File made by page script has no path, whatever its name.
    const made = await page.evaluate(
      (name) => window.galley.openDropped([new File(['x'], name)], 'draft').then(() => 'opened', (error: Error) => error.message),
      basename(secret),
    );
    expect(made).not.toBe('opened');
    // A drop event made by page script is not a drop: nothing is registered or opened.
    await page.evaluate((name) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], name, { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.querySelector('.draft-pane')!.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    }, basename(secret));
    await page.waitForTimeout(500);
    expect(await draftText(page)).toBe('The draft as opened.\n');

    // Even a renderer that reached ipcRenderer itself gets a message, not the file.
    const [refused] = (await app.main.ipc(CHANNELS.openPaths, [secret], 'draft')) as OpenResult[];
    expect(refused).toEqual({ ok: false, cancelled: false, error: expect.stringMatching(/did not open “secret\.txt”: it opens only files chosen in its Open dialogs, named on the command line or dropped/) });
    expect(await draftText(page)).toBe('The draft as opened.\n');
  });

  it('a real drop opens the dropped file, and its path is not open to page script afterwards', async () => {
    const pair = writePair('The draft as opened.\n', 'The draft as opened.\n');
    const dropped = join(pair.dir, 'dropped.txt');
    writeFileSync(dropped, 'A dropped draft.\n');
    const app = await windows.open(pair);
    const { page } = app;
    await app.main.drop([dropped], '.draft-pane');
    await expect.poll(() => draftText(page), { timeout: 20_000 }).toBe('A dropped draft.\n');
    expect(app.main.title()).toMatch(/dropped\.txt/);

    // The same path again, asked for by page script after the drop: refused.
    await page.evaluate(() => window.galley.openDropped([new File(['x'], 'dropped.txt')], 'reference').catch(() => []));
    const [again] = (await app.main.ipc(CHANNELS.openPaths, [dropped], 'reference')) as OpenResult[];
    expect(again.ok).toBe(false);
    expect(await page.locator('.reference-pane .pane-file').textContent()).not.toContain('dropped.txt');
  });
});
