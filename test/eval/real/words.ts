/**
 * Word-level scoring against character truth, by the one rule of the real
 * set's README that reads both the truth and a tool's changes: a word is a
 * run of non-space characters; a change covering a non-space character flags
 * the words it covers; a change of spaces only, or an insertion, flags the
 * words it touches. Words inside an excluded range are left out.
 */
import { firstEndingFrom, type Span } from '../truth';
import type { CharTruth } from './pairs';

export type { Span };

/** One pair's draft words flagged, true error words, and both; with the words missed and those flagged wrongly. */
export interface WordScore {
  readonly flagged: number;
  readonly errors: number;
  readonly hits: number;
  readonly missed: readonly Span[];
  readonly wrong: readonly Span[];
}

/** The draft's words: runs of non-space characters, in order. */
export function wordSpans(text: string): Span[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
}

/** Indices of the words the changes flag, by the README's rule. */
export function flaggedWords(text: string, words: readonly Span[], changes: readonly Span[]): Set<number> {
  const flagged = new Set<number>();
  for (const c of changes) {
    const covers = /\S/.test(text.slice(c.from, c.to));
    for (let i = firstEndingFrom(words, c.from); i < words.length; i++) {
      const w = words[i]!;
      const hit = covers ? w.from < c.to && c.from < w.to : w.from <= c.to && c.from <= w.to;
      if (w.from > c.to) break;
      if (hit) flagged.add(i);
    }
  }
  return flagged;
}

/** The truth as changes: each run of error characters, and each insertion point. */
export function truthSpans(truth: CharTruth): Span[] {
  return [...truth.errorChars.map(([from, to]) => ({ from, to })), ...truth.insertAt.map((p) => ({ from: p, to: p }))];
}

/** Flagged words against true error words, excluded words left out of both. */
export function scoreWords(draft: string, truth: CharTruth, changes: readonly Span[]): WordScore {
  const words = wordSpans(draft);
  const excluded = (i: number) => truth.exclude.some(([a, b]) => words[i]!.from < b && a < words[i]!.to);
  const errors = [...flaggedWords(draft, words, truthSpans(truth))].filter((i) => !excluded(i));
  const flagged = [...flaggedWords(draft, words, changes)].filter((i) => !excluded(i));
  const [isError, isFlagged] = [new Set(errors), new Set(flagged)];
  return {
    flagged: flagged.length,
    errors: errors.length,
    hits: flagged.filter((i) => isError.has(i)).length,
    missed: errors.filter((i) => !isFlagged.has(i)).map((i) => words[i]!),
    wrong: flagged.filter((i) => !isError.has(i)).map((i) => words[i]!),
  };
}
