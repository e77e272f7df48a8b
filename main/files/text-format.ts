/**
 * A document's text and the properties of its file: what Galley needs to
 * write an edited text back exactly as the file was written, byte for byte
 * where the text is unchanged.
 */
import { decodeBytes, encodeString } from './charset';
import {
  normalizeLineBreaks,
  restoreLineBreaks,
  styleAfterEdits,
  styleForEditedText,
  type LineBreakRun,
  type LineBreakStyle,
  type LineEnding,
  type TextEdit,
} from './line-endings';

export type { LineBreakRun, LineEnding, TextEdit } from './line-endings';

/** Plain JSON, so the main process can hand it to the renderer and back. */
export interface TextFormat {
  /** Lower-case iconv-lite name: 'utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'windows-1252', 'iso-8859-1', ... */
  readonly encoding: string;
  /** The file starts with a byte order mark. */
  readonly bom: boolean;
  /** The dominant line ending; new line breaks are written with it. */
  readonly lineEnding: LineEnding;
  /** Only for files that mix endings: every break's ending in order, run-length encoded. */
  readonly lineBreaks?: readonly LineBreakRun[];
  /** The file ends with a line break. Kept on save whatever the edited text ends with. */
  readonly finalNewline: boolean;
  /** UTF-8 only: how many bytes were not UTF-8 when read; each is kept, and written back, as it was. */
  readonly strayBytes?: number;
}

/** The format Galley gives a new file: UTF-8 without BOM, LF, final newline. */
export const DEFAULT_TEXT_FORMAT: TextFormat = { encoding: 'utf-8', bom: false, lineEnding: 'lf', finalNewline: true };

/**
 * Decode a file's bytes. The text has no BOM and only LF line breaks; every
 * offset the engine and the CLI report is into this text. `encoding` skips
 * detection (the user chose it). Throws FileError ('binary' or
 * 'undecodable') naming `path`.
 */
export function decodeText(bytes: Uint8Array, path: string, encoding?: string): { text: string; format: TextFormat } {
  const { text: raw, charset } = decodeBytes(bytes, path, encoding);
  const { text, style } = normalizeLineBreaks(raw);
  const format: TextFormat = {
    encoding: charset.encoding,
    bom: charset.bom,
    lineEnding: style.lineEnding,
    ...(style.lineBreaks ? { lineBreaks: style.lineBreaks } : {}),
    finalNewline: text.endsWith('\n'),
    ...(charset.strayBytes ? { strayBytes: charset.strayBytes } : {}),
  };
  return { text, format };
}

/**
 * An empty file (without a BOM) has no encoding, line-ending style or final
 * newline of its own: text written in its place takes them from elsewhere
 * (the reference, for a cleaned copy).
 */
export function hasNoFormat(text: string, format: TextFormat): boolean {
  return text === '' && !format.bom;
}

/**
 * Encode `text` (LF line breaks) as a file in `format`: the exact inverse of
 * decodeText for unchanged text. The final newline follows the format, not
 * the text: one LF is added or dropped so a save never changes it. Throws
 * FileError 'unencodable' if a character cannot be written in the encoding.
 */
export function encodeText(text: string, format: TextFormat, path?: string): Buffer {
  let body = text;
  if (format.finalNewline && !body.endsWith('\n')) body += '\n';
  else if (!format.finalNewline && body.endsWith('\n')) body = body.slice(0, -1);
  return encodeString(restoreLineBreaks(body, format), format, path);
}

/**
 * The format for `text` after `edits` (sorted, non-overlapping, offsets into
 * `text`). Only a file with mixed line endings needs it: its recorded
 * endings stay with the lines they belong to, instead of shifting when an
 * edit adds or removes a line break.
 */
export function formatAfterEdits(text: string, format: TextFormat, edits: readonly TextEdit[]): TextFormat {
  return withStyle(format, styleAfterEdits(text, format, edits));
}

/** As formatAfterEdits when only the old and new texts are known (see styleForEditedText). */
export function formatForEditedText(oldText: string, newText: string, format: TextFormat): TextFormat {
  return withStyle(format, styleForEditedText(oldText, newText, format));
}

function withStyle(format: TextFormat, style: LineBreakStyle): TextFormat {
  if (style === format) return format;
  const { lineBreaks: _old, ...rest } = format;
  return { ...rest, lineEnding: style.lineEnding, ...(style.lineBreaks ? { lineBreaks: style.lineBreaks } : {}) };
}

/**
 * `format` with another encoding, as Save with Encoding writes it. UTF-16
 * and UTF-32 get a byte order mark (Galley reads them only with one); UTF-8
 * keeps the file's mark if it was UTF-8 already; legacy encodings have none.
 */
export function withEncoding(format: TextFormat, encoding: string): TextFormat {
  const { strayBytes, ...rest } = format;
  const bom = encoding === 'utf-8' ? format.encoding === 'utf-8' && format.bom : /^utf-(16|32)/.test(encoding);
  return { ...rest, encoding, bom, ...(encoding === 'utf-8' && strayBytes ? { strayBytes } : {}) };
}
