/**
 * The engine's own tsconfig (renderer/src/engine/tsconfig.json) is what makes
 * "no DOM, no Node" a type error rather than a promise: a file compiled with
 * its settings may not use `document`, `window`, `process` or `require`,
 * while the language's own library (ES2023) stays available.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'galley-engine-types-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** tsgo's error lines for `source` compiled as an engine file. */
function engineErrors(source: string): string[] {
  writeFileSync(join(work, 'probe.ts'), source);
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      extends: join(ROOT, 'renderer/src/engine/tsconfig.json'),
      compilerOptions: { composite: false, emitDeclarationOnly: false, noEmit: true },
      files: [join(work, 'probe.ts')],
      include: [],
    }),
  );
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsgo'), ['-p', join(work, 'tsconfig.json')], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return `${result.stdout}${result.stderr}`.split('\n').filter((line) => /error TS\d+/.test(line));
}

it('refuses DOM and Node globals in the engine, and allows the language', () => {
  const errors = engineErrors(
    [
      'export const ok = [new Map<string, number>(), [3, 1, 2].toSorted(), "é".normalize("NFD"), new Intl.Segmenter()];',
      'export const dom = document.title;',
      'export const page = window.location;',
      'export const env = process.env.HOME;',
      'export const load = require("node:fs");',
    ].join('\n'),
  );
  expect(errors.map((line) => line.match(/probe\.ts\((\d+),/)?.[1])).toEqual(['2', '3', '4', '5']);
});
