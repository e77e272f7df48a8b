/**
 * Who may import whom: the architecture as rules that dependency-cruiser
 * checks on every `npm test` (boundaries.test.ts). Paths are relative to the
 * repository root; a rule names the dependency it forbids.
 *
 * Run by hand: `npx vitest run --config test/vitest.config.mts test/architecture`.
 */
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ENGINE = '^renderer/src/engine/';
const ELECTRON = '^(node_modules/)?electron(/|$)';

export const RULES: readonly IForbiddenRuleType[] = [
  {
    name: 'resolvable',
    comment: 'Every import resolves: one that does not could hide a crossing from the rules below.',
    from: {},
    to: { couldNotResolve: true },
  },
  {
    name: 'engine-is-pure',
    comment: 'The engine imports only itself: no package, no Node, no DOM code. It runs in the worker, the CLI and tests alike.',
    from: { path: ENGINE },
    to: { pathNot: ENGINE },
  },
  {
    name: 'engine-by-its-name',
    comment: "Outside the engine, import it as '@galley/engine' (tsconfig.json paths), never by a relative path.",
    from: { pathNot: ENGINE },
    to: { path: ENGINE, dependencyTypesNot: ['aliased-tsconfig-paths'] },
  },
  {
    name: 'engine-through-its-entry',
    comment: "Only the engine's own unit tests (test/engine) may name one of its modules; everyone else uses its public entry.",
    from: { pathNot: `${ENGINE}|^test/engine/` },
    to: { path: ENGINE, pathNot: `${ENGINE}index\\.ts$` },
  },
  {
    name: 'main-reaches-renderer-only-through-engine',
    comment: 'Main shares the engine with the renderer, and the contract in preload/; nothing else of the renderer.',
    from: { path: '^main/' },
    to: { path: '^renderer/', pathNot: ENGINE },
  },
  {
    name: 'renderer-never-imports-main',
    comment: 'The views, the editor and the rest of the page run in a sandboxed renderer; main is another process.',
    from: { path: '^renderer/' },
    to: { path: '^main/' },
  },
  {
    name: 'renderer-has-no-node',
    comment: 'The page has no Node integration: a Node built-in there would fail at run time.',
    from: { path: '^renderer/' },
    to: { dependencyTypes: ['core'] },
  },
  {
    name: 'editor-never-imports-views',
    comment: 'The editor is ProseMirror state and plugins; the views render it, never the other way round.',
    from: { path: '^renderer/src/editor/' },
    to: { path: '^renderer/src/views/' },
  },
  {
    name: 'preload-is-self-contained',
    comment: "A sandboxed preload can require only 'electron': it imports its own contract files and nothing else.",
    from: { path: '^preload/' },
    to: { pathNot: `^preload/|${ELECTRON}` },
  },
  {
    name: 'electron-only-in-main-index',
    comment: "Only main/index.ts (and the preload bridge) import 'electron', so everything else runs under plain Node.",
    from: { pathNot: '^(main|preload)/index\\.ts$' },
    to: { path: ELECTRON },
  },
];

/** The folders that hold code; the rules' paths are relative to their parent. */
const FOLDERS = ['main', 'preload', 'renderer', 'test'];

/**
 * Every dependency in the tree at `root` that breaks a rule, one readable
 * line each (`rule: from → to`); empty when the tree keeps them all. The
 * tree's own tsconfig.json resolves `@galley/engine`.
 */
export async function findViolations(root: string): Promise<string[]> {
  const tsConfigFile = join(root, 'tsconfig.json');
  const tsConfig = extractTSConfig(tsConfigFile);
  // Without a baseUrl, dependency-cruiser resolves `paths` from the working
  // directory; naming one makes them resolve from tsconfig.json's folder.
  tsConfig.options.baseUrl ??= root;
  const result = await cruise(
    FOLDERS.filter((folder) => existsSync(join(root, folder))),
    {
      baseDir: root,
      validate: true,
      ruleSet: { forbidden: [...RULES] },
      // Type-only imports count: they still tie one side to the other's code.
      tsPreCompilationDeps: true,
      tsConfig: { fileName: tsConfigFile },
      doNotFollow: { path: 'node_modules' },
      // Packages are resolved as Node and Vite load them: ES module exports first.
      enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    },
    undefined,
    { tsConfig },
  );
  if (typeof result.output === 'string') throw new Error(`dependency-cruiser returned text, not a result: ${result.output}`);
  return result.output.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
}
