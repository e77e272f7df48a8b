/**
 * The seed pair's clause moved within its sentence ("would be agreed during
 * the French President's visit" put after "the migrant return deal") stays a
 * linked move when move-pieces.ts joins the pieces around it: a move whose
 * halves both lie in one stretch is not folded into one reworded stretch.
 */

import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compare } from '@galley/engine';

const root = new URL('../../seeds/', import.meta.url);
const draft = readFileSync(new URL('000_6302bc43854f0c3c.txt', root), 'utf8');
const reference = readFileSync(new URL('001_6904e82db721665d.txt', root), 'utf8');

it('the clause moved within its sentence is one linked move', () => {
  const result = compare(draft, reference);
  const pos = draft.indexOf('would be agreed during the French President’s visit');
  const removal = result.find((s) => s.from <= pos && pos < s.to);
  expect(removal?.kind).toBe('moved');
  const halves = result.filter((s) => s.moveId === removal!.moveId);
  expect(halves.map((s) => s.replacement)).toEqual(['', " would be agreed during the French president's visit"]);
});
