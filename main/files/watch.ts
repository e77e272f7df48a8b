/**
 * Tell the app when an open file changes on disk, so it can offer to reload.
 *
 * The folder is watched rather than the file: editors and Galley itself save
 * by renaming a new file over the old one, and a watch on the old file would
 * go quiet after the first such save. Every event is confirmed with
 * isSameVersion against the last known version — the same test the
 * changed-on-disk check before a save uses — and Galley's own saves are
 * recorded with `hold`, so they are never reported.
 */
import { watch as watchFolder, type FSWatcher, type Stats } from 'node:fs';
import { basename, dirname } from 'node:path';
import { systemCode } from './errors';
import { nodeFileSystem, type FileSystem } from './fs';
import { currentStamp, isSameVersion, type FileStamp } from './stamp';

export type { FileStamp } from './stamp';

export type FileChange = { kind: 'changed'; stamp: FileStamp } | { kind: 'deleted' };

/**
 * Calling the watcher stops it (so it fits where a plain stop function is
 * expected); `hold` serves the caller that saves the file itself.
 */
export interface FileWatcher {
  (): void;
  /**
   * Hold reports while Galley saves the file; call the returned function with
   * the new stamp when the save succeeded, or with nothing if it failed.
   */
  hold(): (stamp?: FileStamp) => void;
  close(): void;
}
export interface WatchOptions {
  /** The version the caller has (from readTextFile); without it, the version on disk when watching starts. */
  known?: FileStamp;
  /** Wait this long after the last event before looking (see DEBOUNCE_MS). */
  debounceMs?: number;
  /** Poll instead of (or when the platform cannot) watch; mainly for tests. */
  pollMs?: number;
  fs?: FileSystem;
}

/**
 * Other programs save in several steps (truncate then write, or write a
 * temporary file then rename); waiting for the events to settle reports one
 * change per save, not three.
 */
export const DEBOUNCE_MS = 250;

/** Polling interval when the folder cannot be watched (some network file systems). */
const FALLBACK_POLL_MS = 2000;

/**
 * Watch `path` and call `onChange` for every new version found on disk (once
 * for a deletion, until the file comes back).
 */
export function watchFile(path: string, onChange: (change: FileChange) => void, options: WatchOptions = {}): FileWatcher {
  const fs = options.fs ?? nodeFileSystem;
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const name = basename(path);
  let last: FileStamp | null = options.known ?? null;
  let holds = 0;
  let pending = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  /** The file's stat now; null when it is gone, undefined when it cannot be told (a permission change is not a change of content). */
  const statNow = async (): Promise<Stats | null | undefined> => {
    try {
      return await fs.stat(path);
    } catch (error) {
      return systemCode(error) === 'ENOENT' ? null : undefined;
    }
  };
  /** The version on disk if it is not `last`: null when gone, undefined when unchanged or unknown. */
  const newVersion = async (): Promise<FileStamp | null | undefined> => {
    const stat = await statNow();
    if (stat === undefined) return undefined;
    if (stat === null) return last === null ? undefined : null;
    if (last !== null && (await isSameVersion(path, stat, last, fs).catch(() => true))) return undefined;
    return currentStamp(path, fs).catch(() => undefined);
  };
  // Checks run one after another, after the baseline is taken.
  let checking: Promise<void> = options.known
    ? Promise.resolve()
    : currentStamp(path, fs).then(
        (stamp) => void (last = stamp),
        () => void (last = null),
      );

  const check = () => {
    if (closed) return;
    if (holds > 0) {
      pending = true;
      return;
    }
    checking = checking.then(async () => {
      if (closed) return;
      if (holds > 0) {
        pending = true;
        return;
      }
      const now = await newVersion();
      if (closed || now === undefined) return;
      if (holds > 0) {
        pending = true;
        return;
      }
      last = now;
      onChange(now ? { kind: 'changed', stamp: now } : { kind: 'deleted' });
    });
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, debounceMs);
  };

  let watcher: FSWatcher | undefined;
  let poller: NodeJS.Timeout | undefined;
  const poll = (ms: number) => {
    poller = setInterval(check, ms);
    poller.unref();
  };
  if (options.pollMs !== undefined) {
    poll(options.pollMs);
  } else {
    try {
      watcher = watchFolder(dirname(path), { persistent: false }, (_event, filename) => {
        if (filename === null || filename.toString() === name) schedule();
      });
      // The folder itself went away or became unreadable: fall back to polling.
      watcher.on('error', () => {
        watcher?.close();
        watcher = undefined;
        if (!closed && !poller) poll(FALLBACK_POLL_MS);
        schedule();
      });
    } catch {
      poll(FALLBACK_POLL_MS);
    }
  }

  const close = () => {
    closed = true;
    clearTimeout(timer);
    clearInterval(poller);
    watcher?.close();
  };
  return Object.assign(close, {
    hold() {
      holds++;
      let released = false;
      return (stamp?: FileStamp) => {
        if (released) return;
        released = true;
        holds--;
        if (stamp) last = stamp;
        if (holds === 0 && pending) {
          pending = false;
          schedule();
        }
      };
    },
    close,
  });
}
