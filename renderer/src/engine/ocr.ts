/**
 * How a word reads when a machine, not a typist, got it wrong.
 *
 * OCR misreads a printed word by shapes, not by keys: glyphs that look
 * alike are read for one another ("rn" for "m", "li" for "h", "U" for "ll",
 * "cl" for "d", "1" for "l", "0" for "O", "8" for "S", "tc" for "to"), specks
 * of dirt become stray marks ("r^d", "wa~s"), and a letter is dropped or
 * doubled. `ocrCost` prices an edit of one word into another in those terms:
 * a look-alike or a stray mark is cheap, any other edit costs a whole one.
 * A cost below one edit therefore means "explained by shapes alone".
 */

import type { Hunk } from './hunks';
import { isWordChar, type Tokens } from './tokenize';

/** A look-alike glyph, stray mark or doubled letter: cheap enough that three of them stay below one plain edit. */
const SHAPE_COST = 0.3;
/** Any other insertion, deletion, substitution or swap. */
const EDIT_COST = 1;

/**
 * Glyph sequences OCR reads for one another (lower case; case is compared
 * apart). Single glyphs of similar outline, the classic multi-glyph
 * confusions, and digits read for letters of the same shape.
 */
const LOOK_ALIKES: readonly (readonly [string, string])[] = [
  // letters of one outline
  ['b', 'h'], ['c', 'e'], ['c', 'o'], ['e', 'o'], ['a', 'o'], ['a', 'c'], ['a', 'e'], ['n', 'u'], ['u', 'v'],
  ['e', 's'], ['f', 't'], ['f', 's'], ['i', 'l'], ['i', 'j'], ['l', 't'], ['y', 'v'], ['r', 't'], ['b', 'r'],
  ['b', 's'], ['h', 'k'], ['l', 'b'], ['g', 'q'], ['d', 'l'],
  // several glyphs read as one
  ['rn', 'm'], ['in', 'm'], ['ni', 'm'], ['li', 'h'], ['ll', 'u'], ['ll', 'h'], ['cl', 'd'], ['il', 'd'],
  ['ii', 'n'], ['ri', 'n'], ['vv', 'w'], ['fi', 'h'], ['tl', 'd'],
  // digits for letters (and marks) of the same shape
  ['1', 'l'], ['1', 'i'], ['1', 't'], ['0', 'o'], ['3', 's'], ['5', 's'], ['8', 's'], ['8', 'b'], ['6', 'b'],
  ['9', 'g'], ['9', 'q'], ['4', 'a'], ['2', 'z'], ['7', 't'], ['3i', 'm'], ['1', '!'], ['l', '!'], ['1', "'"],
];

/** For each first code point, the look-alike pairs (draft side, reference side) starting with it. */
const BY_FIRST = new Map<string, [string[], string[]][]>();
for (const [x, y] of LOOK_ALIKES) {
  for (const [a, b] of [[x, y], [y, x]]) {
    const first = Array.from(a)[0];
    const list = BY_FIRST.get(first) ?? [];
    list.push([Array.from(a), Array.from(b)]);
    BY_FIRST.set(first, list);
  }
}

/** Longest word (in code points) priced; beyond it no misreading is assumed. */
const MAX_LENGTH = 64;

/**
 * The cost of reading `reference` as `draft` by OCR (case-insensitive):
 * SHAPE_COST per look-alike glyph, stray mark (a character that is neither
 * letter nor digit) or doubled letter, EDIT_COST per other edit. Returns
 * Infinity as soon as the cost is known to exceed `max`, and for words
 * longer than MAX_LENGTH.
 */
export function ocrCost(draft: string, reference: string, max = Infinity): number {
  const a = codePoints(draft.toLowerCase());
  const b = codePoints(reference.toLowerCase());
  const n = a.length;
  const m = b.length;
  if (n > MAX_LENGTH || m > MAX_LENGTH) return Infinity;
  // Every edit changes the length by at most one glyph, and none costs less than SHAPE_COST.
  if (Math.abs(n - m) * SHAPE_COST > max) return Infinity;
  const w = m + 1;
  // One table reused by every call (words are at most MAX_LENGTH long): this runs once per changed word.
  const cost = COST.fill(Infinity, 0, (n + 1) * w);
  cost[0] = 0;
  const dropB = DROP_B;
  for (let j = 0; j < m; j++) dropB[j] = dropCost(b, j);
  // Edits only move forward (to row i, i + 1 or i + 2), so rows are settled in order.
  let previousMin = Infinity;
  for (let i = 0; i <= n; i++) {
    let rowMin = Infinity;
    const dropI = i < n ? dropCost(a, i) : EDIT_COST;
    // Looked up once per row, not per cell: this loop runs for every changed word.
    const alikes = i < n ? BY_FIRST.get(a[i]) : undefined;
    for (let j = 0; j <= m; j++) {
      const here = cost[i * w + j];
      if (here === Infinity) continue;
      if (here < rowMin) rowMin = here;
      const k = i * w + j;
      if (j < m) relax(cost, k + 1, here + dropB[j]);
      if (i < n) {
        relax(cost, k + w, here + dropI);
        if (j < m) relax(cost, k + w + 1, here + (a[i] === b[j] ? 0 : EDIT_COST));
        if (i + 1 < n && j + 1 < m && a[i] === b[j + 1] && a[i + 1] === b[j]) relax(cost, k + 2 * w + 2, here + EDIT_COST);
        if (alikes) {
          // Indexed, not `for (const [x, y] of …)`: destructuring here made an iterator per cell: 30 MB of the 550 MB a million words allocated.
          for (let p = 0; p < alikes.length; p++) {
            const x = alikes[p][0];
            const y = alikes[p][1];
            if (startsWith(a, i, x) && startsWith(b, j, y)) relax(cost, (i + x.length) * w + j + y.length, here + SHAPE_COST);
          }
        }
      }
    }
    // What is left is reached from rows i - 1 (a two-glyph look-alike) and i, never more cheaply.
    if (rowMin > max && previousMin > max) return Infinity;
    previousMin = rowMin;
  }
  const total = cost[n * w + m];
  return total > max ? Infinity : total;
}

/** The cost table of `ocrCost`, big enough for two words of MAX_LENGTH. */
const COST = new Float64Array((MAX_LENGTH + 1) * (MAX_LENGTH + 1));
/** What dropping each reference glyph costs, reused likewise. */
const DROP_B = new Float64Array(MAX_LENGTH);

/** The code points of `text`; the string itself when it has no surrogate pair (indexing it then gives each one). */
function codePoints(text: string): ArrayLike<string> {
  return /[\uD800-\uDFFF]/.test(text) ? Array.from(text) : text;
}

function relax(cost: Float64Array, k: number, value: number): void {
  if (value < cost[k]) cost[k] = value;
}

/** Cost of a character of `s` at `i` that the other side lacks: a stray mark or a doubled letter is cheap. */
function dropCost(s: ArrayLike<string>, i: number): number {
  const c = s[i];
  if (!isWordChar(c.codePointAt(0)!)) return SHAPE_COST;
  return s[i - 1] === c || s[i + 1] === c ? SHAPE_COST : EDIT_COST;
}

function startsWith(s: ArrayLike<string>, i: number, part: readonly string[]): boolean {
  if (i + part.length > s.length) return false;
  for (let k = 0; k < part.length; k++) if (s[i + k] !== part[k]) return false;
  return true;
}

/**
 * Whether `draft` reads as `reference` misread by shapes alone: look-alike
 * glyphs, stray marks and doubled letters, and no other edit.
 */
export function isShapeMisreading(draft: string, reference: string): boolean {
  // By draft word, then reference word: a key made of both was a new string to flatten and hash per question.
  let byReference = shapeAnswers.get(draft);
  let answer = byReference?.get(reference);
  if (answer === undefined) {
    if (shapeAnswersCount >= SHAPE_ANSWERS_MAX) {
      shapeAnswers.clear();
      shapeAnswersCount = 0;
      byReference = undefined;
    }
    if (!byReference) shapeAnswers.set(draft, (byReference = new Map()));
    answer = ocrCost(draft, reference, EDIT_COST) < EDIT_COST;
    byReference.set(reference, answer);
    shapeAnswersCount++;
  }
  return answer;
}

/**
 * Pairs isShapeMisreading has priced: each changed word is asked about when
 * the draft is judged (isMachineRead) and again when its hunk is classified
 * (on a million words, 11,073 of 18,067 questions were repeats). Emptied
 * when full, so it stays small.
 */
const shapeAnswers = new Map<string, Map<string, boolean>>();
let shapeAnswersCount = 0;
const SHAPE_ANSWERS_MAX = 1 << 16;

/** Fewest letters of a word that may take a plain edit as well as its look-alikes: a shorter one is too easily another word. */
const PLAIN_EDIT_LETTERS = 4;

/**
 * The cost a garbled word of `letters` letters may reach. OCR garbles
 * harder than a typist slips, but a word with more than a quarter of its
 * letters wrong is another word, and a word of three letters or fewer may
 * only be misread by shape ("in" for "on" is another word). In a draft known
 * to be read by machine (`isMachineRead`), garbling is the rule: a short
 * word may take one plain edit ("ns" for "as"), a longer one a third.
 */
export function ocrBudget(letters: number, machineRead = false): number {
  if (machineRead) return Math.max(EDIT_COST, letters / 3);
  return letters < PLAIN_EDIT_LETTERS ? EDIT_COST - SHAPE_COST : Math.max(EDIT_COST, letters / 4);
}

/**
 * Fewest misreadings by shape, and fewest per draft word, that show a draft
 * was read by a machine: OCR pages have one every 40 to 200 words ("tho" for
 * "the", "aU" for "all"); typed, translated and paraphrased drafts have
 * almost none, since a typist's slip is a keyboard's, not a glyph's.
 */
const MACHINE_READ_MIN = 4;
const MACHINE_READ_SHARE = 1 / 250;

const WHOLE_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

/**
 * Whether `x` differs from `y` as a typist's hand, not a scanner's eye, makes
 * it: a doubled key ("thee"), or two letters swapped ("abraod", which two
 * look-alike substitutions would also explain).
 */
function isKeySlip(x: string, y: string): boolean {
  const undoubled = (w: string): string => w.toLowerCase().replace(/(.)\1+/gu, '$1');
  const letters = (w: string): string => Array.from(w.toLowerCase()).sort().join('');
  return undoubled(x) === undoubled(y) || letters(x) === letters(y);
}

/**
 * Whether the draft reads as OCR output: enough of its one-word hunks are
 * misreadings by look-alike glyphs. The classifier then reads
 * every garbled stretch as a misreading (ocr-kinds in classify.ts).
 */
export function isMachineRead(draft: Tokens, reference: string, hunks: readonly Hunk[]): boolean {
  let words = 0;
  for (let i = 0; i < draft.length; i++) words += draft.isWord[i];
  const needed = Math.max(MACHINE_READ_MIN, words * MACHINE_READ_SHARE);
  let seen = 0;
  for (const h of hunks) {
    const x = draft.text.slice(h.from, h.to);
    const y = reference.slice(h.refFrom, h.refTo);
    if (!WHOLE_WORD.test(x) || !WHOLE_WORD.test(y) || x.toLowerCase() === y.toLowerCase()) continue;
    if (isShapeMisreading(x, y) && !isKeySlip(x, y) && ++seen >= needed) return true;
  }
  return false;
}
