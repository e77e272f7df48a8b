/**
 * `npm start` on a machine that cannot download the Electron runtime says so
 * in one line, with how to retry and what works without it, instead of the
 * installer's `TypeError: fetch failed` stack.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const LAUNCHER = join(ROOT, 'main/launcher/install-electron.mjs');
const work = mkdtempSync(join(tmpdir(), 'galley-glue-launcher-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Launcher {
  explainFailure(output: string, nodeVersion: string): string;
  installElectron(options: { installer?: string; report?: (line: string) => void }): Promise<number>;
}
const launcher = (): Promise<Launcher> => import(LAUNCHER) as Promise<Launcher>;

/** What electron 45's installer printed on a machine without internet. */
const OFFLINE = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async FetchDownloader.download (file:///work/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
    at async downloadArtifact (file:///work/node_modules/@electron/get/dist/index.js:154:12)
`;

function fakeInstaller(name: string, stderr: string, status: number): string {
  const path = join(work, name);
  writeFileSync(path, `process.stderr.write(${JSON.stringify(stderr)}); process.exit(${status});\n`);
  return path;
}

describe('the npm start launcher', () => {
  it('turns a failed download into one line: what failed, how to retry, what works without it', async () => {
    const { installElectron } = await launcher();
    const lines: string[] = [];
    const status = await installElectron({ installer: fakeInstaller('offline.js', OFFLINE, 1), report: (line) => lines.push(line) });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(lines[0]).toMatch(/^galley: the Electron runtime could not be downloaded/);
    expect(lines[0]).toContain('run `npm start` again');
    expect(lines[0]).toContain('npx galley');
    expect(lines[0]).not.toMatch(/TypeError|undici|at /);
  });

  it('is silent and succeeds when the runtime installs', async () => {
    const { installElectron } = await launcher();
    const lines: string[] = [];
    expect(await installElectron({ installer: fakeInstaller('ok.js', '', 0), report: (line) => lines.push(line) })).toBe(0);
    expect(lines).toEqual([]);
  });

  it('names other failures by their first line and too old a Node by its version', async () => {
    const { explainFailure } = await launcher();
    expect(explainFailure('Error: Generated checksum for "electron.zip" did not match expected checksum.\n    at x (y.js:1:1)', '22.12.0')).toMatch(
      /could not be installed \(Error: Generated checksum .* did not match expected checksum\.\); run `node node_modules\/electron\/install\.js` for the details/,
    );
    expect(explainFailure('Error [ERR_REQUIRE_ESM]: require() of ES Module', '20.10.0')).toMatch(/needs Node 22\.12 or newer \(this is Node 20\.10\.0\)/);
    expect(explainFailure(OFFLINE, '20.19.0')).toMatch(/could not be downloaded/);
  });

  const installed = existsSync(join(ROOT, 'node_modules/electron/dist/version'));
  it.skipIf(installed)('prints that line, and only that line, when electron’s real installer cannot reach its server', () => {
    // An unreachable mirror and an empty download cache: the same failure as no internet, on any machine.
    const result = spawnSync(process.execPath, [LAUNCHER], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: join(work, 'cache') },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^galley: the Electron runtime could not be downloaded/)]);
    expect(result.stdout).toBe('');
  });
});
