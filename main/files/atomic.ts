/**
 * Replace a file's content so that a crash or power cut at any moment leaves
 * either the old file or the new one: write a temporary file in the same
 * folder, flush it to disk, give it the old file's permissions, rename it
 * over the target, flush the folder.
 *
 * Written on node:fs rather than write-file-atomic because that package
 * issues a single write() and ignores a short count: on a nearly full disk
 * it renames a truncated file over the target. It also leaves the folder
 * unflushed, and its fs cannot be swapped out to test failures.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Stats } from 'node:fs';
import { FileError, systemCode, toFileError } from './errors';
import { nodeFileSystem, type FileSystem } from './fs';

export interface AtomicWriteOptions {
  fs?: FileSystem;
  /**
   * Called with the target's current stat (null if it does not exist) and
   * its resolved path just before the temporary file is created and again
   * just before the rename; throw to abort the write (the conflict check
   * lives here).
   */
  check?: (current: Stats | null, target: string) => void | Promise<void>;
  /** Permissions for a new file (before umask); an existing file keeps its own. */
  mode?: number;
}

/** Prefix and suffix of temporary files, recognisable should a killed process leave one. */
export const TEMP_PREFIX = '.';
export const TEMP_SUFFIX = '.galley-tmp';

/** Write `bytes` to `path` atomically. Returns the new file's stat. */
export async function writeFileAtomic(path: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<Stats> {
  const fs = options.fs ?? nodeFileSystem;
  let temp: string | null = null;
  try {
    // Replace the file a symbolic link points to, not the link.
    const target = await fs.realpath(path).catch((error: unknown) => {
      if (systemCode(error) === 'ENOENT') return path;
      throw error;
    });
    const before = await statOrNull(fs, target);
    if (before?.isDirectory()) throw new FileError('is-directory', path, 'it is a folder, not a file', 'save');
    await options.check?.(before, target);

    temp = join(dirname(target), `${TEMP_PREFIX}${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
    const mode = before ? before.mode & 0o7777 : (options.mode ?? 0o666);
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await writeAll(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (before) await keepOwnership(fs, temp, before);

    await options.check?.(await statOrNull(fs, target), target);
    await fs.rename(temp, target);
    temp = null;
    await syncFolder(fs, dirname(target));
    await removeStaleTemps(fs, target);
    return await fs.stat(target);
  } catch (error) {
    if (temp !== null) await fs.unlink(temp).catch(() => {});
    throw toFileError(error, path, 'save');
  }
}

/**
 * A save killed outright (SIGKILL, power cut) cannot remove its temporary
 * file; the next successful save of the same file does. Only files older
 * than this are touched, so a save running in another Galley at this very
 * moment keeps its own.
 */
export const STALE_TEMP_MS = 10 * 60 * 1000;

async function removeStaleTemps(fs: FileSystem, target: string): Promise<void> {
  const prefix = `${TEMP_PREFIX}${basename(target)}.`;
  const ours = (name: string) => name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX) && /^[0-9a-f]{12}$/.test(name.slice(prefix.length, -TEMP_SUFFIX.length));
  try {
    const folder = dirname(target);
    for (const name of (await fs.readdir(folder)).filter(ours)) {
      const path = join(folder, name);
      const stat = await fs.lstat(path);
      if (stat.isFile() && Date.now() - stat.mtimeMs > STALE_TEMP_MS) await fs.unlink(path);
    }
  } catch {
    // Tidying up is a courtesy: the save itself has succeeded.
  }
}

async function writeAll(handle: { write(b: Uint8Array, o: number, l: number, p: number): Promise<{ bytesWritten: number }> }, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    // A write that makes no progress without an error would loop forever.
    if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

/** open() applies the umask and root-owned temp files would change owner: restore both. */
async function keepOwnership(fs: FileSystem, temp: string, before: Stats): Promise<void> {
  await fs.chmod(temp, before.mode & 0o7777);
  const uid = process.getuid?.();
  if (uid !== undefined && (before.uid !== uid || before.gid !== process.getgid?.())) {
    // Only root may give a file away; anyone else keeps their own ownership.
    await fs.chown(temp, before.uid, before.gid).catch((error: unknown) => {
      if (!['EPERM', 'EINVAL', 'ENOSYS'].includes(systemCode(error) ?? '')) throw error;
    });
  }
}

/**
 * Make the rename durable. Some file systems cannot fsync a folder; the
 * rename has happened then, and the file is whole either way.
 */
async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Not every platform or file system can; durability is best effort here.
  } finally {
    await handle?.close().catch(() => {});
  }
}

async function statOrNull(fs: FileSystem, path: string): Promise<Stats | null> {
  try {
    return await fs.stat(path);
  } catch (error) {
    if (systemCode(error) === 'ENOENT') return null;
    throw error;
  }
}
