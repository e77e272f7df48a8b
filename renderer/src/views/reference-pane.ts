/**
 * The read-only reference pane: the reference text, one paragraph per line
 * (a very long line in pieces, as the draft shows it: ../editor/line-pieces),
 * only the lines near the view in the page (./reference-lines), scrolled to
 * and highlighting the reference wording of the selected suggestion. The
 * highlight uses the CSS Custom Highlight API, so the text's DOM is never
 * rewritten for it; it covers the drawn part of the wording and is set again
 * when the drawn lines move. Where that API is missing the pane only scrolls.
 */
import type { OpenedDocument } from '../../../preload/api';
import type { ReviewItem } from '../editor/review-item';
import { el, replaceChildren, scrollFrame } from './dom';
import { ReferenceLines } from './reference-lines';

const WORDING_HIGHLIGHT = 'galley-reference';
/** For a deletion there is no reference wording: the words around the spot are marked instead. */
const CONTEXT_HIGHLIGHT = 'galley-reference-context';

export class ReferencePane {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly textHost: HTMLElement;
  private readonly lines: ReferenceLines;
  private text = '';
  private shown: ReviewItem | null = null;
  /** The text the highlight marks, and which highlight it is; null when none. */
  private marked: { from: number; to: number; name: string } | null = null;
  /** Whether a frame is due to follow a scroll of the pane. */
  private following = false;
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
      scrollFrame(this.scroller),
    );
    this.lines = new ReferenceLines(this.scroller, this.textHost, () => this.highlight());
    this.scroller.addEventListener('scroll', () => this.followScroll(), { passive: true });
  }

  setDocument(document: OpenedDocument | null): void {
    this.text = document?.text ?? '';
    this.title.textContent = document ? `${document.name} · ${document.formatLabel}` : 'none open';
    this.title.title = document ? `${document.folder}` : '';
    this.shown = null;
    this.marked = null;
    this.clearHighlights();
    if (!document) {
      this.lines.clear();
      replaceChildren(this.textHost, el('p', { class: 'pane-placeholder' }, 'Open the reference copy (or drop it here) to compare the draft with it.'));
    } else {
      this.lines.setText(this.text);
    }
  }

  /** Highlights and scrolls to the reference wording of `item` (or clears the highlight). */
  show(item: ReviewItem | null): void {
    if (item === this.shown) return;
    this.shown = item;
    this.marked = null;
    this.clearHighlights();
    if (!item || this.lines.count === 0) return;
    const point = item.refFrom === item.refTo;
    const from = point ? wordStartBefore(this.text, item.refFrom) : item.refFrom;
    const to = point ? wordEndAfter(this.text, item.refTo) : item.refTo;
    this.marked = { from, to, name: point ? CONTEXT_HIGHLIGHT : WORDING_HIGHLIGHT };
    // Its first line and a little after are drawn (a long moved passage may reach far beyond).
    const first = this.lines.lineAt(from);
    this.lines.reveal(first, Math.min(this.lines.lineAt(to), first + 1));
    const range = this.highlight();
    if (range) this.scrollTo(range);
  }

  /** Marks the drawn part of the shown wording; returns its range. */
  private highlight(): Range | null {
    if (!this.marked) return null;
    const drawn = this.lines.drawnSpan();
    const from = Math.max(this.marked.from, drawn.from);
    const to = Math.min(this.marked.to, drawn.to);
    if (from > to) return null;
    const range = this.rangeOf(from, to);
    if (!range) return null;
    const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    registry?.set(this.marked.name, new Highlight(range));
    return range;
  }

  /** After the pane scrolled, in a frame: draws the lines come near (unless a scroll to the wording is waiting). */
  private followScroll(): void {
    if (this.following) return;
    this.following = true;
    requestAnimationFrame(() => {
      this.following = false;
      if (this.scrollTarget === null) this.lines.follow();
    });
  }

  private clearHighlights(): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    CSS.highlights.delete(WORDING_HIGHLIGHT);
    CSS.highlights.delete(CONTEXT_HIGHLIGHT);
  }

  private rangeOf(from: number, to: number): Range | null {
    const start = this.lines.boundary(from);
    const end = this.lines.boundary(to);
    if (!start || !end) return null;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
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
    this.lines.follow();
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
