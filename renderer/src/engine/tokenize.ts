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
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const token = m[0];
    const word = isWordChar(token.codePointAt(0)!);
    if (word && NO_SPACE_SCRIPT.test(token)) {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
      let first = true;
      for (const seg of segmenter.segment(token)) {
        // Cut only between two characters of such scripts: "天安门the" is cut
        // before "the" by the segmenter, but a reader sees no word edge there.
        const cut = NO_SPACE_SCRIPT.test(token[seg.index - 1] ?? '') && NO_SPACE_SCRIPT.test(token[seg.index]);
        if (!first && !cut) {
          ends[ends.length - 1] = start + seg.index + seg.segment.length;
          continue;
        }
        first = false;
        starts.push(start + seg.index);
        ends.push(start + seg.index + seg.segment.length);
        isWord.push(1);
      }
    } else {
      starts.push(start);
      ends.push(start + token.length);
      isWord.push(word ? 1 : 0);
    }
  }
  return {
    text,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    isWord: Uint8Array.from(isWord),
    length: starts.length,
  };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether a code point belongs to a word (letter, mark or digit). */
export function isWordChar(codePoint: number): boolean {
  return WORD_CHAR.test(String.fromCodePoint(codePoint));
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
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid] >= pos) hi = mid - 1;
    else if (tokens.ends[mid] <= pos) lo = mid + 1;
    else return false; // starts < pos < ends
  }
  return true;
}
