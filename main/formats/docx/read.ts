/**
 * The text a reader of a Word document sees, with a map back to the XML.
 *
 * What is read, in order: the body's paragraphs (headings, list items and
 * table cells, cell by cell, are paragraphs like any other; a text box's
 * paragraphs follow the paragraph that anchors it), then the footnotes, then
 * the endnotes, each in the order the notes part lists them. Paragraphs are
 * joined by '\n'; a tab is '\t', a line or page break '\n', a non-breaking
 * hyphen '-', a note's own number (at its start) the note's position in
 * order, and a tab right after that number a space. Left out: field codes
 * (a field's shown result is kept), deleted revisions, hidden (vanished) runs, list numbers and the note reference
 * marks in the body (Word generates them, and a PDF sets them as
 * superscripts, which its reader drops), and the Fallback copy of alternate
 * content (the Choice is what Word shows).
 *
 * Tracked changes are read as they would appear accepted: an insertion is
 * present, a deletion absent, a deleted paragraph mark joins its paragraph
 * to the next. The 'rejected' view reads the opposite, which is how tests
 * check what rejecting every revision gives.
 */
import type { Element, Node } from '@xmldom/xmldom';
import type { Piece } from '../pieces';
import type { TextPart } from './package';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_NS_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export type RevisionView = 'accepted' | 'rejected';

export type DocxPiece = Piece &
  (
    | { readonly kind: 'text'; readonly element: Element } // a w:t, the whole of its text
    | { readonly kind: 'atom'; readonly element: Element } // w:tab, w:br, ...: one character
    | { readonly kind: 'number'; readonly element: Element } // a note's own number (w:footnoteRef), which Word generates: read-only
    | {
        readonly kind: 'mark'; // the '\n' after a paragraph (zero-length when there is none)
        readonly paragraph: Element;
        /** The paragraph that follows in the same container, which deleting the mark merges into this one. */
        readonly next: Element | null;
      }
  );

export interface DocxText {
  readonly text: string;
  readonly pieces: readonly DocxPiece[];
}

/** Inline pieces of one paragraph before offsets are known. */
type Pending = { kind: 'text' | 'atom' | 'number'; element: Element; text: string };

interface Paragraph {
  element: Element;
  inline: Pending[];
  /** The paragraph mark is absent in this view (deleted, or inserted when rejecting). */
  joined: boolean;
}

export function readDocxText(parts: readonly TextPart[], view: RevisionView = 'accepted'): DocxText {
  const paragraphs: Paragraph[] = [];
  const reader = new Reader(view, paragraphs);
  for (const part of parts) {
    const root = part.xml.doc.documentElement;
    if (root === null) continue;
    if (part.role === 'document') {
      const body = children(root).find((c) => isW(c, 'body'));
      if (body) reader.block(body);
    } else {
      let number = 0;
      for (const note of children(root)) {
        const type = wAttr(note, 'type');
        if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
        reader.noteNumber = String(++number);
        reader.block(note);
      }
    }
  }
  return assemble(paragraphs);
}

function assemble(paragraphs: readonly Paragraph[]): DocxText {
  const pieces: DocxPiece[] = [];
  const chunks: string[] = [];
  let at = 0;
  paragraphs.forEach((paragraph, i) => {
    for (const p of paragraph.inline) {
      if (p.text === '') continue;
      pieces.push({ kind: p.kind, element: p.element, from: at, to: at + p.text.length } as DocxPiece);
      chunks.push(p.text);
      at += p.text.length;
    }
    const last = i === paragraphs.length - 1;
    const following = paragraphs[i + 1]?.element ?? null;
    const next = following !== null && nextElementSibling(paragraph.element) === following ? following : null;
    const length = last || paragraph.joined ? 0 : 1;
    pieces.push({ kind: 'mark', paragraph: paragraph.element, next, from: at, to: at + length, isBreak: true });
    if (length === 1) chunks.push('\n');
    at += length;
  });
  return { text: chunks.join(''), pieces };
}

class Reader {
  /** Open fields: whether each is still in its code part (before w:fldChar separate). */
  private fields: boolean[] = [];
  /** The number of the note being read, which its w:footnoteRef shows. */
  noteNumber = '';

  constructor(
    private readonly view: RevisionView,
    private readonly out: Paragraph[],
  ) {}

  /** Block-level content: body, table cell, text box, note, content control. */
  block(container: Element): void {
    for (const child of children(container)) {
      if (isMcAlternate(child)) {
        const choice = mcChoice(child);
        if (choice) this.block(choice);
      } else if (!isWordNs(child)) continue;
      else if (child.localName === 'p') this.paragraph(child);
      else if (child.localName === 'tbl' || child.localName === 'tr' || child.localName === 'tc') this.block(child);
      else if (child.localName === 'sdt') this.block(sdtContent(child));
      else if (child.localName === 'sdtContent' || child.localName === 'customXml') this.block(child);
      else if (this.isPresentRevision(child)) this.block(child);
    }
  }

  private paragraph(p: Element): void {
    const paragraph: Paragraph = { element: p, inline: [], joined: this.markJoined(p) };
    const deferred: Element[] = [];
    this.inline(p, paragraph.inline, deferred);
    this.out.push(paragraph);
    for (const box of deferred) this.block(box);
  }

  /** Run-level content of a paragraph (or of a hyperlink, revision, content control inside it). */
  private inline(container: Element, out: Pending[], deferred: Element[]): void {
    for (const child of children(container)) {
      if (isMcAlternate(child)) {
        const choice = mcChoice(child);
        if (choice) this.inline(choice, out, deferred);
        continue;
      }
      if (!isWordNs(child)) continue;
      switch (child.localName) {
        case 'r':
          this.run(child, out, deferred);
          break;
        case 'hyperlink':
        case 'smartTag':
        case 'customXml':
        case 'fldSimple':
        case 'dir':
        case 'bdo':
        case 'sdtContent':
          this.inline(child, out, deferred);
          break;
        case 'sdt':
          this.inline(sdtContent(child), out, deferred);
          break;
        case 'ins':
        case 'moveTo':
        case 'del':
        case 'moveFrom':
          if (this.isPresentRevision(child)) this.inline(child, out, deferred);
          break;
      }
    }
  }

  private run(r: Element, out: Pending[], deferred: Element[]): void {
    const hidden = isHidden(r);
    for (const child of children(r)) {
      if (isMcAlternate(child) || (isWordNs(child) && (child.localName === 'drawing' || child.localName === 'pict'))) {
        deferred.push(...textBoxes(child));
        continue;
      }
      if (!isWordNs(child)) continue;
      const name = child.localName;
      if (name === 'fldChar') {
        this.fieldChar(child);
        continue;
      }
      if (hidden || this.fields.includes(true)) continue;
      if (name === 't' || (name === 'delText' && this.view === 'rejected')) {
        out.push({ kind: 'text', element: child, text: child.textContent ?? '' });
      } else if (name === 'footnoteRef' || name === 'endnoteRef') {
        // Notes are numbered in order (Word's default format; custom marks are not read).
        out.push({ kind: 'number', element: child, text: this.noteNumber });
      } else {
        const atom = ATOMS[name ?? ''];
        if (atom !== undefined) out.push({ kind: 'atom', element: child, text: afterNoteNumber(out) && atom === '\t' ? ' ' : atom });
      }
    }
  }

  private fieldChar(child: Element): void {
    const type = wAttr(child, 'fldCharType');
    if (type === 'begin') this.fields.push(true);
    else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = false;
    else if (type === 'end') this.fields.pop();
  }

  /** Whether a revision wrapper's content is present in this view. */
  private isPresentRevision(el: Element): boolean {
    const inserted = el.localName === 'ins' || el.localName === 'moveTo';
    const deleted = el.localName === 'del' || el.localName === 'moveFrom';
    if (!inserted && !deleted) return false;
    return this.view === 'accepted' ? inserted : deleted;
  }

  /** A paragraph mark recorded as deleted (accepted view) or inserted (rejected view) joins the next paragraph. */
  private markJoined(p: Element): boolean {
    const pPr = children(p).find((c) => isW(c, 'pPr'));
    const rPr = pPr && children(pPr).find((c) => isW(c, 'rPr'));
    if (!rPr) return false;
    const wanted = this.view === 'accepted' ? ['del', 'moveFrom'] : ['ins', 'moveTo'];
    return children(rPr).some((c) => isWordNs(c) && wanted.includes(c.localName ?? ''));
  }
}

/**
 * Whether the paragraph so far is only a note's own number. The tab
 * LibreOffice (and many templates) set after it reads as the space Word
 * types there and a PDF shows: the gap is the note's layout, not its text.
 */
function afterNoteNumber(out: readonly Pending[]): boolean {
  // Stops at the second piece with text: a paragraph of many tabs asks once per tab (review11 found filtering all of it quadratic).
  let shown: Pending | null = null;
  for (const p of out) {
    if (p.text === '') continue;
    if (shown !== null) return false;
    shown = p;
  }
  return shown?.kind === 'number';
}

/** One-character elements of a run and the character each reads as. */
const ATOMS: Record<string, string> = { tab: '\t', ptab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-' };

function isHidden(r: Element): boolean {
  return isToggleOn(r, 'vanish');
}

/** Whether a run's own properties switch `name` (vanish, b, i, ...) on: present, and not valued off. */
export function isToggleOn(r: Element, name: string): boolean {
  const rPr = children(r).find((c) => isW(c, 'rPr'));
  const property = rPr && children(rPr).find((c) => isW(c, name));
  if (!property) return false;
  const val = wAttr(property, 'val');
  return val === null || !['0', 'false', 'off'].includes(val);
}

/** The w:txbxContent elements inside a drawing or picture, taking one branch of alternate content. */
function textBoxes(el: Element): Element[] {
  if (isMcAlternate(el)) {
    const choice = mcChoice(el);
    return choice ? textBoxes(choice) : [];
  }
  if (isW(el, 'txbxContent')) return [el];
  return children(el).flatMap(textBoxes);
}

function sdtContent(sdt: Element): Element {
  return children(sdt).find((c) => isW(c, 'sdtContent')) ?? sdt;
}

function isMcAlternate(el: Element): boolean {
  return el.namespaceURI === MC_NS && el.localName === 'AlternateContent';
}

/** The branch Word shows: the first Choice (or the Fallback if there is no Choice). */
function mcChoice(el: Element): Element | undefined {
  const branches = children(el).filter((c) => c.namespaceURI === MC_NS);
  return branches.find((c) => c.localName === 'Choice') ?? branches.find((c) => c.localName === 'Fallback');
}

export function isWordNs(el: Element): boolean {
  return el.namespaceURI === W_NS || el.namespaceURI === W_NS_STRICT;
}

export function isW(el: Node, localName: string): el is Element {
  return el.nodeType === 1 && isWordNs(el as Element) && (el as Element).localName === localName;
}

/** A w: attribute, whichever prefix the part binds the namespace to. */
export function wAttr(el: Element, name: string): string | null {
  return el.getAttributeNS(W_NS, name) ?? el.getAttributeNS(W_NS_STRICT, name) ?? null;
}

export function children(el: Element | Node): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c !== null; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

/** The first w:`name` child of `el`, or null. */
export function wChild(el: Element, name: string): Element | null {
  return children(el).find((c) => isW(c, name)) ?? null;
}

/** Whether an element between `node` and `stop` (both left out) passes `test`. */
export function hasAncestor(node: Node, stop: Node, test: (el: Element) => boolean): boolean {
  for (let a = node.parentNode; a !== null && a !== stop; a = a.parentNode) if (a.nodeType === 1 && test(a as Element)) return true;
  return false;
}

export function nextElementSibling(el: Node): Element | null {
  for (let c = el.nextSibling; c !== null; c = c.nextSibling) if (c.nodeType === 1) return c as Element;
  return null;
}
