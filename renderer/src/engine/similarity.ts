/**
 * String similarity for telling a misspelling from a different word.
 * All functions work on code points, so an accent or an emoji counts as one
 * character. Edit distance and Jaro–Winkler are quadratic in the worst case,
 * so the word tests refuse tokens longer than MAX_WORD_LENGTH: no typist
 * misspells a "word" of hundreds of letters, and comparing two would cost
 * seconds.
 */

/** Longest token (in code points) tested for a slip. */
const MAX_WORD_LENGTH = 64;

/**
 * Optimal-string-alignment (restricted Damerau–Levenshtein) distance:
 * insertions, deletions, substitutions and adjacent transpositions.
 * Returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(x: string, y: string, max = Infinity): number {
  const a = Array.from(x);
  const b = Array.from(y);
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

/** Jaro–Winkler similarity in [0, 1] (1 = equal), prefix scale 0.1 up to 4 characters. */
export function jaroWinkler(x: string, y: string): number {
  const a = Array.from(x);
  const b = Array.from(y);
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, (Math.max(a.length, b.length) >> 1) - 1);
  const usedB = new Uint8Array(b.length);
  const matchedA: string[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (!usedB[j] && a[i] === b[j]) {
        usedB[j] = 1;
        matchedA.push(a[i]);
        break;
      }
    }
  }
  const m = matchedA.length;
  if (m === 0) return 0;
  let k = 0;
  let halfTranspositions = 0;
  for (let j = 0; j < b.length; j++) if (usedB[j]) if (b[j] !== matchedA[k++]) halfTranspositions++;
  const jaro = (m / a.length + m / b.length + (m - halfTranspositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Whether `draft` reads as a misspelling of `reference` (case-insensitive).
 * Typists and OCR keep the first letter far more often than not, so a slip
 * that keeps it may take two edits (a doubled key and a dropped one:
 * "thxgt" for "that"); one that changes it may take only one. Two edits
 * turn too many short words into one another ("they" / "that"), so they
 * need a word of TWO_EDIT_LETTERS or more. Words of one or two letters have
 * too few letters to tell a slip from another word. Dropped or changed
 * accents alone are always a slip (see `baseLetters`).
 */
export function isMisspelling(draft: string, reference: string): boolean {
  const x = draft.toLowerCase();
  const y = reference.toLowerCase();
  if (x === y) return true;
  if (x.length > 2 * MAX_WORD_LENGTH || y.length > 2 * MAX_WORD_LENGTH) return false;
  // Two ASCII words have no accents to drop (and are not equal): most word pairs skip the normalisation.
  if (!(ASCII.test(x) && ASCII.test(y)) && baseLetters(x) === baseLetters(y)) return true;
  const lengthX = Array.from(x).length;
  const lengthY = Array.from(y).length;
  const shorter = Math.min(lengthX, lengthY);
  const longer = Math.max(lengthX, lengthY);
  if (shorter < 2 || longer < 3 || longer > MAX_WORD_LENGTH) return false;
  const budget = x.codePointAt(0) === y.codePointAt(0) && longer >= TWO_EDIT_LETTERS ? SAME_INITIAL_EDITS : OTHER_INITIAL_EDITS;
  return editDistance(x, y, budget) <= Math.min(budget, shorter - 1);
}

/**
 * Letters without their accents: "Zoë" for "Zoe", "Łódź" for "Lodz". A
 * keyboard without the accent drops every one of them, so a word that differs
 * only there is one slip however many letters carry one. NFD splits most
 * accented letters into base and mark; the few with the stroke built in
 * (ł, ø, đ, ħ) are mapped by hand.
 */
export function baseLetters(word: string): string {
  return word.normalize('NFD').replace(COMBINING_MARK, '').replace(STROKED, (c) => STROKED_BASE[c] ?? c);
}

const ASCII = /^[\x00-\x7F]*$/;
const COMBINING_MARK = /\p{M}+/gu;
const STROKED = /[łøđħŧ]/g;
const STROKED_BASE: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ŧ': 't' };

/** Edits a slip keeping the first letter may need. */
const SAME_INITIAL_EDITS = 2;
/** Edits a slip changing the first letter may need. */
const OTHER_INITIAL_EDITS = 1;
/** Fewest letters (of the longer word) for a slip of two edits. */
const TWO_EDIT_LETTERS = 5;

/**
 * Looser test for proper nouns, which OCR and retyping mangle harder
 * ("Stmper" for "Starmer" is three edits): same first letter and a high
 * Jaro–Winkler similarity or at most three edits, or a plain misspelling.
 */
export function isMangledName(draft: string, reference: string): boolean {
  if (isMisspelling(draft, reference)) return true;
  if (Array.from(draft).length > MAX_WORD_LENGTH || Array.from(reference).length > MAX_WORD_LENGTH) return false;
  const x = draft.toLowerCase();
  const y = reference.toLowerCase();
  if (x.codePointAt(0) !== y.codePointAt(0)) return false;
  return jaroWinkler(x, y) >= NAME_SIMILARITY || editDistance(x, y, NAME_EDITS) <= Math.min(NAME_EDITS, Array.from(y).length >> 1);
}

/** Jaro–Winkler above which a same-initial token is a mangled name (Stmper/Starmer: 0.80). */
const NAME_SIMILARITY = 0.78;
/** Edits a mangled name may need, at most half its length. */
const NAME_EDITS = 3;
