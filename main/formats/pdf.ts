/**
 * PDF references: the text of every page in reading order, as paragraphs.
 *
 * pdf.js (pdfjs-dist, Mozilla's own parser, the one Firefox shows PDFs
 * with) reads the text layer; it runs under plain Node without a canvas
 * because only text content is asked for. Turning its positioned strings
 * back into prose is done here (layoutPdfText): lines are joined into
 * paragraphs, a word hyphenated at a line end is rejoined, running headers,
 * footers, page numbers and list labels are dropped, and ligatures read as
 * letters.
 */
import { FileError } from '../files/errors';
import { columnRights, sameBaseline } from './pdf-columns';
import { joinLines, settleLineEndHyphens, withoutMarks } from './pdf-hyphens';
import { bulletLength, listLabelLengths } from './pdf-lists';

/** One line of a page as laid out, in content-stream order (which is reading order for the PDFs word processors write). */
export interface PdfLine {
  readonly text: string;
  /** Left edge, right edge and baseline in page units; y grows upwards. */
  readonly left: number;
  readonly right: number;
  readonly y: number;
  /** Font size (height of the text). */
  readonly size: number;
  /** The line's first string, when a gap wider than a word space (a tab) parts it from the rest: a list's label, perhaps. */
  readonly lead?: string;
}

export interface PdfPage {
  /** Page width in the same units, to estimate where the text column ends. */
  readonly width: number;
  readonly lines: readonly PdfLine[];
}

/**
 * A page with fewer characters than this in the whole document on average is
 * taken as having no text layer: a scan's stray OCR-less marks run to a few
 * characters at most, while a typeset page holds over a thousand.
 */
const MIN_CHARACTERS_PER_PAGE = 8;

/**
 * A PDF's text as compared, with its lists' number labels and dashes
 * dropped (what a Word or Markdown draft holds: the word processor draws
 * them), and `labelled`, the same text with them kept (what a retyped or
 * OCR'd .txt holds, having typed or read them), when that differs.
 */
export interface PdfText {
  readonly text: string;
  readonly labelled?: string;
}

export async function readPdf(bytes: Uint8Array, path: string): Promise<PdfText> {
  const pages = await extractPdfLines(bytes, path);
  const characters = pages.reduce((n, page) => n + page.lines.reduce((m, line) => m + line.text.trim().length, 0), 0);
  if (characters < MIN_CHARACTERS_PER_PAGE * Math.max(pages.length, 1)) {
    throw new FileError('undecodable', path, 'it has no text layer (a scanned PDF?); run OCR on it first');
  }
  const text = layoutPdfText(pages);
  const labelled = layoutPdfText(pages, { listLabels: 'keep' });
  return labelled === text ? { text } : { text, labelled };
}

export async function extractPdfLines(bytes: Uint8Array, path: string): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js may detach the buffer it is given; it gets a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push({ width: page.getViewport({ scale: 1 }).width, lines: toLines(content.items as TextItem[]) });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new FileError('undecodable', path, 'it is password-protected', 'open', { cause: error });
    throw new FileError('undecodable', path, 'it is not a readable PDF (damaged or not a PDF)', 'open', { cause: error });
  } finally {
    await task.destroy();
  }
}

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/**
 * pdf.js's strings, gathered into lines: a new line where it says one ends,
 * where the baseline moves, or across a gap wide enough to be a table's
 * column boundary (so cells read one per line, as in Word and HTML).
 * Superscript digits — footnote marks, which Word generates rather than
 * stores — are left out.
 */
function toLines(items: readonly TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: { text: string; left: number; right: number; y: number; size: number; strings: number; lead?: string } | null = null;
  const end = () => {
    if (current && current.text.trim() !== '') {
      const { strings: _, ...line } = current;
      lines.push({ ...line, text: current.text.replace(/\s+$/, '') });
    }
    current = null;
  };
  for (const item of items) {
    if (typeof item.str !== 'string' || !item.transform) continue;
    const [, , , , x, y] = item.transform;
    const size = Math.abs(item.height || item.transform[3]) || 1;
    const width = item.width ?? 0;
    const raised = current !== null && size < current.size * SUPERSCRIPT_SIZE && y > current.y;
    if (raised && /^[\d*†‡§]+$/.test(item.str.trim())) continue;
    if (current && !raised && Math.abs(current.y - y) > Math.max(size, current.size) * 0.5) end();
    // pdf.js may bridge a column gap with one wide space.
    const columnGap = Math.max(size, current?.size ?? 0) * COLUMN_GAP;
    if (current && (x - current.right > columnGap || (item.str.trim() === '' && width > columnGap))) {
      end();
      continue;
    }
    if (item.str !== '') {
      if (current === null) {
        // A footnote's own number opens its line in small raised type.
        if (/^[\d*†‡§]+$/.test(item.str.trim()) && item.hasEOL !== true && isRaisedMark(item, items)) continue;
        current = { text: item.str, left: x, right: x + width, y, size, strings: 1 };
      } else {
        const gap = x - current.right;
        // A tab after the first string: the gap itself, or a blank string pdf.js set in it.
        const tab = item.str.trim() === '' ? width : gap;
        if (current.strings === 1 && tab > size * TAB_GAP && current.text.trim() !== '') current.lead = current.text.trim();
        current.strings += 1;
        const space = gap > size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str) ? ' ' : '';
        current.text += space + item.str;
        current.right = Math.max(current.right, x + width);
        current.size = Math.max(current.size, size);
      }
    }
    if (item.hasEOL) end();
  }
  end();
  return lines;
}

/** A gap after a line's first string wider than this share of the text height is a tab, not a word space (a quarter of it). */
const TAB_GAP = 0.6;
/** Raised marks are set at most this share of the text's size. */
const SUPERSCRIPT_SIZE = 0.8;
/** A horizontal gap of this many text heights between strings on one line separates table columns. */
const COLUMN_GAP = 2;

/** Whether a line-opening string is a superscript mark: smaller than, and above the baseline of, the next string with text. */
function isRaisedMark(item: TextItem, items: readonly TextItem[]): boolean {
  const after = items.slice(items.indexOf(item) + 1).find((i) => typeof i.str === 'string' && i.str.trim() !== '' && i.transform);
  if (!after?.transform || !item.transform) return false;
  return Math.abs(item.height || 1) < Math.abs(after.height || 1) * SUPERSCRIPT_SIZE && item.transform[5] > after.transform[5];
}

const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/**
 * A line repeated near the top or bottom of at least this share of pages is
 * a running header or footer. Half: a header that skips the first page of
 * each chapter still repeats on most pages.
 */
const RUNNING_SHARE = 0.5;
/** Lines looked at for running heads at each end of a page. */
const EDGE_LINES = 2;
/**
 * A first-line indent, in text heights: Word's and LibreOffice's usual
 * half-inch or 1.25 cm is about three; less than this much is a line's
 * own measuring noise, more is a centred or right-aligned line.
 */
const FIRST_LINE_INDENT = [0.8, 5] as const;
/** A space's width as a share of an average letter's (Times and Arial: 0.25 em against about 0.5 em). */
const SPACE_SHARE = 0.5;
/** A vertical gap this many times the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP = 1.4;

/**
 * The pages' lines as paragraphs, one per line of the result.
 *
 * A line ends its paragraph when the next line's first word would have fit
 * after it: a line only wraps early when the next word does not fit. A
 * column beside another ends where its longest line does (pdf-columns);
 * the last or only one where the page's longest line does, or where the
 * left margin mirrored on the right puts it, whichever is further. A line
 * beside another on its baseline (a table's cell, the next column) starts
 * a paragraph; the top of the next column continues one, as the top of
 * the next page does.
 */
export function layoutPdfText(pages: readonly PdfPage[], options: { listLabels?: 'drop' | 'keep' } = {}): string {
  const keepLabels = options.listLabels === 'keep';
  const kept = dropRunningLines(pages);
  const paragraphs: string[] = [];
  let open = '';
  let openLine: PdfLine | null = null;
  let openRight = 0;
  for (const page of kept) {
    const lines = page.lines;
    if (lines.length === 0) continue;
    const left = Math.min(...lines.map((l) => l.left));
    const rights = columnRights(lines, Math.max(...lines.map((l) => l.right), page.width - left));
    const spacing = usualSpacing(lines);
    const texts = lines.map((line) =>
      withoutMarks(line.text)
        .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
        .replace(/\s+/g, ' ')
        .trim(),
    );
    // A list's bullets and numbers are drawn by the word processor, not written in the document.
    const labels = listLabelLengths(lines, texts, left, (i) => i + 1 < lines.length && wrapped(lines[i], rights[i], texts[i + 1]));
    // A label kept on a line of its own (a list's tab set it apart) opens its item's text.
    let labelBefore = '';
    lines.forEach((line, i) => {
      const dropped = keepLabels ? bulletLength(texts[i]) : labels[i];
      if (keepLabels && dropped === 0 && labels[i] === texts[i].length) {
        labelBefore = `${texts[i]} `;
        return;
      }
      const text = labelBefore + texts[i].slice(dropped);
      labelBefore = '';
      if (text === '') return;
      const previous = i > 0 ? lines[i - 1] : null;
      const gap = previous ? previous.y - line.y : 0;
      // Up the page and to the right is the top of the next column, where a paragraph runs on as over a page break.
      const nextColumn = previous !== null && gap < 0 && line.left > previous.right;
      const newParagraph =
        openLine === null ||
        !wrapped(openLine, openRight, text) ||
        (indentsFirstLine(line, lines[i + 1]) && wrapped(line, rights[i], texts[i + 1])) ||
        (previous !== null &&
          (gap > spacing * PARAGRAPH_GAP ||
            (gap < 0 && !nextColumn) ||
            sameBaseline(previous, line) ||
            Math.abs(previous.size - line.size) > line.size * 0.2));
      if (newParagraph) {
        if (open !== '') paragraphs.push(open);
        open = text;
      } else open = joinLines(open, text);
      openLine = line;
      openRight = rights[i];
    });
  }
  if (open !== '') paragraphs.push(open);
  return settleLineEndHyphens(paragraphs.join('\n'));
}

/**
 * Whether `line` starts to the right of the line under it, as the first line
 * of a paragraph set with a first-line indent does; when it also runs on
 * into that line, it opens a paragraph even after a full line (the foot of
 * the last page or column). A block indented whole is not; nor is a list
 * item's hanging line, which ends its item before the next label.
 */
function indentsFirstLine(line: PdfLine, next: PdfLine | undefined): boolean {
  if (!next || next.y >= line.y || sameBaseline(line, next)) return false;
  const indent = line.left - next.left;
  return indent > line.size * FIRST_LINE_INDENT[0] && indent < line.size * FIRST_LINE_INDENT[1];
}

/** Whether `line` ended only because `next`'s first word did not fit before the column's right edge. */
function wrapped(line: PdfLine, right: number, next: string): boolean {
  // A space is about half a letter wide in a proportional font: counted whole, it makes the next word seem narrower than it is.
  const spaces = line.text.split(' ').length - 1;
  const charWidth = (line.right - line.left) / Math.max(line.text.length - spaces * SPACE_SHARE, 1);
  const firstWord = /^\S*/.exec(next)![0];
  // A character of slack for justified lines and measuring error (a word of wide letters, "where", is wider than the average).
  return line.right + charWidth * (SPACE_SHARE + firstWord.length) > right - charWidth * 1;
}

function usualSpacing(lines: readonly PdfLine[]): number {
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i].y - line.y)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  // The lower median: on a short page, margins and paragraph gaps can be half the gaps.
  return gaps.length > 0 ? gaps[Math.floor((gaps.length - 1) / 2)] : Infinity;
}

/**
 * A page's margin lines: those above the first wide gap near its top and
 * below the last wide gap near its bottom. Running heads sit in the margin,
 * apart from the text block; a body line that happens to end every page
 * the same way does not.
 */
function marginLines(page: PdfPage): Set<PdfLine> {
  const lines = page.lines;
  const spacing = usualSpacing(lines);
  const wide = (i: number) => lines[i].y - lines[i + 1].y > spacing * PARAGRAPH_GAP;
  const margin = new Set<PdfLine>();
  for (let i = 0; i < Math.min(EDGE_LINES, lines.length - 1); i++) {
    if (!wide(i)) continue;
    for (let k = 0; k <= i; k++) margin.add(lines[k]);
    break;
  }
  for (let i = lines.length - 2; i >= Math.max(lines.length - 1 - EDGE_LINES, 0); i--) {
    if (!wide(i)) continue;
    for (let k = i + 1; k < lines.length; k++) margin.add(lines[k]);
    break;
  }
  return margin;
}

/**
 * Each page without its running lines: the margin lines that repeat on most
 * pages (digits aside), those that are only a page number, and the lines at
 * a page's top or bottom that stand at the same place with the same text
 * (digits aside) on most pages. The last are a word processor's header or
 * footer set without a gap (LibreOffice's default spacing is none): a reader
 * sees the journal title over every page, not a line of the text.
 */
function dropRunningLines(pages: readonly PdfPage[]): PdfPage[] {
  const key = (line: PdfLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  const margins = pages.map(marginLines);
  const counts = new Map<string, number>();
  for (const margin of margins) for (const k of new Set([...margin].map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const enough = (n: number) => pages.length >= 3 && n >= Math.max(2, pages.length * RUNNING_SHARE);
  const inPlace = repeatedInPlace(pages, key, enough);
  return pages.map((page, i) => {
    const placed = edgeStacks(page, inPlace);
    const running = (line: PdfLine) => {
      const k = key(line);
      if (pages.length >= 2 && /^(page )?#( of #)?$|^[ivxlc]{1,6}$|^[-–—] ?# ?[-–—]$/.test(k)) return true;
      return (margins[i].has(line) && enough(counts.get(k) ?? 0)) || placed.has(line);
    };
    return { width: page.width, lines: page.lines.filter((line) => !running(line)) };
  });
}

/**
 * The lines repeated in place at a page's top and at its bottom, when the
 * text inside them is not: a header stands over text that changes from page
 * to page. Where the line inside repeats too (the same page printed again,
 * a form), the page is repeated content, and kept.
 */
function edgeStacks(page: PdfPage, repeats: (line: PdfLine) => boolean): Set<PdfLine> {
  const stacks = new Set<PdfLine>();
  for (const order of [page.lines, [...page.lines].reverse()]) {
    let n = 0;
    while (n < Math.min(EDGE_LINES, order.length) && repeats(order[n])) n++;
    if (n > 0 && n < order.length && !repeats(order[n])) for (const line of order.slice(0, n)) stacks.add(line);
  }
  return stacks;
}

/** Whether a line has the same text (digits aside) at the same height, give or take half its size, on enough pages. */
function repeatedInPlace(pages: readonly PdfPage[], key: (line: PdfLine) => string, enough: (pages: number) => boolean) {
  const owner = new Map<PdfLine, number>();
  const byKey = new Map<string, PdfLine[]>();
  pages.forEach((page, n) => {
    for (const line of page.lines) {
      owner.set(line, n);
      const k = key(line);
      const same = byKey.get(k);
      if (same) same.push(line);
      else byKey.set(k, [line]);
    }
  });
  return (line: PdfLine): boolean => {
    const same = byKey.get(key(line))!.filter((other) => Math.abs(other.y - line.y) <= line.size * 0.5);
    return enough(new Set(same.map((other) => owner.get(other))).size);
  };
}
