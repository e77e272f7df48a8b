/**
 * The figures of one tool on one pair, and their sums over a set of pairs.
 * Counts only, so that sets add up by plain addition; rates are taken in the
 * report.
 */
import type { Suggestion } from '@galley/engine';
import { applyChanges, type Change } from './changes';
import { numberCoverage } from './numbers';
import type { RealPair } from './pairs';
import { partialAccepts, type SubsetDamage } from './partial';
import { abuttingPairs, cuts, edgesInsideWords, mergedHunks, OCR_KINDS } from './shape';
import { scoreWords, type Span } from './words';

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

/** What the figures count, one by one, for whoever tunes the engine (examples.ts prints them). */
export interface Findings {
  readonly abutting: readonly (readonly [Change, Change])[];
  /** Changes with an edge inside a word. */
  readonly cut: readonly Change[];
  /** On OCR pairs: suggestions of a kind other than spelling, punctuation, case, typography. */
  readonly notOcrKind: readonly Suggestion[];
  readonly partial: readonly SubsetDamage[];
  /** Reference spans of numbers no `number` suggestion covers. */
  readonly numbersMissed: readonly Span[];
  /** Draft words: true errors not flagged, and flagged words that are no error. */
  readonly wordsMissed: readonly Span[];
  readonly wordsWrong: readonly Span[];
}

/**
 * A tool's figures on a pair, and what they count. `hunks` is passed in (it is
 * the same for every tool). The kind-dependent figures (OCR kinds, partial
 * accepts, numbers) are taken only when `suggestions` are given: Galley's,
 * with kinds and moves.
 */
export function measurePair(
  pair: RealPair,
  run: { readonly changes: readonly Change[]; readonly seconds: number },
  hunks: number,
  suggestions?: readonly Suggestion[],
): { figures: Figures; findings: Findings } {
  const { changes, seconds } = run;
  const { draft, reference, truth } = pair;
  const words = truth ? scoreWords(draft, truth, changes) : undefined;
  const numbers = suggestions ? numberCoverage(draft, reference, suggestions) : undefined;
  const findings: Findings = {
    abutting: abuttingPairs(changes),
    cut: changes.filter((c) => Object.values(cuts(draft, reference, c)).some(Boolean)),
    notOcrKind: pair.kind === 'ocr' && suggestions ? suggestions.filter((s) => !OCR_KINDS.has(s.kind)) : [],
    partial: suggestions ? partialAccepts(draft, reference, suggestions) : [],
    numbersMissed: numbers?.missed ?? [],
    wordsMissed: words?.missed ?? [],
    wordsWrong: words?.wrong ?? [],
  };
  const figures: Figures = {
    ...emptyFigures(),
    pairs: 1,
    exact: Number(acceptAllExact(pair, changes)),
    suggestions: changes.length,
    hunks,
    abutting: findings.abutting.length,
    edgesInWords: edgesInsideWords(draft, reference, changes),
    seconds,
    ...(words ? { truthPairs: 1, flagged: words.flagged, errorWords: words.errors, hits: words.hits } : {}),
    ...(suggestions && pair.kind === 'ocr' ? { ocrSuggestions: suggestions.length, ocrKinds: suggestions.length - findings.notOcrKind.length } : {}),
    duplicated: findings.partial.reduce((n, d) => n + d.duplicated.length, 0),
    dropped: findings.partial.reduce((n, d) => n + d.dropped.length, 0),
    ...(numbers ? { numbers: numbers.total, numbersCovered: numbers.covered } : {}),
  };
  return { figures, findings };
}

/** Merged hunks of a pair, computed once for all tools. */
export const pairHunks = (pair: RealPair): number => mergedHunks(pair.draft, pair.reference).length;
