/** The real-data table (markdown) and its JSON form, from summed figures. */
import { TOOL_LABELS, type Tool } from './contenders';
import type { Figures } from './figures';

/** One row: a set of pairs (ocr, mt, paraphrase, all) as one tool did on it. */
export interface Row {
  readonly set: string;
  readonly tool: Tool;
  readonly figures: Figures;
  /** Whether the tool's changes carry kinds and severities (Galley's do, plain diffs' do not). */
  readonly kinded: boolean;
}

/** Ratios of a row; NaN where there is nothing to divide by. */
export function rates(f: Figures) {
  return {
    exact: f.exact / f.pairs,
    perHunk: f.suggestions / f.hunks,
    abutting: f.abutting / f.suggestions,
    ocrKinds: f.ocrKinds / f.ocrSuggestions,
    precision: f.hits / f.flagged,
    recall: f.hits / f.errorWords,
    numbersCovered: f.numbersCovered / f.numbers,
  };
}

const NONE = '—';
const fixed = (n: number, digits: number): string => (Number.isFinite(n) ? n.toFixed(digits) : NONE);

export const COLUMNS = [
  'Set', 'Tool', 'Pairs', 'Suggestions', 'Accept-all exact', 'Per merged hunk', 'Abutting', 'Edges inside words',
  'OCR kinds', 'Precision', 'Recall', 'Partial accepts: duplicated / dropped', 'Numbers covered', 'Time (s)',
] as const;

/** The table; `first` names the first column (a set of pairs, or one pair). */
export function table(rows: readonly Row[], first = 'Set'): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line([first, ...COLUMNS.slice(1)]),
    line(COLUMNS.map(() => '---')),
    ...rows.map(({ set, tool, figures: f, kinded }) => {
      const r = rates(f);
      const truth = f.truthPairs > 0;
      return line([
        set === 'all' ? '**all**' : set,
        TOOL_LABELS[tool],
        String(f.pairs),
        String(f.suggestions),
        `${f.exact}/${f.pairs}`,
        fixed(r.perHunk, 2),
        f.suggestions > 0 ? `${(100 * r.abutting).toFixed(1)}% (${f.abutting})` : NONE,
        String(f.edgesInWords),
        kinded && f.ocrSuggestions > 0 ? `${fixed(r.ocrKinds, 3)} (${f.ocrKinds}/${f.ocrSuggestions})` : NONE,
        truth ? fixed(r.precision, 3) : NONE,
        truth ? fixed(r.recall, 3) : NONE,
        kinded ? `${f.duplicated} / ${f.dropped}` : NONE,
        kinded ? `${f.numbersCovered}/${f.numbers}` : NONE,
        f.seconds.toFixed(2),
      ]);
    }),
  ].join('\n');
}
