/** The file layer's public surface, for main/index.ts, the IPC handlers and the CLI. */
export { FileError, isFileError, type FileErrorCode, type FileAction } from './errors';
export { decodeText, encodeText, isTextFormat, DEFAULT_TEXT_FORMAT, type TextFormat, type LineEnding, type LineBreakRun } from './text-format';
export { styleAfterEdits, styleForEditedText, type TextEdit } from './line-endings';
export { readTextFile, MAX_TEXT_FILE_BYTES, type TextFile, type ReadOptions } from './read';
export { writeTextFile, type WriteOptions } from './write';
export { writeFileAtomic } from './atomic';
export { label as encodingLabel } from './charset';
