/**
 * Wordy idioms and their short forms: "in order to" for "to", "whether or
 * not" for "whether". Alignment matches the words both forms share and
 * reports the rest ("in order") as missing or extra, which misdescribes the
 * change: nothing was dropped, the phrase was reworded. Such a piece is
 * widened over the shared words to the whole idiom, and so reads as
 * `wording` ("to" → "in order to") whichever way round the texts are.
 */

import { withoutCommonSpace, type Hunk } from './hunks';
import { countWordChars, tokenize, words, WORD_CHAR } from './tokenize';

/** Idioms whose short form keeps some of their words, [long, short]. */
const IDIOMS: readonly (readonly [string, string])[] = [
  ['in order to', 'to'],
  ['in order for', 'for'],
  ['so as to', 'to'],
  ['whether or not', 'whether'],
  ['as to whether', 'whether'],
  ['each and every', 'each'],
  ['each and every', 'every'],
  ['first and foremost', 'first'],
  ['all of the', 'all the'],
  ['off of', 'off'],
  ['outside of', 'outside'],
  ['inside of', 'inside'],
  ['the fact that', 'that'],
  ['until such time as', 'until'],
];

/**
 * Every run of consecutive words of an idiom's long form, lower case and
 * joined by single spaces: a piece that is none of these is no idiom's part,
 * which settles most missing and extra pieces without the search below.
 */
const IDIOM_PARTS = new Set(
  IDIOMS.flatMap(([longForm]) => {
    const idiom = longForm.split(' ');
    return idiom.flatMap((_, k) => idiom.slice(k).map((__, n) => idiom.slice(k, k + n + 1).join(' ')));
  }),
);

/**
 * Most letters any part holds. Each letter of a piece is at least one
 * character of its lower-cased words, so a piece with more is no part: a
 * missing sentence is passed over without cutting it into words.
 */
const IDIOM_PART_LETTERS = Math.max(...[...IDIOM_PARTS].map((part) => part.replaceAll(' ', '').length));

/** Not inside a word: an idiom's words must stand whole. */
const NOT_AFTER_WORD = `(?<!${WORD_CHAR.source}|')`;
const NOT_BEFORE_WORD = `(?!${WORD_CHAR.source}|')`;

/** `hunk` widened to a whole idiom when it is the part of one that its short form leaves out; else `hunk`. */
export function widenIdiom(draft: string, reference: string, hunk: Hunk): Hunk {
  const inserted = hunk.from === hunk.to && hunk.refFrom < hunk.refTo;
  const deleted = hunk.refFrom === hunk.refTo && hunk.from < hunk.to;
  if (!inserted && !deleted) return hunk;
  const [long, l0, l1] = inserted ? [reference, hunk.refFrom, hunk.refTo] : [draft, hunk.from, hunk.to];
  const [short, s0] = inserted ? [draft, hunk.from] : [reference, hunk.refFrom];
  const gone = goneWords(long.slice(l0, l1));
  if (!gone) return hunk;
  for (const [longForm, shortForm] of IDIOMS) {
    const idiom = longForm.split(' ');
    for (let k = 0; k + gone.length <= idiom.length; k++) {
      if (idiom.slice(k, k + gone.length).join(' ') !== gone.join(' ')) continue;
      const before = idiom.slice(0, k);
      const after = idiom.slice(k + gone.length);
      if ([...before, ...after].join(' ') !== shortForm) continue;
      const back = wordsBefore(long, l0, before);
      const ahead = wordsAfter(long, l1, after);
      if (back < 0 || ahead < 0) continue;
      // The shared words must stand the same way beside the short form.
      if (short.slice(s0 - back, s0) !== long.slice(l0 - back, l0) || short.slice(s0, s0 + ahead) !== long.slice(l1, l1 + ahead)) continue;
      return withoutCommonSpace(draft, reference, { from: hunk.from - back, to: hunk.to + ahead, refFrom: hunk.refFrom - back, refTo: hunk.refTo + ahead });
    }
  }
  return hunk;
}

/**
 * ASCII letters and whitespace only, as most missing and extra words are:
 * its words are its runs of letters, with no mark among them.
 */
const PLAIN = /^[A-Za-z\t\n\v\f\r ]*$/;

/** The words of `piece`, lower case, when it is the run of an idiom's long form, whole words and nothing else; else undefined. */
function goneWords(piece: string): string[] | undefined {
  if (PLAIN.test(piece)) {
    // Straight from its text: cutting a piece into words was most of the time spent here.
    const gone = piece.trim().toLowerCase();
    return IDIOM_PARTS.has(gone.replace(/\s+/g, ' ')) ? gone.split(/\s+/) : undefined;
  }
  if (countWordChars(piece) > IDIOM_PART_LETTERS) return undefined;
  const gone = words(piece).map((w) => w.text.toLowerCase());
  if (gone.length === 0 || !IDIOM_PARTS.has(gone.join(' '))) return undefined;
  // Only words, nothing else: a piece with a mark in it is no idiom's part.
  return tokenize(piece).isWord.includes(0) ? undefined : gone;
}

/** Length of the text before `pos` holding exactly `expected` (then whitespace), or -1. */
function wordsBefore(text: string, pos: number, expected: readonly string[]): number {
  if (expected.length === 0) return 0;
  const m = new RegExp(`${NOT_AFTER_WORD}${expected.join('\\s+')}\\s*$`, 'iu').exec(text.slice(Math.max(0, pos - 60), pos));
  return m ? m[0].length : -1;
}

/** Length of the text after `pos` holding exactly `expected` (after whitespace), or -1. */
function wordsAfter(text: string, pos: number, expected: readonly string[]): number {
  if (expected.length === 0) return 0;
  const m = new RegExp(`^\\s*${expected.join('\\s+')}${NOT_BEFORE_WORD}`, 'iu').exec(text.slice(pos, pos + 60));
  return m ? m[0].length : -1;
}
