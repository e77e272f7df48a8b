/**
 * Ignore rules: changes the editor has said never to flag again
 * (`offense` → `offence`, `“` → `"`), kept as plain data so the window and
 * the CLI (`galley --rules FILE`) read the same JSON and hide the same
 * suggestions.
 *
 * A rule names a change by its exact wording on both sides, not by where it
 * stands: it applies wherever the same draft words are flagged with the same
 * reference words. Halves of a move are never hidden by a rule: accepting the
 * other half alone would drop or double the passage.
 */

import type { Suggestion, SuggestionPart } from './types';

/** One change never to flag again: the draft's wording and the reference's, exactly. */
export interface IgnoreRule {
  readonly draft: string;
  readonly reference: string;
}

/** The file format of a rule list (`*.json`), versioned so it can grow. */
export interface RuleFile {
  readonly version: 1;
  readonly rules: readonly IgnoreRule[];
}

/** Thrown by `parseRuleFile`; the message is one line saying what is wrong. */
export class RuleFileError extends Error {
  override readonly name = 'RuleFileError';
}

/**
 * An identity for a change, the same for every suggestion making it: rules
 * are matched by it, and the window counts repeated rejections of one change
 * by it. JSON of the pair, so no separator can make two changes collide.
 */
export function changeKey(draftWording: string, referenceWording: string): string {
  return JSON.stringify([draftWording, referenceWording]);
}

/** The change `suggestion` proposes, as a rule would name it. */
export function changeOf(draft: string, suggestion: Suggestion): IgnoreRule {
  return { draft: draft.slice(suggestion.from, suggestion.to), reference: suggestion.replacement };
}

/**
 * `suggestions` without the changes a rule names. Order is kept; move
 * halves are always kept (see the module comment). A rule names a whole
 * suggestion, or a word-level part of a longer one ("offense" → "offence"
 * inside "offense to endanger" → "offence of endangering"): that part is
 * left as the draft has it and the rest is still suggested, so accepting
 * the phrase never makes a change the editor said to leave.
 */
export function withoutIgnored(draft: string, suggestions: readonly Suggestion[], rules: readonly IgnoreRule[]): Suggestion[] {
  if (rules.length === 0) return [...suggestions];
  const ignored = new Set(rules.map((r) => changeKey(r.draft, r.reference)));
  const named = (from: number, to: number, replacement: string): boolean => ignored.has(changeKey(draft.slice(from, to), replacement));
  const kept: Suggestion[] = [];
  for (const s of suggestions) {
    if (s.moveId !== undefined) kept.push(s);
    else if (named(s.from, s.to, s.replacement)) continue;
    else if (!s.parts?.some((p) => named(p.from, p.to, p.replacement))) kept.push(s);
    else {
      const parts = s.parts.filter((p) => !named(p.from, p.to, p.replacement));
      if (parts.length > 0) kept.push(withParts(draft, s, parts));
    }
  }
  return kept;
}

/** `suggestion` making only `parts` of its changes: the draft's own words stand between them. */
function withParts(draft: string, suggestion: Suggestion, parts: readonly SuggestionPart[]): Suggestion {
  let replacement = '';
  let at = suggestion.from;
  for (const p of parts) {
    replacement += draft.slice(at, p.from) + p.replacement;
    at = p.to;
  }
  return { ...suggestion, replacement: replacement + draft.slice(at, suggestion.to), parts };
}

/** `rules` with `rule` added once (adding a rule twice changes nothing). */
export function addRule(rules: readonly IgnoreRule[], rule: IgnoreRule): IgnoreRule[] {
  const key = changeKey(rule.draft, rule.reference);
  return rules.some((r) => changeKey(r.draft, r.reference) === key) ? [...rules] : [...rules, { draft: rule.draft, reference: rule.reference }];
}

/** `rules` without `rule`. */
export function removeRule(rules: readonly IgnoreRule[], rule: IgnoreRule): IgnoreRule[] {
  const key = changeKey(rule.draft, rule.reference);
  return rules.filter((r) => changeKey(r.draft, r.reference) !== key);
}

/**
 * Reads a rule file's parsed JSON, checking every field: a hand-edited file
 * with a mistake is refused with the place of the mistake, never half used.
 */
export function parseRuleFile(json: unknown): RuleFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new RuleFileError('not a Galley rules file (expected an object with "version" and "rules")');
  const { version, rules } = json as { version?: unknown; rules?: unknown };
  if (version !== 1) throw new RuleFileError(`unsupported rules file version ${JSON.stringify(version)} (this Galley reads version 1)`);
  if (!Array.isArray(rules)) throw new RuleFileError('"rules" must be a list');
  const parsed = rules.map((rule: unknown, i): IgnoreRule => {
    const { draft, reference } = (typeof rule === 'object' && rule !== null ? rule : {}) as { draft?: unknown; reference?: unknown };
    if (typeof draft !== 'string' || typeof reference !== 'string') {
      throw new RuleFileError(`rule ${i + 1} needs "draft" and "reference" strings`);
    }
    if (draft === reference) throw new RuleFileError(`rule ${i + 1} names no change ("draft" and "reference" are the same)`);
    return { draft, reference };
  });
  return { version: 1, rules: parsed };
}

/** A rule list as its file's JSON text. */
export function formatRuleFile(rules: readonly IgnoreRule[]): string {
  const file: RuleFile = { version: 1, rules: rules.map(({ draft, reference }) => ({ draft, reference })) };
  return `${JSON.stringify(file, null, 2)}\n`;
}
