/** The command line of `npm run eval:real` (usage in real.ts). */
import { resolve } from 'node:path';
import { TOOLS, type Tool } from './contenders';
import { PAIR_KINDS, type PairKind } from './pairs';

/** A mistake on the command line: exit code 2, and the message says how to call it. */
export class UsageError extends Error {}

export interface Options {
  dir: string;
  /** Whether DIR was given (a missing given DIR is a mistake; a missing default is a checkout without the set). */
  dirGiven: boolean;
  pair?: string;
  kind?: PairKind;
  only: Tool[];
  show: boolean;
  examples: number;
  byPair: boolean;
  json: boolean;
  baseline?: string;
}

const USAGE = `use: [DIR] [--pair ID] [--kind ${PAIR_KINDS.join('|')}] [--only ${TOOLS.join(',')}] [--show] [--by-pair] [--examples N] [--json] [--baseline RUN.json]`;

/** `defaultDir` is used when no DIR is given. */
export function parseArgs(argv: readonly string[], defaultDir: string): Options {
  const options: Options = { dir: defaultDir, dirGiven: false, only: [...TOOLS], show: false, examples: 0, byPair: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value (${USAGE})`);
      return v;
    };
    if (arg === '--show') options.show = true;
    else if (arg === '--by-pair') options.byPair = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--pair') options.pair = value();
    else if (arg === '--baseline') options.baseline = value();
    else if (arg === '--examples') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--examples needs a whole number above 0, got "${argv[i]}"`);
      options.examples = n;
    }
    else if (arg === '--kind') {
      const kind = value();
      if (!PAIR_KINDS.includes(kind as PairKind)) throw new UsageError(`--kind takes ${PAIR_KINDS.join(', ')}, got "${kind}"`);
      options.kind = kind as PairKind;
    } else if (arg === '--only') {
      const names = value().split(',');
      const unknown = names.filter((n) => !(TOOLS as readonly string[]).includes(n));
      if (unknown.length > 0) throw new UsageError(`--only takes ${TOOLS.join(',')}, got "${unknown.join(',')}"`);
      options.only = TOOLS.filter((t) => names.includes(t));
    } else if (!arg.startsWith('--') && !options.dirGiven) {
      options.dir = resolve(arg);
      options.dirGiven = true;
    } else throw new UsageError(`unknown argument "${arg}" (${USAGE})`);
  }
  return options;
}

