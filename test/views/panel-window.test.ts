import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARGIN_ROWS, maxScrollTop, REVEAL_AT, ROW_PX, rowsToRender, scrollToShow, WINDOW_ROWS } from '../../renderer/src/views/panel-window';

/** The rows a viewport at `top`, `height` pixels tall, shows (some part of), out of `count`. */
function visible(count: number, top: number, height: number): { first: number; last: number } {
  const clamped = Math.min(Math.max(0, top), maxScrollTop(count, height));
  return { first: Math.floor(clamped / ROW_PX), last: Math.min(count, Math.ceil((clamped + height) / ROW_PX)) };
}

const viewport = fc.record({ count: fc.nat(5000), top: fc.integer({ min: -100, max: 200_000 }), height: fc.nat(3000) });

describe('the rows the panel builds', () => {
  it('cover the viewport, stay inside the list and number at most a window (or a viewport, if taller)', () => {
    fc.assert(
      fc.property(viewport, ({ count, top, height }) => {
        const { from, to } = rowsToRender(count, top, height, null);
        const { first, last } = visible(count, top, height);
        expect(0 <= from && from <= first && last <= to && to <= count).toBe(true);
        expect(to - from).toBe(Math.min(count, Math.max(WINDOW_ROWS, last - first)));
      }),
    );
  });

  it('are all of a list no longer than the window', () => {
    fc.assert(
      fc.property(fc.nat(WINDOW_ROWS), fc.nat(10_000), fc.nat(800), (count, top, height) => {
        expect(rowsToRender(count, top, height, null)).toEqual({ from: 0, to: count });
      }),
    );
  });

  it('stay as they are while the viewport moves within their margin, so scrolling rebuilds rarely', () => {
    const current = rowsToRender(3000, 50_000, 600, null);
    const nudged = rowsToRender(3000, 50_000 + (MARGIN_ROWS / 2) * ROW_PX, 600, current);
    expect(nudged).toBe(current);
    const far = rowsToRender(3000, 50_000 + WINDOW_ROWS * ROW_PX, 600, current);
    expect(far).not.toBe(current);
  });

  it('are rebuilt when the list has grown or shrunk under them', () => {
    const current = rowsToRender(150, 0, 600, null);
    expect(rowsToRender(151, 0, 600, current)).toEqual({ from: 0, to: 151 });
    expect(rowsToRender(149, 0, 600, current)).toEqual({ from: 0, to: 149 });
  });
});

describe('scrolling a row into view', () => {
  it('puts the row wholly in the viewport, a third of the way in from the edge it came in by, and leaves a row in view alone', () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(200_000), fc.integer({ min: ROW_PX, max: 3000 }), (index, top, height) => {
        const to = scrollToShow(index, top, height);
        const rowTop = index * ROW_PX;
        const inView = (at: number): boolean => at <= rowTop && rowTop + ROW_PX <= at + height;
        if (inView(top)) expect(to).toBeNull();
        else {
          expect(to).not.toBeNull();
          expect(inView(to!)).toBe(true);
          // The rows after it the way it came (Next walks down, Previous up) are in view too, a dozen presses' worth.
          const after = Math.max(0, Math.floor((height * (1 - REVEAL_AT)) / ROW_PX) - 1);
          const step = rowTop < top ? -1 : 1;
          for (let k = 1; k <= after && index + step * k >= 0; k++) {
            const other = (index + step * k) * ROW_PX;
            expect(to! <= other && other + ROW_PX <= to! + height).toBe(true);
          }
        }
      }),
    );
  });
});
