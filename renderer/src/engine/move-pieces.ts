/**
 * A moved passage found in pieces. The alignment may match a moved
 * sentence's common words ("you", "the", a closing quote) to the text
 * around its old or new place, so the move comes out as several moves with
 * those words left standing between their halves, and the edits beside them
 * ("he" → "He") as suggestions of their own. Accepting only some of the
 * pieces, or only the moves, then leaves a word of the passage behind or
 * writes one twice.
 *
 * So pieces of moves that lie close together (at most NEAR_WORDS unchanged
 * words between them) are joined into one stretch, with whatever lies
 * between, and their moves become one: accepting any of it applies all of
 * it. A stretch with no other piece left elsewhere is then no move at all
 * but a reworded stretch in place. Two whole passages (whole sentences, or
 * WHOLE_WORDS words alike in both halves) side by side stay two moves.
 * Edits that touch a half from outside, or stand a stop or a space away
 * from it, go with it (takeInAgreeing), and so does one an unchanged word
 * away when the other half has that word and its wording: accepted alone,
 * or the move without them, they glue to its words or cut the passage the
 * reference has across that edge. Only a quotation's mark restyled stays
 * apart, with its quotation, and so does a slip of the pen in a word beside
 * it; a mark dropped goes with the move that took its quotation's words.
 *
 * Runs after joinAbutting (join.ts), which may give a move's removal the
 * removals it touches, so that the halves compared are the final ones.
 */

import { spanning, touching, type Hunk } from './hunks';
import { ExactTable } from './intern';
import { lcsLength } from './lcs';
import type { Swappable } from './swaps';
import { WHOLE_SENTENCE } from './moves';
import { isMisspelling } from './similarity';
import { countWords } from './tokenize';

/**
 * Most unchanged words between two pieces of moves joined into one: a
 * common word or two the alignment matched elsewhere. More, and the pieces
 * are more likely two passages that merely landed side by side.
 */
const NEAR_WORDS = 1;
/** Most characters of unchanged text between two pieces joined (the word and the marks and spaces beside it). */
const NEAR_CHARS = 24;

/**
 * `items` (in draft order, `move` ≥ 0 for a half of move number `move`)
 * with the pieces of moves that lie close together joined, their moves made
 * one, and a move left in a single stretch turned into a plain change.
 */
export function joinMovePieces<T extends Swappable>(draft: string, reference: string, items: readonly T[]): T[] {
  const moveCount = items.reduce((n, it) => Math.max(n, it.move + 1), 0);
  if (moveCount === 0) return [...items];
  const group = Int32Array.from({ length: moveCount }, (_, m) => m);
  const find = (m: number): number => {
    while (group[m] !== m) m = group[m] = group[group[m]];
    return m;
  };
  const whole = wholeMoves(draft, reference, items, moveCount);
  const halves = new Int32Array(moveCount);
  for (const it of items) if (it.move >= 0) halves[it.move]++;
  const out: T[] = [];
  let k = 0;
  while (k < items.length) {
    // The run of items from k on with short unchanged gaps between them; join from its first move piece to its last.
    let end = k + 1;
    while (end < items.length && near(draft, items[end - 1].hunk, items[end].hunk)) end++;
    const pieces: number[] = [];
    for (let i = k; i < end; i++) if (items[i].move >= 0) pieces.push(i);
    // A move wholly inside the run (a clause moved within its sentence) stays a move rather than one reworded stretch.
    const ownMove = pieces.length > 0 && pieces.every((i) => items[i].move === items[pieces[0]].move) && pieces.length === halves[items[pieces[0]].move];
    if (pieces.length < 2 || ownMove || pieces.every((i) => whole[items[i].move])) {
      for (let i = k; i < end; i++) out.push(items[i]);
      k = end;
      continue;
    }
    // Changes touching the joined stretch go with it: left outside, accepted alone, they would glue to its words.
    let [first, last] = [pieces[0], pieces[pieces.length - 1]];
    while (first > k && touching(items[first - 1].hunk, items[first].hunk)) first--;
    while (last + 1 < end && touching(items[last].hunk, items[last + 1].hunk)) last++;
    for (let i = k; i < first; i++) out.push(items[i]);
    for (const i of pieces) group[find(items[i].move)] = find(items[pieces[0]].move);
    const a = items[first].hunk;
    const b = items[last].hunk;
    out.push({ ...items[pieces[0]], hunk: spanning(a, b) });
    for (let i = last + 1; i < end; i++) out.push(items[i]);
    k = end;
  }
  const stretches = new Int32Array(moveCount);
  for (const it of out) if (it.move >= 0) stretches[find(it.move)]++;
  const joined = out.map((it) => (it.move < 0 ? it : { ...it, move: stretches[find(it.move)] > 1 ? find(it.move) : -1 }));
  return takeInAgreeing(draft, reference, joined);
}

/** Most times a half grows at each end. */
const GROW_STEPS = 3;

/** Fewest words of a move that is a passage in its own right (as is a whole sentence), never joined with another such: two sentences swapped stay two moves. */
const WHOLE_WORDS = 6;

/**
 * For each move number, whether it is a passage in its own right: one
 * removal and one insertion of the same words (spacing aside), a whole
 * sentence or at least WHOLE_WORDS words.
 */
function wholeMoves(draft: string, reference: string, items: readonly Swappable[], moveCount: number): Uint8Array {
  // Per move, its (last) removal's and insertion's text.
  const removed: (string | null)[] = new Array(moveCount).fill(null);
  const inserted: (string | null)[] = new Array(moveCount).fill(null);
  const halves = new Int32Array(moveCount);
  for (const { hunk: h, move } of items) {
    if (move < 0) continue;
    halves[move]++;
    if (h.refFrom === h.refTo) removed[move] = draft.slice(h.from, h.to);
    else if (h.from === h.to) inserted[move] = reference.slice(h.refFrom, h.refTo);
  }
  return Uint8Array.from({ length: moveCount }, (_, m) => {
    const [x, y] = [removed[m], inserted[m]];
    if (halves[m] !== 2 || x === null || y === null || !sameUpToSpacing(x, y)) return 0;
    // Neither the words nor a sentence's first and last marks depend on the spacing between.
    return countWords(x) >= WHOLE_WORDS || WHOLE_SENTENCE.test(x.trim()) ? 1 : 0;
  });
}

/**
 * Whether `a` and `b` read the same once each run of whitespace is one
 * space and the ends are trimmed, compared in place (normalising every
 * half of every move copied a book's moved passages twice over: 11 MB).
 */
function sameUpToSpacing(a: string, b: string): boolean {
  let i = afterSpace(a, 0);
  let j = afterSpace(b, 0);
  for (;;) {
    if (i === a.length || j === b.length) return afterSpace(a, i) === a.length && afterSpace(b, j) === b.length;
    const spaceA = isSpaceAt(a, i);
    if (spaceA !== isSpaceAt(b, j)) return false;
    if (spaceA) {
      i = afterSpace(a, i);
      j = afterSpace(b, j);
    } else {
      if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
      i++;
      j++;
    }
  }
}

/** Where the run of whitespace at `i` of `text` ends (`i` itself when there is none). */
function afterSpace(text: string, i: number): number {
  while (i < text.length && isSpaceAt(text, i)) i++;
  return i;
}

/** Whether `text[i]` is what `\s` matches. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiSpace(c) : SPACE.test(text[i]);
}

const SPACE = /\s/u;

/** Whether at most NEAR_WORDS unchanged words (and NEAR_CHARS characters) lie between `x` and the next hunk `y`. */
function near(draft: string, x: Hunk, y: Hunk): boolean {
  return y.from - x.to <= NEAR_CHARS && countWords(draft.slice(x.to, y.from)) <= NEAR_WORDS;
}

/**
 * A move's half grows at either end when its halves then agree on more
 * words and marks there: over a change touching it (a moved sentence's
 * last word left as an "extra" beside the removal while the insertion
 * carries it), over the unchanged marks beside it (the insertion ends
 * "1990.\"" while the removal stops at "1990", its marks matched to
 * another sentence's), or both.
 */
function takeInAgreeing<T extends Swappable>(draft: string, reference: string, items: readonly T[]): T[] {
  const groups = new Map<number, number[]>();
  items.forEach((it, k) => {
    if (it.move < 0) return;
    const list = groups.get(it.move);
    if (list) list.push(k);
    else groups.set(it.move, [k]);
  });
  const out: (T | null)[] = [...items];
  const cut = piecesCache(draft, reference);
  const nextAt = (k: number, side: number): number => {
    let at = k + side;
    while (at >= 0 && at < out.length && out[at] === null) at += side;
    return at;
  };
  // The next change on `side` of item k, which growing over marks must not reach.
  const bound = (k: number, side: number): Hunk | null => {
    const h = out[nextAt(k, side)];
    return h ? h.hunk : null;
  };
  for (const list of groups.values()) {
    for (const own of list) {
      // Each step takes in marks or a touching change, or both; the marks may bring the next change within touch.
      for (let step = 0; step < 2 * GROW_STEPS; step++) {
        const side = step % 2 === 0 ? -1 : 1;
        const self = out[own]!;
        const at = nextAt(own, side);
        const neighbour = out[at];
        // The half and the unmoved change beside it on this side, in draft order, and whether that change may go with it.
        const pair = neighbour && neighbour.move < 0 ? (side < 0 ? [neighbour.hunk, self.hunk] : [self.hunk, neighbour.hunk]) : null;
        let goes: boolean | undefined;
        const goesWith = (): boolean => (goes ??= takenIn(draft, reference, neighbour!.hunk));
        const joined = pair && touching(pair[0], pair[1]) ? spanning(pair[0], pair[1]) : null;
        const overOwnMarks = overMarks(draft, reference, self.hunk, side, bound(own, side));
        // A change a stop or a space away (ACROSS_CHARS) is taken in too, with what stands between: the alignment
        // matched a passage's word to the moved words ("The boxes": "The" in the move, "boxes" reworded a space on),
        // and accepted alone, that rewording cuts the passage.
        // (The gap is looked at first: it is a few characters, where takenIn cuts out and splits the whole change.)
        if (!joined && pair && acrossSpace(draft, reference, pair[0], pair[1]) && goesWith()) {
          out[own] = { ...self, hunk: spanning(pair[0], pair[1]) };
          out[at] = null;
          continue;
        }
        // A change one unchanged word away is taken in with that word when the other half has them both: the
        // alignment matched a word of the moved passage to a word beside it where it goes in ("and" of "— and
        // closed"), leaving the passage's last word a rewording of its own. Accepted alone, the move drops it.
        const beyondWord = !joined && pair && near(draft, pair[0], pair[1]) && goesWith() ? spanning(pair[0], pair[1]) : null;
        // Nothing to take in on this side (most halves, most steps): no need to score anything.
        if (!joined && !beyondWord && overOwnMarks === self.hunk) continue;
        const others = list.filter((o) => o !== own).map((o) => out[o]!.hunk);
        // Tokens a candidate adds on the side(s) this half changes (a plain insertion: the reference's): all must match.
        const draftSide = !(self.hunk.from === self.hunk.to);
        const refSide = !(self.hunk.refFrom === self.hunk.refTo);
        const score = (h: Hunk): number => others.length === 1
          ? agreement(cut, h, others[0], draftSide, refSide)
          : agreementWithAll(cut, h, others, draftSide, refSide);
        const added = (h: Hunk): number =>
          (draftSide ? cut.draft(h).length - cut.draft(self.hunk).length : 0) +
          (refSide ? cut.reference(h).length - cut.reference(self.hunk).length : 0);
        const candidates: [Hunk, boolean][] = [[overOwnMarks, false]];
        if (joined) candidates.push([joined, true], [overMarks(draft, reference, joined, side, bound(at, side)), true]);
        if (beyondWord) candidates.push([beyondWord, true]);
        const base = score(self.hunk);
        let best = 0;
        let chosen: [Hunk, boolean] | null = null;
        for (const c of candidates) {
          const gain = score(c[0]) - base;
          if (gain > best && gain >= added(c[0])) [best, chosen] = [gain, c];
        }
        // A half that replaces (it took in marks or a change) takes in any change touching it: accepted
        // alone, that change would glue to its words, and unglue.ts moves spaces only beside plain removals.
        if (!chosen && joined && self.hunk.from < self.hunk.to && self.hunk.refFrom < self.hunk.refTo) chosen = [joined, true];
        // A change of case touching a half is the capital the move shifts ("On May 3, " moved away,
        // "two" → "Two"; "Last year, " moved in, "The" → "the"): accepted without the move, or the move
        // without it, the sentence starts in lower case or has a capital inside.
        if (!chosen && joined && caseOnly(draft, reference, neighbour!.hunk)) chosen = [joined, true];
        // So is any other change touching a half: the stop a moved sentence ends with, left behind ("said"
        // moved away, "." removed), an extra word where the passage went in ("\"There's" before "for a while,"),
        // a word the alignment cut from the passage and matched to the words beside it ("Seven" → "stealth").
        // Accepted alone, or the move without it, it glues two sentences ("carefullyThe") or cuts the passage.
        // A quotation's mark restyled stays with the quotation, whose marks and words are one fix (quotations.ts), and
        // slips of the pen in the words beside it ("Severl" → "Several") stay fixes of their own.
        if (!chosen && joined && goesWith()) chosen = [joined, true];
        if (!chosen) continue;
        out[own] = { ...self, hunk: chosen[0] };
        if (chosen[1]) out[at] = null;
      }
    }
  }
  return out.filter((it): it is T => it !== null);
}

/**
 * Whether a change `h` beside a half goes with it: not a quotation's mark
 * restyled, nor slips of the pen. A mark the draft has and the reference
 * has not there (the closing mark of a quoted sentence moved away) goes with
 * the move: its quotation holds the move, so it joins no quotation
 * (quotations.ts leaves moves alone), and accepted alone it cuts the passage.
 */
function takenIn(draft: string, reference: string, h: Hunk): boolean {
  return !(atQuotationMark(draft, h) && h.refFrom < h.refTo) && !slipsOnly(draft, reference, h);
}

/** Most characters between a half and a change beside it taken in across them: a stop and a space or two. */
const ACROSS_CHARS = 3;

/**
 * Whether only a few spaces and marks, the same in both texts, stand
 * between `x` and `y`, within one paragraph: a change in the paragraph
 * before or after a half ("them" → "him" before "\n\nOn July 25," moved
 * away) is no word of the moved passage, and taken in, accepting the move
 * would make it too.
 */
function acrossSpace(draft: string, reference: string, x: Hunk, y: Hunk): boolean {
  if (y.from - x.to > ACROSS_CHARS || y.from <= x.to) return false;
  const gap = draft.slice(x.to, y.from);
  return !LETTER_OR_DIGIT.test(gap) && !QUOTATION_MARK.test(gap) && !gap.includes('\n') && reference.slice(x.refTo, y.refFrom) === gap;
}

/** Whether `h` changes a quotation's mark: the draft has marks there and nothing else, a double quotation mark among them. */
function atQuotationMark(draft: string, h: Hunk): boolean {
  const marks = draft.slice(h.from, h.to);
  return QUOTATION_MARK.test(marks) && !LETTER_OR_DIGIT.test(marks);
}

const QUOTATION_MARK = /[“”"«»„]/u;

/** Whether `h` fixes slips alone: the same words on both sides, each misspelt or recased at most. */
function slipsOnly(draft: string, reference: string, h: Hunk): boolean {
  const x = draft.slice(h.from, h.to).trim().split(/\s+/u);
  const y = reference.slice(h.refFrom, h.refTo).trim().split(/\s+/u);
  return x[0] !== '' && y[0] !== '' && x.length === y.length && x.every((w, i) => isMisspelling(w, y[i]));
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether `h` changes only the case of its letters. */
function caseOnly(draft: string, reference: string, h: Hunk): boolean {
  const [d, r] = [draft.slice(h.from, h.to), reference.slice(h.refFrom, h.refTo)];
  return d !== r && d.toLowerCase() === r.toLowerCase();
}

/** A mark: no letter, digit or space. */
const MARK = /^[^\p{L}\p{N}\s]$/u;

/**
 * `h` grown on `side` over the marks (no letters, digits or spaces) that
 * stand unchanged beside it in both texts, up to the next change `next`.
 * The marks are read in place, a character at a time: cutting out the text
 * up to the next change copied most of a book for a half with none beyond it.
 */
function overMarks(draft: string, reference: string, h: Hunk, side: number, next: Hunk | null): Hunk {
  if (side > 0) {
    const n = markRunAfter(draft, h.to, next ? next.from : draft.length);
    const fits = n > 0 && reference.startsWith(draft.slice(h.to, h.to + n), h.refTo) && (!next || h.refTo + n <= next.refFrom);
    return fits ? { ...h, to: h.to + n, refTo: h.refTo + n } : h;
  }
  const n = markRunBefore(draft, h.from, next ? next.to : 0);
  const fits = n > 0 && reference.slice(h.refFrom - n, h.refFrom) === draft.slice(h.from - n, h.from) && (!next || h.refFrom - n >= next.refTo);
  return fits ? { ...h, from: h.from - n, refFrom: h.refFrom - n } : h;
}

/** Length of the run of marks in `text` from `from`, not reaching past `limit`. */
function markRunAfter(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit) {
    const code = text.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    if (at + width > limit || !MARK.test(String.fromCodePoint(code))) break;
    at += width;
  }
  return at - from;
}

/** Length of the run of marks in `text` that ends at `to`, not reaching before `limit`. */
function markRunBefore(text: string, to: number, limit: number): number {
  let at = to;
  while (at > limit) {
    const low = text.charCodeAt(at - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && at - 2 >= limit && isHighSurrogate(text.charCodeAt(at - 2)) ? 2 : 1;
    if (!MARK.test(text.slice(at - width, at))) break;
    at -= width;
  }
  return to - at;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * How many words and marks two halves of a move have in common, in order:
 * the draft text `x` takes away (if `xDraft`) against the reference text
 * `y` puts in, and the reference text `x` puts in (if `xRef`) against the
 * draft text `y` takes away.
 */
function agreement(cut: PiecesCache, x: Hunk, y: Hunk, xDraft: boolean, xRef: boolean): number {
  return (xDraft ? cut.common(cut.draft(x), cut.reference(y)) : 0) + (xRef ? cut.common(cut.draft(y), cut.reference(x)) : 0);
}

/**
 * `agreement` of `x` with the other pieces of its move taken together, in
 * draft order: what `x` takes away against all they put in, and what it
 * puts in against all they take away. A half that replaces may owe its
 * words to one piece and its removed text to another ("single year." →
 * "anything under 5% …", the first moved to the end, the second from there).
 */
function agreementWithAll(cut: PiecesCache, x: Hunk, others: readonly Hunk[], xDraft: boolean, xRef: boolean): number {
  const joined = (side: (h: Hunk) => Int32Array): Int32Array => {
    const lists = others.map(side);
    const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
    let at = 0;
    for (const l of lists) {
      all.set(l, at);
      at += l.length;
    }
    return all;
  };
  return (xDraft ? common(cut.draft(x), joined(cut.reference)) : 0) + (xRef ? common(joined(cut.draft), cut.reference(x)) : 0);
}

/** Most tokens of a half compared in order; past it only the ends are (a long moved passage is not realigned). */
const COMPARED_MAX = 300;

/** Length of the longest common subsequence of `a` and `b`, or for long halves their equal ends. */
function common(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length > COMPARED_MAX || b.length > COMPARED_MAX) return ends(a, b);
  return lcsLength(a, b);
}

/**
 * The pieces (below) of a hunk's draft and reference text as ids, each cut
 * once, and what two of them have in common, each worked out once: a half
 * is scored against every other half of its move at every step (on a
 * million words 72% of the comparisons asked had been asked before).
 */
interface PiecesCache {
  draft(h: Hunk): Int32Array;
  reference(h: Hunk): Int32Array;
  /** `common` of two lists this cache gave. */
  common(a: Int32Array, b: Int32Array): number;
}

function piecesCache(draft: string, reference: string): PiecesCache {
  const table = new ExactTable();
  // Per side, by the hunk's start and then its end: no key string made per lookup.
  const of = (text: string, known: Map<number, Map<number, Int32Array>>, from: number, to: number): Int32Array => {
    let byEnd = known.get(from);
    if (!byEnd) known.set(from, (byEnd = new Map()));
    let list = byEnd.get(to);
    if (!list) byEnd.set(to, (list = pieceIds(text.slice(from, to), table)));
    return list;
  };
  const draftKnown = new Map<number, Map<number, Int32Array>>();
  const refKnown = new Map<number, Map<number, Int32Array>>();
  const commonKnown = new Map<Int32Array, Map<Int32Array, number>>();
  const commonOf = (a: Int32Array, b: Int32Array): number => {
    let withA = commonKnown.get(a);
    if (!withA) commonKnown.set(a, (withA = new Map()));
    let n = withA.get(b);
    if (n === undefined) withA.set(b, (n = common(a, b)));
    return n;
  };
  return { draft: (h) => of(draft, draftKnown, h.from, h.to), reference: (h) => of(reference, refKnown, h.refFrom, h.refTo), common: commonOf };
}

/**
 * The ids in `table` of the pieces of `text`: its words (lower-cased) and
 * single marks, as /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu cuts them. Cut by
 * character class (PIECE_CLASS) and each piece looked up where it stands:
 * most halves hold a curly quote or a dash, and the pattern run over them,
 * with a list of pieces cut out, was most of this function's time on a
 * million words. Exported for the test that holds it to the pattern.
 */
export function pieceIds(text: string, table: ExactTable): Int32Array {
  const lower = text.toLowerCase();
  const out: number[] = [];
  for (let i = 0; i < lower.length; ) {
    const width = codePointWidth(lower, i);
    const cls = pieceClass(lower, i, width);
    if (cls === PIECE_WORD) {
      let end = i + width;
      for (let w = 0; end < lower.length && pieceClass(lower, end, (w = codePointWidth(lower, end))) === PIECE_WORD; ) end += w;
      out.push(table.idOf(lower, i, end));
      i = end;
    } else {
      if (cls === PIECE_MARK) out.push(table.idOf(lower, i, i + width));
      i += width;
    }
  }
  return Int32Array.from(out);
}

/** What a code point is to pieceIds: part of a word (\p{L}, \p{N}), whitespace (\s), or a mark on its own. */
const PIECE_WORD = 1;
const PIECE_SPACE = 2;
const PIECE_MARK = 3;
/** PIECE_* per UTF-16 code unit outside the surrogates, 0 until first asked. */
const PIECE_CLASS = new Uint8Array(0x10000);
const PIECE_WORD_CHAR = /^[\p{L}\p{N}]$/u;
const PIECE_SPACE_CHAR = /^\s$/u;

function classOfCodePoint(char: string): number {
  return PIECE_WORD_CHAR.test(char) ? PIECE_WORD : PIECE_SPACE_CHAR.test(char) ? PIECE_SPACE : PIECE_MARK;
}

/** The class of the code point of `width` units at `i` of `text`. */
function pieceClass(text: string, i: number, width: number): number {
  if (width === 2) return classOfCodePoint(text.slice(i, i + 2));
  const c = text.charCodeAt(i);
  // A lone surrogate is a code point of its own, neither letter, digit nor space.
  if (c >= 0xd800 && c <= 0xdfff) return PIECE_MARK;
  if (PIECE_CLASS[c] === 0) PIECE_CLASS[c] = classOfCodePoint(String.fromCharCode(c));
  return PIECE_CLASS[c];
}

/** 2 at a surrogate pair, else 1. */
function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** What `\s` matches below U+0080: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32;
}

/** Words equal at the start plus words equal at the end, not counting any word twice. */
function ends(a: Int32Array, b: Int32Array): number {
  const most = Math.min(a.length, b.length);
  let head = 0;
  while (head < most && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < most - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return head + tail;
}
