/**
 * What `galley check` prints: one line per suggestion for people, or one
 * JSON document for programs.
 */
import { SUGGESTION_KINDS, type Severity, type Suggestion, type SuggestionKind } from '@galley/engine';
import type { TextFormat } from '../files/text-format';
import { positionsOf } from '../report/positions';
import { showingStray } from '../files/stray-bytes';

/** A document as the report describes it. */
export interface ReportedFile {
  path: string;
  text: string;
  format: TextFormat;
  /** The file's container when it is not plain text ('docx', 'markdown', 'html', 'pdf'). */
  container?: string;
}

/** ANSI styles; all empty when colour is off. */
export interface Palette {
  dim: (s: string) => string;
  draft: (s: string) => string;
  reference: (s: string) => string;
  severity: (severity: Severity, s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const SEVERITY_COLOUR: Record<Severity, (s: string) => string> = { high: sgr(31, 39), medium: sgr(33, 39), low: sgr(36, 39) };

export const COLOUR: Palette = {
  dim: sgr(2, 22),
  draft: sgr(31, 39),
  reference: sgr(32, 39),
  severity: (severity, s) => SEVERITY_COLOUR[severity](s),
};

export const PLAIN: Palette = { dim: (s) => s, draft: (s) => s, reference: (s) => s, severity: (_severity, s) => s };

/** Widest kind and severity names, so the columns line up. */
const KIND_WIDTH = Math.max(...SUGGESTION_KINDS.map((k) => k.length));
const SEVERITY_WIDTH = 'medium'.length;

/**
 * One line per suggestion in draft order: `12:5  name  high  "Stmper" → "Starmer"`.
 * Texts are JSON-quoted so line breaks and quotes inside them stay visible
 * and every suggestion keeps to its line.
 */
export function textReport(draft: ReportedFile, suggestions: readonly Suggestion[], palette: Palette): string {
  const sorted = [...suggestions].sort((a, b) => a.from - b.from || a.to - b.to);
  const locations = positionsOf(draft.text, sorted.map((s) => s.from)).map(({ line, column }) => `${line}:${column}`);
  const width = Math.max(0, ...locations.map((l) => l.length));
  return sorted
    .map((s, i) => {
      const where = palette.dim(locations[i].padEnd(width));
      const kind = palette.severity(s.severity, s.kind.padEnd(KIND_WIDTH));
      const severity = palette.severity(s.severity, s.severity.padEnd(SEVERITY_WIDTH));
      const change = `${palette.draft(JSON.stringify(showingStray(draft.text.slice(s.from, s.to))))} → ${palette.reference(JSON.stringify(showingStray(s.replacement)))}`;
      const move = s.moveId ? palette.dim(` (move ${s.moveId})`) : '';
      return `${where}  ${kind}  ${severity}  ${change}${move}\n`;
    })
    .join('');
}

export interface JsonReport {
  suggestions: ReportedSuggestion[];
  draft: FileSummary;
  reference: FileSummary;
  counts: { total: number; byKind: Record<SuggestionKind, number>; bySeverity: Record<Severity, number> };
}

/**
 * A suggestion with the draft's wording and where it starts for a person:
 * for a Word, Markdown or PDF file the offsets index the text Galley read
 * out of it, which a script does not have.
 */
export type ReportedSuggestion = Suggestion & {
  /** The draft's words the suggestion replaces (`replacement` is the reference's). */
  draftText: string;
  /** 1-based line and column (in characters) of `from` in the draft's text. */
  line: number;
  column: number;
};

export interface FileSummary {
  path: string;
  container?: string;
  encoding: string;
  bom: boolean;
  lineEnding: TextFormat['lineEnding'];
  mixedLineEndings: boolean;
  finalNewline: boolean;
  /** Length of the decoded text in UTF-16 code units: the range of the offsets. */
  length: number;
}

export function jsonReport(draft: ReportedFile, reference: ReportedFile, suggestions: readonly Suggestion[]): JsonReport {
  const byKind = Object.fromEntries(SUGGESTION_KINDS.map((k) => [k, 0])) as Record<SuggestionKind, number>;
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const s of suggestions) {
    byKind[s.kind]++;
    bySeverity[s.severity]++;
  }
  const sorted = [...suggestions].sort((a, b) => a.from - b.from || a.to - b.to);
  const positions = positionsOf(draft.text, sorted.map((s) => s.from));
  return {
    suggestions: sorted.map((s, i) => ({ ...s, draftText: draft.text.slice(s.from, s.to), ...positions[i] })),
    draft: summary(draft),
    reference: summary(reference),
    counts: { total: suggestions.length, byKind, bySeverity },
  };
}

function summary({ path, text, format, container }: ReportedFile): FileSummary {
  return {
    path,
    ...(container !== undefined && container !== 'text' ? { container } : {}),
    encoding: format.encoding,
    bom: format.bom,
    lineEnding: format.lineEnding,
    mixedLineEndings: format.lineBreaks !== undefined,
    finalNewline: format.finalNewline,
    length: text.length,
  };
}
