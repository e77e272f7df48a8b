/**
 * The one error type the file layer throws. Every failure a person can meet
 * while opening or saving a document becomes a FileError whose message is a
 * single line naming the file and the reason, so the app can show it as is
 * and the CLI can print it without a stack trace.
 */

export type FileErrorCode =
  | 'not-found' // the file (or the folder to save into) does not exist
  | 'is-directory' // a folder where a file was expected
  | 'not-regular' // a pipe, device or socket where a file was expected
  | 'permission' // the operating system refused access
  | 'too-large' // beyond MAX_TEXT_FILE_BYTES
  | 'binary' // not text: NUL or control bytes, a known binary format
  | 'undecodable' // text in no encoding Galley can read back byte for byte
  | 'unencodable' // the edited text has characters the file's encoding cannot hold
  | 'changed-on-disk' // someone else wrote the file since Galley read it
  | 'no-space' // the disk (or quota) is full
  | 'read-only' // a read-only file system
  | 'io'; // anything else the system reported

/** What Galley was doing, which words the message. */
export type FileAction = 'open' | 'save';

export class FileError extends Error {
  override readonly name = 'FileError';

  /**
   * @param reason lower-case clause without a final full stop, e.g. "it is a
   *   folder, not a file"; the message is built from it so that every caller
   *   words errors alike.
   */
  constructor(
    readonly code: FileErrorCode,
    readonly path: string,
    readonly reason: string,
    readonly action: FileAction = 'open',
    options?: { cause?: unknown },
  ) {
    super(`Cannot ${action} ${path}: ${reason}.`, options);
  }
}

export function isFileError(value: unknown): value is FileError {
  return value instanceof FileError;
}

/** The errno-style code of a Node system error, if it has one. */
export function systemCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Translate an error from the file system into a FileError. A FileError passes
 * through unchanged, so callers can wrap whole sequences of calls in one catch.
 */
export function toFileError(error: unknown, path: string, action: FileAction): FileError {
  if (error instanceof FileError) return error;
  const code = systemCode(error);
  const make = (kind: FileErrorCode, reason: string) => new FileError(kind, path, reason, action, { cause: error });
  switch (code) {
    case 'ENOENT':
      return make(
        'not-found',
        action === 'open' ? 'no such file (it may have been moved or deleted)' : 'the folder to save into does not exist',
      );
    case 'ENOTDIR':
      // A name on the way is a file, as `notes.txt/out.txt` has it: there is a thing there, just not a folder.
      return make('not-found', 'a name in its path is a file, not a folder');
    case 'EISDIR':
      return make('is-directory', 'it is a folder, not a file');
    case 'EACCES':
    case 'EPERM':
      return make('permission', action === 'open' ? 'permission denied' : 'permission denied (no write access)');
    case 'EROFS':
      return make('read-only', 'the disk or folder is read-only');
    case 'ENOSPC':
    case 'EDQUOT':
      return make('no-space', 'not enough disk space');
    case 'EFBIG':
      return make('too-large', 'the file is too large for this disk');
    case 'ELOOP':
      return make('io', 'too many levels of symbolic links');
    case 'ENAMETOOLONG':
      return make('io', 'the file name is too long');
    default: {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return make('io', code ? `the system reported ${code} (${detail})` : detail);
    }
  }
}
