/**
 * Which stretches of a Word document's text are bold or italic, so the
 * window can show them. Read from each run's own properties (w:b, w:i and
 * their complex-script twins are not distinguished); what a paragraph or
 * character style makes bold is not followed (a heading is shown as a
 * heading anyway).
 */
import type { Element } from '@xmldom/xmldom';
import type { InlineStyle } from '../../../preload/api';
import { isToggleOn, type DocxText } from './read';

export function docxInlineStyles({ pieces }: DocxText): InlineStyle[] {
  const styles: InlineStyle[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'text' || piece.from === piece.to) continue;
    const run = piece.element.parentNode as Element | null;
    if (!run) continue;
    const bold = isToggleOn(run, 'b');
    const italic = isToggleOn(run, 'i');
    if (!bold && !italic) continue;
    const last = styles[styles.length - 1];
    if (last && last.to === piece.from && !!last.bold === bold && !!last.italic === italic) {
      styles[styles.length - 1] = { ...last, to: piece.to };
    } else {
      styles.push({ from: piece.from, to: piece.to, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
    }
  }
  return styles;
}
