/**
 * fast-check generators for engine property tests: reference texts drawn
 * from a mixed vocabulary (accents, curly quotes, emoji, CJK, right-to-left,
 * digits) and drafts derived from them by the edits careless copies show.
 */

import fc from 'fast-check';

const WORDS = [
  'the', 'a', 'of', 'and', 'to', 'in', 'government', 'said', 'boats', 'Channel', 'Macron', 'Keir', 'Starmer',
  'café', 'naïve', 'Zürich', 'don’t', "it's", '20,000', '£700m', '2024', '48%', 'e-mail', 'UK', 'BBC',
  '😀', '👍🏽', '🇫🇷', 'שלום', 'مرحبا', '北京', '天安门', 'ภาษาไทย', 'x', 'I',
  'in order to', 'whether or not', 'bearing fruit',
];
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', '.\n', '; ', ' – ', ' - ', '  ', ' “', '” ', ' "', '" ', '\n\n', '…', ''];

/** A reference text: words joined by spaces, punctuation and line breaks. */
export const referenceText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** One edit a careless copy might make to a string. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('insertWord' as const), at: fc.nat(), word: fc.constantFrom(...WORDS) }),
  fc.record({ op: fc.constant('deleteSpan' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant('replaceChar' as const), at: fc.nat(), ch: fc.constantFrom('e', 'E', ' ', ',', '.', '’', '"', 'ü', '\uD83D\uDE00', '1') }),
  fc.record({ op: fc.constant('swapHalves' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapWords' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('restyleBreak' as const), at: fc.nat(), to: fc.constantFrom(' ', '\n', '\n\n', '  ') }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, e: Edit): string {
  const at = text.length ? e.at % (text.length + 1) : 0;
  switch (e.op) {
    case 'insertWord':
      return text.slice(0, at) + e.word + ' ' + text.slice(at);
    case 'deleteSpan':
      return text.slice(0, at) + text.slice(at + e.len);
    case 'replaceChar':
      return text.slice(0, at) + e.ch + text.slice(at + 1);
    case 'swapHalves':
      return text.slice(at) + text.slice(0, at);
    case 'swapWords': {
      // Two neighbouring words trade places ("bearing fruit" → "fruit bearing").
      const words = text.split(' ');
      if (words.length < 2) return text;
      const k = e.at % (words.length - 1);
      [words[k], words[k + 1]] = [words[k + 1], words[k]];
      return words.join(' ');
    }
    case 'restyleBreak': {
      // The whitespace run at or after `at` laid out another way (paragraphs run together, or split).
      const m = /\s+/.exec(text.slice(at));
      return m ? text.slice(0, at + m.index) + e.to + text.slice(at + m.index + m[0].length) : text;
    }
  }
}

/** A (draft, reference) pair: the reference and an edited copy of it. */
export const textPair = fc
  .tuple(referenceText, fc.array(edit, { maxLength: 8 }))
  .map(([reference, edits]) => ({ reference, draft: edits.reduce(applyEdit, reference) }));

/** A pair edited in place only: words and marks changed, added, dropped or swapped, never whole halves moved. */
export const locallyEditedPair = fc
  .tuple(referenceText, fc.array(edit.filter((e) => e.op !== 'swapHalves'), { maxLength: 8 }))
  .map(([reference, edits]) => ({ reference, draft: edits.reduce(applyEdit, reference) }));

/** A pair of unrelated texts, or arbitrary strings (the engine must cope with anything). */
export const anyPair = fc.oneof(
  textPair,
  fc.record({ draft: referenceText, reference: referenceText }),
  fc.record({ draft: fc.string({ unit: 'grapheme', maxLength: 80 }), reference: fc.string({ unit: 'grapheme', maxLength: 80 }) }),
  fc.record({ draft: fc.string({ unit: 'binary', maxLength: 40 }), reference: fc.string({ unit: 'binary', maxLength: 40 }) }),
);
