/**
 * Screenshots of the main states, for the README. Every end-to-end run
 * writes them under out/screenshots/, leaving the committed ones alone (a
 * test run must not dirty the tree); UPDATE_SCREENSHOTS=1 also copies them
 * to test/screenshots/, to be committed.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

const ROOT = resolve(__dirname, '../..');
const WRITTEN = join(ROOT, 'out/screenshots');
const COMMITTED = join(ROOT, 'test/screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(WRITTEN, { recursive: true });
  const path = join(WRITTEN, `${name}.png`);
  await page.screenshot({ path });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await mkdir(COMMITTED, { recursive: true });
    await copyFile(path, join(COMMITTED, `${name}.png`));
  }
}
