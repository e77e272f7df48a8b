/** Moves: which passage is reported as moved, and how cleanly. */

import { describe, expect, it } from 'vitest';
import { applySuggestions, compare, withMovePartners } from '@galley/engine';
import { show } from './show';

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

describe('a move is exactly two suggestions', () => {
  it('a quoted line of dialogue keeps its straight quotes and moves across paragraph breaks', () => {
    const reference = '"Sorry," she said. "Sorry, sorry."\n\n"Doesn\'t matter. They\'re windfalls now."\n\n"You don\'t know which one."\n\n"Then tell me which one!"\n\nHe considered this.';
    const draft = '"Sorry," she said. "Sorry, sorry."\n\n"Then tell me which one!"\n\n"Doesn\'t matter. They\'re windfalls now."\n\n"You don\'t know which one."\n\nHe considered this.';
    expect(show(draft, reference)).toEqual([
      '\n\n"Then tell me which one!"| moved',
      '|"Then tell me which one!"\n\n moved',
    ]);
  });

  it('a quoted sentence moved onto a line of its own leaves the next line\'s opening quote behind', () => {
    const s = '“Nobody called her Margaret. She’d have killed him.”';
    const reference = `“He called her Margaret,” she managed. ${s}\n“Maybe that’s why he never said it.”\nFrom the lane, Dev tapped the horn, twice and apologetically.\n“Coming!” shouted Tobias.`;
    const draft = `“He called her Margaret,” she managed.\n“Maybe that’s why he never said it.”\nFrom the lane, Dev tapped the horn, twice and apologetically.\n${s}\n“Coming!” shouted Tobias.`;
    expect(show(draft, reference)).toEqual([`| ${s} moved`, `\n${s}| moved`]);
  });

  it('a quotation inside a quotation moves with both its pairs of marks', () => {
    const s = '“‘Return to a place you never left.’”';
    const reference = `“Seven letters,” he said, without looking up. ${s}\nThe sleet eased a little. Far off to the north, a single light blinked.\nWhen she finally went inside, the lounge was almost empty.\n“Tea. I didn’t know how you take it, so it’s got everything in.”\nShe took the cup.`;
    const draft = `“Seven letters,” he said, without looking up.\nThe sleet eased a little. Far off to the north, a single light blinked.\nWhen she finally went inside, the lounge was almost empty.\n“Tea. I didn’t know how you take it, so it’s got everything in.” ${s}\nShe took the cup.`;
    expect(show(draft, reference)).toEqual([`| ${s} moved`, ` ${s}| moved`]);
  });

  it('a moved sentence does not take the next sentence\'s first word with it', () => {
    const moved = 'Mr Ashby said he had considered paying for the operation privately, but the quote was more than he could afford.';
    const reference = `They keep telling me it won't be long. ${moved}\nThe figures show wide differences between hospitals.\nA spokesperson said two theatres would reopen by March, and that patients who had waited longest were being offered treatment at a private clinic.\nOpposition health spokesperson Rhodri Vaughan called the figures a small step in the right direction after years of going backwards.\nEvery one of those hours carries a risk.\nThe board said it was working with local councils.`;
    const draft = `They keep telling me it won't be long.\nThe statistics demonstrate wide differences between hospitals.\nA spokesperson said two theatres would reopen by March, and that patients who had waited longest were being offered treatment at a private clinic.\nOpposition health spokesperson Rhodri Vaughan called the figures a small step in the right direction after years of going backwards.\nEvery one of those hours carries a risk. ${moved}\nThe board stated it was working with local councils.`;
    expect(show(draft, reference)).toEqual([
      `| ${moved} moved`,
      'statistics demonstrate|figures show wording',
      ` ${moved}| moved`,
      'stated|said wording',
    ]);
  });
});

describe('moved sentences that are not word for word', () => {
  const filler = 'The council met on Monday to discuss the harbour budget. Several members said the roads needed repair before winter. Others wanted money for the library instead. The debate went on for hours and nobody agreed.';

  it('a moved sentence with a slip in it is still one move: the removal takes the draft\'s wording, the insertion the reference\'s', () => {
    const moved = 'The mayor thanked everyone for coming to the long meeting.';
    const reference = `Alpha opened the session. ${moved} ${filler} Omega closed it.`;
    for (const slipped of ['The mayor thankd everyone for coming to the long meeting.', 'The mayor thanked everybody for coming to the meeting.']) {
      const draft = `Alpha opened the session. ${filler} ${slipped} Omega closed it.`;
      expect(show(draft, reference)).toEqual([`|${moved}  moved`, ` ${slipped}| moved`]);
    }
  });

  it('a short whole sentence is a move too', () => {
    const reference = `Alpha opened the session. It rained. ${filler} Omega closed it.`;
    const draft = `Alpha opened the session. ${filler} It rained. Omega closed it.`;
    expect(show(draft, reference)).toEqual(['|It rained.  moved', ' It rained.| moved']);
  });
});


describe('accepting part of a result', () => {
  it('takes the other half of every move chosen, so the passage is neither lost nor doubled', () => {
    const a = 'The ferry left the harbour at dawn with forty passengers on board.';
    const b = 'Gulls followed it out past the lighthouse.';
    const c = 'Nobody on the quay said a word.';
    const reference = [a, b, c].join(' ');
    const draft = [b, c, a].join(' ').replace('Nobody', 'Nobdy');
    const all = compare(draft, reference);
    const halves = all.filter((s) => s.kind === 'moved');
    expect(halves).toHaveLength(2);
    const typo = all.find((s) => s.kind === 'spelling')!;
    expect(withMovePartners(all, [halves[1]])).toEqual(halves);
    expect(withMovePartners(all, [typo])).toEqual([typo]);
    expect(applySuggestions(draft, withMovePartners(all, [halves[0]]))).toBe(reference.replace('Nobody', 'Nobdy'));
  });
});

describe('short passages', () => {
  const body = 'The council met on Monday to discuss the budget. Several members said the roads needed repair before winter.';

  it('a heading of two words found once in each text, moved elsewhere, is a move', () => {
    for (const heading of ['Austin, Texas', 'Now what??']) {
      const draft = `${heading}\n\n${body}`;
      const reference = `${body}\n\n${heading}`;
      const result = compare(draft, reference);
      expect(applySuggestions(draft, result)).toBe(reference);
      expect(result.map((s) => s.kind), heading).toEqual(['moved', 'moved']);
      expect(new Set(result.map((s) => s.moveId)).size).toBe(1);
    }
  });

  it('a single word is never a move, however rare', () => {
    const result = compare(`Austin\n\n${body}`, `${body}\n\nAustin`);
    expect(result.some((s) => s.kind === 'moved')).toBe(false);
  });
});
