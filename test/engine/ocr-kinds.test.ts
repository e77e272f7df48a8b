/**
 * Kinds by what changed, character by character (classify.ts): one
 * hand-made example per OCR rule and per kind decision.
 */

import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';
import { isShapeMisreading, ocrCost } from '@galley/engine/ocr';
import { show } from './show';

/** The kind and severity of the one suggestion for draft/reference. */
function kindOf(draft: string, reference: string): string {
  const result = compare(draft, reference);
  expect(result, JSON.stringify(result)).toHaveLength(1);
  return `${result[0].kind} ${result[0].severity}`;
}

describe('misreadings by shape (ocr.ts)', () => {
  it('prices look-alike glyphs, stray marks and doubled letters below one plain edit', () => {
    for (const [draft, word] of [
      ['rnore', 'more'], ['Deatli', 'Death'], ['aU', 'all'], ['kiU', 'kill'], ['cloor', 'door'], ['1ittle', 'little'],
      ['0ver', 'Over'], ['wa3', 'was'], ['5ome', 'Some'], ['8ee', 'See'], ['tc', 'to'], ['r^ain', 'rain'],
      ['wa~s', 'was'], ["ho'use", 'house'], ['thee', 'the'], ['Sonator', 'Senator'], ['3Iy', 'My'],
    ]) {
      expect(isShapeMisreading(draft, word), `${draft} for ${word}`).toBe(true);
    }
  });

  it('charges a whole edit for anything else', () => {
    for (const [draft, word] of [['cat', 'dog'], ['form', 'from'], ['in', 'on'], ['the', 'a']]) {
      expect(isShapeMisreading(draft, word), `${draft} for ${word}`).toBe(false);
    }
    expect(ocrCost('house', 'mouse')).toBe(1);
  });
});

describe('OCR confusions are spelling', () => {
  it('glyphs read for one another: rn/m, li/h, U/ll, cl/d, tc/to', () => {
    expect(kindOf('The rnap was old.', 'The map was old.')).toBe('spelling medium');
    expect(kindOf('It was tlie end.', 'It was the end.')).toBe('spelling medium');
    expect(kindOf('We saw aU of them.', 'We saw all of them.')).toBe('spelling medium');
    expect(kindOf('They would kiU it.', 'They would kill it.')).toBe('spelling medium');
    expect(kindOf('Shut the cloor now.', 'Shut the door now.')).toBe('spelling medium');
    expect(kindOf('He went tc town.', 'He went to town.')).toBe('spelling medium');
  });

  it('a real word misread as another by shape is spelling, not wording', () => {
    expect(kindOf('and be said so', 'and he said so')).toBe('spelling medium');
  });

  it('a garbled word within its budget of plain edits: fidl for full', () => {
    expect(kindOf('a glass fidl of water', 'a glass full of water')).toBe('spelling medium');
  });

  it('stray marks and doubled letters', () => {
    expect(kindOf('the r^ain fell', 'the rain fell')).toBe('spelling medium');
    expect(kindOf('a hoouse stood', 'a house stood')).toBe('spelling medium');
  });

  it('a letter/digit confusion inside a word is spelling, never number', () => {
    expect(kindOf('It wa3 late.', 'It was late.')).toBe('spelling medium');
    expect(kindOf('8ee the note.', 'See the note.')).toBe('spelling medium');
    expect(kindOf('3Iy friend came.', 'My friend came.')).toBe('spelling medium');
    expect(kindOf('It was 0ver then.', 'It was over then.')).toBe('spelling medium');
  });

  it('an OCR-shaped slip of a capitalised word is spelling, not a name change', () => {
    const reference = 'Later the Senator spoke of Death and the Senator left.';
    expect(kindOf(reference.replace('the Senator spoke', 'the Sonator spoke'), reference)).toBe('spelling medium');
    expect(kindOf(reference.replace('of Death', 'of Deatli'), reference)).toBe('spelling medium');
  });

  it('tokens merged or split by OCR, with a misread letter, are one spelling', () => {
    expect(show('a cup fuU ofgreace here', 'a cup full of greace here')).toEqual(['fuU ofgreace|full of greace spelling']);
  });
});

describe('typography', () => {
  it('a ligature-only difference is typography, every time', () => {
    const draft = 'The ﬁrst ﬁght was ﬁne and the ﬂag ﬂew.';
    const reference = 'The first fight was fine and the flag flew.';
    const result = compare(draft, reference);
    expect(result.length).toBeGreaterThan(0);
    expect(new Set(result.map((s) => `${s.kind} ${s.severity}`))).toEqual(new Set(['typography low']));
    expect(show('a diﬀerent oﬃce', 'a different office')).toEqual(['diﬀerent|different typography', 'oﬃce|office typography']);
  });

  it('long s and small capitals are typography', () => {
    expect(show('the ſame houſe', 'the same house')).toEqual(['ſame|same typography', 'houſe|house typography']);
    expect(kindOf('Mr Sᴍɪᴛʜ came', 'Mr Smith came')).toBe('typography low');
  });
});

describe('numbers and names keep high severity for real changes only', () => {
  it('a number whose value changed is a number, even beside reworded words', () => {
    expect(show('more than 1.5 servicemen were sent', 'over 1500 military members were sent'))
      .toEqual(['more than 1.5 servicemen|over 1500 military members number']);
    expect(kindOf('It cost Is a week.', 'It cost 1s a week.')).toBe('number high');
  });

  it('a number the reference writes inside a long reworded stretch makes it a number', () => {
    const [s] = compare('It opened. Many thousands of people had come to see it. It closed.',
      'It opened. Officials reported 1500 visitors on opening day alone. It closed.');
    expect([s.kind, s.severity]).toEqual(['number', 'high']);
  });

  it('a short missing number is a number; a missing sentence holding one stays missing', () => {
    expect(show('He was fined and left.', 'He was fined 15s and left.')).toEqual(['| 15s number']);
    expect(compare('One here. Three here.', 'One here. Two more people came on 3 May to see. Three here.').map((s) => s.kind)).toEqual(['missing']);
  });

  it('a mangled proper noun is a name (a typist, not a machine)', () => {
    expect(kindOf('Macron met Starmre today.', 'Macron met Starmer today.')).toBe('name high');
  });

  it('marks OCR makes of specks are punctuation, currency signs are not', () => {
    expect(kindOf('the house ¦ stood', 'the house stood')).toBe('punctuation low');
    expect(kindOf('it cost £5 then', 'it cost $5 then')).toBe('number high');
  });
});

describe('real wording stays wording', () => {
  it('a contraction taken in or a real word for another is wording', () => {
    expect(kindOf('We did not go there.', "We didn't go there.")).toBe('wording medium');
    expect(kindOf('They went in the house.', 'They went on the house.')).toBe('wording medium');
    expect(kindOf('the talks were cordial', 'the talks were tense')).toBe('wording medium');
  });
});
