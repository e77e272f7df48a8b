/**
 * On a page read by machine, a run of misread words with only unchanged
 * spacing between them is one suggestion (misread-runs.ts), its parts
 * naming each word; on a typed draft each slip stays its own.
 */

import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';
import { show } from './show';

const REFERENCE = 'The old mill stood by the river. All the men of the town came to see the church\nand the school, and the doctor said it was a fine day for it.';

/** A page read by machine: its misreadings make the engine read it as one. */
const DRAFT = 'Tbe old rnill stood by tbe river. AU the men of the town came to see tho chnrcli\nand the school, and the cloctor said it was a fine day for it.';

describe('a run of misread words', () => {
  it('is one spelling suggestion on a machine-read page, with each word a part', () => {
    const draft = DRAFT;
    expect(show(draft, REFERENCE, true)).toEqual([
      '"Tbe"|"The" spelling', '"rnill"|"mill" spelling', '"tbe"|"the" spelling', '"AU"|"All" spelling',
      '"tho chnrcli"|"the church" spelling', '"cloctor"|"doctor" spelling',
    ]);
    const run = compare(draft, REFERENCE).find((s) => draft.slice(s.from, s.to) === 'tho chnrcli')!;
    expect(run.parts?.map((p) => `${draft.slice(p.from, p.to)}|${p.replacement}`)).toEqual(['tho|the', 'chnrcli|church']);
  });

  it('grows over the word a lost space belonged to: one change of the whole word', () => {
    const draft = 'Tbe old rnill stood by tbe river. AU the men of the town came to see the chu rcli\nand the school, and the cloctor said it was a fine day for it.';
    expect(show(draft, REFERENCE, true)).toContain('"chu rcli"|"church" spelling');
  });

  it('takes in the mark a lost space glues to a misread word', () => {
    const draft = 'Tbe old rnill stood by tbe river . All the men of the town came to see the church\nand the school , and the cloctor said it was a fine day for it.';
    const reference = 'The old mill stood by the rivers. All the men of the town came to see the church\nand the schools, and the doctor said it was a fine day for it.';
    const shown = show(draft, reference, true);
    expect(shown).toContain('"tbe river ."|"the rivers." spelling');
    expect(shown).toContain('"school ,"|"schools," spelling');
    // Whatever the kind: small capitals read as letters after a dash that lost its space.
    expect(show(`${DRAFT} Reviewed in the papers. - Globe. Good.`, `${REFERENCE} Reviewed in the papers. -GLOBE. Good.`, true)).toContain('"- Globe"|"-GLOBE" case');
  });

  it('joins neighbours of one kind too: small capitals read as capitals are one case suggestion', () => {
    expect(show(`${DRAFT} The Old Bell rang.`, `${REFERENCE} THE OLD BELL rang.`, true)).toContain('"The Old Bell"|"THE OLD BELL" case');
  });

  it('reaches across marks glued between two misread words', () => {
    expect(show(`${DRAFT} He lived in Rnarket-strcet then.`, `${REFERENCE} He lived in Market-street then.`, true))
      .toContain('"Rnarket-strcet"|"Market-street" spelling');
  });

  it('slides a removal back over the mark it repeats, to join the misread word before it', () => {
    // " via." removed after "mcasures." removes the same as ". via" right after the misread word.
    expect(show(`${DRAFT} Of the following mcasures. via., wldth over all.`, `${REFERENCE} Of the following measures, viz., width over all.`, true))
      .toContain('"mcasures. via"|"measures, viz" spelling');
  });

  it('joins a run grown over a word with the run it then touches', () => {
    expect(show(`${DRAFT} The horse went arouud tbe yard Sho said.`, `${REFERENCE} The horse went around the yard. She said.`, true))
      .toContain('"arouud tbe yard Sho"|"around the yard. She" spelling');
  });

  it('stays word by word on a typed draft', () => {
    const draft = 'The old mill stood by the river. All the men of the town came to see teh chruch\nand the school, and the doctor said it was a fine day for it.';
    expect(show(draft, REFERENCE, true)).toEqual(['"teh"|"the" spelling', '"chruch"|"church" spelling']);
  });
});
