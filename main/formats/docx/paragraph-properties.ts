/**
 * What a paragraph Galley adds to a Word document looks like: ordinary body
 * text where it lands, never a copy of a neighbouring heading or an extra
 * list item.
 *
 * Its properties come from the paragraph it is inserted before, when there
 * is one in the same container and it is not a heading (the body text that
 * goes on after it); otherwise from the paragraph it follows, as Word's
 * Enter at that paragraph's end gives them: the style's w:next, or for a
 * heading with none the default paragraph style. List membership (w:numPr,
 * or a style that numbers) is kept only when the paragraphs on both sides
 * are list items. Its runs are plain, or formatted like the first run of
 * the paragraph whose properties it takes as they are.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { children, hasAncestor, isW, wAttr, wChild as childOf } from './read';

/** The paragraph and run properties (w:pPr, w:rPr) for a new paragraph; null where it has none. */
export interface NewParagraph {
  readonly pPr: Element | null;
  readonly rPr: Element | null;
}

/** The styles part's paragraph styles, looked up by id. */
export class ParagraphStyles {
  private readonly byId = new Map<string, Element>();
  private readonly defaultId: string | null = null;

  constructor(styles: Document | null) {
    const root = styles?.documentElement;
    if (!root) return;
    for (const style of children(root)) {
      if (!isW(style, 'style') || wAttr(style, 'type') !== 'paragraph') continue;
      const id = wAttr(style, 'styleId');
      if (id === null) continue;
      this.byId.set(id, style);
      if (['1', 'true', 'on'].includes(wAttr(style, 'default') ?? '')) this.defaultId = id;
    }
  }

  /** The style a new paragraph after one in `id` takes (w:next); null when the style names none. */
  next(id: string): string | null {
    const next = this.byId.get(id) && childOf(this.byId.get(id)!, 'next');
    return next ? wAttr(next, 'val') : null;
  }

  isDefault(id: string): boolean {
    return id === this.defaultId;
  }

  /** Whether the style, or one it is based on, has `property` in its paragraph properties (outlineLvl, numPr). */
  has(id: string, property: string): boolean {
    const seen = new Set<string>();
    for (let style = this.byId.get(id); style && !seen.has(id); style = this.byId.get(id)) {
      seen.add(id);
      const pPr = childOf(style, 'pPr');
      if (pPr && childOf(pPr, property)) return true;
      const basedOn = childOf(style, 'basedOn');
      id = (basedOn && wAttr(basedOn, 'val')) ?? '';
    }
    return false;
  }
}

/** Word's built-in heading style ids, for packages whose styles part does not give them an outline level. */
const HEADING_STYLE = /^(?:heading\s?[1-9]|title|subtitle)$/i;

/**
 * Properties for a paragraph added between `before` (the paragraph it
 * follows, or null) and `after` (the paragraph it precedes in the same
 * container, or null).
 */
export function newParagraphProperties(styles: ParagraphStyles, before: Element | null, after: Element | null): NewParagraph {
  const isHeading = (p: Element) => {
    const id = styleOf(p);
    return HEADING_STYLE.test(id ?? '') || (id !== null && styles.has(id, 'outlineLvl')) || own(p, 'outlineLvl') !== null;
  };
  const isListItem = (p: Element | null) => p !== null && (own(p, 'numPr') !== null || (styleOf(p) !== null && styles.has(styleOf(p)!, 'numPr')));
  const bothLists = isListItem(before) && isListItem(after);

  const source = after !== null && !isHeading(after) ? after : before;
  if (source === null) return { pPr: null, rPr: null };
  const id = styleOf(source);
  const next = source === before && id !== null ? (styles.next(id) ?? (isHeading(source) ? '' : id)) : id;
  if (source === before && next !== id) {
    // Enter at the end of a heading: only the next style, no copy of the heading's own formatting.
    return { pPr: next && !styles.isDefault(next) ? pStyleOnly(source, next) : null, rPr: null };
  }
  const pPr = childOf(source, 'pPr');
  const copy = pPr ? (pPr.cloneNode(true) as Element) : null;
  if (copy) {
    for (const c of children(copy)) if (isW(c, 'sectPr') || isW(c, 'pPrChange') || (isW(c, 'numPr') && !bothLists)) copy.removeChild(c);
    if (!bothLists && id !== null && styles.has(id, 'numPr')) copy.removeChild(childOf(copy, 'pStyle')!);
    const markRun = childOf(copy, 'rPr');
    if (markRun) for (const c of children(markRun)) if (isW(c, 'ins') || isW(c, 'del') || isW(c, 'moveTo') || isW(c, 'moveFrom')) markRun.removeChild(c);
  }
  return { pPr: copy && children(copy).length > 0 ? copy : null, rPr: firstRunProperties(source) };
}

function styleOf(p: Element): string | null {
  const pStyle = own(p, 'pStyle');
  return pStyle ? wAttr(pStyle, 'val') : null;
}

/** A property of the paragraph's own w:pPr. */
function own(p: Element, name: string): Element | null {
  const pPr = childOf(p, 'pPr');
  return pPr ? childOf(pPr, name) : null;
}

/** A w:pPr naming only `styleId`, in `ref`'s namespace and prefix. */
function pStyleOnly(ref: Element, styleId: string): Element {
  const ns = ref.namespaceURI;
  const prefix = ref.prefix ? `${ref.prefix}:` : '';
  const pPr = ref.ownerDocument!.createElementNS(ns, `${prefix}pPr`);
  const pStyle = ref.ownerDocument!.createElementNS(ns, `${prefix}pStyle`);
  pStyle.setAttributeNS(ns, `${prefix}val`, styleId);
  pPr.appendChild(pStyle);
  return pPr;
}

/** The w:rPr of the paragraph's first run that is not deleted, copied (null when it has none). */
function firstRunProperties(p: Element): Element | null {
  const runs = p.getElementsByTagNameNS(p.namespaceURI, 'r');
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (hasAncestor(run, p, (a) => isW(a, 'del') || isW(a, 'moveFrom') || isW(a, 'txbxContent'))) continue;
    const rPr = childOf(run, 'rPr');
    return rPr ? (rPr.cloneNode(true) as Element) : null;
  }
  return null;
}
