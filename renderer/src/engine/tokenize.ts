/**
 * Splitting a text into the units the engine compares: words and
 * punctuation marks. Whitespace is not a token; it is whatever lies between
 * one token's end and the next token's start.
 *
 * Contract: tokens are sorted, do not overlap, never split a surrogate pair,
 * a combining sequence or an emoji sequence, and a word token never starts or
 * ends inside what a reader would call a word. Scripts written without spaces
 * (Chinese, Japanese, Thai, ...) are cut into words by `Intl.Segmenter`, and
 * apart from digits and Latin letters beside them ("約|1300|万人").
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
 * ("20,000", "3.5", a time "4:30"), so that none is ever cut in two.
 * Anything else that is not whitespace is one mark: a code point with its
 * combining marks, variation selectors, skin tones and ZWJ-joined followers,
 * or a regional-indicator pair (a flag). Exported as the definition `scan`'s
 * fast path must agree with (a property test checks it).
 */
export const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:(?:['\u2019\u02BC](?=[\p{L}\p{M}])|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*|\p{RI}\p{RI}|[^\s\p{L}\p{N}](?:[\p{M}\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D[^\s])*/gu;

/** Scripts whose words are not separated by spaces. */
export const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | undefined;

/** Cuts `text` into tokens. Linear in its length. */
export function tokenize(text: string): Tokens {
  const out = new TokenList(text.length);
  scan(text, out);
  return { text, starts: out.starts.subarray(0, out.length), ends: out.ends.subarray(0, out.length), isWord: out.isWord.subarray(0, out.length), length: out.length };
}

/** Where `scan` puts the tokens it finds, in order; EXTENDS lengthens the last one to `end`. */
interface Sink {
  push(start: number, end: number, word: 0 | 1 | typeof EXTENDS): void;
}

/** Tokens as `scan` finds them, in typed arrays grown by doubling. */
class TokenList implements Sink {
  starts: Int32Array;
  ends: Int32Array;
  isWord: Uint8Array;
  length = 0;

  constructor(textLength: number) {
    // About one token per six characters in spaced text; grown when denser.
    const capacity = (textLength >> 2) + 16;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.isWord = new Uint8Array(capacity);
  }

  push(start: number, end: number, word: 0 | 1 | typeof EXTENDS): void {
    if (word === EXTENDS) {
      this.ends[this.length - 1] = end;
      return;
    }
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.isWord[this.length++] = word;
  }

  private grow(): void {
    const bigger = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.starts = bigger(this.starts, (n) => new Int32Array(n));
    this.ends = bigger(this.ends, (n) => new Int32Array(n));
    this.isWord = bigger(this.isWord, (n) => new Uint8Array(n));
  }
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

/** What an ASCII character is to the tokenizer (index: char code). */
const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const MARK = 3;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) =>
  /\s/.test(String.fromCharCode(c)) ? SPACE : /[A-Za-z]/.test(String.fromCharCode(c)) ? LETTER : /\d/.test(String.fromCharCode(c)) ? DIGIT : MARK,
);
const APOSTROPHE = 39;
/** `.` `,` `:` between digits: "3.5", "20,000", "4:30". */
const isDigitJoiner = (c: number): boolean => c === 46 || c === 44 || c === 58;

/**
 * Pushes the tokens of `text` onto `out` in order. Plain ASCII tokens (most
 * of any text in a Latin script) are cut by a loop over char codes, which is
 * what TOKEN says for them; a token holding, or possibly followed by, any
 * other character is cut by TOKEN itself, from its start.
 */
function scan(text: string, out: Sink): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const cls = ASCII_CLASS[c];
      if (cls === SPACE) {
        i++;
        continue;
      }
      if (cls === MARK) {
        // A mark alone, unless a combining mark, selector or joiner may follow it.
        if (i + 1 === n || text.charCodeAt(i + 1) < 128) {
          out.push(i, ++i, 0);
          continue;
        }
      } else {
        const end = asciiWordEnd(text, i);
        if (end > 0) {
          out.push(i, end, 1);
          i = end;
          continue;
        }
      }
    }
    i = scanSlow(text, i, out);
  }
}

/** Where the word starting at `i` ends if it is plain ASCII to its end; -1 when TOKEN must decide. */
function asciiWordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  for (;;) {
    let c = 0;
    while (j < n && (c = text.charCodeAt(j)) < 128 && ASCII_CLASS[c] >= LETTER && ASCII_CLASS[c] <= DIGIT) j++;
    if (j === n) return j;
    if (c >= 128) return -1;
    const joiner = c === APOSTROPHE || (isDigitJoiner(c) && ASCII_CLASS[text.charCodeAt(j - 1)] === DIGIT);
    if (!joiner) return j;
    const next = j + 1 < n ? text.charCodeAt(j + 1) : 32;
    if (next >= 128) return -1;
    const joins = c === APOSTROPHE ? ASCII_CLASS[next] === LETTER : ASCII_CLASS[next] === DIGIT;
    if (!joins) return j;
    j += 2;
  }
}

/** Cuts the token at or after `i` with TOKEN (and a run of an unspaced script with the segmenter); returns its end. */
function scanSlow(text: string, i: number, out: Sink): number {
  TOKEN.lastIndex = i;
  const m = TOKEN.exec(text);
  if (!m) return text.length;
  const start = m.index;
  const token = m[0];
  const word = isWordChar(token.codePointAt(0)!);
  if (word && NO_SPACE_SCRIPT.test(token)) {
    let first = true;
    for (const seg of segmentBounded(token)) {
      // Cut where a character of such a script meets another word
      // character ("超过|1200|万", "用|iPhone|拍照": a reader of Chinese sees
      // the edge, and a line break beside the number must not change how
      // it is cut), but not inside a run of other characters that TOKEN
      // keeps whole ("4:30", "rock'n'roll").
      const cut = isUnspacedAt(token, seg.index) || isUnspacedAt(token, previousCodePoint(token, seg.index));
      out.push(start + seg.index, start + seg.index + seg.segment.length, first || cut ? 1 : EXTENDS);
      first = false;
    }
  } else out.push(start, start + token.length, word ? 1 : 0);
  return start + token.length;
}

/** Whether the code point at `i` of `text` belongs to a script written without spaces. */
function isUnspacedAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && NO_SPACE_SCRIPT.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Where the code point before offset `i` starts (a surrogate pair is one: CJK extension B is in the astral planes). */
function previousCodePoint(text: string, i: number): number {
  return i >= 2 && /[\uDC00-\uDFFF]/.test(text[i - 1]) && /[\uD800-\uDBFF]/.test(text[i - 2]) ? i - 2 : i - 1;
}

/** Whether a code point belongs to a word (letter, mark or digit). */
export function isWordChar(codePoint: number): boolean {
  // ASCII by table, not a regular expression: this runs for each letter of every changed word (ocr.ts).
  if (codePoint < 128) return ASCII_CLASS[codePoint] === LETTER || ASCII_CLASS[codePoint] === DIGIT;
  return WORD_CHAR.test(String.fromCodePoint(codePoint));
}

/** `text` with everything but word characters removed: "don't" and "dont" read the same. */
export function wordCharsOf(text: string): string {
  return text.replace(NOT_WORD_CHARS, '');
}

/** How many word characters (code points) `text` holds: a passage's size, whatever its spacing and marks. */
export function countWordChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const cls = ASCII_CLASS[c];
      if (cls === LETTER || cls === DIGIT) n++;
    } else if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) {
      // The second half of a surrogate pair: counted with the first.
    } else if (isWordChar(text.codePointAt(i)!)) n++;
  }
  return n;
}

/** A word of a text and where it starts. */
export interface Word {
  readonly text: string;
  readonly index: number;
}

/** The words of `text`, as `tokenize` cuts them. */
export function words(text: string): Word[] {
  // Small texts (a hunk, a passage) are scanned straight into the list: no typed arrays to allocate.
  const out: { text: string; index: number }[] = [];
  scan(text, {
    push(start, end, word) {
      // Only a word is ever lengthened.
      if (word === EXTENDS) out[out.length - 1].text = text.slice(out[out.length - 1].index, end);
      else if (word === 1) out.push({ text: text.slice(start, end), index: start });
    },
  });
  return out;
}

/** How many words `text` holds. */
export function countWords(text: string): number {
  let n = 0;
  scan(text, {
    push(_start, _end, word) {
      if (word === 1) n++;
    },
  });
  return n;
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
