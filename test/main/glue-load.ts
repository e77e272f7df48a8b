/**
 * Runs the built main process (out/main/index.js, exactly what `npm start`
 * runs) under plain Node with the recording stand-in answering
 * `require('electron')`, the way Electron would start it: argv as Electron
 * passes it, the data folder the stand-in's app.getPath('userData') names.
 * Nothing global is patched: the bundle gets a module of its own whose
 * `require` resolves 'electron' to the stand-in and everything else as usual.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createStandIn, type StandIn, type StandInOptions } from './glue-electron';

export const ROOT = resolve(__dirname, '../..');
export const MAIN_BUNDLE = join(ROOT, 'out/main/index.js');

/** The built main process's source, for running as is or with a mutation applied. */
export function mainBundle(): string {
  try {
    return readFileSync(MAIN_BUNDLE, 'utf8');
  } catch {
    throw new Error(`The app is not built (${MAIN_BUNDLE} is missing): run \`npm run build\` first.`);
  }
}

export interface MainRun extends StandIn {
  /** The data folder (app.getPath('userData')), removed by stop(). */
  userData: string;
  /** Closes every window without asking (no clean-close prompt) and restores process.argv/env. */
  stop(): void;
}

export interface RunOptions extends Partial<Omit<StandInOptions, 'appPath'>> {
  /** The main bundle's text; a mutated copy for the mutation checks. */
  source?: string;
  /** What the user typed after the app, e.g. ['draft.txt', '--reference', 'ref.txt']. */
  args?: string[];
  /** The folder those arguments are relative to (npm's INIT_CWD). */
  cwd?: string;
  platform?: NodeJS.Platform;
}

/** Loads the main process with a fresh stand-in. Electron is not "ready" until the caller says so. */
export function runMain(options: RunOptions = {}): MainRun {
  const ownsUserData = options.userData === undefined;
  const userData = options.userData ?? mkdtempSync(join(tmpdir(), 'galley-glue-data-'));
  const standIn = createStandIn({ ...options, userData, appPath: ROOT });

  const saved = { argv: process.argv, initCwd: process.env.INIT_CWD, rendererUrl: process.env.ELECTRON_RENDERER_URL };
  const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
  // Unpackaged, Electron's argv is [electron, app path, ...what the user typed].
  process.argv = ['/usr/lib/electron/electron', ROOT, ...(options.args ?? [])];
  process.env.INIT_CWD = options.cwd ?? ROOT;
  delete process.env.ELECTRON_RENDERER_URL;
  if (options.platform) Object.defineProperty(process, 'platform', { ...platform, value: options.platform });

  const mod = new Module(MAIN_BUNDLE, undefined);
  mod.filename = MAIN_BUNDLE;
  mod.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(dirname(MAIN_BUNDLE));
  const requireAsUsual = mod.require.bind(mod);
  mod.require = Object.assign((id: string) => (id === 'electron' ? standIn.electron : requireAsUsual(id)), requireAsUsual);
  (mod as unknown as { _compile(source: string, filename: string): void })._compile(options.source ?? mainBundle(), MAIN_BUNDLE);

  return {
    ...standIn,
    userData,
    stop() {
      for (const window of standIn.recording.windows) window.destroy();
      process.argv = saved.argv;
      restoreEnv('INIT_CWD', saved.initCwd);
      restoreEnv('ELECTRON_RENDERER_URL', saved.rendererUrl);
      Object.defineProperty(process, 'platform', platform);
      if (ownsUserData) rmSync(userData, { recursive: true, force: true });
    },
  };
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
