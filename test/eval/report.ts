/** Markdown tables for the evaluation: one summary row per set, and a per-kind breakdown. */
import { SUGGESTION_KINDS, type SuggestionKind } from '@galley/engine';
import { rates, type Score } from './score';

export interface Row {
  readonly label: string;
  readonly score: Score;
}

const fixed = (n: number, digits: number): string => (Number.isNaN(n) ? '–' : n.toFixed(digits));
const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The headline table: quality figures per density, genre or any other grouping. */
export function summaryTable(rows: readonly Row[]): string {
  return table(
    ['Set', 'Cases', 'Words', 'Errors', 'Suggestions', 'Precision', 'Recall', 'F1', 'Kind accuracy', 'Unchanged words / suggestion', 'Edges inside words', 'Moves as moves', 'Accept-all restores'],
    rows.map(({ label, score: s }) => {
      const r = rates(s);
      return [
        label, String(s.cases), String(s.words), String(s.errors), String(s.suggestions),
        fixed(r.precision, 4), fixed(r.recall, 4), fixed(r.f1, 4), fixed(r.kindAccuracy, 3),
        fixed(r.carriedPerSuggestion, 3), String(s.edgesInWords), percent(s.movesAsMoves, s.moves), `${s.restored}/${s.cases}`,
      ];
    }),
  );
}

/** Per injected kind: how many were found, how many got the right kind, and what they were called instead. */
export function kindTable(score: Score): string {
  const rows = SUGGESTION_KINDS.filter((k) => score.byKind[k]).map((kind) => {
    const t = score.byKind[kind]!;
    const reported = (Object.entries(t.reportedAs) as [SuggestionKind, number][])
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    return [kind, String(t.injected), String(t.found), fixed(t.injected ? t.found / t.injected : NaN, 3), fixed(t.found ? t.kindCorrect / t.found : NaN, 3), reported || '–'];
  });
  const spurious = (Object.entries(score.spurious) as [SuggestionKind, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return [
    table(['Injected kind', 'Injected', 'Found', 'Recall', 'Kind correct', 'Matching suggestions reported as'], rows),
    '',
    `Suggestions matching no error (by reported kind): ${spurious || 'none'}.`,
    `Errors split over several suggestions: ${score.splitErrors}; suggestions spanning several errors: ${score.mergedSuggestions}.`,
  ].join('\n');
}
