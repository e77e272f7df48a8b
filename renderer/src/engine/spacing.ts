/**
 * Spacing restyled beside a change: a sentence deleted where the draft also
 * runs two paragraphs together (" Extra sentence.  " for "\n\n"). The words
 * and the spacing are two different errors, so the whitespace at the hunk's
 * edge that the other side restyles becomes its own (typography) hunk, and
 * the words keep theirs. Where both sides hold words, the spacing belongs to
 * the change (a word re-broken at another line end) and the hunk stays whole.
 */

import type { Hunk } from './hunks';

const LEADING_SPACE = /^\s+/u;
const TRAILING_SPACE = /\s+$/u;
/** Whitespace only, and at least one character of it. */
export const ALL_SPACE = /^\s+$/u;

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
  // Words on both sides: one change, spacing and all. A word broken at a line end
  // ("coun\nty " for "county\n") or a line break moved along with a fix is one fix.
  return [hunk];
}
