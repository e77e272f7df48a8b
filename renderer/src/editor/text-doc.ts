/**
 * Exact conversion between the draft's text (LF line endings) and the
 * editor's document, and between offsets in one and positions in the other.
 * Each line is a paragraph, or several when it is very long (./line-pieces),
 * and the paragraphs are held in chunks (./chunks) that the text does not
 * see: the text is the paragraphs joined by "\n", except that a `joined`
 * paragraph follows the one before it directly.
 */
import { Fragment, Slice, type Node } from 'prosemirror-model';
import type { InlineStyle, LineStyle } from '../../../preload/api';
import { ChunkCounter, chunksOf, chunkStarts, forEachParagraph, paragraphList } from './chunks';
import { linePieces } from './line-pieces';
import { schema } from './schema';

/** How a Word or Markdown draft's text is shown (an OpenedDocument has both fields); plain text has neither. */
export interface TextStyles {
  /** Lines shown as headings or list items, sorted by line. */
  readonly lineStyles?: readonly LineStyle[];
  /** Stretches shown bold or italic, in order, apart. */
  readonly inlineStyles?: readonly InlineStyle[];
}

export function docFromText(text: string, attrs: Record<string, unknown> | null = null, styles: TextStyles = {}): Node {
  return schema.nodes.doc.create(attrs, chunksOf(paragraphsOf(text, true, styles)));
}

/** The text's paragraphs; `pieces`: a very long line as several joined ones (each with the line's style). */
function paragraphsOf(text: string, pieces: boolean, styles: TextStyles = {}): Node[] {
  const lineStyles = styles.lineStyles ?? [];
  const inline = styles.inlineStyles ?? [];
  let nextLine = 0;
  let nextInline = 0;
  let start = 0;
  return text.split('\n').flatMap((line, index) => {
    while (nextLine < lineStyles.length && lineStyles[nextLine]!.line < index) nextLine++;
    const style = nextLine < lineStyles.length && lineStyles[nextLine]!.line === index ? lineStyles[nextLine]!.style : null;
    const paragraphs = (pieces ? linePieces(line) : [line]).map((piece, at) => {
      const end = start + piece.length;
      while (nextInline < inline.length && inline[nextInline]!.to <= start) nextInline++;
      const styled = nextInline < inline.length && inline[nextInline]!.from < end;
      const content = styled ? styledText(piece, start, inline, nextInline) : piece.length > 0 ? schema.text(piece) : null;
      start = end;
      return schema.nodes.paragraph.create({ style, joined: at > 0 }, content);
    });
    start++;
    return paragraphs;
  });
}

/** Text starting at offset `start` as text nodes, bold and italic where `inline` (from index `first` on) says. */
function styledText(line: string, start: number, inline: readonly InlineStyle[], first: number): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (let i = first; i < inline.length && inline[i].from < start + line.length; i++) {
    const from = Math.max(inline[i].from - start, at);
    const to = Math.min(inline[i].to - start, line.length);
    if (from > at) nodes.push(schema.text(line.slice(at, from)));
    if (to > from) {
      const marks = [...(inline[i].bold ? [schema.marks.strong.create()] : []), ...(inline[i].italic ? [schema.marks.em.create()] : [])];
      nodes.push(schema.text(line.slice(from, to), marks));
      at = to;
    }
  }
  if (at < line.length) nodes.push(schema.text(line.slice(at)));
  return nodes;
}

export function textFromDoc(doc: Node): string {
  const parts: string[] = [];
  forEachParagraph(doc, (paragraph, _pos, index) => {
    if (index > 0 && !paragraph.attrs.joined) parts.push('\n');
    parts.push(paragraphText(paragraph));
  });
  return parts.join('');
}

/**
 * A paragraph's text. Most paragraphs are one text node, whose string is
 * the answer as it is; `textContent` walks the node and joins its parts
 * even then (reading all 8,700 paragraphs of 300,000 words after accept
 * all took 35 ms that way).
 */
export function paragraphText(paragraph: Node): string {
  return paragraph.childCount === 1 ? paragraph.firstChild!.text! : paragraph.textContent;
}

/**
 * Where two versions of a document differ, by paragraph (indexes among all
 * paragraphs, through the chunks): `before`'s paragraphs [start, endBefore)
 * became `after`'s [start, endAfter), and the rest are the very same node
 * objects in both. ProseMirror keeps every untouched node when a
 * transaction changes a document, so this finds a keystroke's paragraph
 * without reading any text. The first paragraph is never taken as
 * unchanged from the end: a paragraph moving to or from the first place
 * changes whether a line break comes before it.
 */
export interface ChangedParagraphs {
  readonly start: number;
  readonly endBefore: number;
  readonly endAfter: number;
}

export function changedParagraphs(before: Node, after: Node): ChangedParagraphs {
  const [was, is] = [paragraphList(before), paragraphList(after)];
  const limit = Math.min(was.length, is.length);
  let start = 0;
  while (start < limit && was[start] === is[start]) start++;
  let endBefore = was.length;
  let endAfter = is.length;
  const floor = Math.max(start, 1);
  while (endBefore > floor && endAfter > floor && was[endBefore - 1] === is[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { start, endBefore, endAfter };
}

/**
 * The text between two document positions, as textFromDoc gives it. Finds
 * the first chunk by binary search (ProseMirror's own lookups scan the
 * document from the start), so checking thousands of suggestions' words
 * after accept all is not quadratic.
 */
export function textBetween(doc: Node, from: number, to: number): string {
  const starts = chunkStarts(doc);
  const parts: string[] = [];
  for (let index = lastAtOrBefore(starts, from); index < doc.childCount && starts[index]! < to; index++) {
    doc.child(index).forEach((paragraph, offset) => {
      const start = starts[index]! + 2 + offset;
      if (start + paragraph.content.size < from || start > to) return;
      if (parts.length > 0 && !paragraph.attrs.joined) parts.push('\n');
      const [a, b] = [Math.max(0, from - start), Math.max(0, Math.min(paragraph.content.size, to - start))];
      parts.push(paragraph.childCount === 1 ? paragraph.firstChild!.text!.slice(a, b) : paragraph.textBetween(a, b));
    });
  }
  return parts.join('');
}

/**
 * Maps text offsets to document positions and back. Built once per document
 * or text (O(paragraphs)); each lookup is a binary search, so mapping every
 * suggestion of a long draft stays cheap.
 */
export class OffsetMap {
  /**
   * `textStarts`: the text offset at which each paragraph starts;
   * `docStarts`: the document position of each one's content start;
   * `sizes`: each one's length.
   */
  private constructor(
    private readonly textStarts: readonly number[],
    private readonly docStarts: readonly number[],
    private readonly sizes: readonly number[],
  ) {}

  static ofDoc(doc: Node): OffsetMap {
    const textStarts: number[] = [];
    const docStarts: number[] = [];
    const sizes: number[] = [];
    let text = 0;
    forEachParagraph(doc, (paragraph, pos, index) => {
      if (index > 0 && !paragraph.attrs.joined) text++;
      textStarts.push(text);
      docStarts.push(pos + 1);
      sizes.push(paragraph.content.size);
      text += paragraph.content.size;
    });
    return new OffsetMap(textStarts, docStarts, sizes);
  }

  /**
   * The map of the document `text` would become (./docFromText), without
   * building it.
   */
  static ofText(text: string): OffsetMap {
    const textStarts: number[] = [];
    const docStarts: number[] = [];
    const sizes: number[] = [];
    const chunks = new ChunkCounter();
    let offset = 0;
    // The position before the next paragraph (inside the first chunk to begin with).
    let pos = 1;
    text.split('\n').forEach((line, index) => {
      if (index > 0) offset++;
      for (const piece of linePieces(line)) {
        // A new chunk after another: past the end of that one and the start of this one.
        if (chunks.add(piece.length) && textStarts.length > 0) pos += 2;
        textStarts.push(offset);
        docStarts.push(pos + 1);
        sizes.push(piece.length);
        offset += piece.length;
        pos += piece.length + 2;
      }
    });
    return new OffsetMap(textStarts, docStarts, sizes);
  }

  /**
   * The document position of a text offset (a "\n" offset maps to the end
   * of its line). Where a long line is split in pieces, the offset at a
   * piece boundary is the start of the later piece, or with `side` -1 the
   * end of the earlier one (for the end of a range).
   */
  toPos(offset: number, side: 1 | -1 = 1): number {
    let index = lastAtOrBefore(this.textStarts, offset);
    const joinedHere = index > 0 && this.textStarts[index] === offset && this.textStarts[index - 1]! + this.sizes[index - 1]! === offset;
    if (side < 0 && joinedHere) index--;
    return this.docStarts[index] + (offset - this.textStarts[index]);
  }

  /**
   * The text offset of a document position: inside a paragraph's content, or
   * between two paragraphs (or chunks), where it is the offset the later
   * one starts at (one past the "\n" between lines, but no gap between the
   * pieces of one long line).
   */
  toOffset(pos: number): number {
    const index = lastAtOrBefore(this.docStarts, pos);
    const next = index + 1;
    if (next < this.docStarts.length && pos > this.docStarts[index]! + this.sizes[index]!) return this.textStarts[next]!;
    return this.textStarts[index] + Math.max(0, Math.min(this.sizes[index]!, pos - this.docStarts[index]));
  }
}

/** Index of the last element of a sorted array that is ≤ `value` (0 when none is). */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Text (LF line endings) as a slice that `tr.replace` can put anywhere
 * inside a paragraph: open on both sides, so its first line joins the text
 * before the insertion point and its last line the text after it. Its
 * paragraphs go into the chunk they are put in (./chunks keeps it small).
 */
export function sliceFromText(text: string): Slice {
  if (text === '') return Slice.empty;
  // One line is plain text, which a replace inside a paragraph takes as it is
  // (a slice of open paragraphs would be fitted in, step by step, at a cost).
  if (!text.includes('\n')) return new Slice(Fragment.from(schema.text(text)), 0, 0);
  return new Slice(Fragment.fromArray(paragraphsOf(text, false)), 1, 1);
}

/** How many document positions `sliceFromText(text)` takes in place: one per character, plus one per line break (a paragraph ends and another starts). */
export function positionSize(text: string): number {
  let size = text.length;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) size++;
  return size;
}
