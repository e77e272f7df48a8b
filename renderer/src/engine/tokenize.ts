/**
 * Splitting a text into the units the engine compares: words and
 * punctuation marks. Whitespace is not a token; it is whatever lies between
 * one token's end and the next token's start.
 *
 * Contract: tokens are sorted, do not overlap, never split a surrogate pair,
 * a combining sequence or an emoji sequence, and a word token never starts or
 * ends inside what a reader would call a word. Scripts written without spaces
 * (Chinese, Japanese, Thai, ...) are cut into words by `Intl.Segmenter`.
 */

import { partitionPoint } from './bisect';

export interface Tokens {
  /** The text the offsets point into. */
  readonly text: string;
  /** UTF-16 offsets of each token. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 for a word (letters, digits), 0 for a punctuation mark or symbol. */
  readonly isWord: Uint8Array;
  readonly length: number;
}

/**
 * What a word is made of, the engine's one definition: letters, combining
 * marks and digits, in any script. (TOKEN below spells the same class out.)
 */
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NOT_WORD_CHARS = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * A word: letters, marks and digits, joined by an apostrophe between letters
 * ("Macron's", "don't") or a decimal/thousands separator between digits
 * ("20,000", "3.5"), so that neither is ever cut in two.
 * Anything else that is not whitespace is one mark: a code point with its
 * combining marks, variation selectors, skin tones and ZWJ-joined followers,
 * or a regional-indicator pair (a flag).
 */
const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:(?:['\u2019\u02BC](?=[\p{L}\p{M}])|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*|\p{RI}\p{RI}|[^\s\p{L}\p{N}](?:[\p{M}\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D[^\s])*/gu;

/** Scripts whose words are not separated by spaces. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | undefined;

/** Cuts `text` into tokens. Linear in its length. */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const isWord: number[] = [];
  scan(text, (start, end, word) => {
    if (word === EXTENDS) ends[ends.length - 1] = end;
    else {
      starts.push(start);
      ends.push(end);
      isWord.push(word);
    }
  });
  return {
    text,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    isWord: Uint8Array.from(isWord),
    length: starts.length,
  };
}

/** Passed to `scan`'s callback for a piece that lengthens the previous token to `end`. */
const EXTENDS = 2;

/**
 * Longest stretch handed to `Intl.Segmenter` at once: it is far from linear
 * on one long string (Node 20: 10k words 0.4 s, 30k words 33 s), and a
 * paragraph of Chinese or Thai copied from a PDF may have no punctuation at
 * all. Windows overlap by SEGMENT_OVERLAP so a word at a window's end is
 * segmented whole, in the next window.
 */
const SEGMENT_WINDOW = 1_000;
const SEGMENT_OVERLAP = 50;

/** The word segments of `run`, as `Intl.Segmenter` cuts it, over bounded windows. */
function* segmentBounded(run: string): Generator<{ index: number; segment: string }> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let pos = 0;
  while (pos < run.length) {
    const end = pos + SEGMENT_WINDOW;
    const last = end >= run.length;
    let next = pos;
    for (const seg of segmenter.segment(run.slice(pos, last ? run.length : end + SEGMENT_OVERLAP))) {
      const segEnd = pos + seg.index + seg.segment.length;
      // A segment reaching past the window is cut again in the next one (unless it is the window's first).
      if (!last && segEnd > end && seg.index > 0) break;
      yield { index: pos + seg.index, segment: seg.segment };
      next = segEnd;
    }
    pos = next;
  }
}

/** Calls `emit` for each token in order: 1 for a word, 0 for a mark, EXTENDS to lengthen the last one. */
function scan(text: string, emit: (start: number, end: number, word: 0 | 1 | typeof EXTENDS) => void): void {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const token = m[0];
    const word = isWordChar(token.codePointAt(0)!);
    if (word && NO_SPACE_SCRIPT.test(token)) {
      let first = true;
      for (const seg of segmentBounded(token)) {
        // Cut only between two characters of such scripts: "天安门the" is cut
        // before "the" by the segmenter, but a reader sees no word edge there.
        const cut = NO_SPACE_SCRIPT.test(token[seg.index - 1] ?? '') && NO_SPACE_SCRIPT.test(token[seg.index]);
        emit(start + seg.index, start + seg.index + seg.segment.length, first || cut ? 1 : EXTENDS);
        first = false;
      }
    } else emit(start, start + token.length, word ? 1 : 0);
  }
}

/** Whether a code point belongs to a word (letter, mark or digit). */
export function isWordChar(codePoint: number): boolean {
  return WORD_CHAR.test(String.fromCodePoint(codePoint));
}

/** `text` with everything but word characters removed: "don't" and "dont" read the same. */
export function wordCharsOf(text: string): string {
  return text.replace(NOT_WORD_CHARS, '');
}

/** How many word characters (code points) `text` holds: a passage's size, whatever its spacing and marks. */
export function countWordChars(text: string): number {
  let n = 0;
  for (const _ of wordCharsOf(text)) n++;
  return n;
}

/** A word of a text and where it starts. */
export interface Word {
  readonly text: string;
  readonly index: number;
}

/** The words of `text`, as `tokenize` cuts them. */
export function words(text: string): Word[] {
  const out: { text: string; index: number }[] = [];
  scan(text, (start, end, word) => {
    // Only a word is ever lengthened.
    if (word === EXTENDS) out[out.length - 1].text = text.slice(out[out.length - 1].index, end);
    else if (word === 1) out.push({ text: text.slice(start, end), index: start });
  });
  return out;
}

/** How many words `text` holds. */
export function countWords(text: string): number {
  return words(text).length;
}

/** The text of token `i`. */
export function tokenText(tokens: Tokens, i: number): string {
  return tokens.text.slice(tokens.starts[i], tokens.ends[i]);
}

/**
 * Whether offset `pos` lies between tokens or at a token's edge, so a
 * suggestion may start or end there. Binary search: O(log n).
 */
export function isTokenBoundary(tokens: Tokens, pos: number): boolean {
  const k = partitionPoint(tokens.length, (i) => tokens.ends[i] > pos);
  return k === tokens.length || tokens.starts[k] >= pos;
}
