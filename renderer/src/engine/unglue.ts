/**
 * A replacement or removal and an insertion that touch ("River … river." removed, "It"
 * added right after it) give the reference whichever side of the space
 * between them the insertion sits, but accepted alone the insertion must
 * not stick to the word the removal would have taken away ("river.It").
 * Where the replacement's wording ends (or starts) with a space, the
 * insertion carries it instead. Else, where the space between them (else
 * the space before them) is unchanged
 * text, the removal takes it in and the insertion carries it, on the side
 * that keeps the words apart. A removal touching a replacement that drops
 * the space between them ("… half." removed, " the firms that Of" → "Of the
 * firms that") takes that space in: accepted alone, the replacement would
 * glue its first word to the one the removal would have taken away.
 */

import type { Hunk } from './hunks';
import type { Swappable } from './swaps';

const SPACE = /\s/u;

/** `items` (in draft order) with each touching removal and insertion moved apart from the words they would glue. */
export function unglue<T extends Swappable>(draft: string, reference: string, items: readonly T[]): T[] {
  const out = [...items];
  for (let k = 0; k + 1 < out.length; k++) {
    const x = out[k].hunk;
    const y = out[k + 1].hunk;
    if (x.to !== y.from || x.from === x.to) continue;
    const after = out[k + 2]?.hunk.from ?? draft.length;
    if (isInsertion(y) && y.refFrom < y.refTo && x.refTo === y.refFrom && !SPACE.test(reference[y.refFrom]) && /\S/u.test(draft[x.to - 1])) {
      // "aexious" → "Sick days dropped by ", then "about …" added: the space the replacement ends with goes to the insertion.
      let n = 0;
      while (x.refTo - n - 1 >= x.refFrom && SPACE.test(reference[x.refTo - n - 1])) n++;
      if (n > 0) {
        out[k] = { ...out[k], hunk: { ...x, refTo: x.refTo - n } };
        out[k + 1] = { ...out[k + 1], hunk: { ...y, refFrom: y.refFrom - n } };
        continue;
      }
    }
    if (isRemoval(x) && isInsertion(y) && y.refFrom < y.refTo) {
      // "…river." removed, then "It" added: the space after the removal goes into both.
      if (SPACE.test(reference[y.refFrom]) || !/\S/u.test(draft[x.to - 1] ?? '')) continue;
      const k0 = spaceRun(draft, reference, x.to, y.refTo, after);
      if (k0 > 0) {
        out[k] = { ...out[k], hunk: { ...x, to: x.to + k0 } };
        out[k + 1] = { ...out[k + 1], hunk: { from: y.from + k0, to: y.from + k0, refFrom: y.refFrom, refTo: y.refTo + k0 } };
        continue;
      }
      // No space after them (the text's end): the space before the removal goes into both, the insertion first.
      const before = out[k - 1]?.hunk.to ?? 0;
      let n = 0;
      while (x.from - n - 1 >= before && y.refFrom - n - 1 >= 0 && SPACE.test(draft[x.from - n - 1]) && draft[x.from - n - 1] === reference[y.refFrom - n - 1]) n++;
      if (n === 0) continue;
      const insertion = { ...out[k + 1], hunk: { from: x.from - n, to: x.from - n, refFrom: y.refFrom - n, refTo: y.refTo } };
      out[k + 1] = { ...out[k], hunk: { ...x, from: x.from - n } };
      out[k] = insertion;
      k++;
    }
  }
  for (let k = out.length - 1; k > 0; k--) {
    const x = out[k - 1].hunk;
    const y = out[k].hunk;
    if (isInsertion(x) && x.from === y.from && y.from < y.to && x.refFrom < x.refTo && x.refTo === y.refFrom && !SPACE.test(reference[x.refTo - 1]) && /\S/u.test(draft[y.from])) {
      // An insertion before a replacement whose wording starts with a space: the space goes to the insertion.
      let n = 0;
      while (y.refFrom + n < y.refTo && SPACE.test(reference[y.refFrom + n])) n++;
      if (n > 0) {
        out[k - 1] = { ...out[k - 1], hunk: { ...x, refTo: x.refTo + n } };
        out[k] = { ...out[k], hunk: { ...y, refFrom: y.refFrom + n } };
        continue;
      }
    }
    if (!(isInsertion(x) && isRemoval(y) && x.from === y.from && x.refFrom < x.refTo)) continue;
    // "It" added, then "River … river." removed: the space before them goes into both.
    if (SPACE.test(reference[x.refTo - 1]) || !/\S/u.test(draft[y.from] ?? '')) continue;
    const before = out[k - 2]?.hunk.to ?? 0;
    let n = 0;
    while (y.from - n - 1 >= before && x.refFrom - n - 1 >= 0 && SPACE.test(draft[y.from - n - 1]) && draft[y.from - n - 1] === reference[x.refFrom - n - 1]) n++;
    if (n > 0) {
      out[k - 1] = { ...out[k - 1], hunk: { from: x.from - n, to: x.from - n, refFrom: x.refFrom - n, refTo: x.refTo } };
      out[k] = { ...out[k], hunk: { ...y, from: y.from - n } };
      continue;
    }
    // No space before them (the text's start): the space after the removal goes into both, the removal first.
    const m = spaceRun(draft, reference, y.to, x.refTo, out[k + 1]?.hunk.from ?? draft.length);
    if (m === 0) continue;
    const removal = { ...out[k], hunk: { ...y, to: y.to + m } };
    out[k] = { ...out[k - 1], hunk: { from: y.to + m, to: y.to + m, refFrom: x.refFrom, refTo: x.refTo + m } };
    out[k - 1] = removal;
  }
  for (let k = 0; k + 1 < out.length; k++) {
    const x = out[k].hunk;
    const y = out[k + 1].hunk;
    const shift = x.to === y.from ? seamSpace(draft, reference, x, y) : 0;
    if (shift !== 0) {
      out[k] = { ...out[k], hunk: { ...x, to: x.to + shift } };
      out[k + 1] = { ...out[k + 1], hunk: { ...y, from: y.from + shift } };
    }
  }
  return out;
}

function isReplacement(h: Hunk): boolean {
  return h.from < h.to && h.refFrom < h.refTo;
}

function isRemoval(h: Hunk): boolean {
  return h.refFrom === h.refTo && h.from < h.to;
}

function isInsertion(h: Hunk): boolean {
  return h.from === h.to;
}

/**
 * How far the seam between touching `x` and `y` moves so that a removal
 * on one side takes the space a replacement on the other side drops there
 * (to the right when the removal comes first, to the left when it comes
 * second; 0 when neither): "… half." removed, then " the firms that Of" →
 * "Of the firms that"; "suitcase. " → "his hand on his heart", then
 * "no children, …" removed. Accepted alone, the replacement would glue its
 * word to the one the removal would have taken away.
 */
function seamSpace(draft: string, reference: string, x: Hunk, y: Hunk): number {
  let n = 0;
  if (isRemoval(x) && isReplacement(y) && /\S/u.test(draft[x.to - 1]) && !SPACE.test(reference[y.refFrom])) {
    while (y.from + n < y.to - 1 && SPACE.test(draft[y.from + n])) n++;
    return n;
  }
  if (isReplacement(x) && isRemoval(y) && /\S/u.test(draft[y.from]) && !SPACE.test(reference[x.refTo - 1])) {
    while (x.to - n - 1 > x.from && SPACE.test(draft[x.to - n - 1])) n++;
    return -n;
  }
  return 0;
}

/** Length of the whitespace at draft `pos` that the reference has at `refPos` too, stopping before `limit`. */
function spaceRun(draft: string, reference: string, pos: number, refPos: number, limit: number): number {
  let n = 0;
  while (pos + n < limit && SPACE.test(draft[pos + n]) && draft[pos + n] === reference[refPos + n]) n++;
  return n;
}
