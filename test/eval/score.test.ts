import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@galley/engine';
import { buildCases, loadTexts } from './corpus';
import { addScores, insideWord, rates, scoreCase, type Scored } from './score';
import { applyEdits, type EvalCase, type InjectedError } from './truth';

const cases = buildCases(loadTexts());

/** A perfect engine: one suggestion per truth edit, the right kind, moves paired. */
function perfect(c: EvalCase): Suggestion[] {
  return c.errors.flatMap((error, e) =>
    error.edits.map((edit, half) => ({
      id: `${e}.${half}`,
      from: edit.draft.from,
      to: edit.draft.to,
      replacement: c.reference.slice(edit.reference.from, edit.reference.to),
      kind: error.kind,
      severity: 'medium' as const,
      refFrom: edit.reference.from,
      refTo: edit.reference.to,
      ...(error.kind === 'moved' ? { moveId: `m${e}` } : {}),
    })),
  );
}

/** Applies suggestions the way accept-all does, for stand-in engines. */
function accept(draft: string, suggestions: readonly Suggestion[]): string {
  const sorted = suggestions.slice().sort((a, b) => a.from - b.from);
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    out += draft.slice(pos, s.from) + s.replacement;
    pos = s.to;
  }
  return out + draft.slice(pos);
}

function scoreAll(engine: (c: EvalCase) => Suggestion[]) {
  const score = addScores(cases.map((c) => {
    const suggestions = engine(c);
    return scoreCase(c, suggestions, accept(c.draft, suggestions));
  }));
  return { score, rates: rates(score) };
}

describe('scoring the corpus with stand-in engines', () => {
  it('gives a perfect engine built from the truth a perfect score', () => {
    const { score, rates: r } = scoreAll(perfect);
    expect(r).toEqual({ precision: 1, recall: 1, f1: 1, kindAccuracy: 1, carriedPerSuggestion: 0, movesAsMoves: 1 });
    expect(score.edgesInWords).toBe(0);
    expect(score.restored).toBe(cases.length);
    expect(score.splitErrors + score.mergedSuggestions).toBe(0);
  });

  it('sees through an engine that replaces the whole draft in one suggestion', () => {
    const { score, rates: r } = scoreAll((c) => [
      { id: 'all', from: 0, to: c.draft.length, replacement: c.reference, kind: 'wording', severity: 'medium', refFrom: 0, refTo: c.reference.length },
    ]);
    expect(score.restored).toBe(cases.length);
    expect(r.kindAccuracy).toBeLessThan(0.2);
    expect(r.carriedPerSuggestion).toBeGreaterThan(100);
    expect(score.mergedSuggestions).toBe(cases.length);
  });

  it('marks suggestions in the wrong places as misses and false alarms', () => {
    // Each suggestion moved onto the next word after its error.
    const { score, rates: r } = scoreAll((c) =>
      perfect(c).map((s) => {
        const next = /\s\S+/.exec(c.draft.slice(s.to + 1));
        const from = next ? s.to + 1 + next.index + 1 : s.to;
        return { ...s, from, to: from + (next ? next[0].length - 1 : 0) };
      }),
    );
    expect(r.f1).toBeLessThan(0.5);
    expect(score.restored).toBe(0);
  });

  it('counts moves reported as missing plus extra as found but not as moves', () => {
    const { rates: r } = scoreAll((c) =>
      perfect(c).map((s) => (s.kind === 'moved' ? { ...s, kind: s.from === s.to ? 'missing' : 'extra', moveId: undefined } : s)),
    );
    expect(r.recall).toBe(1);
    expect(r.movesAsMoves).toBe(0);
    expect(r.kindAccuracy).toBeLessThan(1);
  });
});

describe('scoreCase on hand-made cases', () => {
  const reference = 'the big dog ran home';
  const missing: InjectedError = { kind: 'missing', edits: [{ draft: { from: 3, to: 3 }, reference: { from: 3, to: 7 } }] };
  const missingCase = { reference, draft: 'the dog ran home', errors: [missing] };
  const s = (from: number, to: number, kind: Scored['kind'] = 'missing', moveId?: string): Scored => ({ from, to, kind, moveId });

  it('matches an insertion on either side of the space where words are missing', () => {
    expect(applyEdits(missingCase.draft, reference, missing.edits)).toBe(reference);
    for (const at of [3, 4]) {
      const score = scoreCase(missingCase, [s(at, at)], reference);
      expect([score.found, score.matchedSuggestions, score.restored]).toEqual([1, 1, 1]);
    }
  });

  it('accepts an insertion slid to an equivalent place, and no further', () => {
    const ref = 'The cat sat. The dog ran.';
    const c = { reference: ref, draft: 'The dog ran.', errors: [{ kind: 'missing' as const, edits: [{ draft: { from: 0, to: 0 }, reference: { from: 0, to: 13 } }] }] };
    expect(scoreCase(c, [s(4, 4)], ref).found).toBe(1);
    expect(scoreCase(c, [s(5, 5)], ref).found).toBe(0);
  });

  it('does not match a suggestion one word away, and counts it as a false alarm', () => {
    const score = scoreCase(missingCase, [s(8, 11, 'wording')], 'the dog ran home');
    expect([score.found, score.matchedSuggestions, score.restored]).toEqual([0, 0, 0]);
    expect(score.spurious).toEqual({ wording: 1 });
  });

  it('requires a real overlap for a replaced word, and judges the kind', () => {
    const typo: InjectedError = { kind: 'spelling', edits: [{ draft: { from: 8, to: 11 }, reference: { from: 8, to: 11 } }] };
    const c = { reference, draft: 'the big dgo ran home', errors: [typo] };
    expect(scoreCase(c, [s(12, 15, 'spelling')], reference).found).toBe(0);
    expect(scoreCase(c, [s(4, 8, 'spelling')], reference).found).toBe(0);
    const right = scoreCase(c, [s(8, 11, 'spelling')], reference);
    expect([right.found, right.kindCorrect, right.carriedWords]).toEqual([1, 1, 0]);
    const wide = scoreCase(c, [s(0, 11, 'wording')], reference);
    expect([wide.found, wide.kindCorrect, wide.carriedWords]).toEqual([1, 0, 2]);
    expect(scoreCase(c, [s(8, 9, 'spelling'), s(9, 11, 'spelling')], reference).splitErrors).toBe(1);
  });

  it('counts suggestion edges inside words, including inside a surrogate pair', () => {
    const c = { reference: 'a cat sat', draft: 'a cat sat', errors: [] };
    expect(scoreCase(c, [s(3, 5, 'case')], c.reference).edgesInWords).toBe(1);
    expect(scoreCase(c, [s(2, 5, 'case'), s(6, 6, 'extra')], c.reference).edgesInWords).toBe(0);
    expect(insideWord('a😀b', 2)).toBe(true);
    expect(insideWord('a b', 1)).toBe(false);
  });

  it('counts a move as a move only when both halves share one moveId', () => {
    const ref = 'one two three four five six seven';
    const draft = 'one three four five six two seven';
    const moved: InjectedError = {
      kind: 'moved',
      edits: [
        { draft: { from: 23, to: 27 }, reference: { from: 27, to: 27 } },
        { draft: { from: 3, to: 3 }, reference: { from: 3, to: 7 } },
      ],
    };
    const c = { reference: ref, draft, errors: [moved] };
    expect(applyEdits(draft, ref, moved.edits)).toBe(ref);
    const paired = scoreCase(c, [s(3, 3, 'moved', 'a'), s(23, 27, 'moved', 'a')], ref);
    expect([paired.found, paired.movesAsMoves, paired.kindCorrect]).toEqual([1, 1, 1]);
    const unpaired = scoreCase(c, [s(3, 3, 'moved', 'a'), s(23, 27, 'moved', 'b')], ref);
    expect([unpaired.found, unpaired.movesAsMoves]).toEqual([1, 0]);
    const half = scoreCase(c, [s(23, 27, 'extra')], ref);
    expect([half.found, half.matchedSuggestions]).toEqual([0, 1]);
  });
});
