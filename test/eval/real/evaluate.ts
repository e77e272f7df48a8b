/**
 * One evaluation: every tool on every chosen pair, summed per kind of pair,
 * and the text `npm run eval:real` prints for it (the table, and what the
 * options ask for besides).
 */
import type { Suggestion } from '@galley/engine';
import type { Options } from './args';
import type { Change } from './changes';
import { runTool, type Tool } from './contenders';
import { examplesReport, type PairFindings } from './examples';
import { addFigures, measurePair, pairHunks, type Figures } from './figures';
import { loadPairs, PAIR_KINDS, type RealPair } from './pairs';
import { table, type Row } from './report';
import { compareRuns, readRun, runJson } from './runs';
import { showChanges } from './show';

interface PairResult {
  readonly pair: RealPair;
  readonly figures: Partial<Record<Tool, Figures>>;
  /** Galley's suggestions and findings, when Galley ran. */
  readonly galley?: PairFindings;
  /** Each tool's changes, for --show. */
  readonly changes: Partial<Record<Tool, readonly Change[]>>;
}

function runPair(pair: RealPair, tools: readonly Tool[]): PairResult {
  const hunks = pairHunks(pair);
  const figures: Partial<Record<Tool, Figures>> = {};
  const changes: Partial<Record<Tool, readonly Change[]>> = {};
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
    changes[tool] = run.changes;
    if (suggestions) galley = { pair, suggestions, findings: measured.findings };
  }
  return { pair, figures, changes, ...(galley ? { galley } : {}) };
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

/** What `npm run eval:real` prints for these options; DIR must exist. */
export function evaluate(options: Options): string {
  const baseline = options.baseline === undefined ? undefined : readRun(options.baseline);
  const pairs = loadPairs(options.dir, options.pair).filter((p) => !options.kind || p.kind === options.kind);
  const results = pairs.map((p) => runPair(p, options.only));
  const rows = rowsOf(results, options.only);
  const run = runJson(options.dir, rows, results.map((r) => ({ id: r.pair.id, kind: r.pair.kind, figures: r.figures })));
  if (options.json) return JSON.stringify(run, null, 1);
  const out: string[] = [];
  if (options.show) {
    for (const r of results) for (const tool of options.only) out.push(showChanges(r.pair, r.changes[tool]!, tool), '');
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
  return out.join('\n');
}

