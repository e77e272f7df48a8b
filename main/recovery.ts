/**
 * Recovery copies of unsaved reviews, one JSON file per window in a folder of
 * the app's data folder. While a review has unsaved work the renderer sends
 * its edited text and decisions; each copy is written atomically, so a crash
 * during the write leaves the previous one. A clean close discards it.
 *
 * A copy belongs to a live window while that window has it claimed; every
 * other copy is an orphan, left by a window that crashed or a process that
 * died, and `pending` offers each of them. A live window's copy is never
 * offered, restored or removed by another window: claims are kept per
 * process and folder (so one store per window or one per app both work),
 * and a copy written by another process still running is left alone too.
 */
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from './files/atomic';
import { canonicalEncoding } from './files/charset';
import { systemCode, toFileError } from './files/errors';
import { nodeFileSystem, type FileSystem } from './files/fs';
import type { TextFormat } from './files/text-format';
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

/** The ids windows of this process have claimed, by folder. */
const claimed = new Map<string, Set<string>>();

/**
 * The operations still running on each copy, by file path, for every store
 * of this process: a window's store and the store of the window restoring
 * its copy (one store per window, as the browser harness makes them) must
 * not write, read or remove one file out of order, so they share the queue
 * as they share the claims.
 */
const queues = new Map<string, Promise<unknown>>();

/** True while process `pid` runs (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return systemCode(error) === 'EPERM';
  }
}

export class FileRecoveryStore implements RecoveryPort {
  private readonly fs: FileSystem;

  /** `folder` holds one `<id>.json` per review; it is created on the first write. */
  constructor(
    readonly folder: string,
    options: RecoveryStoreOptions = {},
  ) {
    this.fs = options.fs ?? nodeFileSystem;
  }

  /**
   * Marks `id` as a live window's copy: `pending` no longer offers it. False
   * when a window of this process holds it already (two windows restoring
   * the same orphan: the first one wins).
   */
  claim(id: string): boolean {
    const ids = claimed.get(this.folder) ?? new Set<string>();
    claimed.set(this.folder, ids);
    if (ids.has(id)) return false;
    ids.add(id);
    return true;
  }

  /** The window holding `id` is gone; a copy left behind becomes an orphan. */
  release(id: string): void {
    claimed.get(this.folder)?.delete(id);
  }

  /** Write (or replace) the copy `id`. Throws FileError if it cannot be written. */
  keep(id: string, entry: RecoveryEntry): Promise<void> {
    if (!isRecoveryId(id)) return Promise.reject(new TypeError(`not a recovery id: ${JSON.stringify(id)}`));
    const path = this.pathOf(id);
    // Serialise now, so the caller's later changes to the entry cannot leak in.
    const json = JSON.stringify({ version: FORMAT_VERSION, pid: process.pid, ...entry });
    return enqueue(path, async () => {
      // The copy holds the user's document: keep it private to the user.
      await this.fs.mkdir(this.folder, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
        throw toFileError(error, this.folder, 'save');
      });
      await writeFileAtomic(path, Buffer.from(json, 'utf8'), { fs: this.fs, mode: 0o600 });
    });
  }

  /**
   * Every orphaned copy, newest first: not claimed by a window of this
   * process, not written by another Galley still running. Unreadable,
   * foreign or other-version files are skipped.
   */
  async pending(): Promise<Array<{ id: string; entry: RecoveryEntry }>> {
    // A copy still being written is listed once it is there, whichever store writes it.
    await settledIn(resolve(this.folder));
    let names: string[];
    try {
      names = await this.fs.readdir(this.folder);
    } catch (error) {
      if (systemCode(error) === 'ENOENT') return [];
      throw toFileError(error, this.folder, 'open');
    }
    const live = claimed.get(this.folder) ?? new Set<string>();
    const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
    const copies = await Promise.all(ids.filter((id) => isRecoveryId(id) && !live.has(id)).map(async (id) => ({ id, stored: await this.read(id) })));
    return copies
      .filter((copy): copy is { id: string; stored: StoredEntry } => copy.stored !== null)
      .filter(({ stored }) => stored.pid === undefined || stored.pid === process.pid || !isRunning(stored.pid))
      .map(({ id, stored }) => ({ id, entry: stored.entry }))
      .sort((a, b) => b.entry.savedAt - a.entry.savedAt);
  }

  /** The copy `id`, or null if there is none or it cannot be read. */
  async load(id: string): Promise<RecoveryEntry | null> {
    return (await this.read(id))?.entry ?? null;
  }

  private async read(id: string): Promise<StoredEntry | null> {
    if (!isRecoveryId(id)) return null;
    // A write asked for before this read lands first, whichever store asked.
    await queues.get(this.pathOf(id));
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
    return enqueue(path, async () => {
      await this.fs.unlink(path).catch((error: unknown) => {
        if (systemCode(error) !== 'ENOENT') throw toFileError(error, path, 'save');
      });
    });
  }

  /** Only for ids that passed isRecoveryId. Absolute, so every store spells one copy's queue key alike. */
  private pathOf(id: string): string {
    return resolve(this.folder, `${id}.json`);
  }
}

/** Resolves once every operation asked for so far on the copies in `folder` has finished. */
async function settledIn(folder: string): Promise<void> {
  await Promise.all([...queues].filter(([path]) => dirname(path) === folder).map(([, queue]) => queue));
}

/**
 * Runs `task` on the copy at `path` once every operation asked for before it
 * has finished (failed ones too), so a slow older write never lands after a
 * newer one or a discard: the last one asked for is the one left on disk.
 */
function enqueue(path: string, task: () => Promise<void>): Promise<void> {
  const next = (queues.get(path) ?? Promise.resolve()).catch(() => {}).then(task);
  const settled = next.catch(() => {});
  queues.set(path, settled);
  void settled.then(() => {
    if (queues.get(path) === settled) queues.delete(path);
  });
  return next;
}

/** A copy as stored: the entry, and the process that wrote it. */
interface StoredEntry {
  entry: RecoveryEntry;
  pid?: number;
}

/** A stored copy, checked field by field: the file is ours, but may be from another version or damaged by hand. */
function parseEntry(json: string): StoredEntry | null {
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
  const draftFormat = textFormatOrUndefined(v.draftFormat);
  const entry: RecoveryEntry = {
    draftPath: v.draftPath,
    referencePath: v.referencePath,
    ...(draftFormat ? { draftFormat } : {}),
    snapshot: { text: snapshot.text, review: snapshot.review },
    savedAt: v.savedAt,
  };
  return { entry, ...(Number.isInteger(v.pid) && (v.pid as number) > 0 ? { pid: v.pid as number } : {}) };
}

/** A stored draft format, if it is one: anything else is dropped (the draft then saves as a new file would). */
function textFormatOrUndefined(value: unknown): TextFormat | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const f = value as Record<string, unknown>;
  const endings = ['lf', 'crlf', 'cr'];
  const runs = f.lineBreaks;
  const runsOk =
    runs === undefined ||
    (Array.isArray(runs) && runs.every((r: unknown) => typeof r === 'object' && r !== null && endings.includes((r as { ending: unknown }).ending as string) && Number.isInteger((r as { count: unknown }).count)));
  if (
    typeof f.encoding !== 'string' ||
    canonicalEncoding(f.encoding) !== f.encoding ||
    typeof f.bom !== 'boolean' ||
    !endings.includes(f.lineEnding as string) ||
    typeof f.finalNewline !== 'boolean' ||
    !runsOk
  ) {
    return undefined;
  }
  return value as TextFormat;
}
