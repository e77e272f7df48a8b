/**
 * One misread stretch, one suggestion. On a page read by machine, garbling
 * comes in runs: "tho chnrcli" for "the church", "eve nings" beside
 * "slnceV". Each word is its own slip, but an editor fixes the run in one
 * go, and a word diff sees one change there (its hunks merged across the
 * spaces between them). So on such a page, neighbouring suggestions of the
 * misreading kinds (spelling, punctuation, case, typography, and a
 * misread number among them) with only
 * unchanged spacing between them, within one paragraph, become one
 * suggestion, whose `parts` are the pieces joined: each word that changed.
 */

import { suggestionId } from './suggestion';
import { higherSeverity, type Suggestion, type SuggestionKind, type SuggestionPart } from './types';

/**
 * The kinds a misreading takes, strongest first: the joined suggestion
 * takes the strongest of its pieces. A number misread beside misread words
 * ("tbe GOO" for "the 500") joins them and keeps its kind and severity: the
 * value an editor must check is still named.
 */
const MISREAD_KINDS: readonly SuggestionKind[] = ['spelling', 'punctuation', 'typography'];


/** Unchanged text a run may reach across: spacing, but no paragraph break. */
const SPACING = /^[^\S\n]*\n?[^\S\n]*$/u;

/** `suggestions` (sorted, non-overlapping) with each run of misreadings joined. */
export function joinMisreadRuns(draft: string, reference: string, suggestions: readonly Suggestion[]): Suggestion[] {
  const out: Suggestion[] = [];
  const joined = new Set<number>();
  for (const s of suggestions) {
    const last = out[out.length - 1];
    if (last && misread(last) && misread(s) && SPACING.test(draft.slice(last.to, s.from)) && draft.slice(last.to, s.from) === reference.slice(last.refTo, s.refFrom)) {
      const kind = MISREAD_KINDS[Math.min(MISREAD_KINDS.indexOf(last.kind), MISREAD_KINDS.indexOf(s.kind))];
      const severity = higherSeverity(last.severity, s.severity);
      out[out.length - 1] = { ...last, to: s.to, refTo: s.refTo, kind, severity, parts: [...(last.parts ?? [partOf(last)]), ...(s.parts ?? [partOf(s)])] };
      joined.add(out.length - 1);
    } else out.push(s);
  }
  return out.map((s, k) => (joined.has(k) ? wholeWords(draft, reference, s, out[k - 1]?.to ?? 0, out[k + 1]?.from ?? draft.length) : s));
}

/**
 * A joined run that starts (or ends) with a change of spacing, grown over
 * the unchanged word beside it: "Repre gentatives" → "Representatives" is
 * one change of both words, not a space and half a word.
 */
function wholeWords(draft: string, reference: string, s: Suggestion, before: number, after: number): Suggestion {
  let { from, to, refFrom, refTo } = s;
  if (/^\s/u.test(draft.slice(from, to) || reference.slice(refFrom, refTo))) {
    while (from > before && refFrom > 0 && /\S/u.test(draft[from - 1]) && draft[from - 1] === reference[refFrom - 1]) [from, refFrom] = [from - 1, refFrom - 1];
  }
  if (/\s$/u.test(draft.slice(from, to) || reference.slice(refFrom, refTo))) {
    while (to < after && refTo < reference.length && /\S/u.test(draft[to]) && draft[to] === reference[refTo]) [to, refTo] = [to + 1, refTo + 1];
  }
  return { ...s, id: suggestionId(s.kind, { from, to, refFrom, refTo }), from, to, refFrom, refTo, replacement: reference.slice(refFrom, refTo) };
}

function partOf(s: Suggestion): SuggestionPart {
  return { from: s.from, to: s.to, refFrom: s.refFrom, refTo: s.refTo, replacement: s.replacement };
}

function misread(s: Suggestion): boolean {
  return s.moveId === undefined && MISREAD_KINDS.includes(s.kind);
}
