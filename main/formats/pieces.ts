/**
 * The bridge between the compared text and a container: the text is tiled
 * by pieces, each held by one place in the container (a Word `w:t`, a tab, a
 * paragraph mark, a stretch of Markdown source). Edits to the text are split
 * into edits to pieces, which each adapter knows how to carry out.
 */
import type { TextEdit } from '../files/text-format';
import { editsBetween } from './edits';

export interface Piece {
  readonly from: number;
  readonly to: number;
  /**
   * A break between blocks (a paragraph mark). Text typed right after it
   * belongs to the next block, so a pure insertion at its end goes to the
   * piece that follows rather than continuing this one.
   */
  readonly isBreak?: boolean;
}

/** An edit inside one piece: offsets relative to the piece's start. */
export interface PieceEdit {
  readonly piece: number;
  /** Index of the text edit this is part of. */
  readonly edit: number;
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/**
 * Split `edits` (sorted, non-overlapping, offsets into the tiled text) into
 * piece edits, in text order; apply them last to first so that each one's
 * offsets are still those of the original container.
 *
 * A replacement's new text goes where the replaced text starts, so it takes
 * that place's formatting; the rest of the replaced span is deleted piece by
 * piece, so markup between the pieces stays. A pure insertion at the seam of
 * two pieces continues the piece before it, as typing continues the run
 * before the caret — unless that piece is a break.
 */
export function distributeEdits(pieces: readonly Piece[], edits: readonly TextEdit[]): PieceEdit[] {
  const result: PieceEdit[] = [];
  edits.forEach((edit, index) => {
    const first = result.length;
    for (let i = firstEndingAfter(pieces, edit.from); i < pieces.length && pieces[i].from < edit.to; i++) {
      const piece = pieces[i];
      const from = Math.max(edit.from, piece.from) - piece.from;
      const to = Math.min(edit.to, piece.to) - piece.from;
      if (from < to) result.push({ piece: i, edit: index, from, to, insert: result.length === first ? edit.insert : '' });
    }
    if (result.length === first && edit.insert !== '') {
      const home = insertionPiece(pieces, edit.from);
      const at = edit.from - pieces[home].from;
      result.push({ piece: home, edit: index, from: at, to: at, insert: edit.insert });
    }
  });
  return result;
}

/**
 * Each edit narrowed to the words it changes: text it replaces with the
 * same words is left alone (so 'Londn.' → 'London.' does not rewrite the
 * full stop, nor move it into the link or run the word sits in). It stays
 * whole words, so a tracked change reads 'Londn' → 'London', not 'n' → 'on'.
 */
export function narrowEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  return edits.map((edit) => {
    const old = text.slice(edit.from, edit.to);
    const { insert } = edit;
    let prefix = 0;
    while (prefix < old.length && prefix < insert.length && old[prefix] === insert[prefix]) prefix++;
    while (prefix > 0 && (isWordChar(old[prefix - 1]) && (isWordChar(old[prefix] ?? '') || isWordChar(insert[prefix] ?? '')))) prefix--;
    let suffix = 0;
    const room = Math.min(old.length, insert.length) - prefix;
    while (suffix < room && old[old.length - 1 - suffix] === insert[insert.length - 1 - suffix]) suffix++;
    while (
      suffix > 0 &&
      isWordChar(old[old.length - suffix]) &&
      (isWordChar(old[old.length - suffix - 1] ?? '') || isWordChar(insert[insert.length - suffix - 1] ?? ''))
    ) {
      suffix--;
    }
    return { from: edit.from + prefix, to: edit.to - suffix, insert: insert.slice(prefix, insert.length - suffix) };
  });
}

/**
 * The edits a writer makes, whoever sent them: the CLI sends the engine's
 * suggestions, the window ProseMirror's steps, which can be one replacement
 * from inside one word, across paragraphs and formatting, into another —
 * made in one place, it would move those paragraphs' words out of their
 * runs, links and blocks. So each edit is widened to whole words, one of
 * several words cut into the word-level changes it makes (refineEdits),
 * new paragraphs made whole
 * after the one they follow (paragraphsAfter), and trimmed to the words
 * that change: both come out the same.
 */
export function editsToWrite(text: string, edits: readonly TextEdit[], breakJoins: (at: number) => boolean, pieces: readonly Piece[]): TextEdit[] {
  return narrowEdits(text, paragraphsAfter(text, refineEdits(text, narrowEdits(text, widenToWords(text, edits)), pieces), breakJoins));
}

/**
 * Each edit of more than one word as the word-level edits between its old
 * and new text (editsBetween, the engine's diff), as the CLI sends them.
 * The window's edits are ProseMirror's change ranges, which merge fixes a
 * few words apart ('spn` and a [lnk' → 'span and a link' after Accept
 * all): written whole, the words between them would leave their code span
 * or link for the run where the edit starts. Word-level edits that only a
 * space or punctuation keep apart, all in one of the container's pieces,
 * stay one revision ('Kir Stmper' → 'Keir Starmer' in one bold run); across
 * pieces each keeps its own ('*Kir* **Stmper**' keeps both emphases).
 */
function refineEdits(text: string, edits: readonly TextEdit[], pieces: readonly Piece[]): TextEdit[] {
  return edits.flatMap((edit) => {
    const old = text.slice(edit.from, edit.to);
    if (!/\s/u.test(old) && !/\s/u.test(edit.insert)) return [edit];
    const parts: TextEdit[] = [];
    for (const e of editsBetween(old, edit.insert)) {
      const part = { from: edit.from + e.from, to: edit.from + e.to, insert: e.insert };
      const last = parts[parts.length - 1];
      const between = last ? text.slice(last.to, part.from) : '';
      if (last && !between.includes('\n') && !/[\p{L}\p{N}]/u.test(between) && inOnePiece(pieces, last.from, part.to)) {
        parts[parts.length - 1] = { from: last.from, to: part.to, insert: last.insert + between + part.insert };
      } else {
        parts.push(part);
      }
    }
    return parts;
  });
}

/** Whether the text from `from` to `to` lies in one piece. */
function inOnePiece(pieces: readonly Piece[], from: number, to: number): boolean {
  const piece = pieces[firstEndingAfter(pieces, from)];
  return piece !== undefined && piece.from <= from && piece.to >= to;
}

/**
 * Edits that add paragraphs re-cut so that each new paragraph is inserted
 * whole after the paragraph it follows, where a writer can make it a block
 * of its own with that paragraph's properties:
 *
 * - a paragraph typed before the next one ('X\n' at a paragraph's start,
 *   as the window sends a missing paragraph) is the same text as '\nX' at
 *   the end of the one before — when `breakJoins` says the break there
 *   separates two paragraphs of one container;
 * - a fix that runs on into new paragraphs ('lnk' → 'link.\nA new
 *   paragraph', as the engine cuts a missing paragraph before its full stop)
 *   becomes the fix within its paragraph and the new paragraphs inserted at
 *   that paragraph's end — when only punctuation stands between the fix and
 *   the end, so no formatted words are moved.
 *
 * The text the edits give is unchanged; edits stay sorted and apart.
 */
export function paragraphsAfter(text: string, edits: readonly TextEdit[], breakJoins: (at: number) => boolean): TextEdit[] {
  const result: TextEdit[] = [];
  edits.forEach((edit, i) => {
    const { from, to, insert } = edit;
    const before = result[result.length - 1];
    if (from === to && insert.endsWith('\n') && text[from - 1] === '\n' && (before?.to ?? 0) < from && breakJoins(from - 1)) {
      result.push({ from: from - 1, to: from - 1, insert: `\n${insert.slice(0, -1)}` });
      return;
    }
    const end = paragraphEnd(text, to);
    const tail = text.slice(to, end);
    const nextFrom = edits[i + 1]?.from ?? text.length + 1;
    if (!insert.includes('\n') || text.slice(from, to).includes('\n') || /[\p{L}\p{N}]/u.test(tail) || nextFrom <= end) {
      result.push(edit);
      return;
    }
    const whole = insert + tail;
    const cut = whole.indexOf('\n');
    result.push({ from, to: end, insert: whole.slice(0, cut) }, { from: end, to: end, insert: whole.slice(cut) });
  });
  return result;
}

function paragraphEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/**
 * Edits widened to whole words, with edits that then share a word made one:
 * the editor's own edits are as small as a keystroke ('Londn' → 'London' is
 * an inserted 'o'), but a revision should read as the word that changed.
 * narrowEdits then trims each back to the words it really changes.
 */
export function widenToWords(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const result: TextEdit[] = [];
  let group: { from: number; to: number; insert: string } | null = null;
  for (const edit of edits) {
    const from = wordStart(text, edit);
    if (group && from <= group.to) {
      // The group's end was widened over original text, up to or past this edit's start: only what lies before it stays.
      const kept = group.to > edit.from ? group.insert.slice(0, group.insert.length - (group.to - edit.from)) : group.insert + text.slice(group.to, edit.from);
      group.insert = kept + edit.insert;
      group.to = edit.to;
    } else {
      if (group) result.push(group);
      group = { from, to: edit.to, insert: text.slice(from, edit.from) + edit.insert };
    }
    // Extend past the word the edit ends in only when it does end inside one.
    const end = wordEnd(text, edit);
    if (end > group.to) {
      group.insert += text.slice(group.to, end);
      group.to = end;
    }
  }
  if (group) result.push(group);
  return result;
}

/** Where the word an edit starts in begins: the edit's start unless it touches a word on its left. */
function wordStart(text: string, { from, to, insert }: TextEdit): number {
  const touches = (from < to && isWordChar(text[from])) || isWordChar(insert[0] ?? '') || insideWord(text, from, to);
  let at = from;
  if (touches) while (at > 0 && isWordChar(text[at - 1])) at--;
  return at;
}

/** Where the word an edit ends in ends: the edit's end unless it touches a word on its right. */
function wordEnd(text: string, { from, to, insert }: TextEdit): number {
  const touches = (from < to && isWordChar(text[to - 1])) || isWordChar(insert[insert.length - 1] ?? '') || insideWord(text, from, to);
  let at = to;
  if (touches) while (at < text.length && isWordChar(text[at])) at++;
  return at;
}

/** A pure insertion between two letters of one word ('2*3' typed into '23') changes that word. */
function insideWord(text: string, from: number, to: number): boolean {
  return from === to && from > 0 && isWordChar(text[from - 1]) && isWordChar(text[from] ?? '');
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}\p{M}'’]/u.test(char);
}

/** The piece a pure insertion at `at` goes into (see distributeEdits). */
function insertionPiece(pieces: readonly Piece[], at: number): number {
  if (pieces.length === 0) throw new RangeError('a document with no pieces cannot be edited');
  const next = firstEndingAfter(pieces, at);
  const before = next - 1;
  if (before >= 0 && pieces[before].to === at && !pieces[before].isBreak) return before;
  if (next < pieces.length && pieces[next].from <= at) return next;
  if (before >= 0 && pieces[before].to === at) return before;
  throw new RangeError(`edit at ${at} lies outside the document`);
}

/** Index of the first piece with `to > at`, or of a zero-length piece at `at` (binary search). */
function firstEndingAfter(pieces: readonly Piece[], at: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    if (p.to > at || (p.to === at && p.from === at)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
