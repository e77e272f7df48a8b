/**
 * Accepting many suggestions as one replace step: the paragraphs from the
 * first suggestion's to the last one's, rebuilt in one pass with the
 * reference's words (paragraphs with nothing to replace are the same nodes,
 * so the view redraws only the changed ones). Step by step, each of
 * thousands of replacements copied the document's list of paragraphs and
 * kept a document of its own in the transaction: quadratic in time and in
 * memory. How the marks move is worked out from the decided items
 * themselves (./follow-decisions, decisionMapping), not from this step.
 *
 * Items that cross a paragraph's end or put a line break in were once
 * replaced one step each after the rest; each such step copied the
 * document's list of paragraphs, and its undo again (300,000 words, 650 such
 * items: 0.34 s of accept all and 0.19 s of its undo in those steps). They
 * are written in the same pass.
 */
import { type Attrs, Fragment, type Node, type NodeType, Slice } from 'prosemirror-model';
import { TextSelection, type Transaction } from 'prosemirror-state';
import { ReplaceStep, StepMap } from 'prosemirror-transform';
import { chunkStarts } from './chunks';
import { byPosition, type Placed } from './review-item';
import { schema } from './schema';
import { lastAtOrBefore, positionSize, sliceFromText } from './text-doc';

/**
 * Puts each item's replacement in place of its words, in one step unless
 * items overlap (then one step each, from the end backwards).
 */
export function replaceAll(tr: Transaction, placed: readonly Placed[]): void {
  const sorted = [...placed].sort(byPosition);
  if (sorted.length > 1 && replaceInOneStep(tr, sorted)) return;
  for (const p of sorted.reverse()) tr.replace(p.from, p.to, sliceFromText(p.item.replacement));
}

/**
 * Rebuilds the paragraphs from the first item's to the last one's in one
 * step; false, changing nothing, when items overlap. The new paragraphs are
 * written in one pass over the items, as replacing one item at a time
 * leaves them: the replacement is plain text, and the words around it keep
 * their bold and italic; an item crossing a paragraph's end joins the
 * paragraphs (the first one's kind stays); a line break in the replacement
 * ends the paragraph, and the text after it goes on in the replacement's
 * next paragraph (./text-doc sliceFromText). Paragraphs no item touches are
 * the same nodes, so the view keeps their DOM.
 */
function replaceInOneStep(tr: Transaction, sorted: readonly Placed[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.from < sorted[i - 1]!.to) return false;
  const doc = tr.doc;
  const head = tr.selection.head;
  const writer = new ParagraphWriter(doc, sorted[0]!.from);
  for (const p of sorted) {
    writer.copyTo(p.from);
    writer.write(p.item.replacement);
    writer.skipTo(p.to);
  }
  const { from, to, chunks } = writer.finish();
  // Whole chunks between chunks: the step fits as it is, so it is made
  // directly (replaceWith would check the thousands of paragraphs against
  // the schema once to fit them, and the step checks them again).
  tr.step(new ReplaceStep(from, to, new Slice(Fragment.fromArray(chunks), 0, 0)));
  // The cursor stays by the words it was at, not at the end of the step.
  const moved = new StepMap(sorted.flatMap((p) => [p.from, p.to - p.from, positionSize(p.item.replacement)]));
  tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(moved.map(head), tr.doc.content.size))));
  return true;
}

/** The paragraph being written: its kind and its content so far. */
interface OpenParagraph {
  readonly type: NodeType;
  readonly attrs: Attrs;
  readonly content: Node[];
}

/**
 * Writes a stretch of the document's paragraphs anew, front to back: kept
 * content, replacements, skipped content. The stretch is whole chunks
 * (./chunks), cut as replacing one item at a time leaves them: the
 * paragraphs written while the source is in one chunk make one chunk of
 * the result (the chunks an item spans become one, as a replace across
 * them joins them), and a chunk no item touches is kept as it is.
 */
class ParagraphWriter {
  /** The chunk the writer is in and the position before it; the paragraph (its index in the chunk) and the position before it. */
  private chunkIndex: number;
  private chunkBefore: number;
  private index = 0;
  private before: number;
  /** Where the content not yet copied starts (inside the paragraph `index`). */
  private cursor: number;
  private readonly from: number;
  private open: OpenParagraph;
  /** The chunks written, and the paragraphs of the one being written. */
  private readonly chunks: Node[] = [];
  private paragraphs: Node[] = [];

  constructor(
    private readonly doc: Node,
    start: number,
  ) {
    const starts = chunkStarts(doc);
    this.chunkIndex = lastAtOrBefore(starts, start);
    this.from = this.chunkBefore = starts[this.chunkIndex]!;
    this.before = this.chunkBefore + 1;
    while (this.end() < start) this.keep();
    this.cursor = this.before + 1;
    this.open = this.begin(this.paragraph(), false);
  }

  /** Copies the content up to `pos`: the rest of the paragraph and, when `pos` is past it, the untouched paragraphs (and chunks) between. */
  copyTo(pos: number): void {
    if (pos > this.end()) {
      this.copy(this.end());
      this.close();
      this.next();
      while (this.end() < pos) {
        const chunk = this.chunk();
        if (this.index === 0 && this.chunkBefore + chunk.nodeSize < pos) {
          this.chunks.push(chunk);
          this.chunkBefore += chunk.nodeSize;
          this.chunkIndex++;
          this.before = this.chunkBefore + 1;
        } else this.keep();
      }
      this.cursor = this.before + 1;
      this.open = this.begin(this.paragraph(), false);
    }
    this.copy(pos);
  }

  /** Writes `text`, a line break ending the paragraph and starting the next of the replacement's (./text-doc sliceFromText). */
  write(text: string): void {
    if (!text.includes('\n')) {
      // Most replacements: a word or a few, plain text.
      if (text !== '') this.open.content.push(schema.text(text));
      return;
    }
    const content = sliceFromText(text).content;
    content.firstChild!.forEach((node) => void this.open.content.push(node));
    this.close();
    for (let i = 1; i < content.childCount - 1; i++) this.paragraphs.push(content.child(i));
    this.open = this.begin(content.lastChild!, true);
  }

  /**
   * Leaves out the content up to `pos`: the paragraph it ends in goes on in
   * the one being written, and so does the chunk (as a replace across two
   * chunks joins them).
   */
  skipTo(pos: number): void {
    while (this.end() < pos) this.next(false);
    this.cursor = pos;
  }

  /** The stretch written, from the position before its first chunk to the one after its last, and its new chunks. */
  finish(): { from: number; to: number; chunks: Node[] } {
    this.copy(this.end());
    this.close();
    const chunk = this.chunk();
    for (let i = this.index + 1; i < chunk.childCount; i++) this.paragraphs.push(chunk.child(i));
    this.endChunk();
    return { from: this.from, to: this.chunkBefore + chunk.nodeSize, chunks: this.chunks };
  }

  private chunk(): Node {
    return this.doc.child(this.chunkIndex);
  }

  private paragraph(): Node {
    return this.chunk().child(this.index);
  }

  /** Where the content of the paragraph being read ends. */
  private end(): number {
    return this.before + this.paragraph().nodeSize - 1;
  }

  /** Keeps the paragraph being read as it is, and moves to the next. */
  private keep(): void {
    this.paragraphs.push(this.paragraph());
    this.next();
  }

  /** Moves to the next paragraph, into the next chunk past the end of this one (the paragraphs written so far are a chunk, unless `!endChunk`). */
  private next(endChunk = true): void {
    const chunk = this.chunk();
    if (this.index + 1 < chunk.childCount) {
      this.before += chunk.child(this.index++).nodeSize;
      return;
    }
    if (endChunk) this.endChunk();
    this.chunkBefore += chunk.nodeSize;
    this.chunkIndex++;
    this.index = 0;
    this.before = this.chunkBefore + 1;
  }

  private endChunk(): void {
    if (this.paragraphs.length > 0) this.chunks.push(schema.nodes.chunk.create(null, this.paragraphs));
    this.paragraphs = [];
  }

  private copy(to: number): void {
    const start = this.before + 1;
    this.paragraph()
      .content.cut(this.cursor - start, to - start)
      .forEach((node) => void this.open.content.push(node));
    this.cursor = to;
  }

  /** A paragraph to write of the kind of `like`, starting with `like`'s content when `withContent`. */
  private begin(like: Node, withContent: boolean): OpenParagraph {
    const content: Node[] = [];
    if (withContent) like.forEach((node) => void content.push(node));
    return { type: like.type, attrs: like.attrs, content };
  }

  private close(): void {
    // Neighbouring text of the same marks is one text node again.
    this.paragraphs.push(this.open.type.create(this.open.attrs, Fragment.fromArray(this.open.content)));
  }
}
