/**
 * Documents in the containers editors have — plain text, Word, Markdown,
 * HTML, PDF — as the text Galley compares, and a draft's container written
 * back with edits to that text.
 *
 * Which container a file is comes from its extension. Plain text and the
 * text-based containers (Markdown, HTML) go through the file layer's
 * decoding, so their encoding, BOM and line endings are kept as for .txt.
 */
import { stat, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { FileError, toFileError } from '../files/errors';
import { isSameVersion, stampOf, type FileStamp } from '../files/stamp';
import { MAX_TEXT_FILE_BYTES, readTextFile } from '../files/read';
import { writeFileAtomic } from '../files/atomic';
import { encodeText, formatAfterEdits, withEncoding, type TextEdit, type TextFormat } from '../files/text-format';
import type { DocumentKind, InlineStyle, LineStyle } from '../../preload/api';
import { loadAdapter, loadedAdapter } from './adapters';
import type { TrackChanges } from './docx/write';
import { readPdf } from './pdf';

export type { TrackChanges } from './docx/write';

/** Which container a document is: the contract's DocumentKind, which the window is told. */
export type Container = DocumentKind;

/** Containers a draft can be, i.e. that Galley can write back. */
export const DRAFT_CONTAINERS: readonly Container[] = ['text', 'docx', 'markdown'];

/** The format the compared text of a Word or PDF file is described with: it is decoded text, LF line breaks. */
const COMPARED_TEXT_FORMAT: TextFormat = { encoding: 'utf-8', bom: false, lineEnding: 'lf', finalNewline: false };

const EXTENSIONS: Record<string, Container> = {
  '.docx': 'docx',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

/** How each container is named to the user (status bar, messages). */
export const CONTAINER_NAMES: Record<Container, string> = {
  text: 'Plain text',
  docx: 'Word',
  markdown: 'Markdown',
  html: 'HTML',
  pdf: 'PDF',
};

export function containerOf(path: string): Container {
  return EXTENSIONS[extname(path).toLowerCase()] ?? 'text';
}

export interface LoadedDocument {
  readonly path: string;
  readonly container: Container;
  /** What is compared: the text a reader sees, paragraphs on lines of their own. */
  readonly text: string;
  /**
   * For text-based containers, the file's decoded source and its format;
   * for binary ones (Word, PDF), the raw bytes.
   */
  readonly source: { readonly kind: 'text'; readonly text: string } | { readonly kind: 'bytes'; readonly bytes: Uint8Array };
  /** The file's encoding and line endings (text-based containers); for Word and PDF, those of the compared text. */
  readonly format: TextFormat;
  /** The version read, to detect changes on disk before writing over it. */
  readonly stamp: FileStamp;
  /** Lines shown as headings or list items (Word and Markdown), in line order. */
  readonly lineStyles: readonly LineStyle[];
  /** Text shown bold or italic (Word and Markdown), in order. */
  readonly inlineStyles: readonly InlineStyle[];
  /** A PDF's text with its lists' labels kept, for a .txt draft to be compared with (see PdfText); absent when the same. */
  readonly labelled?: string;
}

/** Read any supported document. Throws FileError naming `path`, never anything else for bad input. */
export async function loadDocument(path: string, options: { encoding?: string } = {}): Promise<LoadedDocument> {
  const container = containerOf(path);
  if (container === 'docx' || container === 'pdf') {
    const { bytes, stamp } = await readBinaryFile(path);
    const source = { kind: 'bytes', bytes } as const;
    if (container === 'pdf') return { path, container, ...(await readPdf(bytes, path)), source, format: COMPARED_TEXT_FORMAT, stamp, ...UNSTYLED };
    const docx = await loadAdapter('docx');
    const read = docx.readDocxText(docx.openDocx(bytes, path).textParts);
    const styles = { lineStyles: docx.docxLineStyles(read), inlineStyles: docx.docxInlineStyles(read) };
    return { path, container, text: read.text, source, format: COMPARED_TEXT_FORMAT, stamp, ...styles };
  }
  const file = await readTextFile(path, { encoding: options.encoding });
  const source = { kind: 'text', text: file.text } as const;
  if (container === 'markdown') {
    const read = (await loadAdapter('markdown')).readMarkdown(file.text);
    const styles = { lineStyles: read.lineStyles, inlineStyles: read.inlineStyles };
    return { path, container, text: read.text, source, format: file.format, stamp: file.stamp, ...styles };
  }
  const text = container === 'html' ? (await loadAdapter('html')).readHtml(file.text) : file.text;
  return { path, container, text, source, format: file.format, stamp: file.stamp, ...UNSTYLED };
}

/** Plain text, HTML and PDF are shown without headings or bold. */
const UNSTYLED = { lineStyles: [], inlineStyles: [] } as const;

export interface RenderOptions {
  /** Word drafts only: write the edits as tracked changes by this author at this time. */
  readonly track?: TrackChanges;
  /** Markdown drafts only: write in this encoding instead of the draft's (`--out-encoding`). */
  readonly encoding?: string;
}

export interface Rendered {
  readonly bytes: Uint8Array;
  /** Edits the container could not take (see writeDocx, writeMarkdown); the rest were made. */
  readonly unapplied: number;
}

/**
 * A Word or Markdown draft's file with `edits` (sorted, non-overlapping,
 * offsets into `draft.text`) made, in the draft's own container. (Plain text
 * is written by the file layer's writeTextFile.)
 */
export function renderDraft(draft: LoadedDocument, edits: readonly TextEdit[], options: RenderOptions = {}): Rendered {
  if (!DRAFT_CONTAINERS.includes(draft.container)) {
    throw new FileError('io', draft.path, `Galley cannot write ${CONTAINER_NAMES[draft.container]} files; use it as the reference`, 'save');
  }
  if (options.track && draft.container !== 'docx') {
    throw new FileError('io', draft.path, 'tracked changes can only be written to a Word (.docx) draft', 'save');
  }
  if (options.encoding && draft.container !== 'markdown') {
    throw new FileError('io', draft.path, 'a Word document is always stored as UTF-8 XML; another encoding is for text and Markdown drafts', 'save');
  }
  const { source } = draft;
  if (source.kind === 'bytes') return loadedAdapter('docx').writeDocx(source.bytes, draft.path, edits, options);
  if (draft.container !== 'markdown') throw new Error('plain text drafts are written by writeTextFile, which keeps their format');
  const written = loadedAdapter('markdown').writeMarkdown(source.text, edits);
  const kept = formatAfterEdits(source.text, draft.format, written.sourceEdits);
  const format = options.encoding ? withEncoding(kept, options.encoding) : kept;
  return { bytes: encodeText(written.source, format, draft.path), unapplied: written.unapplied };
}

/**
 * Write a rendered draft atomically. Like writeTextFile, it refuses to
 * overwrite a file that is no longer the version `expected`.
 */
export async function writeRendered(path: string, bytes: Uint8Array, expected?: FileStamp): Promise<FileStamp> {
  try {
    const stat = await writeFileAtomic(path, bytes, {
      check: async (current, target) => {
        if (expected === undefined || current === null) return;
        if (!(await isSameVersion(target, current, expected))) {
          throw new FileError('changed-on-disk', path, 'the file was changed on disk since Galley opened it', 'save');
        }
      },
    });
    return stampOf(stat, bytes);
  } catch (error) {
    throw toFileError(error, path, 'save');
  }
}

/** A binary document's bytes, refused like a text file when it is no regular file or too large. */
async function readBinaryFile(path: string): Promise<{ bytes: Uint8Array; stamp: FileStamp }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new FileError('is-directory', path, 'it is a folder, not a file');
    if (!info.isFile()) throw new FileError('not-regular', path, 'it is not a regular file (a device, pipe or socket)');
    if (info.size > MAX_TEXT_FILE_BYTES) {
      throw new FileError('too-large', path, `it is over ${MAX_TEXT_FILE_BYTES / (1024 * 1024)} MB, more than Galley opens`);
    }
    const bytes = await readFile(path);
    return { bytes, stamp: stampOf(info, bytes) };
  } catch (error) {
    throw toFileError(error, path, 'open');
  }
}
