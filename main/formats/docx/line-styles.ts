/**
 * Which lines of a Word document's text are headings and list items, so the
 * window can show them as such. Read from each paragraph's own properties:
 * a heading style (Heading1…Heading6, Title) or an outline level; a
 * numbering (w:numPr) or a list style. A style that only inherits its
 * outline level or numbering from another is not followed: shown as a
 * plain paragraph, which costs nothing but looks.
 */
import type { Element } from '@xmldom/xmldom';
import type { BlockStyle, LineStyle } from '../../../preload/api';
import { children, isW, wAttr, type DocxText } from './read';

const HEADING_STYLE = /^(?:heading|titre|berschrift|kop)\s?([1-6])$/i;
const LIST_STYLE = /^list/i;

export function docxLineStyles({ text, pieces }: DocxText): LineStyle[] {
  const styles: LineStyle[] = [];
  let line = 0;
  let counted = 0;
  /** The line of offset `at`: line breaks are counted once, as the offsets only grow. */
  const lineAt = (at: number): number => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
    counted = Math.max(counted, at);
    return line;
  };
  let start = 0;
  for (const piece of pieces) {
    if (piece.kind !== 'mark') continue;
    const style = paragraphStyle(piece.paragraph);
    const first = lineAt(start);
    const last = lineAt(piece.from);
    if (style) for (let l = first; l <= last; l++) styles.push({ line: l, style });
    start = piece.to;
  }
  // A paragraph joined to the next (a deleted mark) shares its line: keep one entry per line.
  return styles.filter((s, i) => i === 0 || s.line !== styles[i - 1].line);
}

function paragraphStyle(paragraph: Element): BlockStyle | null {
  const properties = children(paragraph).find((c) => isW(c, 'pPr'));
  if (!properties) return null;
  const own = children(properties);
  const value = (name: string): string | null => {
    const property = own.find((c) => isW(c, name));
    return property ? wAttr(property, 'val') : null;
  };
  const styleId = value('pStyle') ?? '';
  const heading = HEADING_STYLE.exec(styleId);
  if (heading) return `h${heading[1]}` as BlockStyle;
  if (/^title$/i.test(styleId)) return 'h1';
  const outline = Number(value('outlineLvl') ?? NaN);
  if (outline >= 0 && outline <= 5) return `h${outline + 1}` as BlockStyle;
  if (own.some((c) => isW(c, 'numPr')) || LIST_STYLE.test(styleId)) return 'item';
  return null;
}
