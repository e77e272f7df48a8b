/**
 * Who may import whom: the architecture as rules that dependency-cruiser
 * checks on every `npm test` (boundaries.test.ts). Each rule names what its
 * `from` files may not import (`to`) and says why. Paths are relative to the
 * repository root.
 *
 * Run by hand: `npx vitest run --config test/vitest.config.mts test/architecture`.
 */
import { cruise, type IRegularForbiddenRuleType as Rule } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ENGINE = '^renderer/src/engine/';
const ELECTRON = '^(node_modules/)?electron(/|$)';

function forbid(name: string, why: string, from: Rule['from'], to: Rule['to']): Rule {
  return { name, comment: why, severity: 'error', from, to };
}

export const RULES: readonly Rule[] = [
  forbid('resolvable', 'An import that does not resolve could hide a crossing from the rules below.',
    {}, { couldNotResolve: true }),
  forbid('engine-is-pure', 'The engine imports only itself (no package, no Node, no DOM code): it runs in the worker, the CLI and tests alike.',
    { path: ENGINE }, { pathNot: ENGINE }),
  forbid('engine-by-its-name', "Outside the engine, import it as '@galley/engine' (tsconfig.json paths), never by a relative path.",
    { pathNot: ENGINE }, { path: ENGINE, dependencyTypesNot: ['aliased-tsconfig-paths'] }),
  forbid('engine-through-its-entry', "Only the engine's own unit tests (test/engine) may name one of its modules; everyone else uses its index.",
    { pathNot: `${ENGINE}|^test/engine/` }, { path: ENGINE, pathNot: `${ENGINE}index\\.ts$` }),
  forbid('main-reaches-renderer-only-through-engine', 'Main shares the engine with the renderer, and the contract in preload/; nothing else of it.',
    { path: '^main/' }, { path: '^renderer/', pathNot: ENGINE }),
  forbid('renderer-never-imports-main', 'The views, the editor and the rest of the page run in a sandboxed renderer; main is another process.',
    { path: '^renderer/' }, { path: '^main/' }),
  forbid('renderer-has-no-node', 'The page has no Node integration: a Node built-in there would fail at run time.',
    { path: '^renderer/' }, { dependencyTypes: ['core'] }),
  forbid('editor-never-imports-views', 'The editor is ProseMirror state and plugins; the views render it, never the other way round.',
    { path: '^renderer/src/editor/' }, { path: '^renderer/src/views/' }),
  forbid('preload-is-self-contained', "A sandboxed preload can require only 'electron': it imports its own contract files and nothing else.",
    { path: '^preload/' }, { pathNot: `^preload/|${ELECTRON}` }),
  forbid('electron-only-in-main-index', "Only main/index.ts and the preload bridge import 'electron', so everything else runs under plain Node.",
    { pathNot: '^(main|preload)/index\\.ts$' }, { path: ELECTRON }),
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
