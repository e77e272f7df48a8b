/** One fix, one suggestion: a change is never cut into abutting pieces, nor cut inside a word. */

import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';
import { partialAccepts } from '../eval/real/partial';
import { show } from './show';

/** Pairs of suggestions that touch on both sides: one fix cut in two. */
function abutting(draft: string, reference: string): number {
  const result = compare(draft, reference);
  return result.filter((s, k) => k + 1 < result.length && s.to === result[k + 1].from && s.refTo === result[k + 1].refFrom).length;
}

describe('tokens merged or split by a lost or extra space', () => {
  it('the spacing on both sides of a dash is one suggestion', () => {
    const draft = 'New powers against smugglers-with suspects facing travel bans.';
    const reference = 'New powers against smugglers - with suspects facing travel bans.';
    expect(show(draft, reference, true)).toEqual(['"-"|" - " typography']);
    expect(show(reference, draft, true)).toEqual(['" - "|"-" typography']);
  });

  it('a space or a comma moved across the quotation mark beside it is one suggestion', () => {
    expect(show('"It has nothing to do with it, "said the actor.', '"It has nothing to do with it," said the actor.', true))
      .toEqual(['" \\""|"\\" " typography']);
    expect(show('They called it "propaganda," and complained.', 'They called it "propaganda", and complained.', true))
      .toEqual(['",\\""|"\\"," punctuation']);
    // A word changed beside the mark is not a move across it: two fixes.
    expect(show('He said, "yes".', 'He said "yes."', true)).toHaveLength(2);
  });

  it('a quotation mark moved across the stop and restyled is one suggestion', () => {
    // A machine translation's `."` for the reference's `”.`: accepted alone, either half doubles or drops the mark.
    expect(show('A professorship for "Air Traffic Management."\n\nA contract follows.', 'A professorship for “Air Traffic Management”.\n\nA contract follows.', true))
      .toEqual(['"\\""|"“" typography', '".\\""|"”." punctuation']);
  });

  it('a mark moved across the comma beside a reworded word goes with the word', () => {
    // Two suggestions, `anyone` → `anybody"` and `"` → ``, each write a wrong quote accepted alone.
    expect(show('He did not want to offend anyone," said the actor.', 'He did not want to offend anybody", said the actor.', true))
      .toEqual(['"anyone,\\""|"anybody\\"," wording']);
    // A quote restyled where it stands beside a reworded word moved nothing: two fixes.
    expect(show('He did not want to offend anyone,"', 'He did not want to offend anybody,”', true)).toHaveLength(2);
  });

  it('a word split before its possessive ending is one suggestion over both pieces', () => {
    const draft = 'The match at St Luke s Oval was called off.';
    const reference = 'The match at St. Luke\'s Oval was called off.';
    expect(show(draft, reference)).toEqual([" Luke s|. Luke's punctuation"]);
  });

  it('two words run together are one suggestion, and the word after them is not deleted and re-inserted', () => {
    const draft = 'He had read the Exetenpapers. I remember that well.';
    const reference = 'He had read the Exeter papers. I remember that well.';
    const result = show(draft, reference);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^Exetenpapers\|Exeter papers /);
  });

  it('a slip with a mark lost beside it is one suggestion', () => {
    const draft = 'After the funeralg the family went home.';
    const reference = 'After the funeral, the family went home.';
    expect(show(draft, reference)).toEqual(['funeralg|funeral, spelling']);
  });
});

describe('a phrase reordered around one word', () => {
  it('is one suggestion, not an insertion and a removal on either side of the word', () => {
    expect(show("So far the students' performance has been excellent.", 'So far the performance of the students has been excellent.'))
      .toEqual(["students' performance|performance of the students wording"]);
    expect(show('It strengthens the university\'s profile.', 'It strengthens the profile of the university.'))
      .toEqual(["university's profile|profile of the university wording"]);
  });

  it('accepted by kind, neither half writes a passage the texts have elsewhere', () => {
    const draft = 'It was classified by the Federal Office for the Protection of the Constitution. They evade observation by the Federal Office for the Protection of the Constitution.';
    const reference = 'It was dissolved by now; the Office for the Protection of the Constitution ranks it. They evade observation by the Office for the Protection of the Constitution.';
    expect(show(draft, reference)).toContain('the Federal|now; the wording');
    expect(partialAccepts(draft, reference, compare(draft, reference))).toEqual([]);
  });

  it('a place named before the word and dropped after it is one replacement, however many words it has', () => {
    // Missing "Tula Oblast" and extra "of the Tula Region": accepting the missing text alone writes the place twice.
    const draft = 'Acting Governor of the Tula Region Ivan Petrov met the striking miners for the first time.';
    const reference = 'Acting Tula Oblast Governor Ivan Petrov met the striking miners for the first time.';
    expect(show(draft, reference)).toEqual(['Governor of the Tula Region|Tula Oblast Governor wording']);
    // Longer halves that share no word are two fixes.
    expect(show('Acting Governor of the whole eastern region Ivan Petrov met them.', 'Acting newly named Governor Ivan Petrov met them.'))
      .toHaveLength(2);
  });

  it('stays two fixes two words apart or across a sentence end', () => {
    expect(show('He sent the big old brown letter.', 'He sent the old brown paper letter.')).toEqual([' big| extra', '| paper missing']);
    expect(show('The dog barked. Then it slept.', 'The dog barked loudly. Then slept.')).toEqual(['| loudly missing', ' it| extra']);
  });
});

describe('fixes that touch but are two', () => {
  it('an apostrophe restyled and a word missing after it stay two suggestions', () => {
    expect(show('during Macron’s visit to London', "during Macron's state visit to London")).toEqual([
      "Macron’s|Macron's typography", '| state missing',
    ]);
  });
});

describe('fixes on both sides of a paragraph break', () => {
  it('are two suggestions, each of its own kind: a headline\'s name is no name crossing into the next paragraph', () => {
    expect(show('The Yamagata Shimbun\n\nA bicycle class was held.', 'The Yamagata Newspaper\n\nAt the bicycle class held.')).toEqual([
      'Shimbun|Newspaper name', 'A|At the wording', ' was| extra',
    ]);
  });

  it('a quotation moved within a headline is one fix, apart from the next paragraph\'s first word', () => {
    // Missing `"insulting the army"` plus `of "insulting the army"\n\nThe` → `\n\nA`: rejecting the removal rejected "The" → "A".
    const draft = 'Film director answered charges of "insulting the army"\n\nThe director of the film, whose producers were charged with "insulting the army," answered.';
    const reference = 'Film director answered "insulting the army" charges\n\nA director of the film, whose producers have been charged with "insulting the army", answered.';
    expect(show(draft, reference).slice(0, 2)).toEqual(['charges of "insulting the army"|"insulting the army" charges wording', 'The|A wording']);
    expect(partialAccepts(draft, reference, compare(draft, reference))).toEqual([]);
  });

  it('a word re-broken across a paragraph break is still one fix', () => {
    expect(show('The sheriff of the coun-\n\ntry said so.', 'The sheriff of the country\n\nsaid so.', true)).toEqual([
      '"coun-\\n\\ntry "|"country\\n\\n" punctuation',
    ]);
  });
});

describe('changes across a line break', () => {
  it('a word broken at another line end is one suggestion, its spacing included', () => {
    const draft = 'The sheriff of the coun\nty said the roads were closed.';
    const reference = 'The sheriff of the county\nsaid the roads were closed.';
    expect(show(draft, reference, true)).toEqual(['"coun\\nty "|"county\\n" typography']);
  });

  it('no two suggestions abut in these examples', () => {
    expect(abutting('The match at St Luke s Oval was called off.', 'The match at St. Luke\'s Oval was called off.')).toBe(0);
    expect(abutting('the Exetenpapers. 1 remember', 'the Exeter papers. I remember')).toBe(0);
    expect(abutting('The coun\nty said.', 'The county\nsaid.')).toBe(0);
  });
});

describe('a sentence start', () => {
  it('words added before a sentence and its first word lower-cased are one suggestion', () => {
    expect(show('The council met today.', 'According to the council met today.')).toEqual(['The|According to the wording']);
  });
});

describe('a quotation mark between changes', () => {
  it('a word added before a restyled opening mark and words added after it are one suggestion', () => {
    expect(show('It expects “good progress” soon.', 'It expects to "make good progress" soon.')).toEqual([
      '“good progress”|to "make good progress" wording',
    ]);
  });

  it('a quotation restyled with words added inside it is one suggestion over the quotation', () => {
    expect(show('He would not say if “one, one” was agreed.', 'He would not say if "one in, one out" was agreed.')).toEqual([
      '“one, one”|"one in, one out" wording',
    ]);
  });

  it('a quotation restyled with a separate slip inside stays two fixes', () => {
    expect(show('She called it “a grate day” then.', 'She called it "a great day" then.')).toEqual([
      '“|" typography', 'grate|great spelling', '”|" typography',
    ]);
  });
});
