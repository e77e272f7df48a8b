/**
 * Saving a document: encode the text in the file's own format and replace the
 * file atomically, refusing to overwrite changes someone else made on disk.
 */
import { writeFileAtomic } from './atomic';
import { FileError, toFileError } from './errors';
import type { FileSystem } from './fs';
import { isSameVersion, stampOf, type FileStamp } from './stamp';
import { encodeText, formatForEditedText, type TextFormat } from './text-format';

export interface WriteOptions {
  /**
   * The version Galley last read or wrote. If the file on disk is another
   * (see isSameVersion), the save throws FileError 'changed-on-disk' and
   * writes nothing. Leave it out for a file Galley never saw.
   */
  expected?: FileStamp;
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
): Promise<FileStamp> {
  const { expected, overwrite = false } = options;
  try {
    const target = options.originalText === undefined ? format : formatForEditedText(options.originalText, text, format);
    const bytes = encodeText(text, target, path);
    const stat = await writeFileAtomic(path, bytes, {
      fs: options.fs,
      check: async (current, target) => {
        // A file deleted since it was read is simply written again: nothing is lost.
        if (overwrite || expected === undefined || current === null) return;
        if (!(await isSameVersion(target, current, expected, options.fs))) {
          throw new FileError('changed-on-disk', path, 'the file was changed on disk since Galley opened it', 'save');
        }
      },
    });
    return stampOf(stat, bytes);
  } catch (error) {
    throw toFileError(error, path, 'save');
  }
}
