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
  /** True while render() builds and drops rows. */
  private rendering = false;
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
    // A row kept only because it had the keyboard (see render) goes once the keyboard leaves it.
    this.element.addEventListener('focusout', (event) => this.dropIfOutside(event.target));
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

  /** The shown suggestions' ids, in document order. */
  get shownIds(): readonly string[] {
    return this.ids;
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

  /**
   * Builds the rows of the window around the viewport and drops the rest,
   * except the row that has the keyboard: scrolled out of the window it
   * stays, in its place, or focus would fall back to the page and the
   * arrow keys would stop moving through the list.
   */
  private render(): void {
    const range = rowsToRender(this.ids.length, this.top, this.height, this.range);
    if (range === this.range) return;
    this.range = range;
    this.rendering = true;
    try {
      this.build(range);
    } finally {
      this.rendering = false;
    }
  }

  private build(range: RowRange): void {
    const focused = this.focusedRow();
    const keep = new Set(this.ids.slice(range.from, range.to));
    const focusedIndex = focused && !keep.has(focused.id) ? this.ids.indexOf(focused.id) : -1;
    const alsoKept = focusedIndex >= 0 ? focused!.id : null;
    for (const [id, { row, item }] of this.built) {
      if ((!keep.has(id) && id !== alsoKept) || this.items.get(id) !== item) {
        row.remove();
        this.built.delete(id);
      }
    }
    let cursor = this.element.firstElementChild;
    const size = String(this.ids.length);
    const put = (index: number): void => {
      const row = this.rowAt(index);
      place(row, index, size);
      if (row !== cursor) this.element.insertBefore(row, cursor);
      else cursor = cursor.nextElementSibling;
    };
    if (focusedIndex >= 0 && focusedIndex < range.from) put(focusedIndex);
    for (let index = range.from; index < range.to; index++) put(index);
    if (focusedIndex >= range.to) put(focusedIndex);
    // Moving or rebuilding (a re-check replaced its item) the focused row took its focus: give it back.
    const refocus = focused && this.built.get(focused.id)?.row;
    if (refocus && document.activeElement !== refocus) refocus.focus({ preventScroll: true });
    this.updateTabStop();
  }

  /** The built row at `index` of the whole list, built now if it was not. */
  private rowAt(index: number): HTMLLIElement {
    const id = this.ids[index]!;
    const built = this.built.get(id);
    if (built) return built.row;
    const item = this.items.get(id)!;
    const row = this.makeRow(item);
    this.built.set(id, { row, item });
    if (id === this.selected) row.setAttribute('aria-current', 'true');
    return row;
  }

  /** Drops `target` when it is a built row outside the window of rows. */
  private dropIfOutside(target: EventTarget | null): void {
    // Removing a focused row fires focusout too: render() does its own removing.
    if (this.rendering || !(target instanceof HTMLLIElement) || target.parentElement !== this.element || !this.range) return;
    const id = target.getAttribute('data-id');
    const index = id === null ? -1 : this.ids.indexOf(id);
    if (index >= this.range.from && index < this.range.to) return;
    target.remove();
    if (id !== null) this.built.delete(id);
    this.updateTabStop();
  }

  /** The row that has the keyboard, and its id; null when focus is elsewhere (reading activeElement lays nothing out). */
  private focusedRow(): { row: HTMLLIElement; id: string } | null {
    const active = document.activeElement;
    if (!(active instanceof HTMLLIElement) || active.parentElement !== this.element) return null;
    const id = active.getAttribute('data-id');
    return id === null ? null : { row: active, id };
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
