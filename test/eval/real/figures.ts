/**
 * The figures of one tool on one pair, and their sums over a set of pairs.
 * Counts only, so that sets add up by plain addition; rates are taken in the
 * report.
 */
import type { Suggestion } from '@galley/engine';
import { applyChanges, type Change } from './changes';
import { numberCoverage } from './numbers';
import type { RealPair } from './pairs';
import { partialAccepts } from './partial';
import { abutting, edgesInsideWords, mergedHunks, OCR_KINDS } from './shape';
import { scoreWords } from './words';

export interface Figures {
  pairs: number;
  /** Pairs where accepting every change gives the reference byte for byte. */
  exact: number;
  suggestions: number;
  /** Hunks of the minimal word diff, merged across whitespace (shape.ts). */
  hunks: number;
  abutting: number;
  edgesInWords: number;
  /** Suggestions on OCR pairs, and those of an OCR kind (spelling, punctuation, case, typography). */
  ocrSuggestions: number;
  ocrKinds: number;
  /** Pairs with character truth, and their word-level counts (words.ts). */
  truthPairs: number;
  flagged: number;
  errorWords: number;
  hits: number;
  /** Passages duplicated and dropped by accepting one kind or one severity alone, summed over subsets. */
  duplicated: number;
  dropped: number;
  /** Numbers the reference writes and the draft never does, and those inside a `number` suggestion. */
  numbers: number;
  numbersCovered: number;
  seconds: number;
}

export const emptyFigures = (): Figures => ({
  pairs: 0, exact: 0, suggestions: 0, hunks: 0, abutting: 0, edgesInWords: 0, ocrSuggestions: 0, ocrKinds: 0,
  truthPairs: 0, flagged: 0, errorWords: 0, hits: 0, duplicated: 0, dropped: 0, numbers: 0, numbersCovered: 0, seconds: 0,
});

export function addFigures(all: readonly Figures[]): Figures {
  const sum = emptyFigures();
  for (const f of all) for (const key of Object.keys(sum) as (keyof Figures)[]) sum[key] += f[key];
  return sum;
}

function acceptAllExact(pair: RealPair, changes: readonly Change[]): boolean {
  try {
    return applyChanges(pair.draft, changes) === pair.reference;
  } catch {
    return false; // overlapping changes cannot all be accepted
  }
}

/**
 * A tool's figures on a pair. `hunks` is passed in (it is the same for every
 * tool). The kind-dependent figures (OCR kinds, partial accepts, numbers) are
 * taken only when `suggestions` are given: Galley's, with kinds and moves.
 */
export function pairFigures(
  pair: RealPair,
  run: { readonly changes: readonly Change[]; readonly seconds: number },
  hunks: number,
  suggestions?: readonly Suggestion[],
): Figures {
  const { changes, seconds } = run;
  const { draft, reference, truth } = pair;
  const f: Figures = {
    ...emptyFigures(),
    pairs: 1,
    exact: Number(acceptAllExact(pair, changes)),
    suggestions: changes.length,
    hunks,
    abutting: abutting(changes),
    edgesInWords: edgesInsideWords(draft, reference, changes),
    seconds,
  };
  if (truth) {
    const w = scoreWords(draft, truth, changes);
    Object.assign(f, { truthPairs: 1, flagged: w.flagged, errorWords: w.errors, hits: w.hits });
  }
  if (suggestions) {
    if (pair.kind === 'ocr') {
      f.ocrSuggestions = suggestions.length;
      f.ocrKinds = suggestions.filter((s) => OCR_KINDS.has(s.kind)).length;
    }
    for (const d of partialAccepts(draft, reference, suggestions)) {
      f.duplicated += d.duplicated;
      f.dropped += d.dropped;
    }
    const n = numberCoverage(draft, reference, suggestions);
    f.numbers = n.total;
    f.numbersCovered = n.covered;
  }
  return f;
}

/** Merged hunks of a pair, computed once for all tools. */
export const pairHunks = (pair: RealPair): number => mergedHunks(pair.draft, pair.reference).length;
