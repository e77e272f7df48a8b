/**
 * One misread stretch, one suggestion. On a page read by machine, garbling
 * comes in runs: "tho chnrcli" for "the church", "eve nings" beside
 * "slnceV". Each word is its own slip, but an editor fixes the run in one
 * go, and a word diff sees one change there (its hunks merged across the
 * spaces between them). So on such a page, neighbouring suggestions of the
 * misreading kinds (spelling, punctuation, typography), or two of one kind
 * (case, number), with only unchanged spacing between them within one
 * paragraph, or unchanged marks glued between them ("Rnarket-strcet"),
 * become one suggestion, whose `parts` are the pieces joined: each word
 * that changed.
 *
 * A case or number change is not joined into a run of another kind:
 * accepted by kind, the run would fix or leave it with words of another
 * kind, and on list-like pages (one charge and name after another, the
 * same words again and again) the half-fixed line then repeats another line word for
 * word (eval:real's partial-accept damage 0 → 4).
 */

import { ALL_SPACE } from './spacing';
import { suggestionId } from './suggestion';
import { higherSeverity, type Suggestion, type SuggestionKind, type SuggestionPart } from './types';

/** The kinds a misreading takes, strongest first: the joined suggestion takes the strongest of its pieces. */
const MISREAD_KINDS: readonly SuggestionKind[] = ['spelling', 'punctuation', 'typography'];


/** Kinds besides MISREAD_KINDS whose neighbours join when both are of that kind. */
const SAME_KIND_RUNS: readonly SuggestionKind[] = ['case', 'number'];

/** Unchanged text a run may reach across: spacing, but no paragraph break. */
const SPACING = /^[^\S\n]*\n?[^\S\n]*$/u;

/**
 * Unchanged marks glued between two misreadings ("bcing" "," "\nreacly"):
 * inside the one draft word they share with a neighbour, so the run may
 * reach across them.
 */
const GLUED_MARKS = /^[^\p{L}\p{N}\s]+$/u;

/** A mark that is neither letter, digit nor space: what a lost space glues to a word. */
const MARK = /^[^\p{L}\p{N}\s]$/u;

/**
 * `suggestions` (sorted, non-overlapping) with each run of misreadings
 * joined. Joined until nothing more joins: a run grown over the word
 * beside it ("yard Sho" → "yard. She") may then touch the run before it
 * ("arouud tbe" → "around the") with only a space between.
 */
export function joinMisreadRuns(draft: string, reference: string, suggestions: readonly Suggestion[]): Suggestion[] {
  const first = joinOnce(draft, reference, suggestions);
  let current = grown(draft, reference, first.out, first.joined);
  for (;;) {
    const { out, joined } = joinOnce(draft, reference, current);
    if (joined.size === 0) return current;
    current = grown(draft, reference, out, joined);
  }
}

function joinOnce(draft: string, reference: string, suggestions: readonly Suggestion[]): { out: Suggestion[]; joined: Set<number> } {
  const out: Suggestion[] = [];
  const joined = new Set<number>();
  for (const next of suggestions) {
    const last = out[out.length - 1];
    const s = last && joinable(last, next) ? slidBeside(draft, reference, last, next) : next;
    const gap = last ? draft.slice(last.to, s.from) : '';
    if (last && joinable(last, s) && (SPACING.test(gap) || GLUED_MARKS.test(gap)) && gap === reference.slice(last.refTo, s.refFrom)) {
      const kind = misread(last) ? MISREAD_KINDS[Math.min(MISREAD_KINDS.indexOf(last.kind), MISREAD_KINDS.indexOf(s.kind))] : last.kind;
      const severity = higherSeverity(last.severity, s.severity);
      out[out.length - 1] = { ...last, to: s.to, refTo: s.refTo, kind, severity, parts: [...(last.parts ?? [partOf(last)]), ...(s.parts ?? [partOf(s)])] };
      joined.add(out.length - 1);
    } else out.push(s);
  }
  return { out, joined };
}

/**
 * `b` slid back to touch `a` where `b` only removes (or only adds) text
 * and the unchanged marks between them repeat its end: "mcasures. via.,"
 * for "measures, viz.," is "mcasures" → "measures, viz" and " via."
 * removed after the ".", which removes the same as ". via" right after
 * the misread word. Else `b` as it is.
 */
function slidBeside(draft: string, reference: string, a: Suggestion, b: Suggestion): Suggestion {
  const gap = draft.slice(a.to, b.from);
  if (gap === '' || /[\p{L}\p{N}\s]/u.test(gap) || gap !== reference.slice(a.refTo, b.refFrom)) return b;
  if (b.refFrom === b.refTo && (gap + draft.slice(b.from, b.to)).endsWith(gap)) {
    return { ...b, from: a.to, to: b.to - gap.length, refFrom: a.refTo, refTo: a.refTo };
  }
  if (b.from === b.to && (gap + b.replacement).endsWith(gap)) {
    return { ...b, from: a.to, to: a.to, refFrom: a.refTo, refTo: b.refTo - gap.length, replacement: reference.slice(a.refTo, b.refTo - gap.length) };
  }
  return b;
}

/** Each run just joined grown over the words it cut (wholeWords), and each suggestion over the marks a lost space glued to it. */
function grown(draft: string, reference: string, out: readonly Suggestion[], joined: ReadonlySet<number>): Suggestion[] {
  const result: Suggestion[] = [];
  out.forEach((s, k) => {
    // The one before may have grown towards this one: it is not grown over again.
    const [before, after] = [result[k - 1]?.to ?? 0, out[k + 1]?.from ?? draft.length];
    const whole = joined.has(k) ? wholeWords(draft, reference, s, before, after) : s;
    result.push(whole.moveId === undefined ? withGluedMarks(draft, reference, whole, before, after) : whole);
  });
  return result;
}

/**
 * A suggestion (not a move's half: its text is the passage moved) whose
 * draft wording ends with a space the reference drops
 * ("river . All" for "rivers. All": "river " → "rivers"), grown over the
 * marks the lost space glues to it: "river ." → "rivers." names the whole word the
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

/**
 * Whether two neighbours join: misreadings of any of MISREAD_KINDS, or two
 * of one kind that an editor fixes alike ("The Old Bell" for "THE OLD
 * BELL", small capitals read as capitals): joining them changes nothing
 * that accepting one kind or one severity does.
 */
function joinable(a: Suggestion, b: Suggestion): boolean {
  if (misread(a) && misread(b)) return true;
  return a.moveId === undefined && b.moveId === undefined && a.kind === b.kind && a.severity === b.severity && SAME_KIND_RUNS.includes(a.kind);
}

function misread(s: Suggestion): boolean {
  return s.moveId === undefined && MISREAD_KINDS.includes(s.kind);
}
