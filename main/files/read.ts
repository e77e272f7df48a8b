/**
 * Opening a document: a regular file, not too large, that decodes as text.
 * Anything else is refused with a FileError before a byte reaches the editor.
 */
import { toFileError, FileError } from './errors';
import { nodeFileSystem, type FileSystem } from './fs';
import { stampOf, type FileStamp } from './stamp';
import { decodeText, type TextFormat } from './text-format';

/**
 * The largest file Galley opens: 64 MiB. A 50 MB manuscript must open; past
 * this a text is no longer something a person proofreads in one sitting,
 * and the editor, the engine and the recovery copy each hold it in memory
 * (as UTF-16, twice the bytes).
 */
export const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;

export interface ReadOptions {
  fs?: FileSystem;
  maxBytes?: number;
  /** Read as this encoding instead of detecting one (Reopen with Encoding, `--encoding`). */
  encoding?: string;
}

export interface TextFile {
  text: string;
  format: TextFormat;
  /** The version read; pass it to writeTextFile (and watchFile) to detect changes on disk. */
  stamp: FileStamp;
}

export async function readTextFile(path: string, options: ReadOptions = {}): Promise<TextFile> {
  const fs = options.fs ?? nodeFileSystem;
  const maxBytes = options.maxBytes ?? MAX_TEXT_FILE_BYTES;
  try {
    // stat before open: opening a FIFO or a device for reading could block.
    const before = await fs.stat(path);
    refuseNonFile(before, path);
    const handle = await fs.open(path, 'r');
    try {
      const stat = await handle.stat();
      refuseNonFile(stat, path);
      if (stat.size > maxBytes) throw tooLarge(path, stat.size, maxBytes);
      const bytes = await readAll(handle, stat.size, maxBytes, path);
      const { text, format } = decodeText(bytes, path, options.encoding);
      return { text, format, stamp: stampOf(stat, bytes) };
    } finally {
      await handle.close().catch(() => {});
    }
  } catch (error) {
    throw toFileError(error, path, 'open');
  }
}

function refuseNonFile(stat: { isFile(): boolean; isDirectory(): boolean }, path: string): void {
  if (stat.isDirectory()) throw new FileError('is-directory', path, 'it is a folder, not a file');
  if (!stat.isFile()) throw new FileError('not-regular', path, 'it is not a regular file (a device, pipe or socket)');
}

/** Read to the end, which may differ from the size stat saw if the file is being written. */
async function readAll(
  handle: { read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }> },
  expected: number,
  maxBytes: number,
  path: string,
): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.max(expected, 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw tooLarge(path, length, maxBytes);
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
}

function tooLarge(path: string, size: number, maxBytes: number): FileError {
  return new FileError('too-large', path, `it is ${megabytes(size)}; Galley opens text files up to ${megabytes(maxBytes)}`);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
