/**
 * Pairs of adjacent tokens that occur once in each of two texts.
 *
 * The pairs are grouped by their first token (a counting sort of the
 * positions by token id, each with its second token beside it, so a group is
 * read in order rather than from all over the text), and within one first
 * token's group the second tokens are counted in an array indexed by id:
 * linear in the texts, with no hashing and no allocation per pair. A Map keyed by `a · vocabSize + b`
 * spent 0.4 s of a 2.5 s comparison of a million words: its keys outgrow
 * small integers, so each was a boxed number, hashed and stored apart.
 */

/**
 * Per draft position i (for i + 1 < draft length): where in the reference
 * the pair (draft[i], draft[i + 1]) starts, if it occurs exactly once in
 * each text; -1 otherwise. `vocabSize` bounds the ids.
 */
export function uniqueTokenPairs(draft: Int32Array, ref: Int32Array, vocabSize: number): Int32Array {
  const d = byFirstToken(draft, vocabSize);
  const r = byFirstToken(ref, vocabSize);
  const draftCount = new Int32Array(vocabSize); // per second token, within one group
  const refCount = new Int32Array(vocabSize);
  const refPos = new Int32Array(vocabSize);
  const refOf = new Int32Array(d.positions.length).fill(-1);
  for (let a = 0; a < vocabSize; a++) {
    const d0 = d.start[a], d1 = d.start[a + 1];
    const r0 = r.start[a], r1 = r.start[a + 1];
    if (d0 === d1 || r0 === r1) continue;
    for (let k = d0; k < d1; k++) draftCount[d.seconds[k]]++;
    for (let k = r0; k < r1; k++) {
      refCount[r.seconds[k]]++;
      refPos[r.seconds[k]] = r.positions[k];
    }
    for (let k = d0; k < d1; k++) {
      const b = d.seconds[k];
      if (draftCount[b] === 1 && refCount[b] === 1) refOf[d.positions[k]] = refPos[b];
    }
    for (let k = d0; k < d1; k++) draftCount[d.seconds[k]] = 0;
    for (let k = r0; k < r1; k++) refCount[r.seconds[k]] = 0;
  }
  return refOf;
}

/**
 * The positions i with i + 1 < ids.length, by ids[i]: those of id a are
 * positions[start[a] .. start[a + 1]), in order, and seconds[k] is
 * ids[positions[k] + 1].
 */
function byFirstToken(ids: Int32Array, vocabSize: number): { start: Int32Array; positions: Int32Array; seconds: Int32Array } {
  const n = Math.max(0, ids.length - 1);
  const start = groupStarts(ids, n, vocabSize);
  const positions = new Int32Array(n);
  const seconds = new Int32Array(n);
  fillGroups(ids, n, start.slice(0, vocabSize), positions, seconds);
  return { start, positions, seconds };
}

// One loop per function: V8 compiles a long loop on the spot together with
// the rest of its function, and code compiled before the later loops had
// run was thrown out again there on every call (--trace-deopt).

/** Where each first token's group starts among the positions [0, n), by counting. */
function groupStarts(ids: Int32Array, n: number, vocabSize: number): Int32Array {
  const start = new Int32Array(vocabSize + 1);
  for (let i = 0; i < n; i++) start[ids[i] + 1]++;
  for (let a = 0; a < vocabSize; a++) start[a + 1] += start[a];
  return start;
}

/** Puts each position i < n, and the token after it, in its first token's group; `next` is each group's next free slot. */
function fillGroups(ids: Int32Array, n: number, next: Int32Array, positions: Int32Array, seconds: Int32Array): void {
  for (let i = 0; i < n; i++) {
    const k = next[ids[i]]++;
    positions[k] = i;
    seconds[k] = ids[i + 1];
  }
}
