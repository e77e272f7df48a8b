/**
 * The foundation's promise: the built app opens in Chromium with the seed
 * demo, and typing lands in the editor.
 */
import { expect, it } from 'vitest';
import { saveScreenshot } from './screenshots';
import { draftText } from './review-helpers';
import { describeInChromium } from './suite';

describeInChromium('the app window', (windows) => {
  it('opens the seed demo when no file is named, and typing lands in the editor', async () => {
    const app = await windows.open();
    const editor = app.page.locator('.ProseMirror');
    await expect.poll(() => editor.textContent()).toContain('Sir Kir Stmper');
    expect(app.main.title()).toContain('000_6302bc43854f0c3c.txt');
    await saveScreenshot(app.page, 'demo-opened');

    await editor.locator('p').first().click();
    await app.page.keyboard.press('Control+Home');
    await app.page.keyboard.type('Q');
    await expect.poll(() => draftText(app.page)).toMatch(/^QDowning Street/);
  });

  it('exposes only the narrow API: no Node, no ipcRenderer, a frozen window.galley', async () => {
    const app = await windows.open();
    const facts = await app.page.evaluate(() => ({
      require: typeof (globalThis as any).require,
      process: typeof (globalThis as any).process,
      ipcRenderer: typeof (globalThis as any).ipcRenderer,
      frozen: Object.isFrozen(window.galley),
      functions: Object.values(window.galley).every((value) => typeof value === 'function'),
    }));
    expect(facts).toEqual({ require: 'undefined', process: 'undefined', ipcRenderer: 'undefined', frozen: true, functions: true });
  });

  it('refuses navigation away from the app and second windows', async () => {
    const app = await windows.open();
    const page = app.page;
    await page.evaluate(() => window.open('https://evil.test/popup', '_blank'));
    await expect.poll(() => app.main.refused.some((entry) => entry.startsWith('window:'))).toBe(true);
    await page.evaluate(() => {
      location.href = 'https://evil.test/phish';
    });
    await expect.poll(() => app.main.refused).toContain('navigate:https://evil.test/phish');
    await page.waitForTimeout(200);
    expect(new URL(page.url()).origin).toBe('http://app.test');
    expect(await page.evaluate(() => window.galley !== undefined)).toBe(true);
  });
});
