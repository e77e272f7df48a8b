import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@galley/engine';
import { damage, partialAccepts, passagesOf } from './partial';

const s = (id: string, from: number, to: number, replacement: string, kind: Suggestion['kind'], extra: Partial<Suggestion> = {}): Suggestion =>
  ({ id, from, to, replacement, kind, severity: 'medium', refFrom: 0, refTo: 0, ...extra });

describe('damage', () => {
  const draft = 'one two three four five six seven';
  const counts = passagesOf(draft);

  it('counts a passage written more often than draft and reference have it', () => {
    const result = 'one two three four five six seven one two three four five six';
    expect(damage(counts, counts, result)).toEqual({ duplicated: ['one two three four five six'], dropped: [] });
  });

  it('counts a passage both texts have that the result lost', () => {
    expect(damage(counts, counts, 'one two three four five six')).toEqual({ duplicated: [], dropped: ['two three four five six seven'] });
  });

  it('does not count new half-fixed passages as duplicates', () => {
    const [typo, fixed] = [passagesOf('one twoo three four five sixx seven'), passagesOf('one two three four five six seven')];
    expect(damage(typo, fixed, 'one two three four five sixx seven')).toEqual({ duplicated: [], dropped: [] });
  });
});

describe('a passage written more often than both texts', () => {
  it('is a duplicate even where half a fix made it, not a copy', () => {
    const draft = passagesOf('seen by the Federal Office for the Protection here. Watched by the Federal Office for the Protection there.');
    const reference = passagesOf('seen now; the Office for the Protection here. Watched by the Office for the Protection there.');
    const result = 'seen by the Office for the Protection here. Watched by the Office for the Protection there.';
    expect(damage(draft, reference, result).duplicated).toEqual(['by the Office for the Protection']);
  });

  it('written once in each text, twice in the result, is a duplicate even with a word changed on the way', () => {
    const draft = passagesOf('alpha beta one two three four five six seven eight nine gamma delta epsilon zeta eta.');
    const reference = passagesOf('alpha beta gamma delta epsilon zeta eta one two three four five six seven eight nines.');
    const result = 'alpha beta one two three four five six seven eight nine gamma delta epsilon zeta eta one two three four five six seven eight nines.';
    expect(damage(draft, reference, result).duplicated).toEqual(['one two three four five six', 'two three four five six seven', 'three four five six seven eight']);
  });

  it('is no duplicate where a text writes it as often', () => {
    const draft = passagesOf('The Main Naval Parade in honor of Navy Day ended. The Main Naval Parade, for the day, ended.');
    const reference = passagesOf('The Main Navy Parade in honor of Navy Day ended. The Main Navy Parade in honor of the day ended.');
    expect(damage(draft, reference, 'The Main Navy Parade in honor of Navy Day ended. The Main Navy Parade in honor of the day ended.').duplicated).toEqual([]);
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
