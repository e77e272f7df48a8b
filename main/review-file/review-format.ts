/**
 * The `.galley` review file, and the review Galley keeps for each pair in
 * its data folder: one JSON format with a version, the two documents by
 * path (relative to the file, so a folder copied to another machine still
 * opens) and content hash, and the review itself as the window reported it
 * (preload/api's ReviewSnapshot: the edited text, every decision with its
 * time and the wording it was made on, the editor's own edits, the rules).
 *
 * Pure: text in, checked values out. A file that fails any check is refused
 * whole with one clause saying what is wrong (ReviewFileError); nothing of
 * it is used.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, posix, relative, resolve, sep, win32 } from 'node:path';
import type { DecisionRecord, EditRecord, ReviewSnapshot } from '../../preload/api';

export const REVIEW_FILE_VERSION = 1;
export const REVIEW_EXTENSION = '.galley';
/** What the file says it is, so a stray JSON file is not taken for a review. */
const KIND = 'galley-review';

/** The longest text a review may hold: what a draft may decode to (ipc/validate's limit). */
const MAX_TEXT = 64 * 1024 * 1024;
/** More decisions or edits than any draft Galley opens could give. */
const MAX_RECORDS = 1_000_000;
const MAX_PATH = 4096;

export class ReviewFileError extends Error {}

/** One of the two documents a review is about: where it is, and which content it had. */
export interface ReviewDocument {
  /** Absolute once read; written relative to the review file's folder. */
  readonly path: string;
  /** SHA-256 of the document's text as Galley read it (decoded, LF line endings), hex. */
  readonly sha256: string;
}

export interface ReviewFile {
  readonly draft: ReviewDocument;
  readonly reference: ReviewDocument;
  /** ISO 8601: when the review was written. */
  readonly savedAt: string;
  readonly review: ReviewSnapshot;
}

/** The content hash a review records for a document's text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The review as file text, its documents' paths written relative to `folder` (where the file goes). */
export function serialiseReview(file: ReviewFile, folder: string): string {
  const document = ({ path, sha256 }: ReviewDocument) => ({ path: relative(folder, path).split(sep).join('/'), sha256 });
  const json = {
    galley: KIND,
    version: REVIEW_FILE_VERSION,
    savedAt: file.savedAt,
    draft: document(file.draft),
    reference: document(file.reference),
    ...file.review,
  };
  return `${JSON.stringify(json, null, 1)}\n`;
}

/** A review file's text, checked field by field, its paths resolved against `folder`; throws ReviewFileError. */
export function parseReview(text: string, folder: string): ReviewFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReviewFileError('it is not JSON');
  }
  const record = objectOf(json, 'it is not a Galley review');
  if (record.galley !== KIND) throw new ReviewFileError('it is not a Galley review');
  if (record.version !== REVIEW_FILE_VERSION) {
    throw new ReviewFileError(`it is a version ${JSON.stringify(record.version)} review; this Galley reads version ${REVIEW_FILE_VERSION}`);
  }
  return {
    draft: documentOf(record.draft, 'draft', folder),
    reference: documentOf(record.reference, 'reference', folder),
    savedAt: timeOf(record.savedAt, '"savedAt"'),
    review: checkSnapshot(record),
  };
}

/** A review snapshot from untrusted JSON (a file, or the window over IPC); throws ReviewFileError. */
export function checkSnapshot(value: unknown): ReviewSnapshot {
  const record = objectOf(value, 'the review is not an object');
  const text = stringOf(record.text, '"text"', MAX_TEXT);
  const decisions = listOf(record.decisions, '"decisions"').map((entry, i) => decisionOf(entry, `decision ${i + 1}`));
  const edits = listOf(record.edits, '"edits"').map((entry, i) => editOf(entry, `edit ${i + 1}`));
  const rules = listOf(record.rules, '"rules"').map((entry, i) => {
    const rule = objectOf(entry, `rule ${i + 1} is not an object`);
    return { draft: stringOf(rule.draft, `rule ${i + 1}'s "draft"`), reference: stringOf(rule.reference, `rule ${i + 1}'s "reference"`) };
  });
  const progress = objectOf(record.progress, '"progress" is not an object');
  const decided = countOf(progress.decided, '"progress.decided"');
  const total = countOf(progress.total, '"progress.total"');
  if (decided > total) throw new ReviewFileError('"progress" has more decided than there are suggestions');
  return { text, decisions, edits, rules, progress: { decided, total } };
}

function decisionOf(value: unknown, what: string): DecisionRecord {
  const record = objectOf(value, `${what} is not an object`);
  if (record.decision !== 'accepted' && record.decision !== 'rejected') throw new ReviewFileError(`${what} is neither "accepted" nor "rejected"`);
  return {
    key: stringOf(record.key, `${what}'s "key"`, 200),
    decision: record.decision,
    at: timeOf(record.at, `${what}'s "at"`),
    draft: stringOf(record.draft, `${what}'s "draft"`),
    reference: stringOf(record.reference, `${what}'s "reference"`),
    before: stringOf(record.before, `${what}'s "before"`),
    after: stringOf(record.after, `${what}'s "after"`),
  };
}

function editOf(value: unknown, what: string): EditRecord {
  const record = objectOf(value, `${what} is not an object`);
  return {
    before: stringOf(record.before, `${what}'s "before"`),
    after: stringOf(record.after, `${what}'s "after"`),
    contextBefore: stringOf(record.contextBefore, `${what}'s "contextBefore"`),
    contextAfter: stringOf(record.contextAfter, `${what}'s "contextAfter"`),
  };
}

function documentOf(value: unknown, role: string, folder: string): ReviewDocument {
  const record = objectOf(value, `"${role}" is not an object`);
  const path = stringOf(record.path, `the ${role}'s "path"`, MAX_PATH);
  // Relative only: a review names documents beside it, never a place of its own choosing on this machine.
  if (path === '' || path.includes('\0') || isAbsolute(path) || posix.isAbsolute(path) || win32.isAbsolute(path)) {
    throw new ReviewFileError(`the ${role}'s "path" must be a path relative to the review file`);
  }
  const sha256 = stringOf(record.sha256, `the ${role}'s "sha256"`, 64);
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new ReviewFileError(`the ${role}'s "sha256" is not a SHA-256 in hex`);
  return { path: resolve(folder, ...path.split('/')), sha256 };
}

function objectOf(value: unknown, problem: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ReviewFileError(problem);
  return value as Record<string, unknown>;
}

function listOf(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new ReviewFileError(`${what} is not a list`);
  if (value.length > MAX_RECORDS) throw new ReviewFileError(`${what} has more than ${MAX_RECORDS} entries`);
  return value;
}

function stringOf(value: unknown, what: string, max = MAX_TEXT): string {
  if (typeof value !== 'string') throw new ReviewFileError(`${what} is not text`);
  if (value.length > max) throw new ReviewFileError(`${what} is too long`);
  return value;
}

function countOf(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new ReviewFileError(`${what} is not a count`);
  return value;
}

function timeOf(value: unknown, what: string): string {
  const text = stringOf(value, what, 40);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(Date.parse(text))) throw new ReviewFileError(`${what} is not an ISO 8601 time`);
  return text;
}
