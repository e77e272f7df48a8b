/**
 * A review as a report describes it, for the client: every suggestion with
 * what was decided, and the editor's own edits. Plain data, built by the
 * window (from its review state) or by `galley check` (nothing decided), and
 * written out by html-report.ts or csv-report.ts. No clock here: the time
 * the report was made is passed in.
 */
import { SUGGESTION_KINDS, type Severity, type Suggestion, type SuggestionKind } from '@galley/engine';
import { positionsOf } from './positions';

export type Decision = 'accepted' | 'rejected' | 'open';
export const DECISIONS: readonly Decision[] = ['accepted', 'rejected', 'open'];
const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** One suggestion and what became of it. Offsets are into `ReviewReport.draft.text`. */
export interface ReportItem {
  readonly suggestion: Suggestion;
  readonly decision: Decision;
  /** ISO 8601, when the decision was made (absent for open suggestions). */
  readonly decidedAt?: string;
}

/** A change the editor typed, not taken from a suggestion. */
export interface EditorEdit {
  /** 1-based line in the draft as reviewed. */
  readonly line: number;
  readonly before: string;
  readonly after: string;
}

export interface ReviewReport {
  /** What the report is called (e.g. the draft's file name). */
  readonly title: string;
  readonly draft: { readonly name: string; readonly text: string };
  readonly reference: { readonly name: string; readonly text: string };
  readonly items: readonly ReportItem[];
  readonly edits: readonly EditorEdit[];
  /** ISO 8601. */
  readonly generatedAt: string;
  /** e.g. "Galley 0.2.0". */
  readonly generator: string;
}

export interface ReportCounts {
  readonly total: number;
  readonly byKind: Readonly<Record<SuggestionKind, number>>;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byDecision: Readonly<Record<Decision, number>>;
}

export function countItems(items: readonly ReportItem[]): ReportCounts {
  const byKind = Object.fromEntries(SUGGESTION_KINDS.map((k) => [k, 0])) as Record<SuggestionKind, number>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byDecision = Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>;
  for (const { suggestion, decision } of items) {
    byKind[suggestion.kind]++;
    bySeverity[suggestion.severity]++;
    byDecision[decision]++;
  }
  return { total: items.length, byKind, bySeverity, byDecision };
}

/** A report row: an item with its place for a person and both wordings. */
export interface ReportRow {
  readonly item: ReportItem;
  readonly line: number;
  readonly column: number;
  readonly draftWording: string;
  readonly referenceWording: string;
}

/** The items in document order with line, column and wordings. */
export function reportRows(report: ReviewReport): ReportRow[] {
  const items = [...report.items].sort((a, b) => a.suggestion.from - b.suggestion.from || a.suggestion.to - b.suggestion.to);
  const places = positionsOf(report.draft.text, items.map((i) => i.suggestion.from));
  return items.map((item, k) => ({
    item,
    line: places[k].line,
    column: places[k].column,
    draftWording: report.draft.text.slice(item.suggestion.from, item.suggestion.to),
    referenceWording: item.suggestion.replacement,
  }));
}

/** A report of a comparison nobody has reviewed yet: every suggestion open. */
export function uncheckedReport(
  draft: ReviewReport['draft'],
  reference: ReviewReport['reference'],
  suggestions: readonly Suggestion[],
  meta: Pick<ReviewReport, 'generatedAt' | 'generator'>,
): ReviewReport {
  return {
    title: draft.name,
    draft,
    reference,
    items: suggestions.map((suggestion) => ({ suggestion, decision: 'open' as const })),
    edits: [],
    ...meta,
  };
}
