/**
 * The reference as the injector sees it: whitespace-separated tokens, each
 * split into leading punctuation, a core (first to last letter or digit) and
 * trailing punctuation; sentences and paragraphs as token ranges.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
const OPENING = /^["'“‘(\[]*\p{Lu}/u;
const OPENS_QUOTE = /^["“]/u;
const CLOSES_QUOTE = /["”][.,;:!?…]*$/u;

/** Letters, digits and combining marks: the characters a word is made of. */
export function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

export interface Token {
  readonly index: number;
  /** Offsets into the text. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly lead: string;
  readonly core: string;
  readonly trail: string;
  readonly paragraph: number;
  readonly sentence: number;
}

/**
 * A run of tokens; `first` and `last` are token indices, inclusive. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

export interface Sentence extends TokenRange {
  readonly paragraph: number;
}

export interface Layout {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly TokenRange[];
}

/** Splits a token into punctuation before, the word, punctuation after. */
export function splitToken(text: string): { lead: string; core: string; trail: string } {
  const chars = Array.from(text);
  const first = chars.findIndex(isWordChar);
  if (first < 0) return { lead: text, core: '', trail: '' };
  let last = chars.length - 1;
  while (!isWordChar(chars[last]!)) last--;
  return {
    lead: chars.slice(0, first).join(''),
    core: chars.slice(first, last + 1).join(''),
    trail: chars.slice(last + 1).join(''),
  };
}

/**
 * Sentences end at . ! ? or … before a capital, and at paragraph ends, but
 * never inside a quotation: `"Come down. Please. I'll do it."` is one.
 */
export function layout(text: string): Layout {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: TokenRange[] = [];
  let paragraph = 0;
  let sentenceStart = 0;
  let paragraphStart = 0;
  const closeSentence = (last: number) => {
    sentences.push({ first: sentenceStart, last, paragraph: paragraphs.length });
    sentenceStart = last + 1;
  };
  const pattern = /\S+/g;
  let previousEnd = 0;
  let inQuote = false;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const gap = text.slice(previousEnd, m.index);
    if (tokens.length > 0 && gap.includes('\n')) {
      if (sentenceStart < tokens.length) closeSentence(tokens.length - 1);
      paragraphs.push({ first: paragraphStart, last: tokens.length - 1 });
      paragraphStart = tokens.length;
      paragraph++;
      inQuote = false;
    } else if (tokens.length > 0 && !inQuote && SENTENCE_END.test(tokens[tokens.length - 1]!.text) && OPENING.test(m[0])) {
      closeSentence(tokens.length - 1);
    }
    if (OPENS_QUOTE.test(m[0])) inQuote = true;
    if (CLOSES_QUOTE.test(m[0]) && (m[0].length > 1 || !inQuote)) inQuote = false;
    tokens.push({
      index: tokens.length,
      from: m.index,
      to: m.index + m[0].length,
      text: m[0],
      ...splitToken(m[0]),
      paragraph,
      sentence: sentences.length,
    });
    previousEnd = m.index + m[0].length;
  }
  if (tokens.length > 0) {
    closeSentence(tokens.length - 1);
    paragraphs.push({ first: paragraphStart, last: tokens.length - 1 });
  }
  return { text, tokens, sentences, paragraphs };
}

/** Number of whitespace-separated words. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Restricted Damerau–Levenshtein distance (adjacent transpositions count one). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}
