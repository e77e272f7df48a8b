/**
 * The stand-in is honest: main/index.ts type-checks with 'electron' resolved
 * to the recording stand-in (test/main/glue-electron-module.ts), whose every
 * surface is a Pick of Electron's own type definitions. So main/index.ts can
 * use only what the stand-in implements, with Electron's signatures and event
 * names; a new Electron call in main fails here until the stand-in (and so
 * glue.test.ts) covers it.
 *
 * Electron's electron.d.ts declares the global `Electron` namespace and also
 * the ambient module 'electron', which would win over any path mapping; the
 * check uses a copy without the ambient module declarations.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'galley-glue-types-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** electron.d.ts without `declare module 'electron…' { export = … }`. */
function electronGlobals(): string {
  const dts = readFileSync(join(ROOT, 'node_modules/electron/electron.d.ts'), 'utf8');
  const ambient = /declare module 'electron(?:\/\w+)?' \{\s*export = [\w.]+;\s*\}/g;
  expect(dts.match(ambient)?.length, 'the ambient electron modules to strip').toBe(5);
  return dts.replace(ambient, '');
}

/** The project's own path mappings (e.g. @galley/engine), made absolute: a tsconfig's `paths` replaces its base's. */
function projectPaths(): Record<string, string[]> {
  const jsonc = readFileSync(join(ROOT, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const paths: Record<string, string[]> = JSON.parse(jsonc).compilerOptions?.paths ?? {};
  return Object.fromEntries(Object.entries(paths).map(([name, targets]) => [name, targets.map((target) => join(ROOT, target))]));
}

/** Type-checks `files` with 'electron' mapped to the stand-in; returns tsgo's error lines. */
function typeCheck(files: string[]): string[] {
  writeFileSync(join(work, 'electron-globals.d.ts'), electronGlobals());
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: { noEmit: true, typeRoots: [join(ROOT, 'node_modules/@types')], paths: { ...projectPaths(), electron: [join(ROOT, 'test/main/glue-electron-module.ts')] } },
      files: [join(work, 'electron-globals.d.ts'), ...files],
      include: [],
    }),
  );
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsgo'), ['-p', join(work, 'tsconfig.json')], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return `${result.stdout}${result.stderr}`.split('\n').filter((line) => /error TS\d+/.test(line));
}

/** main/index.ts with its relative imports made absolute, so a changed copy can live elsewhere. */
function mainSourceAt(statements: readonly string[]): { path: string; firstLine: number } {
  const source = readFileSync(join(ROOT, 'main/index.ts'), 'utf8')
    .replace(/from '\.\.\/preload\//g, `from '${ROOT}/preload/`)
    .replace(/from '\.\//g, `from '${ROOT}/main/`);
  const path = join(work, 'mutant.ts');
  const text = source.endsWith('\n') ? source : `${source}\n`;
  writeFileSync(path, `${text}${statements.join('\n')}\n`);
  return { path, firstLine: text.split('\n').length };
}

const MUTATIONS = [
  ["app.setBadgeCount(1);", /Property 'setBadgeCount' does not exist/], // an App method the stand-in does not implement
  ["app.on('window-all-closd', () => {});", /No overload matches this call/], // not an event Electron's App emits
  ["new BrowserWindow({}).webContents.openDevTools();", /Property 'openDevTools' does not exist/], // a WebContents method it lacks
] as const;

it('main/index.ts type-checks against the stand-in; a call the stand-in lacks or a misspelled event does not', () => {
  const { path, firstLine } = mainSourceAt(MUTATIONS.map(([statement]) => statement));
  const errors = typeCheck([join(ROOT, 'main/index.ts'), path]);
  expect(errors.filter((line) => !line.includes('mutant.ts')), 'main/index.ts itself must type-check against the stand-in').toEqual([]);
  expect(errors).toHaveLength(MUTATIONS.length);
  MUTATIONS.forEach(([statement, message], i) => {
    const error = errors.find((line) => line.includes(`mutant.ts(${firstLine + i},`));
    expect(error, statement).toMatch(message);
  });
});
