/**
 * Scores an engine's suggestions against the injected truth of one case.
 * Pure: strings and plain data in, counts out.
 *
 * Matching is by place in the draft. A suggestion matches an error when its
 * span overlaps the error's span (whitespace at the ends trimmed off); where
 * either is empty — an insertion point, or text missing from the draft — it is
 * enough to touch it. The point where text is missing stretches over every
 * place the same insertion could equally be made (inserting "big " before
 * "dog" or " big" after "the"; a sentence starting with "The" before "The",
 * or after it with the "The" moved to its end) and the whitespace around.
 * A move is found when both of its places are matched.
 */
import type { Suggestion, SuggestionKind } from '@galley/engine';
import { isWordChar } from './text';
import { firstEndingFrom, type InjectedError, type Span } from './truth';

/** What the scorer reads of a suggestion. */
export type Scored = Pick<Suggestion, 'from' | 'to' | 'kind' | 'moveId'>;

export interface KindTally {
  injected: number;
  found: number;
  kindCorrect: number;
  /** Matched suggestions' kinds, one count per (error, suggestion) pair. */
  reportedAs: Partial<Record<SuggestionKind, number>>;
}

/** Counts for one case, or summed over many (see addScores). */
export interface Score {
  cases: number;
  words: number;
  suggestions: number;
  /** Suggestions that match at least one error. */
  matchedSuggestions: number;
  errors: number;
  /** Errors matched by a suggestion (a move: both places). */
  found: number;
  /** Found errors whose every matching suggestion has the error's kind (a move: reported as a moved pair). */
  kindCorrect: number;
  /** Untouched reference words lying wholly inside suggestions' draft spans, summed. */
  carriedWords: number;
  /** Suggestion ends that fall between two letters or digits of one word. */
  edgesInWords: number;
  moves: number;
  /** Moves reported as two `moved` suggestions sharing a moveId, one at each place. */
  movesAsMoves: number;
  /** Cases where accepting every suggestion gave the reference exactly. */
  restored: number;
  /** Errors (other than moves) matched by more than one suggestion. */
  splitErrors: number;
  /** Suggestions matching more than one error. */
  mergedSuggestions: number;
  byKind: Partial<Record<SuggestionKind, KindTally>>;
  /** Suggestions matching no error, by their reported kind. */
  spurious: Partial<Record<SuggestionKind, number>>;
}

interface Region {
  readonly from: number;
  readonly to: number;
  /** Touching counts (closed interval), not only overlapping. */
  readonly point: boolean;
  readonly error: number;
  readonly half: number;
}

/**
 * The draft region an edit stands for when matching. `inserted` is the
 * reference text the edit puts back (used only when the draft span is empty).
 */
export function matchRegion(draft: string, span: Span, inserted: string): { from: number; to: number; point: boolean } {
  let { from, to } = span;
  if (from === to) {
    // Slide the insertion while the text it passes equals the text's own end
    // (or start), stopping only where both the draft and the slid text are
    // cut between words.
    const n = inserted.length;
    const between = (k: number) => !insideWord(draft, span.from + k) && !insideWord(inserted, (((k % n) + n) % n));
    for (let k = -1; n > 0 && span.from + k >= 0 && draft[span.from + k] === inserted[(((k % n) + n) % n)]; k--) {
      if (between(k)) from = span.from + k;
    }
    for (let k = 0; n > 0 && span.from + k < draft.length && draft[span.from + k] === inserted[k % n]; k++) {
      if (between(k + 1)) to = span.from + k + 1;
    }
    while (from > 0 && /\s/u.test(draft[from - 1]!)) from--;
    while (to < draft.length && /\s/u.test(draft[to]!)) to++;
    return { from, to, point: true };
  }
  while (from < to && /\s/u.test(draft[from]!)) from++;
  while (to > from && /\s/u.test(draft[to - 1]!)) to--;
  return from === to ? { ...span, point: false } : { from, to, point: false };
}

/** Whether a suggestion's span matches a region from matchRegion. */
export function overlaps(s: Span, r: { from: number; to: number; point: boolean }): boolean {
  if (r.point || s.from === s.to) return s.from <= r.to && r.from <= s.to;
  return s.from < r.to && r.from < s.to;
}

/** Whether offset `p` falls inside a word (or inside a surrogate pair). */
export function insideWord(text: string, p: number): boolean {
  if (p <= 0 || p >= text.length) return false;
  const before = text.charCodeAt(p - 1);
  const after = text.charCodeAt(p);
  if (before >= 0xd800 && before < 0xdc00 && after >= 0xdc00 && after < 0xe000) return true;
  const prev = before >= 0xdc00 && before < 0xe000 && p >= 2 ? text.slice(p - 2, p) : text[p - 1]!;
  const next = String.fromCodePoint(text.codePointAt(p)!);
  return isWordChar(prev) && isWordChar(next);
}

export function emptyScore(): Score {
  return {
    cases: 0, words: 0, suggestions: 0, matchedSuggestions: 0, errors: 0, found: 0, kindCorrect: 0,
    carriedWords: 0, edgesInWords: 0, moves: 0, movesAsMoves: 0, restored: 0, splitErrors: 0,
    mergedSuggestions: 0, byKind: {}, spurious: {},
  };
}

/**
 * Scores one case. `accepted` is the draft with every suggestion applied
 * (by the engine's own applySuggestions).
 */
export function scoreCase(
  testCase: { readonly draft: string; readonly reference: string; readonly errors: readonly InjectedError[] },
  suggestions: readonly Scored[],
  accepted: string,
): Score {
  const { draft, errors } = testCase;
  const regions: Region[] = errors
    .flatMap((error, e) =>
      error.edits.map((edit, half) => ({
        ...matchRegion(draft, edit.draft, testCase.reference.slice(edit.reference.from, edit.reference.to)),
        error: e,
        half,
      })),
    )
    .sort((a, b) => a.from - b.from || a.to - b.to);

  // matchedBy[e][half] = indices of suggestions matching that place.
  const matchedBy = errors.map((error) => error.edits.map(() => [] as number[]));
  const errorsOf = suggestions.map(() => new Set<number>());
  suggestions.forEach((s, i) => {
    for (let r = firstEndingFrom(regions, s.from); r < regions.length && regions[r]!.from <= s.to; r++) {
      const region = regions[r]!;
      if (!overlaps(s, region)) continue;
      matchedBy[region.error]![region.half]!.push(i);
      errorsOf[i]!.add(region.error);
    }
  });

  const score = emptyScore();
  score.cases = 1;
  score.words = draft.match(/\S+/g)?.length ?? 0;
  score.suggestions = suggestions.length;
  score.errors = errors.length;
  score.moves = errors.filter((e) => e.kind === 'moved').length;
  score.restored = accepted === testCase.reference ? 1 : 0;
  suggestions.forEach((s, i) => {
    const n = errorsOf[i]!.size;
    if (n > 0) score.matchedSuggestions++;
    else score.spurious[s.kind] = (score.spurious[s.kind] ?? 0) + 1;
    if (n > 1) score.mergedSuggestions++;
    score.edgesInWords += Number(insideWord(draft, s.from)) + (s.to !== s.from ? Number(insideWord(draft, s.to)) : 0);
  });

  errors.forEach((error, e) => {
    const tally = (score.byKind[error.kind] ??= { injected: 0, found: 0, kindCorrect: 0, reportedAs: {} });
    tally.injected++;
    const halves = matchedBy[e]!;
    const matching = [...new Set(halves.flat())];
    for (const i of matching) {
      const k = suggestions[i]!.kind;
      tally.reportedAs[k] = (tally.reportedAs[k] ?? 0) + 1;
    }
    const found = halves.every((h) => h.length > 0);
    if (!found) return;
    score.found++;
    tally.found++;
    let correct: boolean;
    if (error.kind === 'moved') {
      correct = reportedAsMove(halves, suggestions);
      if (correct) score.movesAsMoves++;
    } else {
      correct = matching.every((i) => suggestions[i]!.kind === error.kind);
      if (matching.length > 1) score.splitErrors++;
    }
    if (correct) {
      score.kindCorrect++;
      tally.kindCorrect++;
    }
  });
  score.carriedWords = carriedWords(draft, errors, suggestions);
  return score;
}

/** Whether some `moved` suggestion at one place shares its moveId with one at the other. */
function reportedAsMove(halves: readonly (readonly number[])[], suggestions: readonly Scored[]): boolean {
  const ids = (h: readonly number[]) =>
    new Set(h.map((i) => suggestions[i]!).filter((s) => s.kind === 'moved' && s.moveId !== undefined).map((s) => s.moveId));
  const [a, b] = [ids(halves[0] ?? []), ids(halves[1] ?? [])];
  return [...a].some((id) => b.has(id));
}

/**
 * Untouched words carried by the suggestions: draft words (whitespace
 * separated) lying wholly inside a suggestion's span and touched by no
 * injected edit.
 */
function carriedWords(draft: string, errors: readonly InjectedError[], suggestions: readonly Scored[]): number {
  const edits = errors.flatMap((e) => e.edits.map((x) => x.draft)).filter((s) => s.from < s.to);
  edits.sort((a, b) => a.from - b.from);
  const untouched: Span[] = [];
  let k = 0;
  for (const m of draft.matchAll(/\S+/g)) {
    const word = { from: m.index, to: m.index + m[0].length };
    while (k < edits.length && edits[k]!.to <= word.from) k++;
    const touched = k < edits.length && edits[k]!.from < word.to;
    if (!touched) untouched.push(word);
  }
  let total = 0;
  for (const s of suggestions) {
    // Binary search for the first untouched word starting at or after s.from.
    let lo = 0;
    let hi = untouched.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (untouched[mid]!.from < s.from) lo = mid + 1;
      else hi = mid;
    }
    for (let w = lo; w < untouched.length && untouched[w]!.to <= s.to; w++) total++;
  }
  return total;
}

/** Sums scores (of several cases) into a new one. */
export function addScores(scores: readonly Score[]): Score {
  const sum = emptyScore();
  const counters = ['cases', 'words', 'suggestions', 'matchedSuggestions', 'errors', 'found', 'kindCorrect', 'carriedWords',
    'edgesInWords', 'moves', 'movesAsMoves', 'restored', 'splitErrors', 'mergedSuggestions'] as const;
  for (const s of scores) {
    for (const c of counters) sum[c] += s[c];
    for (const [kind, t] of Object.entries(s.byKind) as [SuggestionKind, KindTally][]) {
      const into = (sum.byKind[kind] ??= { injected: 0, found: 0, kindCorrect: 0, reportedAs: {} });
      into.injected += t.injected;
      into.found += t.found;
      into.kindCorrect += t.kindCorrect;
      for (const [k, n] of Object.entries(t.reportedAs) as [SuggestionKind, number][]) into.reportedAs[k] = (into.reportedAs[k] ?? 0) + n;
    }
    for (const [k, n] of Object.entries(s.spurious) as [SuggestionKind, number][]) sum.spurious[k] = (sum.spurious[k] ?? 0) + n;
  }
  return sum;
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
  kindAccuracy: number;
  carriedPerSuggestion: number;
  /** NaN when no moves were injected. */
  movesAsMoves: number;
}

export function rates(s: Score): Rates {
  const precision = s.suggestions === 0 ? (s.errors === 0 ? 1 : 0) : s.matchedSuggestions / s.suggestions;
  const recall = s.errors === 0 ? 1 : s.found / s.errors;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    kindAccuracy: s.found === 0 ? 0 : s.kindCorrect / s.found,
    carriedPerSuggestion: s.suggestions === 0 ? 0 : s.carriedWords / s.suggestions,
    movesAsMoves: s.moves === 0 ? NaN : s.movesAsMoves / s.moves,
  };
}
