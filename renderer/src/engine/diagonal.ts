/**
 * Following a stretch of text that two sequences share, past slips.
 *
 * From a pair of matching positions, the two texts are walked side by side
 * (along one diagonal of the comparison grid) as long as tokens match; at a
 * mismatch the walk steps over a slip of up to SLIP_TOKENS tokens on each
 * side (a changed word, a short phrase missing or added) provided two
 * tokens in a row match after it. A passage copied with a few errors is thus
 * one stretch, while two unrelated passages part at their first difference.
 */

/** Tokens a slip may span on either side. */
export const SLIP_TOKENS = 3;

export interface Stretch {
  /** Token pairs matched along the way. */
  readonly matched: number;
  /** Just past the last matched pair, in the direction of travel (its index when walking backwards). */
  readonly reach: number;
  readonly refReach: number;
}

/**
 * Walks from pair (i, j), the first to look at, in direction `dir`.
 * `same(x, y)` says whether two tokens match; `inside(x, y)` whether the walk
 * may look at that pair at all. Stops at a slip it cannot step over, or
 * after `maxTokens` draft tokens.
 */
export function followStretch(
  same: (x: number, y: number) => boolean, inside: (x: number, y: number) => boolean,
  i: number, j: number, dir: 1 | -1, maxTokens: number,
): Stretch {
  const step = dir > 0 ? 0 : 1;
  const origin = i;
  let matched = 0;
  let reach = i + step;
  let refReach = j + step;
  while (Math.abs(i - origin) < maxTokens) {
    if (inside(i, j) && same(i, j)) {
      matched++;
      i += dir;
      j += dir;
      reach = i + step;
      refReach = j + step;
      continue;
    }
    let resynced = false;
    for (let skip = 1; skip <= 2 * SLIP_TOKENS && !resynced; skip++) {
      for (let x = Math.max(0, skip - SLIP_TOKENS); x <= Math.min(skip, SLIP_TOKENS) && !resynced; x++) {
        if (twoMatch(same, inside, i + dir * x, j + dir * (skip - x), dir)) {
          i += dir * x;
          j += dir * (skip - x);
          resynced = true;
        }
      }
    }
    if (!resynced) break;
  }
  return { matched, reach, refReach };
}

/** Whether (x, y) and the next pair in direction `dir` both match: where a walk may resume after a slip. */
function twoMatch(same: (x: number, y: number) => boolean, inside: (x: number, y: number) => boolean, x: number, y: number, dir: 1 | -1): boolean {
  return inside(x, y) && same(x, y) && inside(x + dir, y + dir) && same(x + dir, y + dir);
}
