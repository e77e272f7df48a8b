/**
 * Kinds by what changed, character by character (classify.ts): one
 * hand-made example per OCR rule and per kind decision.
 */

import { describe, expect, it } from 'vitest';
import { compare } from '@galley/engine';
import { isMachineRead, isShapeMisreading, ocrCost } from '@galley/engine/ocr';
import { tokenize } from '@galley/engine/tokenize';
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

/**
 * A hand-made page as OCR reads one: "tbe", "aud", "wero", "tho", "bo" and
 * "oity" are look-alike misreadings, enough to show a machine read it.
 */
const PAGE = 'The people of the city were glad, and the mayor said the roads would be mended before the winter came to London.';
// Its misreadings lie apart, so that each stays a suggestion of its own (a run of them is one: misread-runs.ts).
const READ = 'Tbe people of tbe city wero glad, and the mayor said the roads would be mended before tho winter came to London.';

/** The suggestions on `PAGE` read as `READ` with `from` read as `to` as well. */
function onPage(from: string, to: string): string[] {
  const draft = READ.replace(from, to);
  expect(draft).not.toBe(READ);
  return show(draft, PAGE).filter((line) => !/^(Tbe|tbe|oity|wero|aud|tho|bo)\|/.test(line));
}

/** The kind and severity of the suggestion covering `text` on the page read with `from` read as `to`. */
function kindOnPage(from: string, to: string, text: string): string {
  const draft = READ.replace(from, to);
  const at = draft.indexOf(text);
  const s = compare(draft, PAGE).find((x) => x.from <= at && at + text.length <= x.to);
  expect(s, text).toBeDefined();
  return `${s!.kind} ${s!.severity}`;
}

describe('a draft read by machine', () => {
  it('is told by its look-alike misreadings; a typist\'s slips, doubled keys and swapped letters do not count', () => {
    const hunksOf = (draft: string, reference: string) => compare(draft, reference).map((s) => ({ ...s }));
    expect(isMachineRead(tokenize(READ), PAGE, hunksOf(READ, PAGE))).toBe(true);
    const typed = 'The peopel of the citty were gald, and the mayor siad the roads would be mended before the winter came to London.';
    expect(isMachineRead(tokenize(typed), PAGE, hunksOf(typed, PAGE))).toBe(false);
  });

  it('a garbled word within its budget of plain edits is spelling: fidl for full', () => {
    const draft = READ.replace('mayor said', 'mayor fidl');
    expect(show(draft, PAGE.replace('mayor said', 'mayor full'))).toContain('fidl|full spelling');
  });

  it('a mangled name is a misreading, not a name change (typed, it is a name)', () => {
    expect(onPage('to London', 'to Lomdon')).toEqual(['Lomdon|London spelling']);
    expect(show('Then the winter came to Lomdon.', 'Then the winter came to London.')).toEqual(['Lomdon|London name']);
  });

  it('tokens merged or split, with a misread letter, are spelling', () => {
    expect(kindOnPage('the roads would', 'the roadswouId', 'roadswouId')).toBe('spelling medium');
  });

  it('a speck read as a letter is spelling; a mark read as a letter is punctuation', () => {
    expect(onPage('mayor said', 'mayor j said')).toEqual([' j| spelling']);
    expect(onPage('glad, and', 'glad y and')).toEqual([' y|, punctuation']);
    expect(onPage('mayor said', 'mayor I said')).toEqual([' I| spelling']);
    expect(onPage('mayor said', "mayor ' said")).toEqual([" '| punctuation"]);
  });

  it('a real word misread as another real word is spelling there (typed, it is wording)', () => {
    expect(onPage('roads would', 'roads world')).toEqual(['world|would spelling']);
    expect(show('Then the roads world be mended.', 'Then the roads would be mended, the world said.')[0]).toBe('world|would wording');
  });

  it('a stretch of garbled words is spelling, however garbled', () => {
    expect(kindOnPage('be mended before', 'be rnciid^d bcf^rc', 'rnciid^d bcf^rc')).toBe('spelling medium');
  });
});
