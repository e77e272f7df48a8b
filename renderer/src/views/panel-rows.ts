/**
 * The panel's list of suggestions, virtualised: every shown suggestion has
 * a place (its index times ROW_PX), but only the rows in a window around
 * the viewport exist in the DOM (./panel-window). Each built row says
 * where it stands in the whole list (aria-posinset of aria-setsize), so a
 * screen reader still announces "12 of 3,146".
 *
 * Nothing here reads layout on the way to a decision or the next
 * suggestion: the scroll position and the viewport's height are kept from
 * scroll events and a ResizeObserver, and a scroll the list asks for itself
 * is written once, in the next animation frame.
 */
import type { ReviewItem } from '../editor/review-item';
import { el } from './dom';
import { maxScrollTop, ROW_PX, rowsToRender, scrollToShow, type RowRange } from './panel-window';

interface Built {
  readonly row: HTMLLIElement;
  /** The item the row was built from: a re-check may replace it under the same id. */
  readonly item: ReviewItem;
}

export class PanelRows {
  readonly element: HTMLUListElement;
  /** The shown suggestions' ids, in document order. */
  private ids: readonly string[] = [];
  private items: ReadonlyMap<string, ReviewItem> = new Map();
  private readonly built = new Map<string, Built>();
  private range: RowRange | null = null;
  private selected: string | null = null;
  /** The one row Tab reaches (roving tabindex): the selected row, else the first built. */
  private tabStop: HTMLLIElement | null = null;
  /** Scroll position and viewport height, as last seen (never read on demand: that forces a layout). */
  private top = 0;
  private height = 0;
  /** A scroll position waiting for the next frame to be written. */
  private wantedTop: number | null = null;

  constructor(private readonly makeRow: (item: ReviewItem) => HTMLLIElement) {
    this.element = el('ul', { class: 'suggestion-list', 'aria-label': 'Suggestions' });
    this.element.style.setProperty('--row-height', `${ROW_PX}px`);
    this.element.addEventListener('scroll', () => {
      if (this.wantedTop !== null) return;
      this.top = this.element.scrollTop;
      this.render();
    });
    // Runs after layout, so reading the scroll position here costs nothing;
    // it also catches the position the browser reset while the panel was hidden.
    new ResizeObserver(([entry]) => {
      this.height = entry.contentRect.height;
      if (this.wantedTop === null) this.top = this.element.scrollTop;
      this.render();
    }).observe(this.element);
  }

  /** How many suggestions the list holds, built or not. */
  get size(): number {
    return this.ids.length;
  }

  /** The id at `index` in the whole list. */
  idAt(index: number): string | undefined {
    return this.ids[index];
  }

  indexOf(id: string): number {
    return this.ids.indexOf(id);
  }

  /**
   * Shows `ids` (document order) of `items`. Rows still showing the same
   * item are kept and only moved; rows of replaced items are rebuilt.
   */
  setRows(ids: readonly string[], items: ReadonlyMap<string, ReviewItem>): void {
    this.ids = ids;
    this.items = items;
    this.element.style.setProperty('--rows-height', `${ids.length * ROW_PX}px`);
    this.range = null;
    this.render();
  }

  /** Marks `id` as the selected row and scrolls it into view (when it is shown). */
  select(id: string | null): void {
    const before = this.selected ? this.built.get(this.selected)?.row : undefined;
    before?.removeAttribute('aria-current');
    this.selected = id;
    const row = id ? this.built.get(id)?.row : undefined;
    row?.setAttribute('aria-current', 'true');
    this.updateTabStop();
    if (id) this.reveal(this.indexOf(id));
  }

  /** Scrolls row `index` into view and builds it; returns it, or null when there is no such row. */
  reveal(index: number): HTMLLIElement | null {
    const id = this.ids[index];
    if (id === undefined) return null;
    const top = scrollToShow(index, this.wantedTop ?? this.top, this.height);
    if (top !== null) {
      this.top = Math.min(top, maxScrollTop(this.ids.length, this.height));
      this.scrollNextFrame();
      this.render();
    }
    return this.built.get(id)?.row ?? null;
  }

  private scrollNextFrame(): void {
    const first = this.wantedTop === null;
    this.wantedTop = this.top;
    if (!first) return;
    requestAnimationFrame(() => {
      // Written in the frame, after every change the event made: the one
      // layout this forces is the frame's own, not an extra one.
      this.element.scrollTop = this.wantedTop ?? this.top;
      this.wantedTop = null;
    });
  }

  /** Builds the rows of the window around the viewport and drops the rest. */
  private render(): void {
    const range = rowsToRender(this.ids.length, this.top, this.height, this.range);
    if (range === this.range) return;
    this.range = range;
    const keep = new Set(this.ids.slice(range.from, range.to));
    for (const [id, { row, item }] of this.built) {
      if (!keep.has(id) || this.items.get(id) !== item) {
        row.remove();
        this.built.delete(id);
      }
    }
    let cursor = this.element.firstElementChild;
    const size = String(this.ids.length);
    for (let index = range.from; index < range.to; index++) {
      const id = this.ids[index];
      let row = this.built.get(id)?.row;
      if (!row) {
        const item = this.items.get(id)!;
        row = this.makeRow(item);
        this.built.set(id, { row, item });
        if (id === this.selected) row.setAttribute('aria-current', 'true');
      }
      place(row, index, size);
      if (row !== cursor) this.element.insertBefore(row, cursor);
      else cursor = cursor.nextElementSibling;
    }
    this.updateTabStop();
  }

  private updateTabStop(): void {
    const stop = (this.selected ? this.built.get(this.selected)?.row : undefined) ?? (this.element.firstElementChild as HTMLLIElement | null);
    if (stop === this.tabStop && stop?.isConnected) return;
    if (this.tabStop?.isConnected) this.tabStop.setAttribute('tabindex', '-1');
    stop?.setAttribute('tabindex', '0');
    this.tabStop = stop;
  }
}

/** Puts a built row at its index, saying where it stands in the whole list. */
function place(row: HTMLLIElement, index: number, size: string): void {
  const top = `${index * ROW_PX}px`;
  if (row.style.top !== top) row.style.top = top;
  const position = String(index + 1);
  if (row.getAttribute('aria-posinset') !== position) row.setAttribute('aria-posinset', position);
  if (row.getAttribute('aria-setsize') !== size) row.setAttribute('aria-setsize', size);
}
