/** Shared by the engine's example tests. */

import { expect } from 'vitest';
import { applySuggestions, compare } from '@galley/engine';

/**
 * The suggestions as `draft|reference kind` lines, easy to read in a
 * failure; checks on the way that accepting them all gives the reference.
 * `quote` writes both sides as JSON strings, for whitespace that matters.
 */
export function show(draft: string, reference: string, quote = false): string[] {
  const result = compare(draft, reference);
  expect(applySuggestions(draft, result)).toBe(reference);
  const text = (t: string): string => (quote ? JSON.stringify(t) : t);
  return result.map((s) => `${text(draft.slice(s.from, s.to))}|${text(s.replacement)} ${s.kind}`);
}
