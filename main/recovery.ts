/**
 * Recovery copies of unsaved reviews, one JSON file per review session in a
 * folder of the app's data folder. While a review has unsaved work the
 * renderer sends its edited text and decisions every few seconds; each copy
 * is written atomically, so a crash during the write leaves the previous one.
 * The next start lists what is left (`pending`) and offers to restore it; a
 * clean close discards it.
 */
import { join } from 'node:path';
import { writeFileAtomic } from './files/atomic';
import { systemCode, toFileError } from './files/errors';
import { nodeFileSystem, type FileSystem } from './files/fs';
import type { RecoveryEntry, RecoveryPort } from './session/ports';

/** Bumped when the file layout changes; copies of another version are ignored. */
const FORMAT_VERSION = 1;

/** Ids name files, and they come back from the renderer: letters, digits and dashes only (a UUID fits). */
const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export function isRecoveryId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

export interface RecoveryStoreOptions {
  fs?: FileSystem;
}

export class FileRecoveryStore implements RecoveryPort {
  private readonly fs: FileSystem;
  /** Operations on one id run in order, so a slow older write never lands after a newer one or a discard. */
  private readonly queues = new Map<string, Promise<unknown>>();

  /** `folder` holds one `<id>.json` per review; it is created on the first write. */
  constructor(
    readonly folder: string,
    options: RecoveryStoreOptions = {},
  ) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  /** Write (or replace) the copy `id`. Throws FileError if it cannot be written. */
  keep(id: string, entry: RecoveryEntry): Promise<void> {
    if (!isRecoveryId(id)) return Promise.reject(new TypeError(`not a recovery id: ${JSON.stringify(id)}`));
    const path = this.pathOf(id);
    // Serialise now, so the caller's later changes to the entry cannot leak in.
    const json = JSON.stringify({ version: FORMAT_VERSION, ...entry });
    return this.enqueue(id, async () => {
      // The copy holds the user's document: keep it private to the user.
      await this.fs.mkdir(this.folder, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
        throw toFileError(error, this.folder, 'save');
      });
      await writeFileAtomic(path, Buffer.from(json, 'utf8'), { fs: this.fs, mode: 0o600 });
    });
  }

  /** Every readable copy, newest first. Unreadable, foreign or other-version files are skipped. */
  async pending(): Promise<Array<{ id: string; entry: RecoveryEntry }>> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.folder);
    } catch (error) {
      if (systemCode(error) === 'ENOENT') return [];
      throw toFileError(error, this.folder, 'open');
    }
    const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
    const copies = await Promise.all(ids.filter(isRecoveryId).map(async (id) => ({ id, entry: await this.load(id) })));
    return copies
      .filter((copy): copy is { id: string; entry: RecoveryEntry } => copy.entry !== null)
      .sort((a, b) => b.entry.savedAt - a.entry.savedAt);
  }

  /** The copy `id`, or null if there is none or it cannot be read. */
  async load(id: string): Promise<RecoveryEntry | null> {
    if (!isRecoveryId(id)) return null;
    await this.queues.get(id);
    try {
      return parseEntry(await this.fs.readFile(this.pathOf(id), 'utf8'));
    } catch {
      return null;
    }
  }

  /** Remove the copy `id`; a missing copy is fine. */
  discard(id: string): Promise<void> {
    if (!isRecoveryId(id)) return Promise.resolve();
    const path = this.pathOf(id);
    return this.enqueue(id, async () => {
      await this.fs.unlink(path).catch((error: unknown) => {
        if (systemCode(error) !== 'ENOENT') throw toFileError(error, path, 'save');
      });
    });
  }

  /** Only for ids that passed isRecoveryId. */
  private pathOf(id: string): string {
    return join(this.folder, `${id}.json`);
  }

  private enqueue(id: string, task: () => Promise<void>): Promise<void> {
    const next = (this.queues.get(id) ?? Promise.resolve()).catch(() => {}).then(task);
    const settled = next.catch(() => {});
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return next;
  }
}

/** A stored copy, checked field by field: the file is ours, but may be from another version or damaged by hand. */
function parseEntry(json: string): RecoveryEntry | null {
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const snapshot = v.snapshot as Record<string, unknown> | null | undefined;
  const pathOrNull = (p: unknown): p is string | null => p === null || typeof p === 'string';
  if (
    v.version !== FORMAT_VERSION ||
    !pathOrNull(v.draftPath) ||
    !pathOrNull(v.referencePath) ||
    typeof v.savedAt !== 'number' ||
    typeof snapshot !== 'object' ||
    snapshot === null ||
    typeof snapshot.text !== 'string'
  ) {
    return null;
  }
  return {
    draftPath: v.draftPath,
    referencePath: v.referencePath,
    snapshot: { text: snapshot.text, review: snapshot.review },
    savedAt: v.savedAt,
  };
}
