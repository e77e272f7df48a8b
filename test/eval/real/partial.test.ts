import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@galley/engine';
import { damage, partialAccepts, passageCounts } from './partial';

const s = (id: string, from: number, to: number, replacement: string, kind: Suggestion['kind'], extra: Partial<Suggestion> = {}): Suggestion =>
  ({ id, from, to, replacement, kind, severity: 'medium', refFrom: 0, refTo: 0, ...extra });

describe('damage', () => {
  const draft = 'one two three four five six seven';
  const counts = passageCounts(draft);

  it('counts a passage written more often than draft and reference have it', () => {
    const result = 'one two three four five six seven one two three four five six';
    expect(damage(counts, counts, result)).toEqual({ duplicated: ['one two three four five six'], dropped: [] });
  });

  it('counts a passage both texts have that the result lost', () => {
    expect(damage(counts, counts, 'one two three four five six')).toEqual({ duplicated: [], dropped: ['two three four five six seven'] });
  });

  it('does not count new half-fixed passages as duplicates', () => {
    const [typo, fixed] = [passageCounts('one twoo three four five sixx seven'), passageCounts('one two three four five six seven')];
    expect(damage(typo, fixed, 'one two three four five sixx seven')).toEqual({ duplicated: [], dropped: [] });
  });
});

describe('partialAccepts', () => {
  // A clause moved inside a sentence: accepting only one half writes it twice or loses it.
  const clause = ' on the migrant return deal with France';
  const draft = `we said that it would be agreed soon${clause} in Paris today.`;
  const reference = `we said that${clause} it would be agreed soon in Paris today.`;
  const at = draft.indexOf(clause);
  const halves = (kinds: [Suggestion['kind'], Suggestion['kind']], extra: Partial<Suggestion> = {}) => [
    s('a', 12, 12, clause, kinds[0], extra),
    s('b', at, at + clause.length, '', kinds[1], extra),
  ];

  it('finds the duplicate and the loss when the halves are unlinked', () => {
    const damaged = partialAccepts(draft, reference, halves(['missing', 'extra']));
    expect(damaged.find((d) => d.subset === 'missing')!.duplicated).toEqual(['on the migrant return deal with', 'the migrant return deal with France']);
    expect(damaged.find((d) => d.subset === 'extra')!.dropped).toContain('on the migrant return deal with');
  });

  it('finds nothing when the halves are one move, accepted together', () => {
    expect(partialAccepts(draft, reference, halves(['moved', 'moved'], { moveId: 'm' }))).toEqual([]);
  });
});
