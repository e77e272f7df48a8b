/**
 * The read-only reference pane: the reference text, one paragraph per line
 * (a very long line in pieces, as the draft shows it: ../editor/line-pieces),
 * scrolled to and highlighting the reference wording of the selected
 * suggestion. The highlight uses the CSS Custom Highlight API, so the text's
 * DOM is never rewritten; where that API is missing the pane only scrolls.
 */
import type { OpenedDocument } from '../../../preload/api';
import type { ReviewItem } from '../editor/review-item';
import { linePieces } from '../editor/line-pieces';
import { lastAtOrBefore } from '../editor/text-doc';
import { el, replaceChildren } from './dom';

const WORDING_HIGHLIGHT = 'galley-reference';
/** For a deletion there is no reference wording: the words around the spot are marked instead. */
const CONTEXT_HIGHLIGHT = 'galley-reference-context';

export class ReferencePane {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly textHost: HTMLElement;
  private lines: HTMLParagraphElement[] = [];
  /** Offset in the reference text at which each line starts. */
  private lineStarts: number[] = [];
  private text = '';
  private shown: ReviewItem | null = null;
  /** The range to bring into view in the next frame (scrollTo), or null when none is waiting. */
  private scrollTarget: Range | null = null;

  constructor() {
    this.title = el('span', { class: 'pane-file' });
    this.textHost = el('div', { class: 'reference-text', lang: 'en' });
    this.scroller = el('div', { class: 'pane-scroll reference-scroll', tabindex: '0', 'aria-label': 'Reference text' }, this.textHost);
    this.element = el(
      'section',
      { class: 'pane reference-pane', 'aria-label': 'Reference' },
      el('header', { class: 'pane-head' }, el('span', { class: 'pane-role' }, 'Reference'), this.title),
      this.scroller,
    );
  }

  setDocument(document: OpenedDocument | null): void {
    this.text = document?.text ?? '';
    this.title.textContent = document ? `${document.name} · ${document.formatLabel}` : 'none open';
    this.title.title = document ? `${document.folder}` : '';
    this.lineStarts = [];
    this.lines = [];
    if (!document) {
      replaceChildren(this.textHost, el('p', { class: 'pane-placeholder' }, 'Open the reference copy (or drop it here) to compare the draft with it.'));
    } else {
      let offset = 0;
      for (const line of this.text.split('\n')) {
        linePieces(line).forEach((piece, index) => {
          this.lineStarts.push(offset);
          this.lines.push(el('p', index > 0 ? { class: 'line-piece' } : {}, piece));
          offset += piece.length;
        });
        offset++;
      }
      replaceChildren(this.textHost, ...this.lines);
    }
    this.shown = null;
    this.clearHighlights();
  }

  /** Highlights and scrolls to the reference wording of `item` (or clears the highlight). */
  show(item: ReviewItem | null): void {
    if (item === this.shown) return;
    this.shown = item;
    this.clearHighlights();
    if (!item || this.lines.length === 0) return;
    const point = item.refFrom === item.refTo;
    const from = point ? wordStartBefore(this.text, item.refFrom) : item.refFrom;
    const to = point ? wordEndAfter(this.text, item.refTo) : item.refTo;
    const range = this.rangeOf(from, to);
    if (!range) return;
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    registry?.set(point ? CONTEXT_HIGHLIGHT : WORDING_HIGHLIGHT, new Highlight(range));
    this.scrollTo(range);
  }

  private clearHighlights(): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    CSS.highlights.delete(WORDING_HIGHLIGHT);
    CSS.highlights.delete(CONTEXT_HIGHLIGHT);
  }

  private rangeOf(from: number, to: number): Range | null {
    const start = this.boundary(from);
    const end = this.boundary(to);
    if (!start || !end) return null;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  }

  /** The DOM point of a text offset: inside a line's text node, or at an empty line. */
  private boundary(offset: number): { node: Node; offset: number } | null {
    const index = lastAtOrBefore(this.lineStarts, offset);
    const line = this.lines[index];
    if (!line) return null;
    const text = line.firstChild;
    const within = Math.min(offset - this.lineStarts[index], text?.textContent?.length ?? 0);
    return text ? { node: text, offset: within } : { node: line, offset: 0 };
  }

  /**
   * Brings the range into view, about a third of the way down, unless it is
   * visible already: in the next frame, since measuring it at once forced a
   * layout inside every Next-suggestion key press; several selections in
   * one frame scroll once, to the last.
   */
  private scrollTo(range: Range): void {
    const scheduled = this.scrollTarget !== null;
    this.scrollTarget = range;
    if (scheduled) return;
    requestAnimationFrame(() => {
      const target = this.scrollTarget;
      this.scrollTarget = null;
      if (target?.startContainer.isConnected) this.scrollNow(target);
    });
  }

  private scrollNow(range: Range): void {
    const box = range.getBoundingClientRect();
    const view = this.scroller.getBoundingClientRect();
    if (box.top >= view.top + 24 && box.bottom <= view.bottom - 24) return;
    this.scroller.scrollTop += box.top - view.top - this.scroller.clientHeight / 3;
  }
}

function wordStartBefore(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  return start;
}

function wordEndAfter(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && /\s/.test(text[end]) && text[end] !== '\n') end++;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return end;
}
