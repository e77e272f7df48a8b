/**
 * The draft's paragraphs are held in chunks (./schema): a chunk is a run of
 * consecutive paragraphs and nothing else, with no meaning for the text.
 * ProseMirror's view passes over every child of the document on each update
 * (at 300,000 words, 9,000 paragraphs: about 5.5 ms of every keystroke in
 * the profile), and every element in the page costs the browser's style,
 * layout and paint a little on every frame; a chunk far from the viewport
 * is one opaque element (./near-chunks) and ProseMirror never looks inside
 * it. This module cuts paragraphs into chunks, addresses paragraphs through
 * them, and keeps chunks from growing without bound as the draft is edited.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, type Transaction } from 'prosemirror-state';
import { sameDecisions, schema } from './schema';

/**
 * A chunk is closed once it holds this many characters: a few screens of
 * text. Smaller chunks mean more children for ProseMirror to pass over on
 * each update (about 400 at 300,000 words); larger ones put more text in
 * the page around the viewport, since a near chunk is drawn whole.
 */
export const CHUNK_CHARS = 4_000;
/** …or this many paragraphs, so a run of empty or short lines stays small too. */
export const CHUNK_PARAGRAPHS = 32;
/** An edited chunk (paste, joins across chunks) this many times past either limit is cut again. */
const OVERGROWN = 4;

/** Tells where chunks start as paragraphs are added in order: the one rule docFromText and OffsetMap.ofText share. */
export class ChunkCounter {
  private chars = 0;
  private paragraphs = 0;

  /** Counts a paragraph of `size` characters; true when it starts a new chunk (the first one does). */
  add(size: number): boolean {
    const starts = this.paragraphs === 0 || this.chars >= CHUNK_CHARS || this.paragraphs >= CHUNK_PARAGRAPHS;
    if (starts) this.chars = this.paragraphs = 0;
    this.chars += size;
    this.paragraphs++;
    return starts;
  }
}

/** `paragraphs` in chunks (at least one, holding an empty paragraph, when there are none). */
export function chunksOf(paragraphs: readonly Node[]): Node[] {
  if (paragraphs.length === 0) return [schema.nodes.chunk.create(null, schema.nodes.paragraph.create())];
  const counter = new ChunkCounter();
  const chunks: Node[][] = [];
  for (const paragraph of paragraphs) {
    if (counter.add(paragraph.content.size)) chunks.push([]);
    chunks[chunks.length - 1]!.push(paragraph);
  }
  return chunks.map((content) => schema.nodes.chunk.create(null, content));
}

/** Calls `f` with each paragraph of `doc` in order, the position before it and its index among all paragraphs. */
export function forEachParagraph(doc: Node, f: (paragraph: Node, pos: number, index: number) => void): void {
  let index = 0;
  doc.forEach((chunk, chunkPos) => chunk.forEach((paragraph, offset) => f(paragraph, chunkPos + 1 + offset, index++)));
}

const listOf = new WeakMap<Node, readonly Node[]>();

/** `doc`'s paragraphs in order, worked out once per document. */
export function paragraphList(doc: Node): readonly Node[] {
  let list = listOf.get(doc);
  if (!list) {
    const found: Node[] = [];
    doc.forEach((chunk) => chunk.forEach((paragraph) => void found.push(paragraph)));
    listOf.set(doc, (list = found));
  }
  return list;
}

const chunkStartsOf = new WeakMap<Node, readonly number[]>();

/** The position before each of `doc`'s chunks, worked out once per document (a few hundred at 300,000 words). */
export function chunkStarts(doc: Node): readonly number[] {
  let starts = chunkStartsOf.get(doc);
  if (!starts) {
    const found: number[] = [];
    doc.forEach((_chunk, offset) => void found.push(offset));
    chunkStartsOf.set(doc, (starts = found));
  }
  return starts;
}

/**
 * Whether `a` and `b` hold the same paragraphs, however they are cut into
 * chunks: the same text and styles. Asked after every keystroke (the
 * unsaved mark): a chunk that is the very same node in both, met at the
 * same paragraph, is passed over whole, so the cost is the chunks plus the
 * paragraphs of the chunks that differ, not every paragraph (listing the
 * paragraphs of each new document was 0.7 ms of a key at 300,000 words).
 */
export function sameParagraphs(a: Node, b: Node): boolean {
  if (a === b) return true;
  const first = new ParagraphCursor(a);
  const second = new ParagraphCursor(b);
  for (;;) {
    if (first.atChunkStart() && second.atChunkStart() && first.chunk() === second.chunk()) {
      first.skipChunk();
      second.skipChunk();
      continue;
    }
    const [x, y] = [first.next(), second.next()];
    if (x === null || y === null) return x === y;
    if (!x.eq(y)) return false;
  }
}

/** Walks a document's paragraphs in order, through its chunks. */
class ParagraphCursor {
  private chunkIndex = 0;
  private index = 0;

  constructor(private readonly doc: Node) {}

  atChunkStart(): boolean {
    this.settle();
    return this.index === 0 && this.chunkIndex < this.doc.childCount;
  }

  chunk(): Node {
    return this.doc.child(this.chunkIndex);
  }

  skipChunk(): void {
    this.chunkIndex++;
  }

  /** The next paragraph, or null past the last. */
  next(): Node | null {
    this.settle();
    return this.chunkIndex < this.doc.childCount ? this.chunk().child(this.index++) : null;
  }

  /** Steps past a chunk whose paragraphs are all taken, so that the next chunk's start is seen as one (and passed over whole when shared). */
  private settle(): void {
    while (this.chunkIndex < this.doc.childCount && this.index >= this.chunk().childCount) {
      this.chunkIndex++;
      this.index = 0;
    }
  }
}

/**
 * Cuts again the chunks a transaction left far past the limits (a long
 * paste lands in one chunk; Backspace and Delete across chunks join two,
 * ./piece-keys). Only the chunks where the documents differ are looked at,
 * found by comparing the chunks by identity: no set of every chunk on each
 * key. Never after a decision (`decides`). The text is untouched: the cuts
 * are between paragraphs.
 */
export function keepChunksSmall(): Plugin {
  return new Plugin({
    appendTransaction(transactions, before, after) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      if (transactions.some(decides)) return null;
      // The chunks outside the stretch where the documents differ are the very same nodes
      // (the stretch's ends may fall on chunk edges, so the chunks touching them are looked at).
      const start = before.doc.content.findDiffStart(after.doc.content);
      if (start === null) return null;
      const end = before.doc.content.findDiffEnd(after.doc.content)!.b;
      let tr: Transaction | null = null;
      after.doc.forEach((chunk, pos) => {
        if (pos + chunk.nodeSize < start || pos > Math.max(start, end) || !overgrown(chunk)) return;
        // From the end backwards, so earlier positions hold.
        const cuts = cutsOf(chunk).map((offset) => pos + 1 + offset);
        // One paragraph past the limits has no cut: no transaction, not an empty one on every key.
        if (cuts.length > 0) tr ??= after.tr;
        for (const cut of cuts.reverse()) tr!.split(tr!.mapping.map(cut), 1);
      });
      return tr;
    },
  });
}

/**
 * Whether `tr` records or undoes a decision. A decision's chunks are left
 * as it leaves them, overgrown or not, until the next edit inside them:
 * its undo must change only the decided text (./follow-decisions
 * trusts a step whose size changed by the decided items alone, and cuts
 * added to its undo step would send every suggestion after them to be
 * compared again: a whole 100,000-word line left with none after undoing
 * accept all).
 */
function decides(tr: Transaction): boolean {
  return !sameDecisions(tr.before, tr.doc);
}

function overgrown(chunk: Node): boolean {
  return chunk.childCount > OVERGROWN * CHUNK_PARAGRAPHS || chunk.content.size > OVERGROWN * (CHUNK_CHARS + 2 * CHUNK_PARAGRAPHS);
}

/** The offsets (inside `chunk`) before the paragraphs that start a chunk by ChunkCounter's rule, the first left out. */
function cutsOf(chunk: Node): number[] {
  const counter = new ChunkCounter();
  const cuts: number[] = [];
  chunk.forEach((paragraph, offset, index) => {
    if (counter.add(paragraph.content.size) && index > 0) cuts.push(offset);
  });
  return cuts;
}
