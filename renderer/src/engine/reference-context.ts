/**
 * Facts about the reference text that classification needs: which words are
 * proper nouns, where sentences start, and which spans are quotations.
 * Built once per comparison in one linear pass.
 */

import { partitionPoint } from './bisect';
import { isMisspelling } from './similarity';
import type { Tokens } from './tokenize';
import { NAME_SUFFIXES } from './unspaced';

export interface ReferenceContext {
  /**
   * Words the reference capitalises where a sentence does not start, and
   * words it only ever writes capitalised that start several sentences
   * (a character's name in fiction: "Agnieszka looked at it.").
   */
  readonly properNouns: ReadonlySet<string>;
  /** Sorted, disjoint [start, end) offsets of quoted passages. */
  readonly quotes: Int32Array;
  /** Every word of the reference, lower-cased: a draft word found here is a real word, not a slip. */
  readonly words: ReadonlySet<string>;
  /** Words the reference writes in lower case somewhere (lower-cased): common words, whatever their capital elsewhere. */
  readonly lowerCase: ReadonlySet<string>;
  /** Words of scripts without spaces that the reference writes directly before a name suffix (大阪 of 大阪府): names. */
  readonly unspacedNames: ReadonlySet<string>;
  /**
   * How many times the draft writes `word`, exactly as given (0 without a
   * draft): a word the draft writes again elsewhere is a word of its
   * writer's language, not a slip of the pen (classify.ts).
   */
  readonly draftWrites: (word: string) => number;
}

const UPPER = /^\p{Lu}/u;

/**
 * Sentences a word never written in lower case must start to count as a
 * proper noun: once could be any word; "The" and "She" are written lower
 * case elsewhere, a name is not.
 */
const NAME_STARTS = 2;

/**
 * The context of the reference `ref`, whose tokens have exact ids `exact`
 * (intern.ts) naming `texts`: what depends only on a word's text is worked
 * out once per distinct word, and only a capitalised word is looked at
 * again where it stands. `draft` and `draftExact`, the draft's tokens and
 * their ids, are counted only if a rule asks how often the draft writes a word.
 */
export function buildReferenceContext(
  ref: Tokens, exact: Int32Array, texts: readonly string[], draft?: Tokens, draftExact?: Int32Array,
): ReferenceContext {
  const properNouns = new Set<string>();
  const words = new Set<string>();
  const lowerCase = new Set<string>();
  const unspacedNames = new Set<string>();
  const NOT_SEEN = 0;
  const LOWER = 1;
  const CAPITAL = 2;
  const SUFFIX = 4;
  const facts = new Uint8Array(texts.length);
  const starts = new Int32Array(texts.length);
  for (let i = 0; i < ref.length; i++) {
    if (!ref.isWord[i]) continue;
    const id = exact[i];
    let f = facts[id];
    if (f === NOT_SEEN) {
      const word = texts[id];
      const lower = word.toLowerCase();
      words.add(lower);
      if (UPPER.test(word)) f = CAPITAL;
      else {
        f = LOWER;
        lowerCase.add(lower);
      }
      if (NAME_SUFFIXES.has(word)) f |= SUFFIX;
      facts[id] = f;
    }
    if (f & SUFFIX && i > 0 && ref.isWord[i - 1] && ref.ends[i - 1] === ref.starts[i]) unspacedNames.add(texts[exact[i - 1]]);
    if (f & CAPITAL) {
      if (!startsSentence(ref.text, ref.starts[i])) properNouns.add(texts[id]);
      else starts[id]++;
    }
  }
  starts.forEach((count, id) => {
    if (count >= NAME_STARTS && !lowerCase.has(texts[id].toLowerCase())) properNouns.add(texts[id]);
  });
  let draftCounts: Map<string, number> | undefined;
  const draftWrites = (word: string): number => {
    draftCounts ??= draft && draftExact ? wordCounts(draft, draftExact, texts) : new Map();
    return draftCounts.get(word) ?? 0;
  };
  return { properNouns, quotes: quoteSpans(ref.text), words, lowerCase, unspacedNames, draftWrites };
}

/** How many times `tokens` (with exact ids `exact` naming `texts`) write each word: counted by id, one map entry per distinct word. */
function wordCounts(tokens: Tokens, exact: Int32Array, texts: readonly string[]): Map<string, number> {
  const byId = new Int32Array(texts.length);
  for (let i = 0; i < tokens.length; i++) if (tokens.isWord[i]) byId[exact[i]]++;
  const counts = new Map<string, number>();
  byId.forEach((n, id) => { if (n > 0) counts.set(texts[id], n); });
  return counts;
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** Characters that end a sentence. */
const SENTENCE_END = new Set(['.', '!', '?', ':', '\u2026', '\u3002', '\uFF01', '\uFF1F', '\n']);
/** Characters that may sit between a sentence end and the next sentence's first word. */
const OPENERS = /[\s"'“‘«(\[\u2014\u2013-]/u;
/** Per UTF-16 code unit: 0 not yet asked, 1 no opener, 2 an opener (OPENERS asked once per character, not per character before every capital of a book). */
const OPENER_BY_CODE = new Uint8Array(0x10000);

function isOpener(code: number): boolean {
  if (OPENER_BY_CODE[code] === 0) OPENER_BY_CODE[code] = OPENERS.test(String.fromCharCode(code)) ? 2 : 1;
  return OPENER_BY_CODE[code] === 2;
}

/** A closing quote or bracket that may follow a sentence's end: " ' ” ’ ) ]. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d;
}

/** A label's word and its colon, as a caption or byline opens with one: "Photo:", "Correspondent:". */
const LABEL = /^\p{L}+:/u;
/** Longest label looked for. */
const LABEL_REACH = 40;

/**
 * Whether offset `pos` (a word's start) is the first word of a sentence or
 * line, or a label opening a bracket ("(Photo: Mo Jingna)"), which is
 * capitalised as a sentence's first word is, not as a name.
 */
export function startsSentence(text: string, pos: number): boolean {
  let p = pos - 1;
  let bracket = false;
  for (let c = 0; p >= 0 && isOpener((c = text.charCodeAt(p))); p--) {
    if (c === NEWLINE) return true;
    bracket ||= c === 0x28 || c === 0x5b; // ( [
  }
  if (p < 0) return true;
  if (bracket && LABEL.test(text.slice(pos, pos + LABEL_REACH))) return true;
  // A closing quote or bracket after the full stop: `said it." Then`.
  while (p > 0 && isCloser(text.charCodeAt(p))) p--;
  return SENTENCE_END.has(text[p]);
}

/**
 * Whether draft word `x` reads as a slip of the pen for reference word `y`:
 * close in spelling, and not itself a word the reference uses ("the" for
 * "take" is another word, however close).
 */
export function isSlipOf(ctx: ReferenceContext, x: string, y: string): boolean {
  return !ctx.words.has(x.toLowerCase()) && isMisspelling(x, y);
}

/**
 * Whether `word` is a proper noun where it stands at `pos` in `text`. At a
 * sentence's start only a word the reference never writes in lower case
 * can be: "Only" opening a sentence is no name because a headline wrote it
 * capitalised, when "only" stands elsewhere.
 */
export function isProperNoun(ctx: ReferenceContext, text: string, pos: number, word: string): boolean {
  if (!UPPER.test(word)) return false;
  return !startsSentence(text, pos) || (ctx.properNouns.has(word) && !ctx.lowerCase.has(word.toLowerCase()));
}

/**
 * Whether `word` at `pos` is a name beyond doubt: capitalised where no
 * sentence starts, and never written in lower case by the reference
 * ("Conservative" in "the Conservative government", but not a capitalised
 * "Traffic" of a headline when "traffic" occurs elsewhere, nor an "Until"
 * that only ever opens sentences).
 */
export function isName(ctx: ReferenceContext, text: string, pos: number, word: string): boolean {
  return UPPER.test(word) && !startsSentence(text, pos) && !ctx.lowerCase.has(word.toLowerCase());
}

/**
 * Quoted passages: a straight double quote toggles, curly ones open and
 * close; a line break ends any open quotation (news paragraphs often leave a
 * quote open when it continues in the next paragraph).
 */
function quoteSpans(text: string): Int32Array {
  const spans: number[] = [];
  let open = -1;
  // By character code: a one-character string per character of a book was a third of this context's cost.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab || (c === QUOTE && open < 0)) {
      if (open < 0) open = i;
    } else if (c === 0x201d || c === 0xbb || c === QUOTE || c === NEWLINE) {
      if (open >= 0) spans.push(open, c === NEWLINE ? i : i + 1);
      open = -1;
    }
  }
  if (open >= 0) spans.push(open, text.length);
  return Int32Array.from(spans);
}

/** Whether [from, to) lies within one quoted passage of the reference. */
export function isQuoted(ctx: ReferenceContext, from: number, to: number): boolean {
  const q = ctx.quotes;
  // The first quotation ending after `from`: the only one that can hold it.
  const k = partitionPoint(q.length / 2, (m) => q[2 * m + 1] > from);
  return k < q.length / 2 && q[2 * k] <= from && to <= q[2 * k + 1];
}
