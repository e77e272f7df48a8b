/**
 * A suggestion made from a span of both texts: its id, its replacement cut
 * from the reference, its kind and severity. The one place that builds
 * them, for a hunk (compare.ts) and for a run of suggestions merged into one
 * (rewrites.ts, quotations.ts), so that ids and replacements agree.
 */

import type { Hunk } from './hunks';
import type { Severity, Suggestion, SuggestionKind } from './types';

/** The id of a suggestion of `kind` over `h`: stable for the same span and kind. */
export function suggestionId(kind: SuggestionKind, h: Hunk): string {
  return `${kind}:${h.from}-${h.to}:${h.refFrom}-${h.refTo}`;
}

/** A suggestion of `kind` over `h`, with the reference's wording as its replacement. */
export function suggestionOver(reference: string, h: Hunk, kind: SuggestionKind, severity: Severity, moveId?: string): Suggestion {
  const s: Suggestion = {
    id: suggestionId(kind, h),
    from: h.from,
    to: h.to,
    replacement: reference.slice(h.refFrom, h.refTo),
    kind,
    severity,
    refFrom: h.refFrom,
    refTo: h.refTo,
  };
  return moveId ? { ...s, moveId } : s;
}

/** One suggestion over a run of suggestions in draft order, from the first one's start to the last one's end. */
export function suggestionOverRun(reference: string, run: readonly Suggestion[], kind: SuggestionKind, severity: Severity): Suggestion {
  const first = run[0];
  const last = run[run.length - 1];
  return suggestionOver(reference, { from: first.from, to: last.to, refFrom: first.refFrom, refTo: last.refTo }, kind, severity);
}
