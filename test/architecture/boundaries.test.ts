/**
 * The import boundaries (./boundaries.ts) hold in this repository, and the
 * check is real: a small tree that breaks every rule once is caught, rule by
 * rule.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { findViolations, RULES } from './boundaries';

const REPOSITORY = join(__dirname, '../..');

it('every import in the repository keeps the boundaries', async () => {
  const violations = await findViolations(REPOSITORY);
  // Listed in full so a failure reads as "rule: file → file" for each crossing.
  expect(violations.join('\n')).toBe('');
});

/** A miniature repository: each file crosses one boundary, named beside it. */
const BROKEN_TREE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { moduleResolution: 'Bundler', paths: { '@galley/engine': ['./renderer/src/engine/index.ts'], '@galley/engine/*': ['./renderer/src/engine/*'] } },
  }),
  'node_modules/electron/package.json': JSON.stringify({ name: 'electron', main: 'index.js' }),
  'node_modules/electron/index.js': 'module.exports = {};\n',
  'node_modules/prosemirror-state/package.json': JSON.stringify({ name: 'prosemirror-state', main: 'index.js' }),
  'node_modules/prosemirror-state/index.js': 'module.exports = {};\n',
  'renderer/src/engine/index.ts': "export { words } from './words';\n",
  // engine-is-pure
  'renderer/src/engine/words.ts': "import { EditorState } from 'prosemirror-state';\nexport const words = [EditorState];\n",
  // engine-by-its-name
  'renderer/src/worker/compare.ts': "import { words } from '../engine/index';\nexport const compare = words;\n",
  // engine-through-its-entry
  'main/cli/run.ts': "import { words } from '@galley/engine/words';\nexport const run = words;\n",
  // main-reaches-renderer-only-through-engine
  'main/window/menu.ts': "import { compare } from '../../renderer/src/worker/compare';\nexport const menu = compare;\n",
  // renderer-never-imports-main
  'renderer/src/views/panel.ts': "import { run } from '../../../main/cli/run';\nexport const panel = run;\n",
  // renderer-has-no-node
  'renderer/src/app/drop.ts': "import { readFileSync } from 'node:fs';\nexport const drop = readFileSync;\n",
  // editor-never-imports-views
  'renderer/src/editor/state.ts': "import { panel } from '../views/panel';\nexport const state = panel;\n",
  // preload-is-self-contained (electron is allowed here)
  'preload/index.ts': "import { contextBridge } from 'electron';\nimport { EditorState } from 'prosemirror-state';\nexport const api = [contextBridge, EditorState];\n",
  // resolvable
  'renderer/src/views/card.ts': "import { missing } from './missing';\nexport const card = missing;\n",
  // electron-only-in-main-index
  'main/session/window.ts': "import { app } from 'electron';\nexport const window = app;\n",
  // Allowed: the engine's own tests may name a module; main/index.ts uses electron and the engine.
  'test/engine/words.test.ts': "import { words } from '@galley/engine/words';\nexport const t = words;\n",
  'main/index.ts': "import { app } from 'electron';\nimport { words } from '@galley/engine';\nexport const main = [app, words];\n",
};

const scratch = mkdtempSync(join(tmpdir(), 'galley-boundaries-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('catches each kind of crossing, once, by name', async () => {
  for (const [path, text] of Object.entries(BROKEN_TREE)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
  const violations = await findViolations(scratch);
  expect(violations.sort()).toEqual(
    [
      'engine-is-pure: renderer/src/engine/words.ts → node_modules/prosemirror-state/index.js',
      'engine-by-its-name: renderer/src/worker/compare.ts → renderer/src/engine/index.ts',
      'engine-through-its-entry: main/cli/run.ts → renderer/src/engine/words.ts',
      'main-reaches-renderer-only-through-engine: main/window/menu.ts → renderer/src/worker/compare.ts',
      'renderer-never-imports-main: renderer/src/views/panel.ts → main/cli/run.ts',
      'renderer-has-no-node: renderer/src/app/drop.ts → fs',
      'editor-never-imports-views: renderer/src/editor/state.ts → renderer/src/views/panel.ts',
      'preload-is-self-contained: preload/index.ts → node_modules/prosemirror-state/index.js',
      'electron-only-in-main-index: main/session/window.ts → node_modules/electron/index.js',
      'resolvable: renderer/src/views/card.ts → ./missing',
    ].sort(),
  );
  // Every rule is shown failing here, so none can pass by matching nothing.
  expect(new Set(violations.map((line) => line.split(':')[0]))).toEqual(new Set(RULES.map((rule) => rule.name)));
});
