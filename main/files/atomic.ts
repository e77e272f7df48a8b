/**
 * Replace a file's content so that a crash or power cut at any moment leaves
 * either the old file or the new one: write a temporary file in the same
 * folder, flush it to disk, give it the old file's permissions, rename it
 * over the target, flush the folder.
 *
 * What that means for special files, deliberately: a symbolic link is
 * written through (the file it points to is replaced, the link stays); a
 * hard link is broken (the name saved to gets the new file, other names keep
 * the old one); the setuid, setgid and sticky bits are not carried over (a
 * text file has no business being setuid, and a replaced file must not
 * quietly gain privileges). Anything that is not a regular file — a pipe, a
 * device, a socket — is refused, never replaced.
 *
 * Written on node:fs rather than write-file-atomic because that package
 * issues a single write() and ignores a short count: on a nearly full disk
 * it renames a truncated file over the target. It also leaves the folder
 * unflushed, and its fs cannot be swapped out to test failures.
 */
import { createHash, randomBytes } from 'node:crypto';
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
export const TEMP_PREFIX = '.galley-';
export const TEMP_SUFFIX = '.tmp';

/**
 * The temporary file for `target`: short whatever the target's name (a name
 * near the file system's 255-byte limit must still save), yet tied to it by
 * a hash of the name, so leftovers can be matched to their target.
 * `random` is 12 hex digits.
 */
export function temporaryName(target: string, random: string): string {
  return `${TEMP_PREFIX}${nameTag(target)}.${random}${TEMP_SUFFIX}`;
}

function nameTag(target: string): string {
  return createHash('sha256').update(basename(target)).digest('hex').slice(0, 8);
}

/** Permission bits kept from the file being replaced: read, write and execute, not setuid/setgid/sticky. */
const KEPT_MODE_BITS = 0o777;

/** Write `bytes` to `path` atomically. Returns the new file's stat. */
export async function writeFileAtomic(path: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<Stats> {
  const fs = options.fs ?? nodeFileSystem;
  let temp: string | null = null;
  try {
    const target = await writeThrough(fs, path);
    const before = await statOrNull(fs, target);
    if (before?.isDirectory()) throw new FileError('is-directory', path, 'it is a folder, not a file', 'save');
    if (before && !before.isFile()) {
      throw new FileError('not-regular', path, 'it is not a regular file (a device, pipe or socket); save the cleaned copy to a file', 'save');
    }
    await options.check?.(before, target);

    temp = join(dirname(target), temporaryName(target, randomBytes(6).toString('hex')));
    const mode = before ? before.mode & KEPT_MODE_BITS : (options.mode ?? 0o666);
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
    // ENOENT from a folder that is there (/proc, a virtual file system) is a folder that takes no new files, not a missing one.
    if (systemCode(error) === 'ENOENT' && (await statOrNull(fs, dirname(path)).catch(() => null))?.isDirectory()) {
      throw new FileError('permission', path, 'this folder does not take new files (a system or virtual folder); save somewhere else', 'save', { cause: error });
    }
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
  const prefix = `${TEMP_PREFIX}${nameTag(target)}.`;
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

/**
 * The path to replace: `path` itself, or the file a symbolic link at `path`
 * points to. A link to a missing file is refused rather than replaced by a
 * regular file or followed to create a file somewhere unexpected.
 */
async function writeThrough(fs: FileSystem, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch (error) {
    if (systemCode(error) !== 'ENOENT') throw error;
    const link = await fs.lstat(path).catch(() => null);
    if (link?.isSymbolicLink()) throw new FileError('not-found', path, 'it is a symbolic link to a file that does not exist', 'save');
    return path;
  }
}

/** open() applies the umask and root-owned temp files would change owner: restore both. */
async function keepOwnership(fs: FileSystem, temp: string, before: Stats): Promise<void> {
  await fs.chmod(temp, before.mode & KEPT_MODE_BITS);
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
