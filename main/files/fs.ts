/**
 * The slice of node:fs/promises the file layer uses, as a parameter, so tests
 * can make any single step fail (ENOSPC on write, EACCES on open, ...) while
 * every other step runs against the real disk. Production code always gets
 * `nodeFileSystem`.
 */
import * as fsp from 'node:fs/promises';

export type FileHandle = fsp.FileHandle;

export interface FileSystem {
  open: typeof fsp.open;
  stat: typeof fsp.stat;
  lstat: typeof fsp.lstat;
  realpath: typeof fsp.realpath;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
  chmod: typeof fsp.chmod;
  chown: typeof fsp.chown;
  mkdir: typeof fsp.mkdir;
  readdir: typeof fsp.readdir;
  readFile: typeof fsp.readFile;
}

export const nodeFileSystem: FileSystem = {
  open: fsp.open,
  stat: fsp.stat,
  lstat: fsp.lstat,
  realpath: fsp.realpath,
  rename: fsp.rename,
  unlink: fsp.unlink,
  chmod: fsp.chmod,
  chown: fsp.chown,
  mkdir: fsp.mkdir,
  readdir: fsp.readdir,
  readFile: fsp.readFile,
};
