/**
 * Reading what the user named on the command line when starting the app:
 * `galley-app [DRAFT] [--reference PATH]`. Parsed by node:util's parseArgs,
 * as the CLI's own arguments are, but not strictly: Electron and Chromium
 * put their own switches (`--no-sandbox`, `--enable-features=…`) in argv too,
 * and those are left alone.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface StartupFiles {
  draft: string | null;
  reference: string | null;
}

/**
 * `args` are the arguments after the executable and, when running unpackaged,
 * after the app path; `cwd` resolves relative paths. The first positional is
 * the draft (after `--`, even one starting with a dash); `--reference`
 * without a value names nothing.
 */
export function parseStartupArgs(args: readonly string[], cwd: string): StartupFiles {
  const { values, positionals } = parseArgs({
    args: [...args],
    strict: false,
    allowPositionals: true,
    options: { reference: { type: 'string' } },
  });
  const reference = typeof values.reference === 'string' && values.reference !== '' ? resolve(cwd, values.reference) : null;
  const draft = positionals.length > 0 ? resolve(cwd, positionals[0]) : null;
  return { draft, reference };
}

/** The demo pair shipped in seeds/, opened when no file is named. */
export function seedPair(appRoot: string): StartupFiles {
  return {
    draft: resolve(appRoot, 'seeds/000_6302bc43854f0c3c.txt'),
    reference: resolve(appRoot, 'seeds/001_6904e82db721665d.txt'),
  };
}
