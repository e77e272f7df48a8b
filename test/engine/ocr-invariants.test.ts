/**
 * The engine's invariants on pages read by machine: the random drafts of
 * invariants.test.ts are seldom garbled enough to be read as OCR, so the
 * joining and growing of misread runs (misread-runs.ts) is checked here on
 * drafts damaged as a scanner damages them — letters misread by shape,
 * spaces lost and added, specks read as marks, a space before a mark, case
 * flipped, letters dropped.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestions, compare, type Suggestion } from '@galley/engine';

const PAGE = 'The old mill stood by the river. All the men of the town came to see the church, and the school; and the doctor said it ' +
  'was a fine day for it. THE YULE BABY came in 1893, said Mr. Smith-Jones (of Hunter-street), with 5s. 6d. and 160lbs of bread.\n' +
  '"Quite so," she replied: it was, viz., the best of all the days - and the last.';

/** Letters a scanner reads as others, by shape. */
const SHAPES: Record<string, string> = { e: 'c', h: 'b', n: 'u', m: 'rn', l: '1', o: '0', s: '8', i: 'l', a: 'n', E: 'F', d: 'cl', 5: 'S', 6: 'G' };
const SPECKS = ['.', ',', "'", '-', '•', '¦'];

const damage = fc.record({ at: fc.nat(), op: fc.integer({ min: 0, max: 6 }), speck: fc.constantFrom(...SPECKS) });
type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function scan(text: string, damages: readonly Damage[]): string {
  // Each position is damaged once, from the end, so earlier offsets stay put.
  const byPosition = new Map(damages.map((d) => [d.at % text.length, d]));
  let out = text;
  for (const at of [...byPosition.keys()].sort((a, b) => b - a)) {
    const { op, speck } = byPosition.get(at)!;
    const c = out[at];
    const replaced = [
      SHAPES[c] ?? c, // misread by shape
      c === ' ' ? '' : c, // space lost
      `${c} `, // space added
      /[.,;:]/.test(c) ? ` ${c}` : c, // a space before a mark
      c + speck, // a speck read as a mark
      c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase(), // case flipped
      '', // letter dropped
    ][op];
    out = out.slice(0, at) + replaced + out.slice(at + 1);
  }
  return out;
}

const scannedPage = fc.array(damage, { minLength: 60, maxLength: 160 }).map((damages) => ({ draft: scan(PAGE, damages), reference: PAGE }));

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const cutsWord = (text: string, pos: number): boolean => pos > 0 && pos < text.length && WORD_CHAR.test(text[pos - 1]) && WORD_CHAR.test(text[pos]);

/** Applying a suggestion's parts inside its span gives its replacement. */
function partsSpell(draft: string, s: Suggestion): string {
  let text = '';
  let at = s.from;
  for (const p of s.parts ?? []) {
    expect(p.from).toBeGreaterThanOrEqual(at);
    text += draft.slice(at, p.from) + p.replacement;
    at = p.to;
  }
  return text + draft.slice(at, s.to);
}

describe('invariants on pages read by machine', () => {
  it('accept-all is exact; suggestions are sorted, apart, on whole words, with parts that spell their replacement', () => {
    let runs = 0;
    let cases = 0;
    fc.assert(fc.property(scannedPage, ({ draft, reference }) => {
      const result = compare(draft, reference);
      expect(applySuggestions(draft, result)).toBe(reference);
      let pos = 0;
      for (const s of result) {
        expect(s.from).toBeGreaterThanOrEqual(pos);
        pos = s.to;
        expect(s.replacement).toBe(reference.slice(s.refFrom, s.refTo));
        for (const [text, at] of [[draft, s.from], [draft, s.to], [reference, s.refFrom], [reference, s.refTo]] as const) {
          expect(cutsWord(text, at), `${JSON.stringify(draft.slice(s.from, s.to))} → ${JSON.stringify(s.replacement)}`).toBe(false);
        }
        if (s.parts) expect(partsSpell(draft, s)).toBe(s.replacement);
      }
      expect(new Set(result.map((s) => s.id)).size).toBe(result.length);
      cases++;
      if (result.some((s) => (s.parts?.length ?? 0) > 1 && s.kind === 'spelling')) runs++;
    }), { numRuns: 400 });
    // The property says something only if a fair share of drafts are read as machine-read and have runs joined (about 1 in 5).
    expect(runs / cases).toBeGreaterThan(0.15);
  });
});
