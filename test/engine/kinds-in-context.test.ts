/**
 * Kinds that depend on more than the changed words (classify.ts rules 4
 * and 5): a number moved within its sentence is no changed number, a
 * proper noun only inflected is no changed name, and a word the draft
 * writes elsewhere, or another form of the reference's word, is no slip.
 */

import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';
import { show } from './show';

describe('kinds in context', () => {
  it('a number the draft writes elsewhere in the same sentence was moved, not changed', () => {
    const draft = 'It is expected to rise to 8 gigawatts by 2030. Costs will fall.';
    const reference = 'Until 2030 the capacity should increase to 8 gigawatts. Costs will fall.';
    const result = compare(draft, reference);
    expect(result.map((s) => s.kind)).not.toContain('number');
    expect(result.every((s) => s.severity !== 'high')).toBe(true);
  });

  it('a number written only in another sentence is still a changed number', () => {
    const result = show('It will rise by 2040. The plan dates from 2030.', 'It will rise by 2030. The plan dates from 2030.');
    expect(result).toEqual(['2040|2030 number']);
  });

  it('a number written as an ordinal, or moved beside its unit, keeps its value: no changed number', () => {
    expect(show('The club held its fair on June 14, as every year.', 'The club held its fair on June 14th, as every year.')).toEqual(['14|14th wording']);
    const reordered = compare('The deficit was 12 million NOK last year.', 'The deficit was NOK 12 million last year.');
    expect(reordered.map((s) => s.kind)).not.toContain('number');
    expect(show('It rose by 26 percent.', 'It rose by 27 percent.')).toEqual(['26|27 number']);
  });

  it('a missing clause that brings a number the draft never writes is a high number', () => {
    const draft = 'The small party came second with most of the rural votes. Going by the poll, it will win.';
    const reference = 'The small party came second with most of the rural votes (7.4 percent of all votes cast). Going by the poll, it will win.';
    const result = compare(draft, reference);
    expect(result.map((s) => [s.replacement, s.kind, s.severity])).toEqual([[' (7.4 percent of all votes cast)', 'number', 'high']]);
    // A passage longer than a clause is missing text that happens to hold a number.
    const long = compare('One here. Three here.', 'One here. Two is the sentence of 40 words or so that went missing. Three here.');
    expect(long.map((s) => s.kind)).toEqual(['missing']);
  });

  it('a proper noun only inflected is no name: a change of grammar, wording', () => {
    expect(show('Wind farms in the North and Baltic Seas grew.', 'Wind farms in the North and Baltic Sea grew.')).toEqual(['Seas|Sea wording']);
    expect(show('Wind farms in the North and Baltic Sia grew.', 'Wind farms in the North and Baltic Sea grew.')).toEqual(['Sia|Sea name']);
    // The draft's word is itself a word of the reference ("Canadian" stands elsewhere there): still no changed name.
    expect(show('The Canadian side asked to free the Canadian sailors.', 'The Canadian side asked to free the Canadians sailors.'))
      .toEqual(['Canadian|Canadians wording']);
    const reworded = compare('They watched Okada\'s floats and fireworks.', 'They watched Okada and a fireworks display.');
    expect(reworded.map((s) => s.kind)).not.toContain('name');
  });

  it('another form of the word is grammar, wording: a letter dropped or added is still a slip', () => {
    expect(show('The boy played the girl in the film.', 'The boy plays the girl in the film.')).toEqual(['played|plays wording']);
    expect(show('They started to dress up when the shop opened.', 'They start to dress up when the shop open.'))
      .toEqual(['started|start wording', 'opened|open wording']);
    expect(show('It will add 8 gigawatts of power.', 'It will add 8 gigawatt of power.')).toEqual(['gigawatts|gigawatt wording']);
    expect(show('They are studying it.', 'They studied it.')).toEqual(['are studying|studied wording']);
    // No form of the word: a letter dropped, added or doubled.
    expect(show('The shop opend at nine.', 'The shop opened at nine.')).toEqual(['opend|opened spelling']);
    expect(show('We hop it works.', 'We hope it works.')).toEqual(['hop|hope spelling']);
    expect(show('The goverment said it.', 'The government said it.')).toEqual(['goverment|government spelling']);
  });

  it('a common word the draft writes elsewhere, replaced by another, is wording, not a slip', () => {
    // "this" is the draft's word twice over: the translator chose it, no key slipped.
    const draft = 'It seems to me that this is a story. All this was not true.';
    const reference = 'It seems to me that think is a story. All this was not true.';
    expect(show(draft.replace('All this', 'All that'), reference.replace('All this', 'All that'))).toEqual(['this|think spelling']);
    expect(show(draft, reference.replace('All this', 'All that'))).toEqual(['this|think wording', 'this|that wording']);
    // Differing only in its accents, it stays a slip however often the draft writes it.
    expect(show('A cafe, then another cafe.', 'A café, then another café.')).toEqual(['cafe|café spelling', 'cafe|café spelling']);
  });

  it('a name written in another form of the same word is wording, a name mangled into no word still a name', () => {
    const reference = 'The Main Navy Parade was held. The naval airplanes flew over Russia\'s fleet.';
    expect(show('The Main Naval Parade was held. The naval airplanes flew over Russia\'s fleet.', reference)).toEqual(['Naval|Navy wording']);
    expect(show('The Main Navy Parade was held. The naval airplanes flew over Russian fleet.', 'The Main Navy Parade was held. The Russian airplanes flew over Russia\'s fleet.'))
      .toEqual(['naval|Russian wording', 'Russian|Russia\'s wording']);
    // Its last letter dropped or changed, the name is no word of the reference: mangled, not reworded.
    expect(show('Then Nola spoke to Brady.', 'Then Nolan spoke to Brady.')).toEqual(['Nola|Nolan name']);
    expect(show('Then Nolan spoke to Bradn.', 'Then Nolan spoke to Brady.')).toEqual(['Bradn|Brady name']);
  });

  it('a name of several words replaced by another is one name, never half replaced', () => {
    // Cut at the shared "of" and "and", its names accepted alone wrote "the Department of Communications, Broadcasting and Postal Services".
    const draft = 'They wrote to the Department of Home Affairs and Ofcom about the broadcast last week.';
    const reference = 'They wrote to the DHA and the Office for Regulation of Communications, Broadcasting and Postal Services about the broadcast last week.';
    expect(show(draft, reference)).toEqual(['Department of Home Affairs and Ofcom|DHA and the Office for Regulation of Communications, Broadcasting and Postal Services name']);
    // Two names mangled side by side are two fixes of one kind.
    expect(show('Talks between Keer and Labor went well.', 'Talks between Keir and Labour went well.')).toEqual(['Keer|Keir name', 'Labor|Labour name']);
  });

  it('a name the draft writes inflected elsewhere in the sentence is no name replaced', () => {
    expect(show("The issue came up during Macron's state visit, the government said.", "The issue came up during Macron's visit to Macron, the government said."))
      .toEqual(['state visit|visit to Macron wording']);
  });

  it('a capitalised label opening a bracket is no name', () => {
    expect(show('Xinhua News Agency (photographed by Mo Jingna)', 'Xinhua News Agency (Photo: Mo Jingna)')).toEqual(['photographed by|Photo: wording']);
    expect(show('Moscow, July 26 (Reporter Lu Jinbo) The fleet held a parade.', 'Moscow, July 26 (Correspondent: Lu Jinbo) The fleet held a parade.'))
      .toEqual(['Reporter|Correspondent: wording']);
    // A name in brackets is still a name.
    expect(show('The port (Takagushi) was busy.', 'The port (Takakushi) was busy.')).toEqual(['Takagushi|Takakushi name']);
  });

  it('a word opening a sentence is no name when the reference writes it in lower case too, whatever a headline capitalised', () => {
    const reference = 'Memorial Service at Karatsu; Only Shinto Rites Planned\n\nThe hall will open on the 25th, only for the family.\n\nOnly the rites will take place.';
    const draft = 'Memorial Service at Karatsu; Only Shinto Rites Planned\n\nThe hall will open on the 25th, only for the family.\n\nOn the rites will take place.';
    expect(show(draft, reference)).toEqual(['On|Only wording']);
  });

  it('a name the draft writes elsewhere in the sentence was moved within it, not replaced', () => {
    const draft = 'A collision was shown at the school in Tsuruoka City.\n\nIn recent years, the Tsuruoka Police Station has launched a campaign.';
    const reference = 'A collision was shown at the school, Tsuruoka\n\nTsuruoka Police Station has begun a campaign.';
    const result = compare(draft, reference);
    expect(result.map((s) => s.kind)).not.toContain('name');
    // A name written only in another sentence is still a name replaced.
    expect(show('Karatsu is far. The chief of the station came.', 'Karatsu is far. The chief of Karatsu came.')).toEqual(['the station|Karatsu name']);
  });
});

