/**
 * Which version of a file Galley last read or wrote, and whether the file on
 * disk is still that version. One test, used by the changed-on-disk check
 * before a save and by the watcher that offers to reload.
 *
 * Size and modification time settle almost every case without reading the
 * file. They can lie: `touch -r`, a copy with `cp -p`, or a tool that restores
 * timestamps leaves another content under the same size and mtime. The
 * inode's change time and number cannot be set that way, so when they moved
 * while size and mtime stayed, the content itself is compared by hash.
 */
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { nodeFileSystem, type FileSystem } from './fs';

export interface FileStamp {
  readonly mtimeMs: number;
  readonly size: number;
  /** Inode change time and identity: any write, rename or chmod moves one of them. */
  readonly ctimeMs: number;
  readonly ino: number;
  readonly dev: number;
  /** SHA-256 of the bytes, hex. */
  readonly sha256: string;
}

/** The stamp of `bytes` as they are stored in a file with `stat`. */
export function stampOf(stat: Stats, bytes: Uint8Array): FileStamp {
  return { mtimeMs: stat.mtimeMs, size: stat.size, ctimeMs: stat.ctimeMs, ino: stat.ino, dev: stat.dev, sha256: hashOf(bytes) };
}

export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * True when the file at `path`, whose stat is `current`, still holds the
 * version `known`. Reads the file only when size and mtime match but the
 * inode says someone wrote it.
 */
export async function isSameVersion(path: string, current: Stats, known: FileStamp, fs: FileSystem = nodeFileSystem): Promise<boolean> {
  if (current.size !== known.size || current.mtimeMs !== known.mtimeMs) return false;
  if (current.ctimeMs === known.ctimeMs && current.ino === known.ino && current.dev === known.dev) return true;
  return hashOf(await fs.readFile(path)) === known.sha256;
}

/** The stamp of the file at `path` now (it is read whole, for the hash). */
export async function currentStamp(path: string, fs: FileSystem = nodeFileSystem): Promise<FileStamp> {
  // Opening a pipe or a device could block; such a "version" has no content to hash.
  const before = await fs.stat(path);
  if (!before.isFile()) return stampOf(before, new Uint8Array());
  const handle = await fs.open(path, 'r');
  try {
    // One open file for stat and content, so a rename in between cannot mix two versions.
    const stat = await handle.stat();
    return stampOf(stat, await handle.readFile());
  } finally {
    await handle.close().catch(() => {});
  }
}

/** True when both paths name the same file (the same path, or through a link); false when either is missing. */
export async function isSameFile(a: string, b: string, fs: FileSystem = nodeFileSystem): Promise<boolean> {
  if (a === b) return true;
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
