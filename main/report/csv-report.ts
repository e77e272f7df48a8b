/**
 * The client's report as a CSV table (RFC 4180: comma-separated, CRLF rows,
 * fields quoted when they hold a comma, quote or line break), one row per
 * suggestion in document order, for spreadsheets and pipelines.
 */
import { reportRows, type ReviewReport } from './review-report';

const HEADER = ['line', 'column', 'kind', 'severity', 'decision', 'decided_at', 'draft', 'reference', 'from', 'to', 'move_id'];

export function csvReport(report: ReviewReport): string {
  const rows = reportRows(report).map(({ item, line, column, draftWording, referenceWording }) => [
    String(line),
    String(column),
    item.suggestion.kind,
    item.suggestion.severity,
    item.decision,
    item.decidedAt ?? '',
    cellText(draftWording),
    cellText(referenceWording),
    String(item.suggestion.from),
    String(item.suggestion.to),
    item.suggestion.moveId ?? '',
  ]);
  return [HEADER, ...rows].map((row) => row.map(quote).join(',') + '\r\n').join('');
}

/**
 * A spreadsheet would run document text that starts like a formula
 * (`=HYPERLINK(…)`, `+1`, `@SUM`) as one; OWASP's advice is to lead such a
 * cell with an apostrophe, which spreadsheets show as text and hide.
 */
function cellText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
