/**
 * The built CLI, as a user runs it: `node out/main/galley.js`. Built here
 * when out/ is missing or older than the sources it is made from (npm test
 * builds first, so this is for running the CLI tests on their own).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const GALLEY = join(ROOT, 'out/main/galley.js');

const SOURCES = ['main/cli', 'main/files', 'main/formats', 'main/report', 'renderer/src/engine', 'package.json', 'electron.vite.config.ts'];

function newestSource(): number {
  let newest = 0;
  for (const source of SOURCES) {
    const path = join(ROOT, source);
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true }).map((f) => join(path, String(f)))
      : [path];
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  if (existsSync(GALLEY) && statSync(GALLEY).mtimeMs >= newestSource()) return;
  execFileSync(join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'pipe' });
}

export interface Run {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

export function galley(args: readonly string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [GALLEY, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString() };
}
