/** A moved passage whose number changed on the way is a `number`, still one linked move. */

import { describe, expect, it } from 'vitest';
import { applySuggestions, compare, withMovePartners } from '@galley/engine';

const passage = (n: number) => `The committee met ${n} times in the old town hall last year.`;
const rest = 'Alpha beta gamma. Delta epsilon zeta. Eta theta iota kappa.';

describe('a move that changes a number', () => {
  it('carries the number kind and high severity on both halves, which keep one moveId', () => {
    const draft = `${passage(50)} ${rest}`;
    const reference = `${rest} ${passage(30)}`;
    const suggestions = compare(draft, reference);
    expect(suggestions.map((s) => [s.kind, s.severity])).toEqual([['number', 'high'], ['number', 'high']]);
    expect(new Set(suggestions.map((s) => s.moveId)).size).toBe(1);
    expect(suggestions[0].moveId).toBeDefined();
    // Accepting numbers takes the whole move; accepting `moved` alone leaves it where it is.
    const numbers = suggestions.filter((s) => s.kind === 'number');
    expect(applySuggestions(draft, withMovePartners(suggestions, numbers))).toBe(reference);
    expect(suggestions.filter((s) => s.kind === 'moved')).toEqual([]);
  });

  it('a move whose words and numbers are unchanged stays `moved`', () => {
    const draft = `${passage(50)} ${rest}`;
    const reference = `${rest} ${passage(50)}`;
    expect(compare(draft, reference).map((s) => [s.kind, s.severity])).toEqual([['moved', 'medium'], ['moved', 'medium']]);
  });

  it('a move whose passage gains a number it never wrote is a number too', () => {
    const draft = `The committee met many times in the old town hall last year. ${rest}`;
    const reference = `${rest} ${passage(12)}`;
    const suggestions = compare(draft, reference);
    expect(suggestions.every((s) => s.moveId !== undefined && s.kind === 'number')).toBe(true);
  });
});
