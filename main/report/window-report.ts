/**
 * The window's review (File ▸ Export Report…) as a ReviewReport: the
 * renderer sends every suggestion with its decision and time, the draft text
 * they index and the editor's own edits (preload/api's ReportRequest); this
 * module checks that JSON field by field, since whatever the page sends is
 * untrusted, and builds the report html-report.ts writes.
 */
import { SUGGESTION_KINDS, type Severity, type Suggestion, type SuggestionKind, type SuggestionPart } from '@galley/engine';
import type { ReportRequest } from '../../preload/api';
import { DECISIONS, type Decision, type EditorEdit, type ReportItem, type ReviewReport } from './review-report';

/** More suggestions than any draft Galley opens could hold; a bound on what the page may send. */
const MAX_ITEMS = 1_000_000;
const SEVERITIES: readonly string[] = ['high', 'medium', 'low'] satisfies readonly Severity[];

/** A request that breaks the contract; the message says which field. */
export class ReportRequestError extends Error {}

export interface CheckedReportRequest {
  readonly draftText: ReportRequest['draftText'];
  readonly items: ReportItem[];
  readonly edits: EditorEdit[];
}

/**
 * The request if every field has its type and every draft offset is inside
 * the draft text (reference offsets within `maxText`); throws
 * ReportRequestError otherwise.
 */
export function checkReportRequest(value: unknown, maxText: number): CheckedReportRequest {
  const referenceLength = maxText;
  const record = object(value, 'report');
  const draftText = string(record.draftText, 'draftText', maxText);
  const items = list(record.items, 'items', MAX_ITEMS).map((entry, i) => item(entry, `items[${i}]`, draftText.length, referenceLength));
  const edits = list(record.edits, 'edits', MAX_ITEMS).map((entry, i): EditorEdit => {
    const edit = object(entry, `edits[${i}]`);
    return { line: offset(edit.line, `edits[${i}].line`, Number.MAX_SAFE_INTEGER), before: string(edit.before, `edits[${i}].before`, maxText), after: string(edit.after, `edits[${i}].after`, maxText) };
  });
  return { draftText, items, edits };
}

/** The report of a window's review; `generatedAt` is passed in (no clock here). */
export function windowReport(
  request: CheckedReportRequest,
  draftName: string,
  reference: ReviewReport['reference'],
  meta: Pick<ReviewReport, 'generatedAt' | 'generator'>,
): ReviewReport {
  return { title: draftName, draft: { name: draftName, text: request.draftText }, reference, items: request.items, edits: request.edits, ...meta };
}

function item(value: unknown, where: string, draftLength: number, referenceLength: number): ReportItem & { decision: Decision } {
  const record = object(value, where);
  const s = object(record.suggestion, `${where}.suggestion`);
  const at = (field: string) => `${where}.suggestion.${field}`;
  const from = offset(s.from, at('from'), draftLength);
  const to = offset(s.to, at('to'), draftLength);
  const refFrom = offset(s.refFrom, at('refFrom'), referenceLength);
  const refTo = offset(s.refTo, at('refTo'), referenceLength);
  if (to < from || refTo < refFrom) throw new ReportRequestError(`${where}: a span ends before it starts`);
  const kind = s.kind;
  if (!SUGGESTION_KINDS.includes(kind as SuggestionKind)) throw new ReportRequestError(`${at('kind')}: not a kind`);
  if (!SEVERITIES.includes(s.severity as string)) throw new ReportRequestError(`${at('severity')}: not a severity`);
  const suggestion: Suggestion = {
    id: string(s.id, at('id'), 200),
    from,
    to,
    replacement: string(s.replacement, at('replacement'), Number.MAX_SAFE_INTEGER),
    kind: kind as SuggestionKind,
    severity: s.severity as Severity,
    refFrom,
    refTo,
    ...(s.moveId === undefined ? {} : { moveId: string(s.moveId, at('moveId'), 200) }),
    ...(s.parts === undefined ? {} : { parts: list(s.parts, at('parts'), MAX_ITEMS).map((p, k) => part(p, `${at('parts')}[${k}]`, { from, to, refFrom, refTo }, referenceLength)) }),
  };
  const decision = record.decision;
  if (!DECISIONS.includes(decision as Decision)) throw new ReportRequestError(`${where}.decision: not a decision`);
  if (record.decidedAt === undefined) return { suggestion, decision: decision as Decision };
  const decidedAt = string(record.decidedAt, `${where}.decidedAt`, 40);
  if (Number.isNaN(Date.parse(decidedAt))) throw new ReportRequestError(`${where}.decidedAt: not a time`);
  return { suggestion, decision: decision as Decision, decidedAt };
}

/**
 * A word-level part: its offsets index the draft and the reference as its
 * suggestion's own do (the engine's SuggestionPart), so each lies within
 * the suggestion's spans.
 */
function part(value: unknown, where: string, within: { from: number; to: number; refFrom: number; refTo: number }, maxText: number): SuggestionPart {
  const p = object(value, where);
  const from = offsetIn(p.from, `${where}.from`, within.from, within.to);
  const to = offsetIn(p.to, `${where}.to`, from, within.to);
  const refFrom = offsetIn(p.refFrom, `${where}.refFrom`, within.refFrom, within.refTo);
  const refTo = offsetIn(p.refTo, `${where}.refTo`, refFrom, within.refTo);
  return { from, to, refFrom, refTo, replacement: string(p.replacement, `${where}.replacement`, maxText) };
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ReportRequestError(`${where}: expected an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(value) || value.length > max) throw new ReportRequestError(`${where}: expected a list`);
  return value;
}

function string(value: unknown, where: string, max: number): string {
  if (typeof value !== 'string' || value.length > max) throw new ReportRequestError(`${where}: expected text`);
  return value;
}

function offset(value: unknown, where: string, max: number): number {
  return offsetIn(value, where, 0, max);
}

function offsetIn(value: unknown, where: string, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) throw new ReportRequestError(`${where}: expected an offset within the text`);
  return value as number;
}
