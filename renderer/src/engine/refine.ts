/**
 * Splitting a hunk where a draft word is a slip for a reference word.
 *
 * Inside a hunk no token matched exactly, but some may be near misses of the
 * reference's: a slip of the pen ("Keer is" for "Keir has"), another quote
 * style or capitalisation ("Macron’s “" for "Macron's \""). Pairing the hunk's tokens by
 * similarity (an LCS where "similar" counts as equal) and cutting the hunk at
 * each pair gives one tight suggestion per slip, with the wording change
 * beside it as its own suggestion. Different words stay together: a reworded
 * phrase reads as one suggestion.
 */

import { partitionPoint } from './bisect';
import { trimmedHunk, type Hunk } from './hunks';
import { isProperNoun, isSlipOf, type ReferenceContext } from './reference-context';
import { isMangledName } from './similarity';
import { ALL_SPACE } from './spacing';
import { tokenText, WORD_CHAR, wordCharsOf, type Tokens } from './tokenize';
import { foldMarks } from './typography';

/** Largest hunk (draft words × reference words) searched for slips; beyond it the hunk is a rewrite. */
const MAX_REFINE_CELLS = 2_500;

export function splitAtSlips(draft: Tokens, ref: Tokens, hunk: Hunk, ctx: ReferenceContext): Hunk[] {
  const dw = tokensIn(draft, hunk.from, hunk.to);
  const rw = tokensIn(ref, hunk.refFrom, hunk.refTo);
  if (dw.length === 0 || rw.length === 0 || (dw.length === 1 && rw.length === 1)) return [hunk];
  if (dw.length * rw.length > MAX_REFINE_CELLS) return [hunk];
  if (regrouped(draft, dw, ref, rw)) return [hunk];
  const similar = (i: number, j: number): boolean => isSlip(draft, dw[i], ref, rw[j], ctx);
  const pairs = similarPairs(dw.length, rw.length, similar);
  if (pairs.length === 0) return [hunk];
  const out: Hunk[] = [];
  let dPos = hunk.from;
  let rPos = hunk.refFrom;
  const push = (h: Hunk | null) => { if (h) out.push(h); };
  for (const [i, j] of pairs) {
    const dStart = draft.starts[dw[i]];
    const rStart = ref.starts[rw[j]];
    push(trimmedHunk(draft, ref, dPos, dStart, rPos, rStart));
    dPos = draft.ends[dw[i]];
    rPos = ref.ends[rw[j]];
    push(trimmedHunk(draft, ref, dStart, dPos, rStart, rPos));
  }
  push(trimmedHunk(draft, ref, dPos, hunk.to, rPos, hunk.refTo));
  return besideSlips(draft.text, ref.text, out);
}

/**
 * `pieces` with each word dropped or added between slips reaching across the
 * space both texts share to the slips beside it, so that it joins them
 * (join.ts): trimming puts that space on one side or the other depending
 * on the whitespace around it, and a line break nearby ("เช่น\nชช่น เละ"
 * against "เช่น\nเช่น และ") would otherwise decide whether "ชช่น เละ" → "และ"
 * is one fix or two.
 */
function besideSlips(d: string, r: string, pieces: Hunk[]): Hunk[] {
  // Words only: a mark added at a line's end ("repre" + "-") belongs to the word before it, not to the slip after the break.
  const wordAddedOrDropped = (h: Hunk): boolean =>
    (h.from === h.to) !== (h.refFrom === h.refTo) && WORD_CHAR.test(h.from === h.to ? r.slice(h.refFrom, h.refTo) : d.slice(h.from, h.to));
  const sharedSpace = (a: Hunk, b: Hunk): boolean => {
    const between = d.slice(a.to, b.from);
    return between === r.slice(a.refTo, b.refFrom) && ALL_SPACE.test(between);
  };
  const out = pieces.slice();
  for (let k = 0; k < out.length; k++) {
    if (!wordAddedOrDropped(out[k])) continue;
    if (k > 0 && sharedSpace(out[k - 1], out[k])) out[k] = { ...out[k], from: out[k - 1].to, refFrom: out[k - 1].refTo };
    if (k + 1 < out.length && sharedSpace(out[k], out[k + 1])) out[k] = { ...out[k], to: out[k + 1].from, refTo: out[k + 1].refFrom };
  }
  return out;
}

/**
 * Whether both sides hold the same letters cut into words differently
 * ("UK" for "U.K.", "every day" for "everyday", "Luke s" for "Luke's"): one change of punctuation
 * or spacing, which pairing "UK" with "U" as a slip would tear in two.
 */
function regrouped(draft: Tokens, dw: readonly number[], ref: Tokens, rw: readonly number[]): boolean {
  const letters = (tokens: Tokens, list: readonly number[]): string[] =>
    list.filter((i) => tokens.isWord[i]).map((i) => tokenText(tokens, i));
  const x = letters(draft, dw);
  const y = letters(ref, rw);
  return x.length !== y.length && wordCharsOf(x.join('')) === wordCharsOf(y.join(''));
}

/** Indices of the tokens lying within [from, to). */
function tokensIn(tokens: Tokens, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = partitionPoint(tokens.length, (k) => tokens.starts[k] >= from); i < tokens.length && tokens.ends[i] <= to; i++) out.push(i);
  return out;
}

/** Whether draft token `i` reads as a slip for reference token `j`. */
function isSlip(draft: Tokens, i: number, ref: Tokens, j: number, ctx: ReferenceContext): boolean {
  const x = tokenText(draft, i);
  const y = tokenText(ref, j);
  if (foldMarks(x).toLowerCase() === foldMarks(y).toLowerCase()) return true;
  if (!draft.isWord[i] || !ref.isWord[j]) return false;
  if (/\p{N}/u.test(x) || /\p{N}/u.test(y)) return false; // numbers and their units read as one
  if (isSlipOf(ctx, x, y)) return true;
  return isProperNoun(ctx, ref.text, ref.starts[j], y) && isMangledName(x, y);
}

/** LCS of the two word lists under `similar`, as increasing index pairs. */
function similarPairs(n: number, m: number, similar: (i: number, j: number) => boolean): [number, number][] {
  const w = m + 1;
  const len = new Int32Array((n + 1) * w);
  const sim = new Uint8Array(n * m);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const k = i * w + j;
      sim[i * m + j] = similar(i, j) ? 1 : 0;
      len[k] = sim[i * m + j] ? len[k + w + 1] + 1 : Math.max(len[k + w], len[k + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const k = i * w + j;
    if (sim[i * m + j] && len[k] === len[k + w + 1] + 1) pairs.push([i++, j++]);
    else if (len[k + 1] >= len[k + w]) j++;
    else i++;
  }
  return pairs;
}
