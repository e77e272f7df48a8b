/**
 * The promise that matters most: a save killed at any moment (SIGKILL, no
 * chance to clean up) leaves the old file or the new one, whole, never a
 * torn mix; and every save that returned is on disk.
 */
import { beforeAll, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { TEMP_SUFFIX } from '../../main/files/atomic';
import { tempFolder } from './files-helpers';
import { versionOf, versionText } from './fixtures/versions';

const ITERATIONS = 12;
/** Kill in one of the first few saves, ... */
const MAX_SAVES = 3;
/** ... this long at most after it started: a save of the 9 MB file takes tens of milliseconds here. */
const MAX_DELAY_MS = 60;

let child = '';

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'galley-kill-child-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: resolve(__dirname, 'fixtures/save-loop.ts'),
      outDir,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'save-loop.mjs' } },
    },
  });
  child = join(outDir, 'save-loop.mjs');
});

function crlf(text: string): string {
  return text.replaceAll('\n', '\r\n');
}

test(`a save killed at random points leaves a whole version (${ITERATIONS} kills)`, async () => {
  const dir = tempFolder();
  const path = join(dir, 'draft.txt');
  writeFileSync(path, crlf(versionText(0)));
  let start = 1;
  const report: string[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const saves = 1 + Math.floor(Math.random() * MAX_SAVES);
    const delay = Math.floor(Math.random() * MAX_DELAY_MS);
    const proc = spawn(process.execPath, [child, path, String(start)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let started: () => void;
    const saveStarted = new Promise<void>((r) => (started = r));
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if ((out.match(/saving/g) ?? []).length >= saves) started();
    });
    const exited = new Promise<NodeJS.Signals | null>((r) => proc.on('exit', (_code, signal) => r(signal)));
    await saveStarted;
    await new Promise((r) => setTimeout(r, delay));
    proc.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const saved = [...out.matchAll(/saved (\d+)/g)].map((m) => Number(m[1]));
    const lastSaved = saved.length ? saved[saved.length - 1] : start - 1;
    const text = readFileSync(path, 'utf8');
    const version = versionOf(text);
    report.push(`kill ${delay} ms into save ${saves}: ${saved.length} saves returned, file holds version ${version}`);
    // Whole: exactly the bytes of the version it claims to be.
    expect(text === crlf(versionText(version)), report.join('\n')).toBe(true);
    // Durable: at least the last save that returned, at most the one in flight.
    expect(version).toBeGreaterThanOrEqual(lastSaved);
    expect(version).toBeLessThanOrEqual(lastSaved + 1);
    start = version + 1;
  }
  // A killed save may leave its temporary file (no code runs after SIGKILL); never anything else.
  expect(readdirSync(dir).filter((name) => name !== 'draft.txt').every((name) => name.endsWith(TEMP_SUFFIX))).toBe(true);
  console.log(report.join('\n'));
  // Twelve child processes each saving 9 MB: minutes, not seconds, on a loaded two-core machine.
}, 180_000);
