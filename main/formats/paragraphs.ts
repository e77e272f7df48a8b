/**
 * How a document separates its paragraphs is its container's convention, not
 * its content: Word, Markdown, HTML and PDF are read one paragraph per line
 * with no final newline, while a .txt file typically puts a blank line between
 * paragraphs and ends with a newline. Compared as they are, a retyped .txt
 * draft against the publisher's .docx got a suggestion per paragraph — a
 * blank line to delete, which a text file would be wrong to lose — and a
 * Markdown draft against a .txt reference one per paragraph that Markdown
 * cannot write at all.
 *
 * The reference is only compared, never written, so when the two documents
 * are in different containers its paragraph breaks are restated in the
 * draft's convention before anything compares them; what remains is a real
 * difference in paragraphing (a paragraph split or joined), written as the
 * draft would write it. Two documents in one container keep their breaks:
 * there a blank line more or less is the typist's doing.
 */
import type { InlineStyle, LineStyle } from '../../preload/api';
import type { TextEdit } from '../files/text-format';
import { compare } from '@galley/engine';
import { positionsOf } from '../report/positions';
import { applyEdits } from './edits';
import type { LoadedDocument } from './index';

/** How a text separates paragraphs: a line each, or blank lines between them. */
export interface ParagraphConvention {
  /** Whether paragraphs are parted by blank lines ('blank') or by a line break alone ('lines'). */
  readonly paragraphs: 'lines' | 'blank';
  /** What stands between two paragraphs: `\n`, or the text's most frequent run of blank lines (`\n\n`). */
  readonly separator: string;
  /** The line breaks that end the text (a final newline), from its last line's end; '' for none. */
  readonly trailing: string;
}

/** A run of line breaks, with any whitespace-only lines between them (not the indentation after the last). */
const BREAK_RUN = /\n(?:[^\S\n]*\n)*/g;

/** The final line breaks, with whitespace-only lines: from the first line break of the text's trailing whitespace. */
function trailingBreaks(text: string): string {
  const end = /\s*$/.exec(text)![0];
  const at = end.indexOf('\n');
  return at < 0 ? '' : end.slice(at);
}

/** The runs of line breaks between the text's first and last lines (leading blank lines and the final newline are not). */
function innerBreaks(text: string): RegExpExecArray[] {
  const body = text.slice(0, text.length - trailingBreaks(text).length);
  return [...body.matchAll(BREAK_RUN)].filter((m) => m.index > 0 && body.slice(0, m.index).trim() !== '');
}

/**
 * The convention `text` follows: blank lines between paragraphs when at least
 * as many of its breaks are blank lines as are single line breaks (a text
 * that mostly breaks single lines, with a blank line between sections, is
 * one paragraph a line).
 */
export function paragraphConvention(text: string): ParagraphConvention {
  const counts = new Map<string, number>();
  let single = 0;
  for (const [run] of innerBreaks(text)) {
    if (run === '\n') single++;
    else counts.set(run, (counts.get(run) ?? 0) + 1);
  }
  let blank = 0;
  let separator = '\n\n';
  let most = 0;
  for (const [run, count] of counts) {
    blank += count;
    if (count > most) [separator, most] = [run, count];
  }
  const trailing = trailingBreaks(text);
  return blank > 0 && blank >= single ? { paragraphs: 'blank', separator, trailing } : { paragraphs: 'lines', separator: '\n', trailing };
}

/**
 * The edits that restate `text`'s paragraph breaks in `convention`: between
 * paragraphs the convention's separator (a text a line a paragraph takes
 * blank lines; one with blank lines loses them), and at the end its final
 * line breaks. Sorted and non-overlapping.
 */
export function restatingEdits(text: string, convention: ParagraphConvention): TextEdit[] {
  const own = paragraphConvention(text);
  const edits: TextEdit[] = [];
  if (own.paragraphs !== convention.paragraphs) {
    for (const { 0: run, index } of innerBreaks(text)) {
      // Into blank lines every break becomes a paragraph break; out of them only the blank lines go, a single break stays.
      const insert = convention.paragraphs === 'blank' ? convention.separator : '\n';
      if (run !== insert && (convention.paragraphs === 'blank' || run !== '\n')) edits.push({ from: index, to: index + run.length, insert });
    }
  }
  return [...edits, ...finalBreakEdits(text, convention)];
}

/**
 * The edit that gives `text` the convention's final line breaks, if it needs
 * one. A final newline is the file's, as its line endings are: the draft's
 * is kept when it is saved, so a suggestion to add or drop one could be
 * accepted but never written (`apply --accept all` then `check` never came
 * to no differences).
 */
function finalBreakEdits(text: string, convention: ParagraphConvention): TextEdit[] {
  const trailing = trailingBreaks(text);
  return trailing === convention.trailing ? [] : [{ from: text.length - trailing.length, to: text.length, insert: convention.trailing }];
}

/**
 * A PDF reference with its lists' number labels kept when the draft is a
 * .txt, which holds them as text (typed, or read by OCR from the page): a
 * Word or Markdown draft draws them, so for it they are dropped. A PDF has
 * no styles to move with the text.
 */
function withListLabels(reference: LoadedDocument, draft: { readonly container: string }): LoadedDocument {
  if (reference.labelled === undefined || draft.container !== 'text') return reference;
  return { ...reference, text: reference.labelled, labelled: undefined };
}

/**
 * The reference as compared with `draft`: its final line breaks the draft's,
 * and when their containers differ its paragraph breaks in the draft's
 * convention and the draft's line wraps (see wrapEdits), with its headings
 * and bold words moved with their text.
 */
export function inDraftParagraphs(read: LoadedDocument, draft: { readonly container: string; readonly text: string }): LoadedDocument {
  const reference = withListLabels(read, draft);
  const convention = paragraphConvention(draft.text);
  if (reference.container === draft.container) return withEdits(reference, finalBreakEdits(reference.text, convention));
  const restating = restatingEdits(reference.text, convention);
  const restated = withEdits(reference, restating);
  return withEdits(restated, wrapEdits(draft, reference, restated, positionMap(restating)));
}

/**
 * A text that parts paragraphs by blank lines and also breaks lines inside
 * them has them hard-wrapped (an OCR'd page a line per printed line, a
 * plain-text mail at 72 columns): there a single line break is a soft one,
 * which a reader takes for a space, as Markdown does. Against a document
 * in another container such a break stands for the space there, so the
 * reference is given the draft's wraps — a line break where the draft
 * wraps and the reference has a space — and loses its own — a space where
 * it wraps and the draft has one. Where the two texts' words stand is the
 * engine's to say: one comparison, only for a wrapped text, and only its
 * changes of exactly that whitespace, at exactly a wrap, are taken.
 */
function wrapEdits(
  draft: { readonly container: string; readonly text: string },
  asRead: LoadedDocument,
  restated: LoadedDocument,
  restating: (pos: number) => number,
): TextEdit[] {
  const draftWraps = draft.container === 'text' ? wrapsOf(draft.text) : new Set<number>();
  // Restating leaves a wrapped reference's single breaks as they are: `restating` says where each now stands.
  const referenceWraps = asRead.container === 'text' ? new Set([...wrapsOf(asRead.text)].map(restating)) : new Set<number>();
  if (draftWraps.size === 0 && referenceWraps.size === 0) return [];
  const edits: TextEdit[] = [];
  for (const s of compare(draft.text, restated.text)) {
    if (s.to - s.from !== 1 || s.refTo - s.refFrom !== 1) continue;
    const was = draft.text[s.from];
    if (was === '\n' && s.replacement === ' ' && draftWraps.has(s.from)) edits.push({ from: s.refFrom, to: s.refTo, insert: '\n' });
    else if (was === ' ' && s.replacement === '\n' && referenceWraps.has(s.refFrom)) edits.push({ from: s.refFrom, to: s.refTo, insert: ' ' });
  }
  return edits.sort((a, b) => a.from - b.from);
}

/** Where a hard-wrapped text (blank lines between paragraphs, single breaks inside them) wraps; empty for any other. */
function wrapsOf(text: string): Set<number> {
  if (paragraphConvention(text).paragraphs !== 'blank') return new Set();
  return new Set(innerBreaks(text).filter((m) => m[0] === '\n').map((m) => m.index));
}

/** `document` with `edits` (sorted, apart) made to its text, and its headings and bold words moved with their text. */
function withEdits(document: LoadedDocument, edits: readonly TextEdit[]): LoadedDocument {
  if (edits.length === 0) return document;
  const map = positionMap(edits);
  const text = applyEdits(document.text, edits)!;
  const starts = startsOfLines(document.text);
  const lines = positionsOf(text, document.lineStyles.map((s) => map(starts[s.line])));
  const lineStyles: LineStyle[] = document.lineStyles.map((s, i) => ({ ...s, line: lines[i].line - 1 }));
  const inlineStyles: InlineStyle[] = document.inlineStyles.map((s) => ({ ...s, from: map(s.from), to: map(s.to) }));
  return { ...document, text, lineStyles, inlineStyles };
}

/**
 * Where a position of the text before `edits` (sorted, non-overlapping) lands
 * after them. Edits here only replace whitespace, which no styled text starts
 * or ends inside: a position at an edit's end keeps to the text after it.
 */
function positionMap(edits: readonly TextEdit[]): (pos: number) => number {
  const shifts: number[] = [];
  let shift = 0;
  for (const e of edits) shifts.push((shift += e.insert.length - (e.to - e.from)));
  return (pos) => {
    // The last edit that ends at or before pos.
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edits[mid].to <= pos) lo = mid + 1;
      else hi = mid;
    }
    const before = lo === 0 ? 0 : shifts[lo - 1];
    const inside = lo < edits.length && edits[lo].from < pos ? edits[lo] : null;
    return inside ? inside.from + before : pos + before;
  };
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
