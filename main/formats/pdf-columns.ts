/**
 * Text columns on a PDF page: where each line's column ends, so that a
 * line is measured against its own column's right edge, not the page's.
 * In a two-column page every line of the left column stops half-way
 * across; against the page's edge each would end its paragraph.
 */
import type { PdfLine } from './pdf';

/** A column's left edge and the baselines it spans (y grows upwards). */
interface Column {
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Line starts closer than this many text heights are one column's: a
 * first-line indent or a list's hanging indent is not a new column, and a
 * newspaper column is wider than this.
 */
const SAME_COLUMN = 4;
/**
 * A column starts where at least this many lines begin beside another line
 * on their baseline: one right-aligned date or page number beside a line
 * is not a column.
 */
const MIN_COLUMN_LINES = 3;

/** Lines of a column follow each other closer than this many text heights (a paragraph's spacing included). */
const RUN_ON_GAP = 2.5;

/** Whether two lines stand on one baseline. */
export function sameBaseline(a: PdfLine, b: PdfLine): boolean {
  return Math.abs(a.y - b.y) <= Math.max(a.size, b.size) * 0.5;
}

/** Whether two lines stand side by side: their text overlaps in height, though spacing between paragraphs may have shifted one column's baselines. */
function beside(a: PdfLine, b: PdfLine): boolean {
  return Math.abs(a.y - b.y) < Math.max(a.size, b.size);
}

/** The columns that start beside another one: lines that begin to the right of another line beside them, grouped by where they begin. */
function columnsBeside(lines: readonly PdfLine[]): Column[] {
  const starters = lines
    .filter((line) => lines.some((other) => other !== line && other.right < line.left && beside(other, line)))
    .sort((a, b) => a.left - b.left);
  const groups: PdfLine[][] = [];
  for (const line of starters) {
    const group = groups.at(-1);
    if (group && line.left - group[0].left <= line.size * SAME_COLUMN) group.push(line);
    else groups.push([line]);
  }
  return groups
    .filter((group) => group.length >= MIN_COLUMN_LINES)
    .map((group) => {
      const left = group[0].left;
      return { left, top: Math.max(...group.map((l) => l.y)), bottom: lowestBeside(lines, left, Math.min(...group.map((l) => l.y))) };
    });
}

/**
 * How far down the page the columns left of `left` run on below `bottom`,
 * line after line: a column may end lower than the next one (the last page
 * of balanced columns, the end of an article), and its last lines are still
 * a column's, not the page's.
 */
function lowestBeside(lines: readonly PdfLine[], left: number, bottom: number): number {
  const below = lines.filter((line) => line.right <= left && line.y < bottom).sort((a, b) => b.y - a.y);
  let lowest = bottom;
  for (const line of below) {
    if (lowest - line.y > line.size * RUN_ON_GAP) break;
    lowest = line.y;
  }
  return lowest;
}

/**
 * Where each line's column ends: the furthest any line of that column
 * reaches, between the column's own start and the next column's, on the
 * baselines the next column spans. A line with no column to its right
 * (one-column text, the last column, a heading across the page) is given
 * `pageRight`.
 */
export function columnRights(lines: readonly PdfLine[], pageRight: number): number[] {
  const columns = columnsBeside(lines);
  if (columns.length === 0) return lines.map(() => pageRight);
  return lines.map((line) => {
    const slack = line.size * 1.5;
    const spans = (column: Column, y: number) => y <= column.top + slack && y >= column.bottom - slack;
    const next = columns.filter((c) => c.left >= line.right && spans(c, line.y)).sort((a, b) => a.left - b.left)[0];
    if (!next) return pageRight;
    const start = Math.max(-Infinity, ...columns.filter((c) => c.left <= line.left + line.size && c.left < next.left).map((c) => c.left));
    const mates = lines.filter((other) => other.left >= start - line.size && other.right <= next.left && spans(next, other.y));
    return Math.max(line.right, ...mates.map((other) => other.right));
  });
}
