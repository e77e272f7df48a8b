/**
 * The real Electron app, launched through Playwright's Electron support —
 * only where the Electron runtime is installed (a developer's machine after
 * `npm start`). Build and CI machines cannot download it; there this test
 * says loudly that it was skipped. The runtime is found without importing
 * 'electron', which would start a download.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function electronBinary(): string | null {
  const moduleDir = join(ROOT, 'node_modules/electron');
  const pathFile = join(moduleDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(moduleDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.warn('\n!!! SKIPPED: the real-Electron test. No Electron runtime is installed here (run `npm start` once on a machine with internet to get it).\n');
}

describe.skipIf(!binary)('the real Electron app', () => {
  it('starts, opens the seed demo and refuses Node in the page', async () => {
    const app = await _electron.launch({ executablePath: binary!, args: [ROOT], cwd: ROOT });
    try {
      const page = await app.firstWindow();
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.locator('.ProseMirror').textContent()).toContain('Sir Kir Stmper');
      expect(await page.evaluate(() => typeof (globalThis as any).require)).toBe('undefined');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getTitle())).toContain('Galley');
    } finally {
      await app.close();
    }
  });
});
