/**
 * Partial-accept safety: accepting only the suggestions of one kind, or of
 * one severity (moves always with both halves, as the panel and `galley
 * apply` accept them), must never write a passage twice or lose one. A
 * passage is a word 6-gram: long enough that a repeat is no accident.
 *
 * A passage the result writes more often than the draft and the reference
 * is a duplicate unless one of them writes it that often give or take one
 * word: a phrase the draft repeats, fixed alike in each place ("by the
 * Federal Office for the Protection" twice, "Federal" removed from both), or
 * one the reference repeats that the accept left half fixed in each place
 * ("Main Navy Parade in honor of" twice, "Naval" kept in both), stands in
 * the result where it stands in the text, once per place. A passage
 * deleted in one place and written in another, as half a move writes it,
 * has one place in each text however many words it shares.
 */
import { applySuggestions, SUGGESTION_KINDS, withMovePartners, type Severity, type Suggestion } from '@galley/engine';

/** Words per passage: long enough that a repeated 6-gram in prose is almost always a duplicated passage. */
export const PASSAGE_WORDS = 6;

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** A text's words (runs of non-space characters) and how often each run of PASSAGE_WORDS of them occurs. */
export interface Passages {
  readonly words: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
}

export function passagesOf(text: string): Passages {
  const words = text.match(/\S+/g) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + PASSAGE_WORDS <= words.length; i++) {
    const key = words.slice(i, i + PASSAGE_WORDS).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { words, counts };
}

/**
 * The places where `text` writes `passage` give or take one word: the same
 * words with one of them another, or with one word more or fewer inside
 * (not at an end, where a shifted copy of the passage itself would match).
 */
export function placesNear(text: Passages, passage: readonly string[]): number {
  const w = text.words;
  const n = PASSAGE_WORDS;
  const equalFrom = (at: number, from: number, to: number, shift: number): boolean => {
    for (let k = from; k < to; k++) if (w[at + k + shift] !== passage[k]) return false;
    return true;
  };
  let places = 0;
  for (let i = 0; i < w.length; i++) {
    let near = false;
    if (i + n <= w.length) {
      let differ = 0;
      for (let k = 0; k < n && differ <= 1; k++) if (w[i + k] !== passage[k]) differ++;
      near = differ <= 1;
    }
    // One word more in the text at inner position k, or one fewer (passage[k] missing from it).
    for (let k = 1; !near && k < n; k++) {
      near = (i + n + 1 <= w.length && equalFrom(i, 0, k, 0) && equalFrom(i, k, n, 1)) ||
        (k < n - 1 && i + n - 1 <= w.length && equalFrom(i, 0, k, 0) && equalFrom(i, k + 1, n, -1));
    }
    if (near) places++;
  }
  return places;
}

export interface Damage {
  /**
   * Passages of the draft or the reference that the result has more often than
   * either does. (A partial accept makes new passages, half fixed and half not:
   * those are expected, not duplicates.)
   */
  readonly duplicated: readonly string[];
  /** Passages both the draft and the reference have that the result lost. */
  readonly dropped: readonly string[];
}

/** What a partial accept did to passages the draft and reference agree on. */
export function damage(draft: Passages, reference: Passages, result: string): Damage {
  const got = passagesOf(result).counts;
  const duplicated = [...got].filter(([key, n]) => {
    const most = Math.max(draft.counts.get(key) ?? 0, reference.counts.get(key) ?? 0);
    if (most === 0 || n <= most) return false;
    const words = key.split(' ');
    return n > Math.max(placesNear(draft, words), placesNear(reference, words));
  });
  const dropped = [...draft.counts.keys()].filter((key) => reference.counts.has(key) && !got.has(key));
  return { duplicated: duplicated.map(([key]) => key), dropped };
}

/** One subset accepted on its own and what it did. */
export interface SubsetDamage extends Damage {
  /** The kind or severity accepted, e.g. `missing` or `high`. */
  readonly subset: string;
  readonly result: string;
}

/** Every kind and every severity present in the suggestions, each accepted alone; only damaging subsets are returned. */
export function partialAccepts(draft: string, reference: string, suggestions: readonly Suggestion[]): SubsetDamage[] {
  const draftPassages = passagesOf(draft);
  const referencePassages = passagesOf(reference);
  const subsets: [string, (s: Suggestion) => boolean][] = [
    ...SUGGESTION_KINDS.map((k): [string, (s: Suggestion) => boolean] => [k, (s) => s.kind === k]),
    ...SEVERITIES.map((v): [string, (s: Suggestion) => boolean] => [v, (s) => s.severity === v]),
  ];
  const damaged: SubsetDamage[] = [];
  for (const [subset, picks] of subsets) {
    const chosen = suggestions.filter(picks);
    if (chosen.length === 0) continue;
    const result = applySuggestions(draft, withMovePartners(suggestions, chosen));
    const d = damage(draftPassages, referencePassages, result);
    if (d.duplicated.length > 0 || d.dropped.length > 0) damaged.push({ subset, result, ...d });
  }
  return damaged;
}
