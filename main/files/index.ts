/** The file layer's public surface, for main/index.ts, the IPC handlers and the CLI. */
export { FileError, isFileError, type FileErrorCode, type FileAction } from './errors';
export {
  decodeText,
  encodeText,
  formatAfterEdits,
  formatForEditedText,
  DEFAULT_TEXT_FORMAT,
  type TextFormat,
  type LineEnding,
  type LineBreakRun,
  type TextEdit,
} from './text-format';
export { readTextFile, MAX_TEXT_FILE_BYTES, type TextFile, type ReadOptions } from './read';
export { writeTextFile, type WriteOptions } from './write';
export { writeFileAtomic } from './atomic';
export { watchFile, DEBOUNCE_MS, type FileWatcher, type FileStamp, type FileChange, type WatchOptions } from './watch';
