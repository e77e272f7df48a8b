/**
 * Exact conversion between the draft's text (LF line endings) and the
 * editor's document, and between offsets in one and positions in the other.
 * Each line is a paragraph; the text is the paragraphs joined by "\n".
 */
import { Slice, type Node } from 'prosemirror-model';
import type { LineStyle } from '../../../preload/api';
import { schema } from './schema';

/** `lineStyles` (sorted by line) shows lines of a Word or Markdown draft as headings or list items. */
export function docFromText(text: string, attrs: Record<string, unknown> | null = null, lineStyles: readonly LineStyle[] = []): Node {
  let next = 0;
  const paragraphs = text.split('\n').map((line, index) => {
    while (next < lineStyles.length && lineStyles[next].line < index) next++;
    const style = next < lineStyles.length && lineStyles[next].line === index ? { style: lineStyles[next].style } : null;
    return schema.nodes.paragraph.create(style, line.length > 0 ? schema.text(line) : null);
  });
  return schema.nodes.doc.create(attrs, paragraphs);
}

export function textFromDoc(doc: Node): string {
  const lines: string[] = [];
  doc.forEach((paragraph) => lines.push(paragraph.textContent));
  return lines.join('\n');
}

/**
 * Maps text offsets to document positions and back. Built once per document
 * or text (O(paragraphs)); each lookup is a binary search, so mapping every
 * suggestion of a long draft stays cheap.
 */
export class OffsetMap {
  /**
   * `textStarts`: the text offset at which each paragraph starts;
   * `docStarts`: the document position of each one's content start.
   */
  private constructor(
    private readonly textStarts: readonly number[],
    private readonly docStarts: readonly number[],
  ) {}

  static ofDoc(doc: Node): OffsetMap {
    const textStarts: number[] = [];
    const docStarts: number[] = [];
    let text = 0;
    doc.forEach((paragraph, offset) => {
      textStarts.push(text);
      docStarts.push(offset + 1);
      text += paragraph.content.size + 1;
    });
    return new OffsetMap(textStarts, docStarts);
  }

  /**
   * The map of the document `text` would become (./docFromText), without
   * building it: each line break ends one paragraph and starts the next,
   * so paragraph i starts i + 1 positions after its text offset.
   */
  static ofText(text: string): OffsetMap {
    const textStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) textStarts.push(i + 1);
    return new OffsetMap(
      textStarts,
      textStarts.map((start, index) => start + index + 1),
    );
  }

  /** The document position of a text offset (a "\n" offset maps to the end of its line). */
  toPos(offset: number): number {
    const index = lastAtOrBefore(this.textStarts, offset);
    return this.docStarts[index] + (offset - this.textStarts[index]);
  }

  /** The text offset of a document position inside a paragraph's content. */
  toOffset(pos: number): number {
    const index = lastAtOrBefore(this.docStarts, pos);
    return this.textStarts[index] + Math.max(0, pos - this.docStarts[index]);
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
 * before the insertion point and its last line the text after it.
 */
export function sliceFromText(text: string): Slice {
  if (text === '') return Slice.empty;
  return new Slice(docFromText(text).content, 1, 1);
}
