/**
 * Spacing restyled beside a change: a sentence deleted where the draft also
 * runs two paragraphs together (" Extra sentence.  " for "\n\n"). The words
 * and the spacing are two different errors, so the whitespace at the hunk's
 * edge that the other side restyles becomes its own (typography) hunk, and
 * the words keep theirs.
 */

import type { Hunk } from './hunks';

const LEADING_SPACE = /^\s+/u;
const TRAILING_SPACE = /\s+$/u;
const ALL_SPACE = /^\s+$/u;

/** `hunk` split into its spacing restyles and its change of words, in draft order. */
export function splitSpacing(draft: string, reference: string, hunk: Hunk): Hunk[] {
  const d = draft.slice(hunk.from, hunk.to);
  const r = reference.slice(hunk.refFrom, hunk.refTo);
  if (d === '' || r === '') return [hunk];
  const dSpaceOnly = ALL_SPACE.test(d);
  const rSpaceOnly = ALL_SPACE.test(r);
  if (dSpaceOnly && rSpaceOnly) return [hunk];
  if (rSpaceOnly) {
    // Words deleted next to restyled spacing: the spacing is the trailing (else leading) whitespace.
    const trail = TRAILING_SPACE.exec(d)?.[0].length ?? 0;
    if (trail > 0) return [{ ...hunk, to: hunk.to - trail, refTo: hunk.refFrom }, { ...hunk, from: hunk.to - trail }];
    const lead = LEADING_SPACE.exec(d)?.[0].length ?? 0;
    if (lead > 0) return [{ ...hunk, to: hunk.from + lead }, { ...hunk, from: hunk.from + lead, refFrom: hunk.refTo }];
    return [hunk];
  }
  if (dSpaceOnly) {
    const trail = TRAILING_SPACE.exec(r)?.[0].length ?? 0;
    if (trail > 0) return [{ ...hunk, to: hunk.from, refTo: hunk.refTo - trail }, { ...hunk, refFrom: hunk.refTo - trail }];
    const lead = LEADING_SPACE.exec(r)?.[0].length ?? 0;
    if (lead > 0) return [{ ...hunk, refTo: hunk.refFrom + lead }, { ...hunk, from: hunk.to, refFrom: hunk.refFrom + lead }];
    return [hunk];
  }
  // Words on both sides: restyled spacing at either edge is split off.
  const dLead = LEADING_SPACE.exec(d)?.[0].length ?? 0;
  const rLead = LEADING_SPACE.exec(r)?.[0].length ?? 0;
  const dTrail = TRAILING_SPACE.exec(d)?.[0].length ?? 0;
  const rTrail = TRAILING_SPACE.exec(r)?.[0].length ?? 0;
  const out: Hunk[] = [];
  let { from, to, refFrom, refTo } = hunk;
  if (dLead > 0 && rLead > 0) {
    out.push({ from, to: from + dLead, refFrom, refTo: refFrom + rLead });
    from += dLead;
    refFrom += rLead;
  }
  const tail: Hunk[] = [];
  if (dTrail > 0 && rTrail > 0) {
    tail.push({ from: to - dTrail, to, refFrom: refTo - rTrail, refTo });
    to -= dTrail;
    refTo -= rTrail;
  }
  return [...out, { from, to, refFrom, refTo }, ...tail];
}
