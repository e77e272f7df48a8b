/**
 * The reference text's lines, only those near the pane's viewport in the
 * page: as on the draft side (../editor/near-chunks), every line in the
 * page is a box the browser checks, lays out and paints around on every
 * frame, and a 300,000-word reference was 10,000 of them. The lines before
 * and after the drawn stretch are stood in for by one spacer each, of their
 * estimated height, so the scrollbar spans the whole text. Scrolling near
 * an end of the stretch moves it; lines still in it keep their elements, so
 * a selection inside them survives.
 */
import { linePieces } from '../editor/line-pieces';
import { type LineMetrics, linesHeight, measureLines, sameMetrics } from '../editor/paragraph-heights';
import { lastAtOrBefore } from '../editor/text-doc';
import { el } from './dom';

/**
 * Lines drawn beyond the visible ones on each side: a screenful or two of
 * book paragraphs, so a scroll of a few screens draws nothing new, while
 * the page holds a couple of hundred lines rather than the whole text.
 */
const MARGIN = 60;
/**
 * And at most this much text on each side (about ten screens): a long
 * line's pieces are 2,000-4,000 characters each (../editor/line-pieces),
 * so 60 of them were 150,000 characters to lay out whenever Next went past
 * the drawn stretch on the 200,000-word line (77 ms of layout in the
 * trace, in the press's frame).
 */
const MARGIN_CHARS = 24_000;
/** The stretch is moved once the visible lines come this close to one of its ends. */
const SLACK = MARGIN / 2;
const SLACK_CHARS = MARGIN_CHARS / 2;
/** The lines whose text is laid out to measure (measureLines takes what it needs of them). */
const SAMPLE_LINES = 40;

/** Until measured: a 32rem column of 0.98rem text at line-height 1.6 (styles/layout.css); the gap is below each line. */
const DEFAULT_METRICS: LineMetrics = { charsPerLine: 70, lineHeight: 25, gap: 13 };

export class ReferenceLines {
  /** Each line's text; a very long line is several (../editor/line-pieces). */
  private texts: string[] = [];
  /** Whether a line continues the one before it (a piece of a long line). */
  private continues: boolean[] = [];
  /** Offset in the reference text at which each line starts. */
  private starts: number[] = [];
  /** The estimated top of each line below the first, and the total at the end. */
  private tops: number[] = [0];
  private metrics: LineMetrics = DEFAULT_METRICS;
  private readonly before = el('div', { class: 'reference-far', 'aria-hidden': 'true' });
  private readonly after = el('div', { class: 'reference-far', 'aria-hidden': 'true' });
  /** The drawn lines: `drawn[i]` is line `first + i`. */
  private first = 0;
  private drawn: HTMLElement[] = [];

  /** `onRedraw` runs after the drawn stretch changed (a highlight on a removed line must be set again). */
  constructor(
    private readonly scroller: HTMLElement,
    private readonly host: HTMLElement,
    private readonly onRedraw: () => void,
  ) {
    let width = 0;
    // Called after layout, at most once a frame.
    new ResizeObserver(() => {
      if (this.scroller.clientWidth === width) return;
      width = this.scroller.clientWidth;
      this.measure();
    }).observe(this.scroller);
  }

  get count(): number {
    return this.texts.length;
  }

  /** No text at all (no reference open): no lines, so the pane shows nothing to highlight; the caller fills `host`. */
  clear(): void {
    this.texts = [];
    this.continues = [];
    this.starts = [];
    this.tops = [0];
    this.first = 0;
    this.drawn = [];
    this.host.replaceChildren();
  }

  /** Shows `text` from its top (an empty text is one empty line). */
  setText(text: string): void {
    this.clear();
    let offset = 0;
    for (const line of text.split('\n')) {
      linePieces(line).forEach((piece, index) => {
        this.starts.push(offset);
        this.texts.push(piece);
        this.continues.push(index > 0);
        offset += piece.length;
      });
      offset++;
    }
    // The last text's measurements until this one's are taken (below).
    this.estimate();
    this.host.replaceChildren(this.before, this.after);
    this.drawLines(0, this.reach(0, 1, 2 * MARGIN, 2 * MARGIN_CHARS) + 1);
    // Measured once laid out, outside the open's own work.
    requestAnimationFrame(() => this.measure());
  }

  /** The line holding text offset `offset`. */
  lineAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  /**
   * Draws lines `from`..`to` (inclusive) and their margins, unless drawn
   * already. Unlike a scroll's redraw it does not run `onRedraw`: its caller
   * sets the highlight itself right after.
   */
  reveal(from: number, to: number): void {
    if (from >= this.first && to < this.first + this.drawn.length) return;
    this.drawLines(this.reach(from, -1, MARGIN, MARGIN_CHARS), this.reach(to, 1, MARGIN, MARGIN_CHARS) + 1);
  }

  /**
   * The line `lines` lines before (-1) or after (1) `line`, or nearer when
   * that is more than `chars` characters of text away (a long line's
   * pieces), and never past the ends.
   */
  private reach(line: number, direction: 1 | -1, lines: number, chars: number): number {
    if (direction < 0) return Math.max(0, line - lines, this.lineAt(this.starts[line]! - chars));
    const end = this.starts[line]! + this.texts[line]!.length;
    return Math.min(this.count - 1, line + lines, this.lineAt(end + chars));
  }

  /** The DOM point of text offset `offset`, or null when its line is not drawn. */
  boundary(offset: number): { node: Node; offset: number } | null {
    const index = this.lineAt(offset);
    const line = this.drawn[index - this.first];
    if (!line) return null;
    const text = line.firstChild;
    const within = Math.min(offset - this.starts[index]!, text?.textContent?.length ?? 0);
    return text ? { node: text, offset: within } : { node: line, offset: 0 };
  }

  /** The text offsets the drawn lines span. */
  drawnSpan(): { from: number; to: number } {
    const last = this.first + this.drawn.length - 1;
    if (last < this.first) return { from: 0, to: 0 };
    return { from: this.starts[this.first]!, to: this.starts[last]! + this.texts[last]!.length };
  }

  /**
   * After a scroll (in a frame, as it measures): moves the drawn stretch
   * when the visible lines came near one of its ends, keeping the line at
   * the top of the view where it was.
   */
  follow(): void {
    if (this.count === 0) return;
    const top = this.scroller.scrollTop;
    const firstVisible = this.lineAtY(top);
    const lastVisible = this.lineAtY(top + this.scroller.clientHeight);
    const end = this.first + this.drawn.length;
    const nearStart = this.first > this.reach(firstVisible, -1, SLACK, SLACK_CHARS);
    const nearEnd = end - 1 < this.reach(lastVisible, 1, SLACK, SLACK_CHARS);
    if (!nearStart && !nearEnd) return;
    const anchorDrawn = firstVisible >= this.first && firstVisible < end;
    const shift = anchorDrawn ? top - this.yOfLine(firstVisible) : 0;
    this.drawLines(this.reach(firstVisible, -1, MARGIN, MARGIN_CHARS), this.reach(lastVisible, 1, MARGIN, MARGIN_CHARS) + 1);
    this.scroller.scrollTop = this.yOfLine(firstVisible) + shift;
    this.onRedraw();
  }

  /** Draws exactly lines `from`..`to` (exclusive), keeping the elements of those drawn already. */
  private drawLines(from: number, to: number): void {
    const end = this.first + this.drawn.length;
    // The drawn lines inside from..to stay; with none (no overlap), everything is drawn anew.
    const overlap = from < end && to > this.first;
    const keepFrom = overlap ? Math.max(from, this.first) : to;
    const keepTo = overlap ? Math.min(to, end) : to;
    const kept = overlap ? this.drawn.slice(keepFrom - this.first, keepTo - this.first) : [];
    const gone = overlap ? [...this.drawn.slice(0, keepFrom - this.first), ...this.drawn.slice(keepTo - this.first)] : this.drawn;
    for (const line of gone) line.remove();
    const head: HTMLElement[] = [];
    for (let i = from; i < keepFrom; i++) head.push(this.lineElement(i));
    const tail: HTMLElement[] = [];
    for (let i = keepTo; i < to; i++) tail.push(this.lineElement(i));
    this.before.after(...head);
    this.after.before(...tail);
    this.first = from;
    this.drawn = [...head, ...kept, ...tail];
    this.sizeSpacers();
  }

  private lineElement(index: number): HTMLElement {
    const line = el('p', this.continues[index] ? { class: 'line-piece' } : {}, this.texts[index]!);
    line.dataset.from = String(this.starts[index]);
    return line;
  }

  private sizeSpacers(): void {
    const end = this.first + this.drawn.length;
    this.before.style.height = `${Math.round(this.tops[this.first]!)}px`;
    this.after.style.height = `${Math.round(this.tops[this.count]! - this.tops[end]!)}px`;
  }

  /** The line at `y` (scroll coordinates): a drawn one by its box, a far one by the estimate. */
  private lineAtY(y: number): number {
    const end = this.first + this.drawn.length;
    const beforeTop = this.yOf(this.before);
    const drawnTop = beforeTop + this.before.offsetHeight;
    const afterTop = this.yOf(this.after);
    if (y < drawnTop || this.drawn.length === 0) return this.estimatedLineAt(Math.max(0, y - beforeTop));
    if (y >= afterTop) return Math.min(this.count - 1, this.estimatedLineAt(this.tops[end]! + (y - afterTop)));
    let low = 0;
    let high = this.drawn.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.yOf(this.drawn[mid]!) <= y) low = mid;
      else high = mid - 1;
    }
    return this.first + low;
  }

  private estimatedLineAt(y: number): number {
    return Math.max(0, Math.min(this.count - 1, lastAtOrBefore(this.tops, y)));
  }

  private yOfLine(index: number): number {
    const line = this.drawn[index - this.first];
    return line ? this.yOf(line) : this.tops[index]!;
  }

  private yOf(element: HTMLElement): number {
    return element.getBoundingClientRect().top - this.scroller.getBoundingClientRect().top + this.scroller.scrollTop;
  }

  private estimate(): void {
    this.tops = [0];
    for (let i = 0; i < this.count; i++) {
      const below = this.continues[i + 1] ? 0 : this.metrics.gap;
      this.tops.push(this.tops[i]! + linesHeight(this.texts[i]!.length, this.metrics) + below);
    }
  }

  /**
   * Measures the pane's lines (../editor/paragraph-heights, as the draft's)
   * and estimates again when they changed: after a text is set and when
   * the pane's width changes (the window resized, the panel shown or
   * hidden).
   */
  private measure(): void {
    const metrics = measureLines(this.host, this.texts.slice(0, SAMPLE_LINES).join(' '));
    if (!metrics || sameMetrics(metrics, this.metrics)) return;
    this.metrics = metrics;
    this.estimate();
    this.sizeSpacers();
  }
}
