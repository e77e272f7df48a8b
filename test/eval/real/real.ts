/**
 * `npm run eval:real [DIR]`: Galley and three plain diffs on real degraded
 * drafts (OCR pages, machine translations, second human translations) and
 * their references, read in place from DIR (default ../shared/real-dev).
 *
 *   node out/eval/real.mjs [DIR] [--pair ID] [--kind ocr|mt|paraphrase]
 *                          [--only galley,jsdiff,dmp,git] [--show] [--by-pair] [--examples N] [--json]
 *                          [--baseline RUN.json]
 *
 * Prints the markdown table (report.ts); --json prints the same figures, per
 * set and per pair, as JSON; --show lists each pair's Galley suggestions;
 * --by-pair adds a row per pair to the table;
 * --examples N lists N of each thing Galley's figures count against it;
 * --baseline RUN.json (an earlier --json output) shows what changed since.
 * A missing DIR is reported in one line and is not an error.
 */
import type { Suggestion } from '@galley/engine';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../corpus';
import { runTool, TOOLS, type Tool } from './contenders';
import { examplesReport, type PairFindings } from './examples';
import { addFigures, measurePair, pairHunks, type Figures } from './figures';
import { loadPairs, PAIR_KINDS, type PairKind, type RealPair } from './pairs';
import { table, type Row } from './report';
import { compareRuns, readRun, runJson } from './runs';
import { showChanges } from './show';

class UsageError extends Error {}

interface Options {
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

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { dir: resolve(repoRoot(), '../shared/real-dev'), dirGiven: false, only: [...TOOLS], show: false, examples: 0, byPair: false, json: false };
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

interface PairResult {
  readonly pair: RealPair;
  readonly figures: Partial<Record<Tool, Figures>>;
  /** Galley's suggestions and findings, when Galley ran. */
  readonly galley?: PairFindings;
}

function runPair(pair: RealPair, tools: readonly Tool[]): PairResult {
  const hunks = pairHunks(pair);
  const figures: Partial<Record<Tool, Figures>> = {};
  let galley: PairFindings | undefined;
  for (const tool of tools) {
    let run;
    try {
      run = runTool(tool, pair.draft, pair.reference);
    } catch (err) {
      throw new Error(`${tool} failed on pair ${pair.id}: ${(err as Error).message}`);
    }
    const suggestions = tool === 'galley' ? (run.changes as readonly Suggestion[]) : undefined;
    const measured = measurePair(pair, run, hunks, suggestions);
    figures[tool] = measured.figures;
    if (suggestions) galley = { pair, suggestions, findings: measured.findings };
  }
  return { pair, figures, ...(galley ? { galley } : {}) };
}

function rowsOf(results: readonly PairResult[], tools: readonly Tool[]): Row[] {
  const sets: [string, PairResult[]][] = [
    ...PAIR_KINDS.map((k): [string, PairResult[]] => [k, results.filter((r) => r.pair.kind === k)]),
    ['all', [...results]],
  ];
  return sets
    .filter(([, rs]) => rs.length > 0)
    .flatMap(([set, rs]) => tools.map((tool) => ({ set, tool, kinded: tool === 'galley', figures: addFigures(rs.map((r) => r.figures[tool]!)) })));
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.dir)) {
    if (options.dirGiven) throw new UsageError(`${options.dir}: no such folder`);
    console.log(`eval:real: no real pairs at ${options.dir}; nothing to measure.`);
    return;
  }
  const baseline = options.baseline === undefined ? undefined : readRun(options.baseline);
  const pairs = loadPairs(options.dir, options.pair).filter((p) => !options.kind || p.kind === options.kind);
  const results = pairs.map((p) => runPair(p, options.only));
  const rows = rowsOf(results, options.only);
  const run = runJson(options.dir, rows, results.map((r) => ({ id: r.pair.id, kind: r.pair.kind, figures: r.figures })));
  if (options.json) {
    console.log(JSON.stringify(run, null, 1));
    return;
  }
  const out: string[] = [];
  if (options.show) {
    for (const r of results) if (r.galley) out.push(showChanges(r.pair, r.galley.suggestions), '');
  }
  const words = pairs.reduce((n, p) => n + (p.draft.match(/\S+/g)?.length ?? 0), 0);
  out.push(`## Real pairs: ${pairs.length} pairs, ${words} draft words (${options.dir})`, '', table(rows));
  if (options.byPair) {
    const perPair = results.flatMap((r) => options.only.map((tool) => ({ set: r.pair.id, tool, kinded: tool === 'galley', figures: r.figures[tool]! })));
    out.push('', table(perPair, 'Pair'));
  }
  const galley = results.flatMap((r) => (r.galley ? [r.galley] : []));
  if (options.examples > 0 && galley.length > 0) out.push('', examplesReport(galley, options.examples));
  if (baseline) for (const tool of options.only) out.push('', compareRuns(baseline, run, tool));
  console.log(out.join('\n'));
}

try {
  main();
} catch (err) {
  console.error(`eval:real: ${(err as Error).message}`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
