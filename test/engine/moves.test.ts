/** Moves: which passage is reported as moved, and how cleanly. */

import { describe, expect, it } from 'vitest';
import { applySuggestions, compare } from '../../renderer/src/engine/index';

/** The suggestions as `draft|reference kind` lines; checks accept-all on the way. */
function show(draft: string, reference: string): string[] {
  const result = compare(draft, reference);
  expect(applySuggestions(draft, result)).toBe(reference);
  return result.map((s) => `${draft.slice(s.from, s.to)}|${s.replacement} ${s.kind}`);
}

describe('which passage moved', () => {
  it('a clean sentence jumping over passages full of slips is the move, not the passages', () => {
    const p = 'The committee finally agreed on the new harbour budget after a long debate that had lasted for most of the afternoon and evening.';
    const reference = [
      'Alpha opened the meeting at noon.', p,
      'Several members of the council said that the roads near the station needed repair before the winter.',
      'Others argued that the money should go to the library and to the swimming pool instead.',
      'The vote ended late.',
    ].join(' ');
    const draft = [
      'Alpha opened the meeting at noon.',
      'Severl members of the Council sayd that the raods near the station neded repair before the wintre.',
      'Othres argued that the mony should go to the librery and to the swiming pool instead.', p,
      'The vote ended late.',
    ].join(' ');
    const result = show(draft, reference);
    const moved = result.filter((line) => line.endsWith(' moved'));
    expect(moved, 'the insertion carries the space before the next sentence').toEqual([`|${p}  moved`, ` ${p}| moved`]);
    expect(result.filter((line) => !line.endsWith(' moved'))).toEqual([
      'Severl|Several spelling', 'Council|council case', 'sayd|said spelling', 'raods|roads spelling', 'neded|needed spelling',
      'wintre|winter spelling', 'Othres|Others spelling', 'mony|money spelling', 'librery|library spelling', 'swiming|swimming spelling',
    ]);
  });
});
