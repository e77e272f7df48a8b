/**
 * Reading what the user named on the command line when starting the app:
 * `galley-app [DRAFT] [--reference PATH]`. Electron and Chromium put their
 * own switches in argv too; anything starting with `--` that is not ours is
 * left alone.
 */
import { resolve } from 'node:path';

export interface StartupFiles {
  draft: string | null;
  reference: string | null;
}

/**
 * `args` are the arguments after the executable and, when running unpackaged,
 * after the app path; `cwd` resolves relative paths.
 */
export function parseStartupArgs(args: readonly string[], cwd: string): StartupFiles {
  let draft: string | null = null;
  let reference: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--reference' && i + 1 < args.length) {
      reference = resolve(cwd, args[++i]);
    } else if (arg.startsWith('--reference=')) {
      reference = resolve(cwd, arg.slice('--reference='.length));
    } else if (!arg.startsWith('-') && draft === null) {
      draft = resolve(cwd, arg);
    }
  }
  return { draft, reference };
}

/** The demo pair shipped in seeds/, opened when no file is named. */
export function seedPair(appRoot: string): StartupFiles {
  return {
    draft: resolve(appRoot, 'seeds/000_6302bc43854f0c3c.txt'),
    reference: resolve(appRoot, 'seeds/001_6904e82db721665d.txt'),
  };
}
