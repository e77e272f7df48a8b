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

import { ALL_SPACE } from './spacing';
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

/** A mark that is neither letter, digit nor space: what a lost space glues to a word. */
const MARK = /^[^\p{L}\p{N}\s]$/u;

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
  return out.map((s, k) => {
    const [before, after] = [out[k - 1]?.to ?? 0, out[k + 1]?.from ?? draft.length];
    const whole = joined.has(k) ? wholeWords(draft, reference, s, before, after) : s;
    return misread(whole) ? withGluedMarks(draft, reference, whole, before, after) : whole;
  });
}

/**
 * A misreading whose draft wording ends with a space the reference drops
 * ("tree . In" for "trees. In": "tree " → "trees"), grown over the marks
 * the lost space glues to it: "tree ." → "trees." names the whole word the
 * reference writes, and the mark it now touches. Likewise at the start
 * ("« word" for "«word"). A change of spacing alone already names the
 * words on both sides of it, and is left as it is.
 */
function withGluedMarks(draft: string, reference: string, s: Suggestion, before: number, after: number): Suggestion {
  const [text, wording] = [draft.slice(s.from, s.to), reference.slice(s.refFrom, s.refTo)];
  if (ALL_SPACE.test(text)) return s;
  let { from, to, refFrom, refTo } = s;
  if (/\s$/u.test(text) && !/\s$/u.test(wording)) {
    let n = 0;
    while (to + n < after && MARK.test(draft[to + n]) && draft[to + n] === reference[refTo + n]) n++;
    if (n > 0 && to + n < after && /\s/u.test(draft[to + n]) && !/\S/u.test(reference[refTo + n] ?? ' ')) [to, refTo] = [to + n, refTo + n];
  }
  if (/^\s/u.test(text) && !/^\s/u.test(wording)) {
    let n = 0;
    while (from - n > before && refFrom - n > 0 && MARK.test(draft[from - n - 1]) && draft[from - n - 1] === reference[refFrom - n - 1]) n++;
    if (n > 0 && from - n > before && /\s/u.test(draft[from - n - 1]) && !/\S/u.test(reference[refFrom - n - 1] ?? ' ')) [from, refFrom] = [from - n, refFrom - n];
  }
  if (from === s.from && to === s.to) return s;
  return { ...s, id: suggestionId(s.kind, { from, to, refFrom, refTo }), from, to, refFrom, refTo, replacement: reference.slice(refFrom, refTo) };
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
