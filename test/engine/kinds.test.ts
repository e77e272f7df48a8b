/** One example per kind, severity, and the options. */

import { describe, expect, it } from 'vitest';
import { applySuggestions, compare, type Suggestion } from '@galley/engine';
import { show } from './show';

function only(draft: string, reference: string): Suggestion {
  const result = compare(draft, reference);
  expect(result).toHaveLength(1);
  return result[0];
}

describe('kinds', () => {
  it('spelling: a misspelt common word, as a one-word suggestion', () => {
    expect(show('The goverment said it expects progress.', 'The government said it expects progress.'))
      .toEqual(['goverment|government spelling']);
    expect(only('The goverment said it.', 'The government said it.').severity).toBe('medium');
  });

  it('spelling needs a word that is no word of the reference: a close real word is wording', () => {
    expect(show('We went to then shops and then home.', 'We went to the shops and then home.')).toEqual(['then|the wording']);
    expect(show('We went to thw shops and then home.', 'We went to the shops and then home.')).toEqual(['thw|the spelling']);
  });

  it('name: a misspelt proper noun', () => {
    expect(show('Talks between Sir Kir Stmper and Macron.', 'Talks between Sir Keir Starmer and Macron.'))
      .toEqual(['Kir Stmper|Keir Starmer name']);
    expect(show('Macron met Starmre today.', 'Macron met Starmer today.')).toEqual(['Starmre|Starmer name']);
    expect(only('Macron met Starmre today.', 'Macron met Starmer today.').severity).toBe('high');
  });

  it('name: a sentence-initial word is a name when the reference capitalises it elsewhere', () => {
    expect(show('Starmre spoke. Later Starmer left.', 'Starmer spoke. Later Starmer left.'))
      .toEqual(['Starmre|Starmer name']);
    expect(show('Thw talks began.', 'The talks began.')).toEqual(['Thw|The spelling']);
  });

  it('name: a word that only ever starts sentences, never written lower case, is a name when it starts several', () => {
    const reference = 'Agnieszka waited. The boat was late. Agnieszka looked at the sign. Nobody came, and nobody called.';
    expect(show(reference.replace('Agnieszka looked', 'Agneiszka looked'), reference)).toEqual(['Agneiszka|Agnieszka name']);
    // Written lower case elsewhere: a common word that happens to start sentences.
    expect(show(reference.replace('Nobody came', 'Nobdoy came'), reference)).toEqual(['Nobdoy|Nobody spelling']);
    // Starting one sentence only: nothing tells a name from a common word.
    expect(show('Agneiszka waited. The boat was late.', 'Agnieszka waited. The boat was late.')).toEqual(['Agneiszka|Agnieszka spelling']);
  });

  it('a word that lost only its accents is a slip however many it had: name if capitalised, else spelling', () => {
    expect(show('nurses from Lodz and Krakow', 'nurses from Łódź and Kraków')).toEqual(['Lodz|Łódź name', 'Krakow|Kraków name']);
    expect(show('Dr Zoe Marchetti met them at the cafe.', 'Dr Zoë Marchetti met them at the café.'))
      .toEqual(['Zoe|Zoë name', 'cafe|café spelling']);
  });

  it('punctuation: the same letters cut into words another way are one suggestion', () => {
    expect(show('the UK has fewer doctors', 'the U.K. has fewer doctors')).toEqual(['UK|U.K. punctuation']);
    expect(show('the U.S. said', 'the US said')).toEqual(['U.S.|US punctuation']);
  });

  it('number: digits, amounts and units', () => {
    expect(show('up 46% on 2024', 'up 48% on 2024')).toEqual(['46|48 number']);
    expect(show('more than £ 700 meters to France', 'more than £700m to France'))
      .toEqual([' 700 meters|700m number']);
    expect(only('around 20,000 people', 'around 21,000 people').severity).toBe('high');
  });

  it("a name's digits are no value: COVID-19 reworded is wording, another model's number still a number", () => {
    expect(show('to prevent the spread of COVID-19, passes were required', 'to prevent the spread of the coronavirus, passes were required'))
      .toEqual(['COVID-19|the coronavirus wording']);
    expect(show('The F-16 flew low over the town.', 'The F-35 flew low over the town.')).toEqual(['16|35 number']);
  });

  it('a long stretch reworded is wording even when it holds a number', () => {
    expect(show('It opened. They spent the whole of 2019 arguing about money. It closed.', 'It opened. Nobody agreed on anything at all that year. It closed.'))
      .toEqual(['They spent the whole of 2019 arguing about money|Nobody agreed on anything at all that year wording']);
  });

  it('case: only capitalisation differs', () => {
    expect(show('the English channel in small boats', 'the English Channel in small boats'))
      .toEqual(['channel|Channel case']);
    expect(only('the English channel.', 'the English Channel.').severity).toBe('low');
    // One title recased is one fix.
    expect(show('The Prime Minister’s spokesman said so.', 'The prime minister\'s spokesman said so.'))
      .toEqual(["Prime Minister’s|prime minister's case"]);
  });

  it('punctuation: only punctuation differs', () => {
    expect(show('Britain, and France', 'Britain and France')).toEqual([',| punctuation']);
    expect(show('It works. Does it', 'It works. Does it?')).toEqual(['|? punctuation']);
  });

  it('typography: quote style, dashes, ellipses and spacing', () => {
    expect(show('Macron’s “visit”', 'Macron\'s "visit"'))
      .toEqual(['Macron’s|Macron\'s typography', '“|" typography', '”|" typography']);
    expect(show('boats – up 48%', 'boats - up 48%')).toEqual(['–|- typography']);
    expect(show('Wait…  then', 'Wait... then')).toEqual(['… |... typography']);
  });

  it('wording: a different word; a name the reference never writes in lower case, replaced, is a name', () => {
    expect(show('a deal killed under the previous orthodox government', 'a deal struck under the previous Conservative government'))
      .toEqual(['killed|struck wording', 'orthodox|Conservative name']);
    expect(only('the previous orthodox government', 'the previous Conservative government').severity).toBe('high');
    // Capitalised in a heading but written in lower case elsewhere: a common word.
    expect(show('Road news\n\nthe traffic was slow', 'Traffic News\n\nthe traffic was slow')).toEqual(['Road|Traffic wording', 'news|News case']);
    // Only ever opening sentences, never written in lower case: no sign of a name when replaced.
    expect(show('It rose. After then it fell. Until now it held.', 'It rose. Until then it fell. Until now it held.')).toEqual(['After|Until wording']);
  });

  it('wording: a wordy idiom against its short form, whichever way round', () => {
    expect(show('They met to agree a deal.', 'They met in order to agree a deal.')).toEqual(['to|in order to wording']);
    expect(show('They met in order to agree a deal.', 'They met to agree a deal.')).toEqual(['in order to|to wording']);
    expect(show('Ask whether or not it works.', 'Ask whether it works.')).toEqual(['whether or not|whether wording']);
    expect(show('They met in to agree a deal.', 'They met in order to agree a deal.')).toEqual(['| order missing']);
  });

  it('wording inside quotation marks is high severity', () => {
    const [s] = compare('He said "we are hoping for it" today.', 'He said "we are expecting it" today.');
    expect(s.kind).toBe('wording');
    expect(s.severity).toBe('high');
  });

  it('missing: a word or a sentence absent from the draft', () => {
    expect(show('The small boats crossed.', 'The small boats crossed the Channel.')).toEqual(['| the Channel missing']);
    const sentence = compare('One here. Three here.', 'One here. Two is the sentence that went missing. Three here.');
    expect(sentence.map((s) => [s.kind, s.severity])).toEqual([['missing', 'high']]);
  });

  it('extra: draft text absent from the reference', () => {
    expect(show('The very small boats.', 'The small boats.')).toEqual([' very| extra']);
  });

  it('moved: a sentence in another place is two halves sharing a moveId', () => {
    const reference = 'Alpha starts the story here. Beta continues with more detail. Gamma ends it all quietly. Delta is an epilogue.';
    const draft = 'Alpha starts the story here. Gamma ends it all quietly. Delta is an epilogue. Beta continues with more detail.';
    const result = compare(draft, reference);
    const moves = result.filter((s) => s.kind === 'moved');
    expect(moves).toHaveLength(2);
    expect(moves[0].moveId).toBe(moves[1].moveId);
    expect(moves.map((s) => s.severity)).toEqual(['medium', 'medium']);
    expect(applySuggestions(draft, result)).toBe(reference);
  });
});

describe('rewritten sentences', () => {
  it('a sentence mostly reworded is one wording suggestion; a lightly edited one keeps its pieces', () => {
    const reference = 'The arrangement would allow Britain to return migrants who arrive by small boat to France in exchange for accepting asylum seekers with a family connection in the UK. Talks go on.';
    const draft = 'The system will allow Britain to reach France by small boat in exchange for accepting shelter seekers with family relations in Britain. Talks go on.';
    const result = compare(draft, reference);
    // "Britain" for "the UK" is a change of name: it keeps its own high-severity suggestion.
    expect(result.map((s) => s.kind)).toEqual(['wording', 'name']);
    expect(applySuggestions(draft, result)).toBe(reference);
    const parts = result[0].parts!.map((p) => `${draft.slice(p.from, p.to)}|${p.replacement}`);
    expect(parts).toEqual(['system will|arrangement would', 'reach France|return migrants who arrive', '| to France', 'shelter|asylum', '| a', 'relations|connection']);
    expect(show('The talks wnet on for hours and the mood was good.', 'The talks went on for many hours and the mood was good.'))
      .toEqual(['wnet|went spelling', '| many missing']);
  });
});

describe('short moves', () => {
  it('a whole short sentence in another place is a move; so is a phrase found once in each text, but not one that recurs', () => {
    const reference = 'The map was not wrong. Everyone in the village had been told so for years by the old man. Nobody asked him why.';
    const draft = 'Everyone in the village had been told so for years by the old man. Nobody asked him why. The map was not wrong.';
    expect(compare(draft, reference).map((s) => s.kind)).toEqual(['moved', 'moved']);
    const once = compare('one two three four of the five six seven eight nine ten', 'one two of the three four five six seven eight nine ten');
    expect(once.map((s) => s.kind)).toEqual(['moved', 'moved']);
    const recurs = compare('one two three four of the five six of the seven', 'one two of the three four five six of the seven');
    expect(recurs.some((s) => s.kind === 'moved')).toBe(false);
  });
});

describe('options', () => {
  it('ignore leaves those differences out', () => {
    const draft = 'Macron’s goverment';
    const reference = "Macron's government";
    expect(compare(draft, reference, { ignore: ['typography'] }).map((s) => s.kind)).toEqual(['spelling']);
  });

  it('typographyAsEqual treats quote, dash and spacing variants as the same', () => {
    expect(compare('“Macron’s” visit – today', '"Macron\'s" visit - today', { typographyAsEqual: true })).toEqual([]);
    expect(compare('“Macron’s” vist', '"Macron\'s" visit', { typographyAsEqual: true }).map((s) => s.kind)).toEqual(['spelling']);
  });
});

describe('swapped words', () => {
  it('two words swapped in place are one wording suggestion, not a missing and an extra word', () => {
    expect(show('talks were bearing fruit today', 'talks were fruit bearing today')).toEqual(['bearing fruit|fruit bearing wording']);
    expect(show('The Bridge Harbour in Pellingford will close.', 'The Harbour Bridge in Pellingford will close.'))
      .toEqual(['Bridge Harbour|Harbour Bridge wording']);
  });

  it('a word taken further away is no swap', () => {
    expect(show('the old man saw a grey whale and the sea', 'the man saw a grey whale and the old sea'))
      .toEqual([' old| extra', '| old missing']);
  });
});
