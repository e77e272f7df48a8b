/**
 * A move between a note and the body, kept on its own side.
 *
 * Against a reference that sets a footnote's sentence in the running text
 * (text copied from a print layout), the comparison sees the note's text as
 * moved: deleted from the note, inserted in the body. Word keeps a note's
 * text in its own part, and the break between the two cannot be removed, so
 * making both halves would empty the note and paste its words into the
 * body. Instead the move is left, and what the note needs — the differences
 * between its words and the moved ones, such as a misspelling fixed — is
 * written inside the note.
 */
import type { Element, Node } from '@xmldom/xmldom';
import { editsBetween } from '../edits';
import type { TextEdit } from '../../files/text-format';
import type { DocxPiece } from './read';

/** A note's text, past its own number and the space after it. */
interface NoteText {
  readonly from: number;
  readonly to: number;
}

/** At least this share of a note's words must be in an insertion, and of the insertion's words in the note, for it to be the note's moved text. */
const MOVED_SHARE = 0.6;

/** At least this share of a note's text must go in the edit crossing its boundary: a move takes the note's words, not a few beside the break. */
const DELETED_SHARE = 0.8;

/** Fewest words a note needs for its words found elsewhere to be its move: "Ibid." or "See p. 4." turn up in any sentence. */
const MIN_NOTE_WORDS = 4;

/**
 * `edits` (sorted, non-overlapping) with every move between a note and the
 * body replaced by the note's own fixes; `left` counts the moves left.
 * An edit deletes a note's text across its boundary when it takes the break
 * before or after the note along with nearly all of its words, putting few
 * of them back; its other half is the insertion elsewhere whose words are
 * mostly the note's and hold most of them. Anything less is two unrelated
 * edits, left as they are (rewriting the note with the other edit's words
 * would lose them from the body).
 */
export function keepNoteMoves(text: string, pieces: readonly DocxPiece[], edits: readonly TextEdit[]): { edits: TextEdit[]; left: number } {
  const notes = noteTexts(text, pieces);
  const out = [...edits];
  let left = 0;
  for (const note of notes) {
    const noteWords = words(text.slice(note.from, note.to));
    if (noteWords.length < MIN_NOTE_WORDS) continue;
    const takesNote = (e: TextEdit): boolean =>
      Math.min(e.to, note.to) - Math.max(e.from, note.from) >= DELETED_SHARE * (note.to - note.from) && shared(noteWords, words(e.insert)) < MOVED_SHARE;
    const cut = out.findIndex((e) => e.from < note.to && e.to > note.from && (e.from < note.from - 1 || e.to > note.to) && takesNote(e));
    if (cut < 0) continue;
    const holdsNote = (e: TextEdit): boolean => {
      const inserted = words(e.insert);
      return shared(noteWords, inserted) >= MOVED_SHARE && shared(inserted, noteWords) >= MOVED_SHARE;
    };
    const other = out.findIndex((e, i) => i !== cut && (e.to <= note.from || e.from >= note.to) && holdsNote(e));
    if (other < 0) continue;
    const moved = out[other].insert.replace(/^\s+|\s+$/g, '');
    const fixes = editsBetween(text.slice(note.from, note.to), moved).map((e) => ({ from: note.from + e.from, to: note.from + e.to, insert: e.insert }));
    const rest = out.filter((_, i) => i !== cut && i !== other);
    out.length = 0;
    out.push(...rest, ...fixes);
    out.sort((a, b) => a.from - b.from || a.to - b.to);
    left += 1;
  }
  return { edits: out, left };
}

/** Every note's text range: from past its number and the space after it to its last paragraph's end. */
function noteTexts(text: string, pieces: readonly DocxPiece[]): NoteText[] {
  const ranges = new Map<Element, { from: number; to: number }>();
  for (const piece of pieces) {
    const note = noteOf(piece.kind === 'mark' ? piece.paragraph : piece.element);
    if (note === null) continue;
    const range = ranges.get(note);
    let from = range?.from ?? piece.from;
    if (piece.kind === 'number' && from === piece.from) {
      from = piece.to;
      while (from < text.length && (text[from] === ' ' || text[from] === '\t')) from++;
    }
    ranges.set(note, { from, to: piece.kind === 'mark' ? piece.from : Math.max(range?.to ?? piece.to, piece.to) });
  }
  return [...ranges.values()].filter((r) => r.to > r.from);
}

function noteOf(node: Node): Element | null {
  for (let a: Node | null = node; a !== null; a = a.parentNode) {
    if (a.nodeType === 1 && ((a as Element).localName === 'footnote' || (a as Element).localName === 'endnote')) return a as Element;
  }
  return null;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The share of `of`'s words found in `among`. */
function shared(of: readonly string[], among: readonly string[]): number {
  if (of.length === 0) return 0;
  const pool = new Set(among);
  return of.filter((w) => pool.has(w)).length / of.length;
}
