/**
 * Which of the panel's rows exist in the DOM. The list holds every shown
 * suggestion at a fixed height, so a row's place is its index times that
 * height, and only a window of rows around the viewport is built: a
 * 100,000-word draft's 3,000 rows were 30,000 DOM nodes, laid out and
 * styled on every keystroke. Pure arithmetic over pixels, tested without
 * a browser.
 */

/** Every row's height in CSS pixels: one line of the panel's text and its padding (./panel.css reads it as --row-height). */
export const ROW_PX = 34;

/**
 * Rows kept in the DOM: several screens of them, so scrolling re-renders
 * only every few dozen rows and arrow keys move between rows that exist;
 * a list shorter than this (a few pages of text) has all its rows built.
 */
export const WINDOW_ROWS = 200;

/** The window moves once the viewport comes within this many rows of its edge. */
export const MARGIN_ROWS = 40;

/** Rows [from, to) by index. */
export interface RowRange {
  readonly from: number;
  readonly to: number;
}

/** The highest scroll position a list of `count` rows can have in a viewport `height` pixels tall. */
export function maxScrollTop(count: number, height: number): number {
  return Math.max(0, count * ROW_PX - height);
}

/**
 * The rows to build for a viewport `height` pixels tall scrolled to `top`,
 * out of `count`: `current` while it still covers the viewport with margin
 * to spare (and is as full as it can be), else a fresh window centred on it.
 */
export function rowsToRender(count: number, top: number, height: number, current: RowRange | null): RowRange {
  const clampedTop = Math.min(Math.max(0, top), maxScrollTop(count, height));
  const first = Math.floor(clampedTop / ROW_PX);
  const last = Math.min(count, Math.ceil((clampedTop + height) / ROW_PX));
  const size = Math.min(count, Math.max(WINDOW_ROWS, last - first));
  if (
    current &&
    current.to <= count &&
    current.to - current.from >= size &&
    current.from <= Math.max(0, first - MARGIN_ROWS) &&
    Math.min(count, last + MARGIN_ROWS) <= current.to
  ) {
    return current;
  }
  const from = Math.max(0, Math.min(first - Math.floor((size - (last - first)) / 2), count - size));
  return { from, to: from + size };
}

/**
 * Where a row scrolled into view lands, as a share of the viewport from
 * the edge it came in by: a third of the way down when it was below, a
 * third up when above. Next and Previous walk the list a row at a time,
 * and brought in just inside the edge each press scrolled the list again,
 * and each scroll repaints every row in view (2.2–2.5 ms of a press's
 * paint at 300,000 words in the trace); from here a dozen presses find
 * their row in view.
 */
export const REVEAL_AT = 1 / 3;

/**
 * The scroll position that brings row `index` into a viewport `height`
 * pixels tall scrolled to `top`, placed by REVEAL_AT; null when it is in
 * view already.
 */
export function scrollToShow(index: number, top: number, height: number): number | null {
  const rowTop = index * ROW_PX;
  const rowBottom = rowTop + ROW_PX;
  if (rowTop >= top && rowBottom <= top + height) return null;
  const fromTop = rowTop < top ? height * (1 - REVEAL_AT) - ROW_PX : height * REVEAL_AT;
  return Math.max(0, Math.round(rowTop - Math.max(0, Math.min(height - ROW_PX, fromTop))));
}
