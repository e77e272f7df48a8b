/**
 * Markdown: the prose a reader sees, and edits to it spliced back into the
 * source with every piece of markup left exactly as it was.
 *
 * mdast-util-from-markdown (on micromark, CommonMark to the letter) gives
 * every node its source offsets, which is what lets a change to the prose
 * land on the right characters of the file. It reads GitHub's extensions
 * too (micromark-extension-gfm and mdast-util-gfm, its companions), as
 * most Markdown is written in them: tables, task lists, strikethrough,
 * footnotes and bare URLs.
 *
 * Compared: headings, paragraphs, list items and block quotes, one block per
 * line, with emphasis, strong, strikethrough and link syntax dropped (a link
 * reads as its text) and inline code as its content; a table's cells are
 * blocks, a task item reads without its checkbox, a footnote's definition
 * is a block where it stands (its text, without its label) and its
 * reference mark is left out. A soft line break inside a paragraph
 * (hard-wrapped source) reads as the space a reader sees; a hard one (two
 * spaces or a backslash at the line's end) as a line break. Left out: code
 * blocks, HTML, images, thematic breaks and link definitions.
 */
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { BlockStyle, InlineStyle, LineStyle } from '../../preload/api';
import type { TextEdit } from '../files/text-format';
import { distributeEdits, editsToWrite, type Piece, type PieceEdit } from './pieces';

/** A stretch of prose whose characters sit one for one in the source from `source` on. */
export interface MarkdownPiece extends Piece {
  readonly source: number;
}

/** A block whose prose is read: its span of the text, and where it ends in the source (after its closing markup). */
export interface MarkdownBlock {
  readonly from: number;
  readonly to: number;
  readonly sourceEnd: number;
  /** Where the source line it starts on begins (before any '#', '>' or bullet). */
  readonly lineStart: number;
  /** A table cell: a new block cannot go after it without breaking its row. */
  readonly inTable: boolean;
  /** A heading, whose markup (`#`, a setext underline) another block's prose cannot run on into or out of. */
  readonly heading: boolean;
}

/** Emphasis, strong, strikethrough or a link: its prose's span of the text, and its whole source, markup included. */
export interface MarkdownSpan {
  readonly from: number;
  readonly to: number;
  readonly sourceFrom: number;
  readonly sourceTo: number;
}

export interface MarkdownText {
  readonly text: string;
  readonly pieces: readonly MarkdownPiece[];
  readonly blocks: readonly MarkdownBlock[];
  readonly spans: readonly MarkdownSpan[];
  /** Lines that are headings or list items (a list item's first block), in line order. */
  readonly lineStyles: readonly LineStyle[];
  /** Strong and emphasised prose, in order. */
  readonly inlineStyles: readonly InlineStyle[];
}

const BLOCKS_WITH_PROSE = new Set(['paragraph', 'heading', 'tableCell']);
/** A footnote's reference mark ([^1]) is left out as Word's are: the note's text is what a reader reads. */
const LEFT_OUT = new Set(['code', 'html', 'image', 'imageReference', 'thematicBreak', 'definition', 'yaml', 'footnoteReference']);
const SPANS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

export function readMarkdown(source: string): MarkdownText {
  const pieces: MarkdownPiece[] = [];
  const chunks: string[] = [];
  const lineStyles: LineStyle[] = [];
  const inlineStyles: InlineStyle[] = [];
  const blocks: MarkdownBlock[] = [];
  const spans: MarkdownSpan[] = [];
  /** How many strong and emphasis nodes the prose being read is inside. */
  let strong = 0;
  let emphasis = 0;
  /** Line breaks so far, i.e. the index of the line being read. */
  let line = 0;
  let at = 0;
  let blockEnd = -1;
  /** Whether the prose being read follows an inline node left out, with no letter read since. */
  let afterLeftOut = false;

  const add = (text: string, sourceAt: number) => {
    const last = pieces[pieces.length - 1];
    if (last && !last.isBreak && last.to === at && last.source + (last.to - last.from) === sourceAt) {
      pieces[pieces.length - 1] = { ...last, to: at + text.length };
    } else pieces.push({ from: at, to: at + text.length, source: sourceAt });
    if (strong + emphasis > 0 && text !== '\n') style(at, at + text.length);
    chunks.push(text);
    at += text.length;
    if (text === '\n') line++;
  };

  const style = (from: number, to: number) => {
    const bold = strong > 0;
    const italic = emphasis > 0;
    const last = inlineStyles[inlineStyles.length - 1];
    if (last && last.to === from && !!last.bold === bold && !!last.italic === italic) last.to = to;
    else inlineStyles.push({ from, to, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
  };

  /** A node's value, placed character by character on the source slice it came from; a soft line break reads as a space. */
  const prose = (value: string, start: number, end: number, soft = true) => {
    let s = start;
    for (const char of value) {
      const found = source.indexOf(char, s);
      const sourceAt = found >= 0 && found < end ? found : s;
      const shown = soft && char === '\n' ? ' ' : char;
      // Past an image left out between two spaces, a reader sees one space ('an ![x](x.png) here' reads 'an here').
      if (!(afterLeftOut && shown === ' ' && chunks[chunks.length - 1]?.endsWith(' '))) add(shown, sourceAt);
      afterLeftOut &&= shown === ' ';
      s = sourceAt + char.length;
    }
    blockEnd = s;
  };

  const inline = (node: Nodes) => {
    if (LEFT_OUT.has(node.type)) {
      afterLeftOut = true;
      return;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' || node.type === 'inlineCode') {
      if (start === undefined || end === undefined) return;
      prose(node.value, start, end);
    } else if (node.type === 'break') {
      if (start !== undefined) prose('\n', start, end ?? start, false);
    } else if ('children' in node) {
      const counts = node.type === 'strong' ? 1 : 0;
      const emphasises = node.type === 'emphasis' ? 1 : 0;
      const from = at;
      strong += counts;
      emphasis += emphasises;
      for (const child of (node as Parents).children) inline(child);
      strong -= counts;
      emphasis -= emphasises;
      if (SPANS.has(node.type) && start !== undefined && end !== undefined) spans.push({ from, to: at, sourceFrom: start, sourceTo: end });
    }
  };

  const block = (node: Nodes, style: BlockStyle | null = null, inTable = false) => {
    if (LEFT_OUT.has(node.type)) return;
    if (BLOCKS_WITH_PROSE.has(node.type)) {
      if (chunks.length > 0) {
        // Blocks read as lines; the break between them is no character of the source.
        pieces.push({ from: at, to: at + 1, source: blockEnd, isBreak: true });
        chunks.push('\n');
        at += 1;
        line++;
      }
      const shown = node.type === 'heading' ? (`h${node.depth}` as BlockStyle) : style;
      if (shown) lineStyles.push({ line, style: shown });
      const sourceStart = node.position?.start.offset ?? blockEnd;
      blockEnd = sourceStart;
      const from = at;
      for (const child of (node as Parents).children) inline(child);
      const lineStart = source.lastIndexOf('\n', sourceStart - 1) + 1;
      blocks.push({
        from,
        to: at,
        sourceEnd: node.position?.end.offset ?? blockEnd,
        lineStart,
        inTable: inTable || node.type === 'tableCell',
        heading: node.type === 'heading',
      });
    } else if (node.type === 'listItem') {
      // The item's first block is the one its bullet stands beside.
      node.children.forEach((child, i) => block(child, i === 0 ? 'item' : null, inTable));
    } else if ('children' in node) for (const child of (node as Parents).children) block(child, null, inTable || node.type === 'table');
  };

  block(fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  if (pieces.length === 0) pieces.push({ from: 0, to: 0, source: source.length });
  return { text: chunks.join(''), pieces, blocks, spans, lineStyles, inlineStyles };
}

export interface MarkdownWriteResult {
  /** The new source. */
  readonly source: string;
  /** The same change as edits to the source, for keeping mixed line endings in place. */
  readonly sourceEdits: readonly TextEdit[];
  /**
   * Edits the file cannot hold, so its text differs from the editor's: those
   * that would join two blocks that markup parts (a heading, list items, a
   * quote, table cells: that break stays), and blank lines (Markdown has no
   * empty paragraph), one each.
   */
  readonly unapplied: number;
}

/**
 * `source` with `edits` (sorted, non-overlapping, offsets into readMarkdown's
 * text) spliced in.
 *
 * New paragraphs are new blocks: after the block they follow, past its
 * closing markup (never inside its link or emphasis), with a blank line on
 * either side so a list or quote next to them does not take them in. A
 * span of markup whose every letter an edit replaces, the new text going
 * before it, is removed with them (`2*3*4` for '234' leaves no empty
 * emphasis behind). A paragraph break inside a paragraph closes the
 * emphasis or link it falls in and opens it again in the new block.
 */
export function writeMarkdown(source: string, edits: readonly TextEdit[]): MarkdownWriteResult {
  const { text, pieces, blocks, spans } = readMarkdown(source);
  const endingAt = new Map(blocks.map((b) => [b.to, b]));
  const startingAt = new Map(blocks.map((b) => [b.from, b]));
  const breakJoins = (at: number) => endingAt.get(at)?.inTable === false;
  const sourceEdits: TextEdit[] = [];
  const inText: TextEdit[] = [];
  let unapplied = 0;
  for (const edit of editsToWrite(text, edits, breakJoins, pieces)) {
    const block = newBlocksAt(edit, endingAt, blocks[0]);
    if (block) {
      sourceEdits.push(block.write(source));
      unapplied += block.blankLines;
    } else inText.push(edit);
  }
  for (const edit of distributeEdits(pieces, inText)) {
    const piece = pieces[edit.piece];
    const textAt = piece.from + edit.from;
    const around = edit.insert.includes('\n') && !piece.isBreak ? markupAround(source, pieces, spans, textAt, edit.from === edit.to) : NO_MARKUP;
    const { insert, blankLines } = proseWithBreaks(edit.insert, around);
    unapplied += blankLines;
    if (piece.isBreak) {
      const join = edit.to > edit.from ? paragraphJoin(source, pieces, edit.piece, endingAt, startingAt) : null;
      if (join) sourceEdits.push({ ...join, insert });
      else {
        if (edit.to > edit.from) unapplied += 1;
        if (insert !== '') sourceEdits.push({ from: piece.source, to: piece.source, insert });
      }
      continue;
    }
    const from = piece.source + edit.from;
    if (edit.from === edit.to) {
      const at = lineStartAfter(source, pieces, edit.piece, from);
      sourceEdits.push({ from: at, to: at, insert });
    }
    else sourceEdits.push({ from, to: lineJoinEnd(source, pieces, edit), insert });
  }
  inText.forEach((edit, i) => {
    const escape = blockStartAfter(source, pieces, spans, edit, inText[i + 1]);
    if (escape) sourceEdits.push(escape);
  });
  for (const edit of inText) {
    for (const span of spans) {
      // The new text goes where the replaced text starts: a span starting later is left with nothing in it.
      if (span.from < span.to && edit.from < span.from && span.to <= edit.to) sourceEdits.push({ from: span.sourceFrom, to: span.sourceTo, insert: '' });
    }
  }
  return splice(source, mergeOverlapping(sourceEdits), unapplied);
}

/**
 * Whether `edit` only adds whole paragraphs at a block's edge — '\nX' at a
 * block's end (paragraphsAfter puts them there), or 'X\n' before the first
 * block — and if so the source edit that writes them as blocks, and how
 * many blank lines it leaves out.
 */
function newBlocksAt(
  edit: TextEdit,
  endingAt: ReadonlyMap<number, MarkdownBlock>,
  first: MarkdownBlock | undefined,
): { write: (source: string) => TextEdit; blankLines: number } | null {
  if (edit.from !== edit.to) return null;
  // Markdown has no empty paragraph: a blank line added between blocks is no block, and is not written.
  const linesOf = (added: string) => added.split('\n').map((line) => line.trim());
  const blocksOf = (lines: readonly string[]) => lines.filter((line) => line !== '').map(escapeBlock);
  const after = endingAt.get(edit.from);
  if (after && !after.inTable && edit.insert.startsWith('\n')) {
    const lines = linesOf(edit.insert.slice(1));
    const blocks = blocksOf(lines);
    const write = (source: string) => {
      // A line right below the block would run on into the new one (a lazy continuation, the next list item): keep a blank line.
      const spacer = /^\r?\n[ \t]*\S/.test(source.slice(after.sourceEnd)) ? '\n' : '';
      const insert = blocks.length === 0 ? '' : `\n\n${blocks.join('\n\n')}${spacer}`;
      return { from: after.sourceEnd, to: after.sourceEnd, insert };
    };
    return { write, blankLines: lines.length - blocks.length };
  }
  if (first && edit.from === first.from && edit.insert.endsWith('\n')) {
    const lines = linesOf(edit.insert.slice(0, -1));
    const blocks = blocksOf(lines);
    const insert = blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n\n`;
    return { write: () => ({ from: first.lineStart, to: first.lineStart, insert }), blankLines: lines.length - blocks.length };
  }
  return null;
}

/**
 * The source between two blocks that deleting the break `index` joins, when
 * only blank lines part them (two paragraphs, two of one list item): replaced
 * by the break's new text, the second paragraph's prose runs on in the first,
 * as the text says. Null where markup parts them (a heading's, a list item's
 * bullet, a quote's '>') or a table holds them: that break stays.
 */
function paragraphJoin(
  source: string,
  pieces: readonly MarkdownPiece[],
  index: number,
  endingAt: ReadonlyMap<number, MarkdownBlock>,
  startingAt: ReadonlyMap<number, MarkdownBlock>,
): { from: number; to: number } | null {
  const before = endingAt.get(pieces[index].from);
  const after = startingAt.get(pieces[index].to);
  const next = pieces[index + 1];
  if (!before || !after || before.inTable || after.inTable || before.heading || after.heading || !next || next.isBreak) return null;
  return /^[ \t]*(?:\r?\n[ \t]*)+$/.test(source.slice(before.sourceEnd, next.source)) ? { from: before.sourceEnd, to: next.source } : null;
}

/** Source edits sorted, those that overlap made one (a span of markup removed whole takes in the edits to its prose). */
function mergeOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: TextEdit[] = [];
  for (const edit of sorted) {
    const last = merged[merged.length - 1];
    if (last && edit.from < last.to) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, edit.to), insert: last.insert + edit.insert };
    else merged.push(edit);
  }
  return merged;
}

function splice(source: string, sourceEdits: readonly TextEdit[], unapplied: number): MarkdownWriteResult {
  let out = '';
  let last = 0;
  for (const e of sourceEdits) {
    out += source.slice(last, e.from) + e.insert;
    last = e.to;
  }
  return { source: out + source.slice(last), sourceEdits, unapplied };
}

/**
 * Source offset `at` moved past the next line's '> ' or indent, where that
 * line's prose starts, when `at` ends piece `index` right after a soft
 * line break; else `at`. Text inserted there goes where that line's prose
 * starts, and a deletion that ends there takes the '> ' or indent with it.
 */
function lineStartAfter(source: string, pieces: readonly MarkdownPiece[], index: number, at: number): number {
  const piece = pieces[index];
  const next = pieces[index + 1];
  if (source[at - 1] !== '\n' || at !== piece.source + (piece.to - piece.from) || !next || next.isBreak) return at;
  return /^[ \t>]*$/.test(source.slice(at, next.source)) ? next.source : at;
}

/**
 * Where a deletion inside a piece ends in the source. Joining two lines of a
 * block quote or list item also removes the next line's '> ' or indent, which
 * would otherwise be read as text mid-line.
 */
function lineJoinEnd(source: string, pieces: readonly MarkdownPiece[], edit: PieceEdit): number {
  const end = pieces[edit.piece].source + edit.to;
  return edit.from === edit.to ? end : lineStartAfter(source, pieces, edit.piece, end);
}

/** The markup open at a point of the prose, as the source writes it: what closes it there and what opens it again. */
interface OpenMarkup {
  readonly open: string;
  readonly close: string;
}

const NO_MARKUP: OpenMarkup = { open: '', close: '' };

/**
 * The emphasis, strong, strikethrough and links that text inserted at `at`
 * lands inside — a pure insertion at a span's end continues it
 * (distributeEdits) — outermost first, as the markup that closes them all
 * and opens them again: `*`…`*` for emphasis, `](url)`…`[` for a link.
 */
function markupAround(source: string, pieces: readonly MarkdownPiece[], spans: readonly MarkdownSpan[], at: number, pure: boolean): OpenMarkup {
  const inside = spans
    .filter((s) => s.from < at && (at < s.to || (pure && at === s.to)))
    .sort((a, b) => a.sourceFrom - b.sourceFrom);
  let open = '';
  let close = '';
  inside.forEach((span, i) => {
    const inner = inside[i + 1];
    // Markup of spans that start (or end) on the same letter sits nested in the source: each takes only its own part.
    const openEnd = inner && inner.from === span.from ? inner.sourceFrom : sourceAt(pieces, span.from, false);
    const closeStart = inner && inner.to === span.to ? inner.sourceTo : sourceAt(pieces, span.to, true);
    open += source.slice(span.sourceFrom, openEnd);
    close = source.slice(closeStart, span.sourceTo) + close;
  });
  return { open, close };
}

/** Where the prose character at `at` (or, with `end`, the one before it) sits in the source. */
function sourceAt(pieces: readonly MarkdownPiece[], at: number, end: boolean): number {
  // Pieces tile the text in order: the first whose end is past `at` (or reaches it, with `end`), by binary search.
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end ? pieces[mid].to >= at : pieces[mid].to > at) hi = mid;
    else lo = mid + 1;
  }
  const piece = pieces[lo];
  return piece && !piece.isBreak && (end ? piece.from < at : piece.from <= at) ? piece.source + (at - piece.from) : -1;
}

/**
 * New prose for inside a block: escaped, each paragraph break in it a blank
 * line, with the markup open around it closed before the break and opened
 * again after, so each block is valid Markdown (an empty `**` would read
 * as asterisks). Markdown has no empty paragraph: blank lines between the
 * breaks are not written, and are counted.
 */
function proseWithBreaks(insert: string, { open, close }: OpenMarkup): { insert: string; blankLines: number } {
  if (!insert.includes('\n')) return { insert: escapeMarkdown(insert), blankLines: 0 };
  const lines = insert.split(/[ \t]*\n[ \t]*/);
  const kept = lines.filter((line, i) => line !== '' || i === 0 || i === lines.length - 1);
  const written = kept.map((line, i) => (i === 0 ? escapeMarkdown(line) : escapeBlock(line))).join(`${close}\n\n${open}`);
  return { insert: written, blankLines: lines.length - kept.length };
}

/**
 * The backslash that keeps the source text after a paragraph break written
 * into a paragraph ('It was 2020. A year' split before '2020') from starting
 * a list, heading or break, as a source edit; null if it needs none — when
 * reopened markup starts the block, or the next edit rewrites those words.
 */
function blockStartAfter(
  source: string,
  pieces: readonly MarkdownPiece[],
  spans: readonly MarkdownSpan[],
  edit: TextEdit,
  next: TextEdit | undefined,
): TextEdit | null {
  if (!/\n[ \t]*$/.test(edit.insert) || markupAround(source, pieces, spans, edit.from, edit.from === edit.to).open !== '') return null;
  const start = sourceAt(pieces, edit.to, false);
  if (start < 0) return null;
  const lineEnd = source.indexOf('\n', start);
  const line = source.slice(start, lineEnd < 0 ? source.length : lineEnd);
  const at = blockStartEscape(line);
  if (at < 0 || (next && next.from <= edit.to + at + 1)) return null;
  return { from: start + at, to: start + at, insert: '\\' };
}

/**
 * Where a backslash keeps the start of a block's text from reading as
 * markup — '2020. A year' an ordered list item (after the digits), '- Yes',
 * '# x', '---', '> ', '~~~' (before it) — or -1 if it reads as prose.
 */
function blockStartEscape(line: string): number {
  const ordered = /^\d{1,9}(?=[.)](?:[ \t]|$))/.exec(line);
  if (ordered) return ordered[0].length;
  return /^(?:[-+*](?:[ \t]|$)|([-*_])[ \t]*\1[ \t]*\1|#{1,6}(?:[ \t]|$)|>|~~~|```|<[A-Za-z/!?])/.test(line) ? 0 : -1;
}

/** New prose that starts a block: escaped as prose, and at its start as a block (blockStartEscape). */
function escapeBlock(line: string): string {
  const escaped = escapeMarkdown(line);
  const at = blockStartEscape(escaped);
  return at < 0 ? escaped : `${escaped.slice(0, at)}\\${escaped.slice(at)}`;
}

/** New prose is escaped so that a '*' or '[' from the reference stays a character, not markup. */
function escapeMarkdown(text: string): string {
  // '~' would strike through, '|' end a table cell.
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&');
}
