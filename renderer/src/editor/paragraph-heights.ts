/**
 * How tall a paragraph would be on screen, told from its length alone: the
 * paragraphs far from the viewport are not in the page (./near-chunks),
 * and the space they take is estimated so the scrollbar spans the whole
 * draft and scrolling lands where the text would be.
 *
 * The estimate uses the draft's own text, laid out once in the editor's
 * font and width (`measureLines`): how many characters a line holds, how
 * tall a line is and the gap below a paragraph. Wrong by a few lines a
 * paragraph, it is corrected as each paragraph is drawn; the browser's
 * scroll anchoring keeps what is on screen still meanwhile.
 */
import type { Node } from 'prosemirror-model';

/** The editor's lines, in CSS pixels. */
export interface LineMetrics {
  readonly charsPerLine: number;
  readonly lineHeight: number;
  /** Below each paragraph (none between the pieces of one long line). */
  readonly gap: number;
}

/** Until measured: a 40rem column of 1.1rem text at line-height 1.7 (styles/marks.css). */
export const DEFAULT_METRICS: LineMetrics = { charsPerLine: 75, lineHeight: 30, gap: 16 };

/** The sample laid out to measure (characters): long enough that the last, partial line hardly counts. */
const SAMPLE_CHARS = 3_000;
/** A draft with less text than this is measured on a fixed sample instead. */
const MIN_SAMPLE = 600;
const FALLBACK_SAMPLE = 'The editor reads the draft against the reference and marks every phrase that differs from it. ';

/** The height of `length` characters of text laid out in lines of `metrics` (one line at least). */
export function linesHeight(length: number, metrics: LineMetrics): number {
  return Math.max(1, Math.ceil(length / metrics.charsPerLine)) * metrics.lineHeight;
}

/** The height of a paragraph's text (without the gap below it). */
export function textHeight(paragraph: Node, metrics: LineMetrics): number {
  return linesHeight(paragraph.content.size, metrics);
}

/** The space `paragraph` takes in the draft: its text and the gap below it. */
export function paragraphHeight(paragraph: Node, metrics: LineMetrics): number {
  return textHeight(paragraph, metrics) + (paragraph.attrs.joined ? 0 : metrics.gap);
}

/** The start of `doc`'s text, as much as measureLines lays out. */
export function docSample(doc: Node): string {
  return doc.textBetween(0, Math.min(doc.content.size, SAMPLE_CHARS * 2), ' ');
}

/**
 * Lays out the start of `text` as a paragraph of `dom`, the element whose
 * `p` children are the text's lines (in a hidden copy of it beside it,
 * never inside: ProseMirror would read that as an edit), and reads the line
 * metrics off it. One layout of one paragraph; null when `dom` is not laid
 * out (hidden, no width). The draft and the reference pane both use it.
 */
export function measureLines(dom: HTMLElement, text: string): LineMetrics | null {
  const host = dom.parentElement;
  const width = dom.clientWidth;
  if (!host || width === 0) return null;
  const own = text.slice(0, SAMPLE_CHARS);
  const sample = own.length >= MIN_SAMPLE ? own : FALLBACK_SAMPLE.repeat(Math.ceil(SAMPLE_CHARS / FALLBACK_SAMPLE.length)).slice(0, SAMPLE_CHARS);
  const probe = document.createElement('div');
  probe.className = dom.className;
  probe.setAttribute('aria-hidden', 'true');
  // Its padding inside the width, as in `dom`'s clientWidth.
  probe.style.cssText = `position:absolute;visibility:hidden;pointer-events:none;left:0;top:0;width:${width}px;max-width:none;box-sizing:border-box;contain:layout style`;
  const paragraph = document.createElement('p');
  // Laid out now whatever the draft's own paragraphs do off screen.
  paragraph.style.contentVisibility = 'visible';
  paragraph.textContent = sample;
  probe.append(paragraph);
  host.append(probe);
  try {
    const style = getComputedStyle(paragraph);
    const lineHeight = parseFloat(style.lineHeight);
    const height = paragraph.getBoundingClientRect().height;
    if (!(lineHeight > 0) || !(height > 0)) return null;
    const lines = Math.max(1, Math.round(height / lineHeight));
    // The last line is on average half full.
    const charsPerLine = Math.max(1, sample.length / Math.max(1, lines - 0.5));
    return { charsPerLine, lineHeight, gap: parseFloat(style.marginBottom) || 0 };
  } finally {
    probe.remove();
  }
}

/** Whether two measurements differ enough to redraw the estimates. */
export function sameMetrics(a: LineMetrics, b: LineMetrics): boolean {
  return Math.abs(a.charsPerLine - b.charsPerLine) < 0.5 && Math.abs(a.lineHeight - b.lineHeight) < 0.5 && Math.abs(a.gap - b.gap) < 0.5;
}
