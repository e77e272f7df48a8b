/**
 * The real Electron app, launched through Playwright's Electron support —
 * only where the Electron runtime is installed (a developer's machine after
 * `npm start`). Build and CI machines cannot download it; there this test
 * says loudly that it was skipped. The runtime is found without importing
 * 'electron', which would start a download. On Linux without a display it
 * runs under a virtual one (`xvfb-run`).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function electronBinary(): string | null {
  const moduleDir = join(ROOT, 'node_modules/electron');
  const pathFile = join(moduleDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(moduleDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const work = mkdtempSync(join(tmpdir(), 'galley-electron-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * What to launch: the binary itself where there is a display, else a wrapper
 * running it under xvfb-run (Playwright puts its own switches first, so
 * xvfb-run cannot be the executable with the binary as an argument).
 */
function launchable(binary: string): string {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return binary;
  if (spawnSync('sh', ['-c', 'command -v xvfb-run']).status !== 0) {
    throw new Error('No display and no xvfb-run for the real-Electron test: install it (Debian/Ubuntu: `sudo apt-get install -y xvfb`).');
  }
  const wrapper = join(work, 'electron-under-xvfb');
  writeFileSync(wrapper, `#!/bin/sh\nexec xvfb-run --auto-servernum --server-args="-screen 0 1400x900x24" ${JSON.stringify(binary)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

const binary = electronBinary();
if (!binary) {
  console.warn('\n!!! SKIPPED: the real-Electron test. No Electron runtime is installed here (run `npm start` once on a machine with internet to get it).\n');
}

describe.skipIf(!binary)('the real Electron app', () => {
  it('starts, opens the seed demo from galley://app with its suggestions, and refuses Node in the page', async () => {
    // Chromium refuses to run its sandbox as root; only then does the test run without it.
    const args = process.getuid?.() === 0 ? ['--no-sandbox', ROOT] : [ROOT];
    const app = await _electron.launch({ executablePath: launchable(binary!), args, cwd: ROOT });
    try {
      const page = await app.firstWindow();
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.locator('.ProseMirror').textContent()).toContain('Sir Kir Stmper');
      // Served from galley://app, and the comparison worker runs there too: suggestions are marked.
      expect(page.url()).toBe('galley://app/index.html');
      await page.locator('.ProseMirror [data-suggestion-id]').first().waitFor();
      expect(await page.evaluate(() => typeof (globalThis as any).require)).toBe('undefined');
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getTitle())).toContain('Galley');
    } finally {
      await app.close();
    }
  });
});
