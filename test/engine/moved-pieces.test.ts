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

describe('a moved passage whose halves differ at an end', () => {
  it('takes in the change beside it that carries its last word, so accepting that change alone loses nothing', () => {
    const reference = 'After the storm my brother and I tried to rebuild it.\nWe had watched him build it many times, and we were both careful builders, yet our first walls were crooked, loose and weak.\n\nThe second wall was better; the third was nearly right.';
    const draft = 'After the storm my brother careful builders, yet our first walls were crooked, loose and weak.\n\nThe I tried it.\nWe had watched him build it many times, and we were both second wall was better; to rebuild and the third was nearly right.';
    expect(show(draft, reference, true).filter((line) => line.endsWith(' moved'))).toEqual([
      '"careful builders, yet our first walls were crooked, loose and weak.\\n\\nThe"|"and" moved',
      '""|" careful builders, yet our first walls were crooked, loose and weak.\\n\\nThe" moved',
    ]);
    expect(damaged(draft, reference)).toEqual([]);
  });

  it('takes in the unchanged closing marks its other half carries, so accepting the move alone leaves none behind', () => {
    const reference = '"Fine, fine." "It does not matter. They are windfalls now. We will give them to the goat." "You have not got a goat, Mum.\nYou have not had a goat since 1987."';
    const draft = 'You have not had a goat since 1987." "It does not matter. We will give them to the goat." They are windfalls now. "Fine, fine." "You have not got a goat, Mum.';
    expect(show(draft, reference, true).filter((line) => line.endsWith(' moved'))).toEqual([
      '"You have not had a goat since 1987.\\""|"\\"Fine, fine.\\"" moved',
      '""|"\\nYou have not had a goat since 1987.\\"" moved',
    ]);
    expect(damaged(draft, reference)).toEqual([]);
  });
});

describe('a moved opening phrase', () => {
  it('takes in the change of case it brings to the next word: one fix, never a sentence starting in lower case', () => {
    const draft = 'On May 3, two marches took place near the old bridge and by the harbour. Many people came to watch them.';
    const reference = 'Two marches took place near the old bridge and by the harbour on May 3. Many people came to watch them.';
    const result = compare(draft, reference);
    expect(result.map((s) => s.kind)).toEqual(['moved', 'moved']);
    expect(result[0].replacement).toBe('Two');
    expect(damaged(draft, reference)).toEqual([]);
  });

  it('carries no rewording from the paragraph before or after it: accepting the moves changes only where the phrase stands', () => {
    const draft = 'She answers all the letters sent to them.\n\nOn May 9, two large marches were held in Tver.\n\nMarches are held weekly.';
    const reference = 'She answers all the letters addressed to her.\n\nTwo large marches took place in Tver on May 9.\n\nRallies are held weekly.';
    const moved = compare(draft, reference).filter((s) => s.kind === 'moved');
    expect(moved.map((s) => [draft.slice(s.from, s.to), s.replacement])).toEqual([['On May 9, two', 'Two'], ['', ' on May 9']]);
    expect(show(draft, reference)).toContain('them|her wording');
    expect(show(draft, reference)).toContain('Marches|Rallies wording');
    expect(damaged(draft, reference)).toEqual([]);
  });
});
