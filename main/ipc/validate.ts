/**
 * Argument checks for IPC handlers. Whatever the page sends is untrusted:
 * each value is checked for shape and size before it reaches a session.
 */
import type { DocumentRole, DraftEdit, IgnoreSettings, KeptReviewSent, LineEdit, RecoveryPatch, RecoverySnapshot, RejectionCount, ReviewSnapshot, SaveRequest } from '../../preload/api';
import { canonicalEncoding } from '../files/charset';
import { checkSnapshot, ReviewFileError } from '../review-file/review-format';
import { checkRejections, RejectionsError } from '../settings/rejections-store';
import { isRecoveryId } from '../recovery';
import { parseSettings, SettingsError } from '../settings/settings-store';
import { checkReportRequest, ReportRequestError, type CheckedReportRequest } from '../report/window-report';

/** Thrown for an argument of the wrong shape; the handler table turns it into a rejected call. */
export class InvalidArgument extends Error {}

/** The largest text the renderer may send (a 50 MB draft decodes to fewer UTF-16 units than this). */
export const MAX_TEXT_LENGTH = 64 * 1024 * 1024;
const MAX_PATHS = 2;
const HANDLE = /^[0-9a-f-]{36}$/;

export function handle(value: unknown): string {
  if (typeof value !== 'string' || !HANDLE.test(value)) throw new InvalidArgument('expected a document handle');
  return value;
}

export function boolean(value: unknown): boolean {
  if (typeof value !== 'boolean') throw new InvalidArgument('expected a boolean');
  return value;
}

/** An encoding Galley can read and write, as iconv-lite names it. */
export function encoding(value: unknown): string {
  const known = typeof value === 'string' ? canonicalEncoding(value) : null;
  if (!known) throw new InvalidArgument('expected an encoding Galley knows');
  return known;
}

export function text(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_TEXT_LENGTH) throw new InvalidArgument('expected text');
  return value;
}

export function saveRequest(value: unknown): SaveRequest {
  if (typeof value !== 'object' || value === null) throw new InvalidArgument('expected a save request');
  const record = value as Record<string, unknown>;
  return {
    draft: handle(record.draft),
    text: text(record.text),
    saveAs: boolean(record.saveAs),
    ...(record.edits === undefined ? {} : { edits: draftEdits(record.edits) }),
    ...(record.trackChanges === undefined ? {} : { trackChanges: boolean(record.trackChanges) }),
  };
}

/** Edits of shape { from, to, insert }, in order and apart; whether they fit the draft is the session's to check. */
function draftEdits(value: unknown): DraftEdit[] {
  if (!Array.isArray(value) || value.length > MAX_TEXT_LENGTH) throw new InvalidArgument('expected a list of edits');
  let end = 0;
  let inserted = 0;
  return value.map((edit: unknown) => {
    const { from, to, insert } = (typeof edit === 'object' && edit !== null ? edit : {}) as Record<string, unknown>;
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || typeof insert !== 'string') throw new InvalidArgument('expected an edit');
    if ((from as number) < end || (to as number) < (from as number)) throw new InvalidArgument('expected edits in order, apart');
    inserted += insert.length;
    if (inserted > MAX_TEXT_LENGTH) throw new InvalidArgument('expected edits no longer than a draft');
    end = to as number;
    return { from: from as number, to: to as number, insert };
  });
}

export function reportRequest(value: unknown): CheckedReportRequest {
  try {
    return checkReportRequest(value, MAX_TEXT_LENGTH);
  } catch (error) {
    if (error instanceof ReportRequestError) throw new InvalidArgument(error.message);
    throw error;
  }
}

export function settings(value: unknown): IgnoreSettings {
  return checkedBy(() => parseSettings(value), SettingsError, 'settings: ');
}

export function reviewSnapshot(value: unknown): ReviewSnapshot {
  return checkedBy(() => checkSnapshot(value), ReviewFileError, 'review: ');
}

/** A review as keepReview sends it (preload/api's KeptReviewSent): whole, or with its text named as a recovery copy's number. */
export function keptReview(value: unknown): KeptReviewSent {
  if (typeof value !== 'object' || value === null || !('textOfRecovery' in value)) return reviewSnapshot(value);
  const { textOfRecovery, ...rest } = value as Record<string, unknown>;
  if (typeof textOfRecovery !== 'number' || !Number.isSafeInteger(textOfRecovery) || textOfRecovery < 1) throw new InvalidArgument('expected the number of a recovery copy');
  if ('text' in rest) throw new InvalidArgument('a review names its text as a recovery copy or sends it, not both');
  const { text: _sent, ...checked } = reviewSnapshot({ ...rest, text: '' });
  return { ...checked, textOfRecovery };
}

export function rejections(value: unknown): RejectionCount[] {
  return checkedBy(() => checkRejections(value), RejectionsError, '');
}

/** Runs a module's own check, turning its error (and only that) into InvalidArgument. */
function checkedBy<T>(check: () => T, failure: new (...args: never[]) => Error, prefix: string): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof failure) throw new InvalidArgument(`${prefix}${error.message}`);
    throw error;
  }
}

/** A whole recovery snapshot, a patch on the last copy (preload/api's RecoveryPatch), or null. */
export function recoveryCopy(value: unknown): RecoverySnapshot | RecoveryPatch | null {
  if (value === null) return null;
  if (typeof value !== 'object') throw new InvalidArgument('expected a recovery copy');
  const record = value as Record<string, unknown>;
  const review = record.review;
  if (!('seq' in record)) {
    if (JSON.stringify(review ?? null).length > MAX_TEXT_LENGTH) throw new InvalidArgument('review too large');
    return { text: text(record.text), review };
  }
  // A patch as the page sends it (preload/api's RecoveryPatchSent): its lines joined, its review as JSON text or absent.
  const { seq, base, from, to, lines } = record;
  if (lines !== null && typeof lines !== 'string') throw new InvalidArgument('expected lines of text');
  if (lines !== null && lines.length > MAX_TEXT_LENGTH) throw new InvalidArgument('expected text');
  const patch: RecoveryPatch = {
    seq: count(seq),
    base: base === null ? null : typeof base === 'string' ? handle(base) : count(base),
    from: count(from),
    to: count(to),
    lines: lines === null ? [] : lines.split('\n'),
    decided: boolean(record.decided),
  };
  if (record.edits !== undefined) {
    if (lines !== null) throw new InvalidArgument('expected lines or their edits, not both');
    patch.edits = checkedLineEdits(record.edits);
  }
  return review === undefined ? patch : { ...patch, review: reviewOf(review) };
}

/** A patch's edits of its lines (preload/api's LineEdit), sent as JSON text. */
function checkedLineEdits(value: unknown): LineEdit[] {
  const edits = jsonText(value, 'line edits');
  const isEdit = (edit: unknown): edit is LineEdit =>
    Array.isArray(edit) && edit.length === 4 && edit.slice(0, 3).every((n) => Number.isSafeInteger(n) && n >= 0) && edit[1] <= edit[2] && typeof edit[3] === 'string';
  if (!Array.isArray(edits) || !edits.every(isEdit)) throw new InvalidArgument('expected line edits');
  return edits;
}

/** A recovery copy's review, sent as JSON text. */
function reviewOf(value: unknown): unknown {
  return jsonText(value, 'a review');
}

/** `value` read as JSON text of at most MAX_TEXT_LENGTH characters (`what` names it in the refusal). */
function jsonText(value: unknown, what: string): unknown {
  if (typeof value !== 'string' || value.length > MAX_TEXT_LENGTH) throw new InvalidArgument(`expected ${what} as JSON text`);
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new InvalidArgument(`expected ${what} as JSON text`);
  }
}

function count(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new InvalidArgument('expected a count');
  return value as number;
}

/** Paths of dropped files (the preload takes them from a real drop; main opens only those registered as it happened). */
export function droppedPaths(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_PATHS) {
    throw new InvalidArgument('expected one or two dropped files');
  }
  return value.map((path) => {
    if (typeof path !== 'string' || path.length === 0 || path.length > 4096 || path.includes('\0')) {
      throw new InvalidArgument('expected a file path');
    }
    return path;
  });
}

export function dropTarget(value: unknown): DocumentRole | 'auto' {
  if (value === undefined) return 'auto';
  if (value === 'draft' || value === 'reference' || value === 'auto') return value;
  throw new InvalidArgument('expected a drop target');
}

export function recoveryId(value: unknown): string {
  if (!isRecoveryId(value)) throw new InvalidArgument('expected a recovery id');
  return value;
}
