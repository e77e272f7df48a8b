/**
 * Tell the app when an open file changes on disk, so it can offer to reload.
 *
 * The folder is watched rather than the file: editors and Galley itself save
 * by renaming a new file over the old one, and a watch on the old file would
 * go quiet after the first such save. Every event is confirmed by comparing
 * mtime and size with the last known ones, which also makes Galley's own
 * saves silent once they are recorded with `ours`.
 */
import { watch as watchFolder, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { systemCode } from './errors';
import { nodeFileSystem, type FileSystem } from './fs';

/** What identifies one version of a file for this purpose. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export type FileChange = { kind: 'changed'; stamp: FileStamp } | { kind: 'deleted' };

/**
 * Calling the watcher stops it (so it fits where a plain stop function is
 * expected); the members serve callers that save the file themselves.
 */
export interface FileWatcher {
  (): void;
  /** Record a version Galley wrote itself, so it is not reported. */
  ours(stamp: FileStamp): void;
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
  const stampNow = async (): Promise<FileStamp | null | undefined> => {
    try {
      const stat = await fs.stat(path);
      return { mtimeMs: stat.mtimeMs, size: stat.size };
    } catch (error) {
      // Anything but "gone" (a permission change, say) is not a change of content.
      return systemCode(error) === 'ENOENT' ? null : undefined;
    }
  };
  // Checks run one after another, after the baseline is taken.
  let checking: Promise<void> = options.known
    ? Promise.resolve()
    : stampNow().then((stamp) => {
        last = stamp ?? null;
      });

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
      const now = await stampNow();
      if (closed || now === undefined) return;
      if (holds > 0) {
        pending = true;
        return;
      }
      if (sameStamp(now, last)) return;
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
    ours(stamp: FileStamp) {
      last = { mtimeMs: stamp.mtimeMs, size: stamp.size };
    },
    hold() {
      holds++;
      let released = false;
      return (stamp?: FileStamp) => {
        if (released) return;
        released = true;
        holds--;
        if (stamp) last = { mtimeMs: stamp.mtimeMs, size: stamp.size };
        if (holds === 0 && pending) {
          pending = false;
          schedule();
        }
      };
    },
    close,
  });
}

function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  return a === b || (a !== null && b !== null && a.mtimeMs === b.mtimeMs && a.size === b.size);
}
