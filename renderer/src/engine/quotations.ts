/**
 * A short quotation restyled and reworded at once is one fix. Where the
 * draft's quotation marks differ from the reference's and words change
 * together with a mark (`“one, one”` for `"one in, one out"`, where the
 * closing mark comes as `”` → ` out"`), the pieces
 * (the opening mark, a word added, the closing mark with words added before
 * it) are one suggestion over the whole quotation: an editor replaces the
 * quotation, and accepting its marks without its words, or the reverse,
 * leaves a quotation that is neither the draft's nor the reference's.
 * A name or a number inside keeps its own suggestion (an editor must see
 * it), so such a quotation is left as it is, as are moves.
 */

import { suggestionOverRun } from './suggestion';
import { higherSeverity, type Suggestion } from './types';

/** Most words a quotation may hold to be taken as one phrase rather than a passage to review piece by piece. */
const MAX_QUOTED_WORDS = 12;

/**
 * A short quotation on one line: an opening double mark where a word may
 * start, no double mark or line break inside, a closing one where a word
 * may end. (Straight marks both open and close, so their place says which
 * they are; single marks are left out, since a closing one is also an
 * apostrophe.) The opening mark is matched before what stands before it is
 * looked at: a pattern that starts with a look behind tries it at every
 * character of the draft, several times slower over a book.
 */
const QUOTATION = /[“"«](?<=(?:^|[\s(\[\u2013\u2014-])[“"«])[^“”"«»\n]*[”"»](?=$|[\s.,;:!?)\]\u2013\u2014-])/gu;

/** Kinds whose suggestions stand alone wherever they are. */
const OWN = new Set<Suggestion['kind']>(['name', 'number', 'moved']);

/** Kinds that only restyle: they do not say what a merged suggestion is. */
const STYLE = new Set<Suggestion['kind']>(['typography', 'punctuation', 'case']);

/** `suggestions` (sorted, non-overlapping) with each restyled and reworded short quotation merged into one. */
export function mergeQuotations(draft: string, reference: string, suggestions: readonly Suggestion[]): Suggestion[] {
  const out: Suggestion[] = [];
  let k = 0;
  for (const m of draft.matchAll(QUOTATION)) {
    const open = m.index;
    const close = m.index + m[0].length - 1;
    while (k < suggestions.length && suggestions[k].to <= open) out.push(suggestions[k++]);
    let end = k;
    while (end < suggestions.length && suggestions[end].from <= close) end++;
    // Most quotations of a book have no suggestion at both marks: those are passed over before anything is cut out.
    const [first, last] = [suggestions[k], suggestions[end - 1]];
    if (end - k < 2 || !covers(first, open) || !covers(last, close)) continue;
    // A mark that changes together with words beside it: a quotation
    // restyled with a separate slip inside is two fixes.
    if (STYLE.has(first.kind) && STYLE.has(last.kind)) continue;
    if (m[0].split(/\s+/u).length > MAX_QUOTED_WORDS) continue;
    const inside = suggestions.slice(k, end);
    if (inside.every((s) => !OWN.has(s.kind))) {
      out.push(merged(reference, inside));
      k = end;
    }
  }
  while (k < suggestions.length) out.push(suggestions[k++]);
  return out;
}

function covers(s: Suggestion, at: number): boolean {
  return s.from <= at && at < s.to;
}

function merged(reference: string, pieces: readonly Suggestion[]): Suggestion {
  const words = new Set(pieces.filter((s) => !STYLE.has(s.kind)).map((s) => s.kind));
  const kind = words.size === 1 ? [...words][0] : 'wording';
  return suggestionOverRun(reference, pieces, kind, pieces.map((s) => s.severity).reduce(higherSeverity));
}
