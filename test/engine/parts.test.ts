/** The word-level changes inside a suggestion (parts.ts). */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, type Suggestion } from '@galley/engine';
import { isTokenBoundary, tokenize } from '@galley/engine/tokenize';
import { anyPair, textPair } from './arbitraries';

/** The suggestion's replacement rebuilt by applying its parts inside its draft span. */
function applyParts(draft: string, s: Suggestion): string {
  let out = '';
  let pos = s.from;
  for (const p of s.parts ?? []) {
    out += draft.slice(pos, p.from) + p.replacement;
    pos = p.to;
  }
  return out + draft.slice(pos, s.to);
}

/** Parts are sorted, disjoint, inside the span, true to the reference, at word edges, and tile the suggestion. */
function expectConsistentParts(draft: string, reference: string, result: readonly Suggestion[]): void {
  const draftTokens = tokenize(draft);
  const refTokens = tokenize(reference);
  for (const s of result) {
    if (!s.parts) continue;
    expect(s.parts.length, 'a lone part covering everything is left out').toBeGreaterThan(0);
    let pos = s.from;
    let refPos = s.refFrom;
    for (const p of s.parts) {
      expect(p.from).toBeGreaterThanOrEqual(pos);
      expect(p.refFrom).toBeGreaterThanOrEqual(refPos);
      expect(p.to).toBeGreaterThanOrEqual(p.from);
      expect(p.from < p.to || p.refFrom < p.refTo, 'a part changes something').toBe(true);
      expect(reference.slice(p.refFrom, p.refTo)).toBe(p.replacement);
      for (const at of [p.from, p.to]) expect(isTokenBoundary(draftTokens, at)).toBe(true);
      for (const at of [p.refFrom, p.refTo]) expect(isTokenBoundary(refTokens, at)).toBe(true);
      pos = p.to;
      refPos = p.refTo;
    }
    expect(pos).toBeLessThanOrEqual(s.to);
    expect(refPos).toBeLessThanOrEqual(s.refTo);
    expect(applyParts(draft, s), 'applying the parts inside the span gives the replacement').toBe(s.replacement);
  }
}

describe('parts', () => {
  it('a reworded sentence lists its changed words, leaving the unchanged ones out', () => {
    const reference = 'The arrangement would allow ministers to return migrants who arrive by small boat to France in exchange for accepting more asylum seekers. Talks go on.';
    const draft = 'The system will allow ministers to reach France by small boat in exchange for accepting additional shelter seekers. Talks go on.';
    const result = compare(draft, reference);
    const rewrite = result.find((s) => s.parts);
    expect(rewrite, JSON.stringify(result)).toBeDefined();
    expect(rewrite!.parts!.map((p) => `${draft.slice(p.from, p.to)}|${p.replacement}`)).toContain('reach France|return migrants who arrive');
    expectConsistentParts(draft, reference, result);
  });

  it('a one-word change has no parts: it is one change throughout', () => {
    const [s] = compare('The talks were cordial.', 'The talks were tense.');
    expect(s.parts).toBeUndefined();
  });

  it('parts tile every suggestion consistently', () => {
    fc.assert(fc.property(fc.oneof(textPair, anyPair), ({ draft, reference }) => {
      expectConsistentParts(draft, reference, compare(draft, reference));
    }), { numRuns: 300 });
  });
});
