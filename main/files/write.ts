/**
 * Saving a document: encode the text in the file's own format and replace the
 * file atomically, refusing to overwrite changes someone else made on disk.
 */
import { writeFileAtomic } from './atomic';
import { FileError, toFileError } from './errors';
import type { FileSystem } from './fs';
import { encodeText, formatForEditedText, type TextFormat } from './text-format';

export interface WriteOptions {
  /**
   * The file's mtime when Galley last read or wrote it. If the file on disk
   * has another, the save throws FileError 'changed-on-disk' and writes
   * nothing. Leave it out for a new file or "save as".
   */
  expectedMtimeMs?: number;
  /** Skip the changed-on-disk check (the user chose to overwrite). */
  overwrite?: boolean;
  /**
   * The text as it was read with `format`. Only matters for a file with mixed
   * line endings: given it, each line keeps its own ending even where lines
   * were added or removed (see formatForEditedText); without it, endings are
   * restored in order.
   */
  originalText?: string;
  fs?: FileSystem;
}

export async function writeTextFile(
  path: string,
  text: string,
  format: TextFormat,
  options: WriteOptions = {},
): Promise<{ mtimeMs: number; size: number }> {
  const { expectedMtimeMs, overwrite = false } = options;
  try {
    const target = options.originalText === undefined ? format : formatForEditedText(options.originalText, text, format);
    const bytes = encodeText(text, target, path);
    const stat = await writeFileAtomic(path, bytes, {
      fs: options.fs,
      check: (current) => {
        // A file deleted since it was read is simply written again: nothing is lost.
        if (overwrite || expectedMtimeMs === undefined || current === null) return;
        if (current.mtimeMs !== expectedMtimeMs) {
          throw new FileError('changed-on-disk', path, 'the file was changed on disk since Galley opened it', 'save');
        }
      },
    });
    return { mtimeMs: stat.mtimeMs, size: stat.size };
  } catch (error) {
    throw toFileError(error, path, 'save');
  }
}
