/**
 * A run's figures as JSON (`--json`), and a run compared with an earlier one
 * (`--baseline FILE`): what an engine change did, per set and per pair.
 */
import { readFileSync } from 'node:fs';
import type { Tool } from './contenders';
import type { Figures } from './figures';
import type { PairKind } from './pairs';
import { rates, type Row } from './report';

type Rated = Figures & { readonly rates: ReturnType<typeof rates> };

export interface RunJson {
  readonly dir: string;
  readonly sets: readonly (Rated & { readonly set: string; readonly tool: Tool })[];
  readonly pairs: readonly { readonly id: string; readonly kind: PairKind; readonly tools: Partial<Record<Tool, Rated>> }[];
}

const rated = (f: Figures): Rated => ({ ...f, rates: rates(f) });

export function runJson(dir: string, rows: readonly Row[], pairs: readonly { id: string; kind: PairKind; figures: Partial<Record<Tool, Figures>> }[]): RunJson {
  return {
    dir,
    sets: rows.map((r) => ({ set: r.set, tool: r.tool, ...rated(r.figures) })),
    pairs: pairs.map((p) => ({ id: p.id, kind: p.kind, tools: Object.fromEntries(Object.entries(p.figures).map(([t, f]) => [t, rated(f)])) })),
  };
}

/** An earlier `--json` output; a clear message if the file is not one. */
export function readRun(path: string): RunJson {
  let run: Partial<RunJson>;
  try {
    run = JSON.parse(readFileSync(path, 'utf8')) as Partial<RunJson>;
  } catch (err) {
    throw new Error(`${path}: cannot read a run from it (${(err as Error).message})`);
  }
  if (!Array.isArray(run?.sets) || !Array.isArray(run.pairs)) throw new Error(`${path}: not the output of eval:real --json (no "sets" and "pairs")`);
  return run as RunJson;
}

/** Counts compared pair by pair: those an engine change moves. */
const PAIR_COUNTS = ['exact', 'suggestions', 'abutting', 'edgesInWords', 'ocrKinds', 'flagged', 'hits', 'duplicated', 'dropped', 'numbersCovered'] as const;

const arrow = (a: string, b: string): string => (a === b ? a : `${a} → ${b}`);
const fixed = (n: number | null | undefined, digits: number): string => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(digits) : '—');

/** One tool's figures, before → after, per set, then the pairs whose counts changed. */
export function compareRuns(before: RunJson, after: RunJson, tool: Tool): string {
  if (!before.sets.some((s) => s.tool === tool)) return `### ${tool}: not in the baseline.`;
  const ids = (run: RunJson) => run.pairs.map((p) => p.id).sort().join();
  const note = ids(before) === ids(after) ? '' : ` — the runs cover different pairs (${before.pairs.length} then ${after.pairs.length}), so the sets' sums differ for that reason too`;
  const header = ['Set', 'Exact', 'Suggestions', 'Per merged hunk', 'Abutting', 'Edges inside words', 'OCR kinds', 'Precision', 'Recall', 'Duplicated / dropped', 'Numbers covered'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const a of after.sets.filter((s) => s.tool === tool)) {
    const b = before.sets.find((s) => s.tool === tool && s.set === a.set);
    if (!b) continue;
    const cell = (f: (x: typeof a) => string) => arrow(f(b), f(a));
    lines.push(`| ${[
      a.set,
      cell((x) => `${x.exact}/${x.pairs}`),
      cell((x) => String(x.suggestions)),
      cell((x) => fixed(x.rates.perHunk, 3)),
      cell((x) => `${x.abutting} (${fixed(100 * x.rates.abutting, 1)}%)`),
      cell((x) => String(x.edgesInWords)),
      cell((x) => fixed(x.rates.ocrKinds, 3)),
      cell((x) => fixed(x.rates.precision, 3)),
      cell((x) => fixed(x.rates.recall, 3)),
      cell((x) => `${x.duplicated} / ${x.dropped}`),
      cell((x) => `${x.numbersCovered}/${x.numbers}`),
    ].join(' | ')} |`);
  }
  const changed: string[] = [];
  for (const p of after.pairs) {
    const [b, a] = [before.pairs.find((q) => q.id === p.id)?.tools[tool], p.tools[tool]];
    if (!a || !b) continue;
    const moved = PAIR_COUNTS.filter((k) => a[k] !== b[k]).map((k) => `${k} ${b[k]} → ${a[k]}`);
    if (moved.length > 0) changed.push(`- ${p.id}: ${moved.join(', ')}`);
  }
  return [`### ${tool}: against the baseline (${before.dir})${note}`, '', ...lines, '', changed.length > 0 ? 'Pairs whose counts changed:' : 'No pair\'s counts changed.', ...changed].join('\n');
}
