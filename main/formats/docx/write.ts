/**
 * A Word document with edits to its text made in place, either outright (the
 * cleaned copy) or as tracked changes Word and LibreOffice can review.
 *
 * Only the XML of the parts that hold changed text is rewritten; every other
 * entry of the package is carried over byte for byte, compressed bytes and all. Inside a paragraph an
 * edit touches only the runs it covers: new text takes the formatting of
 * the run where the replaced text starts (or, for a pure insertion, of the
 * run before the caret), and every other run keeps its own.
 */
import type { Document, Element, Node } from '@xmldom/xmldom';
import type { TextEdit } from '../../files/text-format';
import { distributeEdits, editsToWrite, type PieceEdit } from '../pieces';
import { serializeXml } from '../xml';
import { writeZip } from '../zip';
import { keepNoteMoves } from './note-moves';
import { openDocx, openStyles } from './package';
import { newParagraphProperties, ParagraphStyles } from './paragraph-properties';
import { children, hasAncestor, isW, isWordNs, readDocxText, W_NS, wChild, type DocxPiece } from './read';

export interface TrackChanges {
  /** Shown in Word's review pane. */
  readonly author: string;
  readonly date: Date;
}

export interface DocxWriteOptions {
  /** Write each edit as a tracked deletion and insertion instead of making it. */
  readonly track?: TrackChanges;
}

export interface DocxWriteResult {
  readonly bytes: Uint8Array;
  /**
   * Edits that could not be made: joining paragraphs that live in different
   * containers (two table cells, a text box and the body, the body and a
   * note) or across a section break — the rest of the edit is made — and
   * moves between a note and the body, of which only the note's own fixes
   * are made (keepNoteMoves).
   */
  readonly unapplied: number;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const REVISIONS = new Set(['ins', 'del', 'moveTo', 'moveFrom']);

/** `bytes` with `edits` (sorted, non-overlapping, offsets into the text readDocx gives) applied. */
export function writeDocx(bytes: Uint8Array, path: string, edits: readonly TextEdit[], options: DocxWriteOptions = {}): DocxWriteResult {
  const pkg = openDocx(bytes, path);
  const { text, pieces } = readDocxText(pkg.textParts);
  const docs = pkg.textParts.map((p) => p.xml.doc);
  const editor = new Editor(options.track ? new Revisions(options.track, docs) : null, new RevisionIds(docs));
  const marks = new Map(pieces.flatMap((piece) => (piece.kind === 'mark' && piece.to > piece.from ? [[piece.from, piece] as const] : [])));
  const breakJoins = (at: number) => (marks.get(at)?.next ?? null) !== null;
  const notes = keepNoteMoves(text, pieces, editsToWrite(text, edits, breakJoins, pieces));
  editor.unapplied += notes.left;
  const { added, rest } = addedParagraphs(pieces, notes.edits);
  const styles = new ParagraphStyles(added.length > 0 ? (openStyles(pkg, path)?.doc ?? null) : null);
  // Added first: the edits left never look past a paragraph's own children, and a join moves them out of it, leaving the new paragraph where it was.
  for (const paragraphs of added) editor.addParagraphs(paragraphs, styles);
  const pieceEdits = distributeEdits(pieces, rest);
  for (let i = pieceEdits.length - 1; i >= 0; i--) editor.apply(pieces[pieceEdits[i].piece], pieceEdits[i]);
  editor.splitParagraphs();

  const rewritten = new Map<string, Uint8Array>();
  for (const part of pkg.textParts) if (editor.changed.has(part.xml.doc)) rewritten.set(part.name, serializeXml(part.xml));
  // Entries left alone keep their stored form, so writeZip copies their compressed bytes.
  const entries = pkg.entries.map((e) => {
    const data = rewritten.get(e.name);
    return data ? { name: e.name, data } : e;
  });
  return { bytes: writeZip(entries), unapplied: editor.unapplied };
}

/** New paragraphs made whole between two paragraphs (or at a container's end), with no text of theirs already there. */
interface AddedParagraphs {
  /** Each new paragraph's text. */
  readonly lines: readonly string[];
  readonly before: Element | null;
  readonly after: Element | null;
}

/**
 * The edits that add whole paragraphs between two — '\nX' at a paragraph's
 * end (as paragraphsAfter puts every missing paragraph it can) or 'X\n' at
 * one's start — taken out of `edits`: they are written as paragraphs of
 * their own, styled for where they land (newParagraphProperties), rather
 * than by splitting the paragraph they touch, whose heading style, list
 * number and last run's formatting a split would copy. The rest are
 * `rest`. An edit that also touches the break it sits at stays in `rest`.
 */
function addedParagraphs(pieces: readonly DocxPiece[], edits: readonly TextEdit[]): { added: AddedParagraphs[]; rest: TextEdit[] } {
  const ends = new Map<number, Extract<DocxPiece, { kind: 'mark' }>>();
  const starts = new Map<number, { paragraph: Element; before: Element | null }>();
  let start = 0;
  let previous: Extract<DocxPiece, { kind: 'mark' }> | null = null;
  pieces.forEach((piece, i) => {
    if (piece.kind !== 'mark') return;
    if (piece.to > piece.from || i === pieces.length - 1) ends.set(piece.from, piece);
    if (previous === null || previous.to > previous.from) starts.set(start, { paragraph: piece.paragraph, before: previous?.next === piece.paragraph ? previous.paragraph : null });
    start = piece.to;
    previous = piece;
  });
  const added: AddedParagraphs[] = [];
  const rest: TextEdit[] = [];
  const made = edits.filter((e) => e.from < e.to || e.insert !== '');
  made.forEach((edit, i, edits) => {
    const apart = (edits[i - 1]?.to ?? -1) < edit.from && (edits[i + 1]?.from ?? Infinity) > edit.to;
    const end = ends.get(edit.from);
    const begin = starts.get(edit.from);
    if (edit.from !== edit.to || !apart) rest.push(edit);
    else if (end && edit.insert.startsWith('\n')) added.push({ lines: edit.insert.slice(1).split('\n'), before: end.paragraph, after: end.next });
    else if (begin && edit.insert.endsWith('\n')) added.push({ lines: edit.insert.slice(0, -1).split('\n'), before: begin.before, after: begin.paragraph });
    else rest.push(edit);
  });
  return { added, rest };
}

class Editor {
  readonly changed = new Set<Document>();
  unapplied = 0;
  /** The w:br placeholders of paragraph breaks in new text, which splitParagraphs makes into paragraphs. */
  private readonly breaks: Element[] = [];

  constructor(
    private readonly revisions: Revisions | null,
    private readonly ids: RevisionIds,
  ) {}

  /**
   * A '\n' in new text inside a paragraph is a new paragraph, as Enter in
   * the editor is (whole paragraphs added between two are addParagraphs'): the
   * paragraph is split there, the half after it a paragraph of its own with
   * the same properties (its style, list, alignment), every run, link and
   * revision around the break cut in two with the same formatting. Done
   * after every edit, since it moves the text the pieces point into.
   */
  splitParagraphs(): void {
    for (const br of this.breaks) splitParagraphAt(br, this.revisions, this.ids);
  }

  /**
   * Write new paragraphs between `before` and `after`, tracked as inserted
   * when writing revisions.
   */
  addParagraphs({ lines, before, after }: AddedParagraphs, styles: ParagraphStyles): void {
    const anchor = (after ?? before)!;
    const { pPr, rPr } = newParagraphProperties(styles, before, after);
    this.changed.add(anchor.ownerDocument!);
    const at = after ?? before!.nextSibling;
    const made: Element[] = [];
    for (const line of lines) {
      const p = wElement(anchor, 'p');
      if (pPr) p.appendChild(pPr.cloneNode(true));
      if (line !== '') {
        const run = wElement(anchor, 'r');
        if (rPr) run.appendChild(rPr.cloneNode(true));
        for (const node of runContent(anchor, line, this.breaks)) run.appendChild(node);
        p.appendChild(this.revisions ? this.revisions.insertion(p, run) : run);
      }
      parentElement(anchor).insertBefore(p, at);
      made.push(p);
    }
    if (!this.revisions) return;
    if (before === null) {
      for (const p of made) this.revisions.markParagraphMarkInserted(p);
      return;
    }
    // As Word records Enter typed at a paragraph's end: the mark before each new paragraph is the inserted one, and the
    // last new paragraph carries `before`'s own mark, its properties a tracked change from `before`'s, so rejecting
    // every revision gives `before` back whole (LibreOffice leaves an empty paragraph when the new one's own mark is).
    for (const p of [before, ...made.slice(0, -1)]) this.revisions.markParagraphMarkInserted(p);
    this.revisions.markPropertiesChanged(made[made.length - 1], before);
  }

  apply(piece: DocxPiece, edit: PieceEdit): void {
    const anchor = piece.kind === 'mark' ? piece.paragraph : piece.element;
    this.changed.add(anchor.ownerDocument!);
    if (piece.kind === 'mark') this.mark(piece, edit);
    else if (piece.kind === 'number') this.number(piece.element, edit);
    else if (piece.kind === 'atom') this.atom(piece.element, edit);
    else this.text(piece.element, edit);
  }

  private text(t: Element, { from, to, insert }: PieceEdit): void {
    const data = t.textContent ?? '';
    if (this.revisions === null) {
      if (!/[\n\t]/.test(insert)) {
        setText(t, data.slice(0, from) + insert + data.slice(to));
        return;
      }
      setText(t, data.slice(0, from));
      const rest = data.slice(to);
      const after = rest === '' ? [] : [withText(t.cloneNode(false) as Element, rest)];
      insertAfter(t, [...runContent(t, insert, this.breaks), ...after]);
      return;
    }
    // Tracked: isolate [from, to) in a run of its own, mark it deleted, and
    // put the insertion right after it. The w:t keeps [0, from), so edits
    // earlier in this piece still find their text where they expect it.
    const run = parentElement(t);
    if (to < data.length) splitElement(run, splitText(t, to));
    else if (t.nextSibling) splitElement(run, t.nextSibling);
    if (from === to) {
      if (insert !== '') this.revisions.place(parentElement(run), run.nextSibling, this.revisions.inserted(run, insert, this.breaks));
      return;
    }
    const middle = splitElement(run, splitText(t, from));
    this.revisions.markDeleted(middle);
    if (insert !== '') this.revisions.place(parentElement(middle), middle.nextSibling, this.revisions.inserted(run, insert, this.breaks));
  }

  private atom(el: Element, { from, to, insert }: PieceEdit): void {
    const run = parentElement(el);
    if (this.revisions === null) {
      if (insert !== '') {
        const before = from === 0 ? el : el.nextSibling;
        for (const node of runContent(el, insert, this.breaks)) run.insertBefore(node, before);
      }
      if (to > from) run.removeChild(el);
      return;
    }
    if (el.nextSibling) splitElement(run, el.nextSibling);
    const contentBefore = children(run).some((c) => c !== el && !isW(c, 'rPr'));
    if (from === to) {
      // The caret is after the atom (the run now ends with it) or before it.
      if (from === 1) this.revisions.place(parentElement(run), run.nextSibling, this.revisions.inserted(run, insert, this.breaks));
      else {
        const own = contentBefore ? splitElement(run, el) : run;
        this.revisions.place(parentElement(own), own, this.revisions.inserted(run, insert, this.breaks));
      }
      return;
    }
    const own = contentBefore ? splitElement(run, el) : run;
    this.revisions.markDeleted(own);
    if (insert !== '') this.revisions.place(parentElement(own), own.nextSibling, this.revisions.inserted(own, insert, this.breaks));
  }

  /** A note's number is Word's to set: it is never deleted, and text inserted at it goes after it. */
  private number(el: Element, { from, to, insert }: PieceEdit): void {
    if (to > from) this.unapplied += 1;
    if (insert === '') return;
    const run = parentElement(el);
    if (this.revisions) this.revisions.place(parentElement(run), run.nextSibling, this.revisions.inserted(run, insert, this.breaks));
    else parentElement(run).insertBefore(newRun(run, null, insert, this.breaks), run.nextSibling);
  }

  /** The '\n' after a paragraph: deleting it joins the next paragraph on; text inserted there ends the paragraph. */
  private mark(piece: Extract<DocxPiece, { kind: 'mark' }>, { from, to, insert }: PieceEdit): void {
    const p = piece.paragraph;
    if (insert !== '') {
      const template = lastRun(p);
      if (this.revisions) this.revisions.place(p, null, this.revisions.inserted(template ?? p, insert, this.breaks));
      else p.appendChild(newRun(p, template, insert, this.breaks));
    }
    if (to === from) return;
    const next = piece.next;
    if (next === null || hasSectionBreak(p)) {
      this.unapplied += 1;
      return;
    }
    if (this.revisions) {
      this.revisions.markParagraphMarkDeleted(p);
      return;
    }
    for (const child of children(next)) if (!isW(child, 'pPr')) p.appendChild(child);
    parentElement(next).removeChild(next);
  }
}

/** Numbers, authors and dates for the revisions Galley writes. */
class Revisions {
  private nextId: number;
  private readonly date: string;

  constructor(
    private readonly track: TrackChanges,
    docs: readonly Document[],
  ) {
    this.nextId = maxRevisionId(docs) + 1;
    // Word writes revision dates to the second, in UTC.
    this.date = track.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** A w:ins holding `text` in a run formatted like `template` (a run, or a paragraph to take the mark's formatting from). */
  inserted(template: Element, text: string, breaks: Element[]): Element {
    return this.insertion(template, newRun(template, isW(template, 'r') ? template : null, text, breaks));
  }

  /** A w:ins holding `run`. */
  insertion(ref: Element, run: Element): Element {
    const ins = this.revision(ref, 'ins');
    ins.appendChild(run);
    return ins;
  }

  /** Wrap `run` in a w:del, its text becoming w:delText. */
  markDeleted(run: Element): void {
    const del = this.revision(run, 'del');
    parentElement(run).insertBefore(del, run);
    del.appendChild(run);
    for (const child of children(run)) {
      if (isW(child, 't')) {
        const delText = wElement(child, 'delText');
        for (let i = 0; i < child.attributes.length; i++) {
          const a = child.attributes[i];
          delText.setAttributeNS(a.namespaceURI, a.name, a.value);
        }
        delText.textContent = child.textContent;
        run.replaceChild(delText, child);
      }
    }
  }

  /** Record the paragraph's mark as deleted (pPr/rPr/del), which joins it to the next paragraph once accepted. */
  markParagraphMarkDeleted(p: Element): void {
    this.markParagraphMark(p, 'del');
  }

  /** Record the paragraph's mark as inserted (pPr/rPr/ins): rejecting it joins the paragraph to the next. */
  markParagraphMarkInserted(p: Element): void {
    this.markParagraphMark(p, 'ins');
  }

  /** Record `p`'s paragraph properties as changed from those `from` has (a w:pPrChange holding them). */
  markPropertiesChanged(p: Element, from: Element): void {
    const pPr = ownProperties(p);
    const old = wElement(p, 'pPr');
    const fromPr = wChild(from, 'pPr');
    // A pPrChange holds the base properties only: no mark formatting, section or change of its own.
    if (fromPr) for (const c of children(fromPr)) if (!['rPr', 'sectPr', 'pPrChange'].includes(c.localName ?? '')) old.appendChild(c.cloneNode(true));
    const change = this.revision(p, 'pPrChange');
    change.appendChild(old);
    pPr.appendChild(change);
  }

  private markParagraphMark(p: Element, kind: 'ins' | 'del'): void {
    const pPr = ownProperties(p);
    let rPr = wChild(pPr, 'rPr');
    if (!rPr) {
      rPr = wElement(p, 'rPr');
      // rPr comes before sectPr and pPrChange in a paragraph's properties.
      pPr.insertBefore(rPr, children(pPr).find((c) => isW(c, 'sectPr') || isW(c, 'pPrChange')) ?? null);
    }
    rPr.insertBefore(this.revision(p, kind), rPr.firstChild);
  }

  private revision(ref: Element, kind: 'ins' | 'del' | 'pPrChange'): Element {
    const el = wElement(ref, kind);
    el.setAttributeNS(W_NS, `${prefixOf(ref)}id`, String(this.nextId++));
    el.setAttributeNS(W_NS, `${prefixOf(ref)}author`, this.track.author);
    el.setAttributeNS(W_NS, `${prefixOf(ref)}date`, this.date);
    return el;
  }

  /**
   * Insert `node` into `parent` before `before` (null: at the end). A
   * revision of Galley's never goes inside another revision: a wrapper in
   * the way is split in two around it (the second half with a fresh id), as
   * Word does when you type inside someone else's insertion.
   */
  place(parent: Element, before: Node | null, node: Element): void {
    if (!isRevision(parent)) {
      parent.insertBefore(node, before);
      return;
    }
    const outer = parentElement(parent);
    if (before === null) return this.place(outer, parent.nextSibling, node);
    if (before === parent.firstChild) return this.place(outer, parent, node);
    const second = parent.cloneNode(false) as Element;
    second.setAttributeNS(W_NS, `${prefixOf(parent)}id`, String(this.nextId++));
    for (let moving: Node | null = before; moving !== null; ) {
      const next: Node | null = moving.nextSibling;
      second.appendChild(moving);
      moving = next;
    }
    outer.insertBefore(second, parent.nextSibling);
    this.place(outer, second, node);
  }
}

/** Revision ids must be unique across the document: the highest in use (0 when none). */
function maxRevisionId(docs: readonly Document[]): number {
  let max = 0;
  for (const doc of docs) {
    const all = doc.getElementsByTagName('*');
    for (let i = 0; i < all.length; i++) {
      const id = Number(all[i].getAttributeNS(W_NS, 'id'));
      if (Number.isInteger(id) && id > max) max = id;
    }
  }
  return max;
}

/**
 * Fresh ids for the second halves of revisions a new paragraph cuts in two,
 * in a cleaned copy that has no Revisions of its own; the document is read
 * for the ids in use only when the first is needed.
 */
class RevisionIds {
  private next: number | null = null;

  constructor(private readonly docs: readonly Document[]) {}

  fresh(): string {
    this.next ??= maxRevisionId(this.docs) + 1;
    return String(this.next++);
  }
}

/**
 * Split the paragraph holding `br` (a placeholder for a new paragraph's
 * break) there: what follows it moves into a new paragraph right after,
 * every element between the two cut in two — a run keeps its properties in
 * both halves, a revision's second half gets a fresh id. The new paragraph
 * carries the original's properties and its mark, with its section break
 * and mark revision; the first half ends with a new mark, tracked as
 * inserted when writing revisions.
 */
function splitParagraphAt(br: Element, revisions: Revisions | null, ids: RevisionIds): void {
  let node: Element = br;
  for (let parent = parentElement(node); !isParagraph(parent); node = parent, parent = parentElement(parent)) {
    if (node.nextSibling === null) continue;
    const copy = splitElement(parent, node.nextSibling);
    if (isRevision(parent)) copy.setAttributeNS(W_NS, `${prefixOf(parent)}id`, ids.fresh());
  }
  const p = parentElement(node);
  splitElement(p, node.nextSibling);
  removeEmptied(br, p);
  const pPr = wChild(p, 'pPr');
  if (pPr) {
    for (const c of children(pPr)) if (isW(c, 'sectPr')) pPr.removeChild(c);
    const rPr = wChild(pPr, 'rPr');
    if (rPr) for (const c of children(rPr)) if (isRevision(c)) rPr.removeChild(c);
  }
  revisions?.markParagraphMarkInserted(p);
}

const isParagraph = (el: Element): boolean => isW(el, 'p');
const isRevision = (el: Element): boolean => isWordNs(el) && REVISIONS.has(el.localName ?? '');

/**
 * Move `first` and every sibling after it (none when null) into a copy of
 * their parent placed right after it, which keeps the parent's properties
 * (a run's w:rPr, a paragraph's w:pPr, a content control's w:sdtPr); return
 * the copy.
 */
function splitElement(parent: Element, first: Node | null): Element {
  const copy = parent.cloneNode(false) as Element;
  const properties = children(parent)[0];
  if (properties && properties !== first && isWordNs(properties) && /Pr$/.test(properties.localName ?? '')) copy.appendChild(properties.cloneNode(true));
  for (let node: Node | null = first; node !== null; ) {
    const next: Node | null = node.nextSibling;
    copy.appendChild(node);
    node = next;
  }
  parentElement(parent).insertBefore(copy, parent.nextSibling);
  return copy;
}

/** Remove `node`, then each ancestor below `stop` it leaves with nothing but properties. */
function removeEmptied(node: Element, stop: Element): void {
  let parent = parentElement(node);
  parent.removeChild(node);
  while (parent !== stop && children(parent).every((c) => isW(c, 'rPr'))) {
    const up = parentElement(parent);
    up.removeChild(parent);
    parent = up;
  }
}

/** Cut a w:t at `offset`: it keeps the text before, a new w:t right after it holds the rest. Returns the new one. */
function splitText(t: Element, offset: number): Element {
  const data = t.textContent ?? '';
  const rest = withText(t.cloneNode(false) as Element, data.slice(offset));
  setText(t, data.slice(0, offset));
  parentElement(t).insertBefore(rest, t.nextSibling);
  return rest;
}

/** A run formatted like `template` (or with no properties) holding `text`. */
function newRun(ref: Element, template: Element | null, text: string, breaks: Element[]): Element {
  const run = wElement(ref, 'r');
  const rPr = template && children(template).find((c) => isW(c, 'rPr'));
  if (rPr) run.appendChild(rPr.cloneNode(true));
  for (const node of runContent(ref, text, breaks)) run.appendChild(node);
  return run;
}

/**
 * The elements a run holds to show `text`: w:t for words, w:tab for tabs,
 * and for each '\n' a w:br placeholder added to `breaks`, where the paragraph
 * is split afterwards (Editor.splitParagraphs).
 */
function runContent(ref: Element, text: string, breaks: Element[]): Element[] {
  return text
    .split(/([\n\t])/)
    .filter((s) => s !== '')
    .map((s) => {
      if (s === '\t') return wElement(ref, 'tab');
      if (s !== '\n') return withText(wElement(ref, 't'), s);
      const br = wElement(ref, 'br');
      breaks.push(br);
      return br;
    });
}

function lastRun(p: Element): Element | null {
  const runs = p.getElementsByTagNameNS(W_NS, 'r');
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i];
    if (!hasAncestor(r, p, (a) => isW(a, 'del') || isW(a, 'txbxContent'))) return r;
  }
  return null;
}

function hasSectionBreak(p: Element): boolean {
  const pPr = children(p).find((c) => isW(c, 'pPr'));
  return pPr !== undefined && children(pPr).some((c) => isW(c, 'sectPr'));
}

/** `p`'s w:pPr, made (first, where it goes) when it has none. */
function ownProperties(p: Element): Element {
  let pPr = wChild(p, 'pPr');
  if (!pPr) {
    pPr = wElement(p, 'pPr');
    p.insertBefore(pPr, p.firstChild);
  }
  return pPr;
}

function insertAfter(ref: Node, nodes: readonly Node[]): void {
  const parent = parentElement(ref);
  const before = ref.nextSibling;
  for (const node of nodes) parent.insertBefore(node, before);
}

function withText(t: Element, text: string): Element {
  setText(t, text);
  return t;
}

/** Set a w:t's text, marking it xml:space="preserve" when its spaces would otherwise be dropped. */
function setText(t: Element, text: string): void {
  t.textContent = text;
  if (/^\s|\s$|\s\s/.test(text)) t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
}

/** A w: element in `ref`'s document, with the prefix `ref` uses for the namespace. */
function wElement(ref: Element, localName: string): Element {
  const ns = isWordNs(ref) ? ref.namespaceURI! : W_NS;
  return ref.ownerDocument!.createElementNS(ns, `${prefixOf(ref)}${localName}`);
}

function prefixOf(ref: Element): string {
  return isWordNs(ref) && ref.prefix ? `${ref.prefix}:` : isWordNs(ref) ? '' : 'w:';
}

function parentElement(node: Node): Element {
  const parent = node.parentNode;
  if (parent === null || parent.nodeType !== 1) throw new Error('a Word element without a parent element');
  return parent as Element;
}
