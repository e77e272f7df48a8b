/**
 * Partial-accept safety: accepting only the suggestions of one kind, or of
 * one severity (moves always with both halves, as the panel and `galley
 * apply` accept them), must never write a passage twice or lose one. A
 * passage is a word 6-gram: long enough that a repeat is no accident.
 *
 * A passage the result writes more often than both the draft and the
 * reference do is duplicated, however it came there: half a move written
 * twice, or half a fix, its other half left behind, making a passage a
 * text has elsewhere ("by the Office for the Protection" where the
 * reference writes it, and again where "Federal" was dropped but "now;"
 * not added). Such halves are one fix and the engine keeps them in one
 * suggestion (join.ts, rewrites.ts), so the rule makes no allowance for them.
 */
import { applySuggestions, SUGGESTION_KINDS, withMovePartners, type Severity, type Suggestion } from '@galley/engine';

/** Words per passage: long enough that a repeated 6-gram in prose is almost always a duplicated passage. */
export const PASSAGE_WORDS = 6;

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** A text's words (runs of non-space characters) and how often each run of PASSAGE_WORDS of them occurs. */
export interface Passages {
  readonly counts: ReadonlyMap<string, number>;
}

export function passagesOf(text: string): Passages {
  const words = text.match(/\S+/g) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + PASSAGE_WORDS <= words.length; i++) {
    const key = words.slice(i, i + PASSAGE_WORDS).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts };
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
    return most > 0 && n > most;
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
