/**
 * Random drafts for partial-accept property tests: a reference of real
 * sentences (the eval's texts) and a draft made from it by moving passages (whole sentences or
 * any run of words), deleting and inserting runs of words, misspelling
 * words and swapping the text's halves — the edits that make a passage
 * appear in both texts at different places.
 */

import fc from 'fast-check';
import { loadTexts } from '../eval/corpus';

// Content words first: fast-check shrinks towards the first.
const VOCABULARY = [
  'river', 'town', 'council', 'bridge', 'winter', 'letter', 'doctor', 'ship', 'harbour', 'garden', 'mayor', 'night',
  'said', 'wrote', 'built', 'crossed', 'asked', 'found', 'kept', 'opened', 'closed', 'carried', 'answered', 'stood',
  'old', 'new', 'long', 'quiet', 'northern', 'narrow', 'early', 'late', 'heavy', 'bright', 'Paris', 'Thomas', 'Mary',
  '1807', '42', '3.5', 'twenty', 'seven', 'however', 'therefore', 'never', 'always', 'again', 'there', 'here',
  'the', 'a', 'of', 'and', 'to', 'in', 'that', 'was', 'he', 'she', 'it', 'with', 'for', 'on', 'as', 'his', 'her',
];

/** The sentences of the eval's reference texts: real prose, whose six-word passages do not repeat by chance. */
const SENTENCES = loadTexts().flatMap((t) => t.text.replace(/\s+/gu, ' ').match(/\S.*?[.!?]["”’)]*(?=\s|$)/gu) ?? []).map((x) => x.trim());

/** A reference: a run of consecutive sentences of one text, laid out in lines and paragraphs at random. */
export const referenceOfSentences = fc
  .tuple(fc.nat({ max: SENTENCES.length - 1 }), fc.array(fc.constantFrom(' ', ' ', ' ', '\n', '\n\n'), { minLength: 1, maxLength: 12 }))
  .map(([first, breaks]) => breaks.map((b, k) => SENTENCES[(first + k) % SENTENCES.length] + b).join('').trimEnd());

const draftEdit = fc.oneof(
  fc.record({ op: fc.constant('moveSentence' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('moveWords' as const), at: fc.nat(), len: fc.integer({ min: 2, max: 20 }), to: fc.nat() }),
  fc.record({ op: fc.constant('deleteWords' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('insertWords' as const), at: fc.nat(), words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 8 }) }),
  fc.record({ op: fc.constant('misspell' as const), at: fc.nat(), ch: fc.constantFrom('e', 'rn', '1', '', 'ii', ',') }),
  fc.record({ op: fc.constant('swapHalves' as const), at: fc.nat() }),
);

type DraftEdit = typeof draftEdit extends fc.Arbitrary<infer T> ? T : never;

/** Cuts `text` into words with the spacing after each, so that joining them gives `text` back. */
function pieces(text: string): string[] {
  return text.match(/\S+\s*/gu) ?? [];
}

function applyDraftEdit(text: string, e: DraftEdit): string {
  const words = pieces(text);
  if (words.length === 0) return text;
  const at = e.at % words.length;
  const withSpace = (w: string): string => (/\s$/u.test(w) ? w : w + ' ');
  switch (e.op) {
    case 'moveSentence': {
      const sentences = text.match(/\S.*?(?:[.!?]["”’)]*(?=\s|$)|$)\s*/gsu) ?? [text];
      if (sentences.length < 2) return text;
      const [moved] = sentences.splice(e.at % sentences.length, 1);
      sentences.splice(e.to % (sentences.length + 1), 0, moved);
      return sentences.map(withSpace).join('').trimEnd();
    }
    case 'moveWords': {
      const moved = words.splice(at, e.len);
      words.splice(e.to % (words.length + 1), 0, ...moved.map(withSpace));
      return words.join('').trimEnd();
    }
    case 'deleteWords':
      words.splice(at, e.len);
      return words.join('').trimEnd();
    case 'insertWords':
      words.splice(at, 0, e.words.join(' ') + ' ');
      return words.join('').trimEnd();
    case 'misspell': {
      const w = words[at];
      const k = e.at % Math.max(1, w.trimEnd().length);
      words[at] = w.slice(0, k) + e.ch + w.slice(k + 1);
      return words.join('');
    }
    case 'swapHalves':
      return (withSpace(words.slice(at).join('')) + words.slice(0, at).join('')).trimEnd();
  }
}

/** A reference of real sentences and a draft made from it by a few random edits of the kinds in `ops` (all by default). */
export function movedDraftPairOf(ops: readonly DraftEdit['op'][] = []): fc.Arbitrary<{ draft: string; reference: string }> {
  const edits = ops.length ? draftEdit.filter((e) => ops.includes(e.op)) : draftEdit;
  return fc
    .tuple(referenceOfSentences, fc.array(edits, { minLength: 1, maxLength: 6 }))
    .map(([reference, list]) => ({ reference, draft: list.reduce(applyDraftEdit, reference) }));
}

/** A reference of real sentences and a draft made from it by a few random edits, moves among them. */
export const movedDraftPair = movedDraftPairOf();
