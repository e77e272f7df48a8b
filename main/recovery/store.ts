/**
 * Recovery copies of unsaved reviews. While a review has unsaved work the
 * renderer sends its edited text and decisions every few seconds; they are
 * kept here, one JSON file per review, written atomically so a crash during
 * the write leaves the previous copy. The next start lists what is left and
 * offers to restore it; a clean close discards it.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomic';
import { systemCode, toFileError } from '../files/errors';
import { nodeFileSystem, type FileSystem } from '../files/fs';
import { isTextFormat, type TextFormat } from '../files/text-format';

/** The sub-folder of the folder the app gives the store (its userData folder). */
export const RECOVERY_FOLDER_NAME = 'recovery';

/** Bumped when the file layout changes; copies of another version are ignored. */
const FORMAT_VERSION = 1;

/** What the app hands in; the store adds id and savedAt. */
export interface RecoveryInput {
  draftPath: string;
  referencePath: string;
  /** The edited draft text (LF line endings, as the editor holds it). */
  text: string;
  /** Plain JSON from the renderer: accepted / rejected suggestions and so on. */
  decisions: unknown;
  /** The draft's file format, so a restore can save as the draft was written even if the draft is gone. */
  format?: TextFormat;
  /** The draft's mtime when it was opened, to tell on restore whether it changed since. */
  draftMtimeMs?: number;
}

export interface RecoveryCopy extends RecoveryInput {
  /** One per (draft, reference) pair: see recoveryId. */
  id: string;
  /** When the copy was written, in ms since the epoch. */
  savedAt: number;
}

/** A copy without its text and decisions, to list at start-up. */
export type RecoverySummary = Pick<RecoveryCopy, 'id' | 'draftPath' | 'referencePath' | 'savedAt'>;

/** The same pair of files always maps to the same copy, so a newer save replaces the older. */
export function recoveryId(draftPath: string, referencePath: string): string {
  return createHash('sha256').update(draftPath).update('\0').update(referencePath).digest('hex').slice(0, 32);
}

const ID_PATTERN = /^[0-9a-f]{32}$/;

/** Whether `id` is one this store could have made (ids come back from the renderer). */
export function isRecoveryId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

export interface RecoveryStoreOptions {
  fs?: FileSystem;
  now?: () => number;
}

export class RecoveryStore {
  /** The folder holding one `<id>.json` per review. */
  readonly folder: string;
  private readonly fs: FileSystem;
  private readonly now: () => number;
  /** Operations on one id run in order, so a slow older save never lands after a newer one or a discard. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(dataFolder: string, options: RecoveryStoreOptions = {}) {
    this.folder = join(dataFolder, RECOVERY_FOLDER_NAME);
    this.fs = options.fs ?? nodeFileSystem;
    this.now = options.now ?? Date.now;
  }

  /** Write (or replace) the copy for this review. Throws FileError if it cannot be written. */
  save(input: RecoveryInput): Promise<RecoveryCopy> {
    const copy: RecoveryCopy = { ...input, id: recoveryId(input.draftPath, input.referencePath), savedAt: this.now() };
    // Serialise now, so the caller's later changes to `decisions` cannot leak in.
    const json = JSON.stringify({ version: FORMAT_VERSION, ...copy });
    return this.enqueue(copy.id, async () => {
      // The copy holds the user's document: keep it private to the user.
      await this.fs.mkdir(this.folder, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
        throw toFileError(error, this.folder, 'save');
      });
      await writeFileAtomic(this.pathOf(copy.id), Buffer.from(json, 'utf8'), { fs: this.fs, mode: 0o600 });
      return copy;
    });
  }

  /** Every readable copy, newest first. Unreadable or foreign files are skipped. */
  async list(): Promise<RecoverySummary[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.folder);
    } catch (error) {
      if (systemCode(error) === 'ENOENT') return [];
      throw toFileError(error, this.folder, 'open');
    }
    const copies = await Promise.all(
      names.filter((name) => name.endsWith('.json')).map((name) => this.load(name.slice(0, -'.json'.length))),
    );
    return copies
      .filter((copy): copy is RecoveryCopy => copy !== null)
      .map(({ id, draftPath, referencePath, savedAt }) => ({ id, draftPath, referencePath, savedAt }))
      .sort((a, b) => b.savedAt - a.savedAt);
  }

  /** The copy with this id, or null if there is none (or it cannot be read). */
  async load(id: string): Promise<RecoveryCopy | null> {
    if (!isRecoveryId(id)) return null;
    await this.queues.get(id);
    try {
      return parseCopy(await this.fs.readFile(this.pathOf(id), 'utf8'), id);
    } catch {
      return null;
    }
  }

  /** Remove the copy (after a save or a clean close). Missing copies are fine. */
  discard(id: string): Promise<void> {
    if (!isRecoveryId(id)) return Promise.resolve();
    return this.enqueue(id, async () => {
      await this.fs.unlink(this.pathOf(id)).catch((error: unknown) => {
        if (systemCode(error) !== 'ENOENT') throw toFileError(error, this.pathOf(id), 'save');
      });
    });
  }

  /** Remove the copy for a pair of files, e.g. when the review is closed cleanly. */
  discardReview(draftPath: string, referencePath: string): Promise<void> {
    return this.discard(recoveryId(draftPath, referencePath));
  }

  private pathOf(id: string): string {
    return join(this.folder, `${id}.json`);
  }

  private enqueue<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(task);
    const settled = next.catch(() => {});
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return next;
  }
}

/** A stored copy, checked field by field: the file is ours but may be from another version. */
function parseCopy(json: string, id: string): RecoveryCopy | null {
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (
    v.version !== FORMAT_VERSION ||
    v.id !== id ||
    typeof v.draftPath !== 'string' ||
    typeof v.referencePath !== 'string' ||
    typeof v.text !== 'string' ||
    typeof v.savedAt !== 'number' ||
    !('decisions' in v) ||
    (v.format !== undefined && !isTextFormat(v.format)) ||
    (v.draftMtimeMs !== undefined && typeof v.draftMtimeMs !== 'number')
  ) {
    return null;
  }
  return {
    id,
    draftPath: v.draftPath,
    referencePath: v.referencePath,
    text: v.text,
    decisions: v.decisions,
    savedAt: v.savedAt,
    ...(v.format !== undefined ? { format: v.format as TextFormat } : {}),
    ...(v.draftMtimeMs !== undefined ? { draftMtimeMs: v.draftMtimeMs as number } : {}),
  };
}
