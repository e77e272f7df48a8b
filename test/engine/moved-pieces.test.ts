/**
 * A moved sentence comes out as one linked move, not in pieces whose halves
 * differ, so accepting one kind alone never writes a passage twice nor
 * loses one (the property partial-random.test.ts checks on random drafts).
 */

import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';
import { partialAccepts } from '../eval/real/partial';
import { show } from './show';

/** Kinds or severities whose accepting alone damages the text: none. */
function damaged(draft: string, reference: string): string[] {
  return partialAccepts(draft, reference, compare(draft, reference)).map((d) => `${d.subset}: ${[...d.duplicated, ...d.dropped].join(' / ')}`);
}

describe('a moved quotation', () => {
  it('whose old and new neighbours open with the same mark is one move, the mark left in place', () => {
    const reference = '“It was late, and you knew it was late.” The bus came at noon and we all got on board quickly. “Sorry to keep you.';
    const draft = '“Sorry to keep you. The bus came at noon and we all got on board quickly. “It was late, and you knew it was late.”';
    const moved = show(draft, reference).filter((line) => line.endsWith(' moved'));
    expect(moved).toEqual([
      'Sorry to keep you. | moved',
      '|It was late, and you knew it was late.”  moved',
      'It was late, and you knew it was late.”| moved',
      '|Sorry to keep you. moved',
    ]);
    expect(damaged(draft, reference)).toEqual([]);
  });
});
