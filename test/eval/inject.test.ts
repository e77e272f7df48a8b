import { describe, expect, it } from 'vitest';
import { SUGGESTION_KINDS } from '@galley/engine';
import { buildCases, DENSITIES, loadTexts, sentencesOf, vocabularyOf } from './corpus';
import { inject, looksLikeTypo } from './inject';
import { countWords, editDistance, layout } from './text';
import { allEdits, applyEdits, type EvalCase, type InjectedError } from './truth';

const texts = loadTexts();
const cases = buildCases(texts);
const slice = (text: string, span: { from: number; to: number }) => text.slice(span.from, span.to);
const lettersOnly = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
const typographic = (s: string) =>
  s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/…/g, '...').replace(/\s+/gu, ' ');

describe('the corpus', () => {
  it('has every genre and several thousand words', () => {
    expect(new Set(texts.map((t) => t.genre))).toEqual(new Set(['news', 'editorial', 'essay', 'fiction']));
    expect(texts.reduce((n, t) => n + countWords(t.text), 0)).toBeGreaterThan(5000);
  });
});

describe('inject', () => {
  it('is deterministic: the same seed gives the same draft and truth, another seed another', () => {
    const text = texts[0]!.text;
    const options = { wordsPerError: 8, seed: 42, extraSentences: sentencesOf(texts[1]!.text), vocabulary: vocabularyOf(texts) };
    const a = inject(text, options);
    expect(inject(text, options)).toEqual(a);
    expect(inject(text, { ...options, seed: 43 }).draft).not.toBe(a.draft);
  });

  it('gives truth that turns every draft back into its reference exactly', () => {
    for (const c of cases) expect(applyEdits(c.draft, c.reference, allEdits(c.errors)), c.name).toBe(c.reference);
  });

  it('gives each error a real difference of its own kind', () => {
    for (const c of cases) {
      for (const error of c.errors) checkKind(c, error);
    }
  });

  it('keeps an untouched word between any two errors', () => {
    for (const c of cases) {
      const edits = c.errors.flatMap((error, e) => error.edits.map((edit) => ({ ...edit.draft, e })));
      edits.sort((a, b) => a.from - b.from);
      for (let i = 1; i < edits.length; i++) {
        const [a, b] = [edits[i - 1]!, edits[i]!];
        if (a.e === b.e) continue;
        expect(/\S/.test(c.draft.slice(a.to, b.from)), `${c.name} at ${a.to}`).toBe(true);
      }
    }
  });

  it('never cuts a word: edits start and end at whitespace or at the text ends', () => {
    const boundary = (text: string, p: number) => p === 0 || p === text.length || /\s/u.test(text[p - 1]!) || /\s/u.test(text[p]!);
    for (const c of cases) {
      for (const edit of allEdits(c.errors)) {
        expect(boundary(c.draft, edit.draft.from) && boundary(c.draft, edit.draft.to), `${c.name} ${edit.draft.from}`).toBe(true);
        expect(boundary(c.reference, edit.reference.from) && boundary(c.reference, edit.reference.to)).toBe(true);
      }
    }
  });

  it('injects about as many errors as asked, of every kind at both densities', () => {
    for (const density of DENSITIES) {
      const set = cases.filter((c) => c.wordsPerError === density);
      const words = set.reduce((n, c) => n + countWords(c.reference), 0);
      const errors = set.reduce((n, c) => n + c.errors.length, 0);
      expect(words / errors).toBeGreaterThan(density * 0.9);
      expect(words / errors).toBeLessThan(density * 1.1);
      const kinds = new Set(set.flatMap((c) => c.errors.map((e) => e.kind)));
      expect([...kinds].sort()).toEqual([...SUGGESTION_KINDS].sort());
    }
  });
});

function checkKind(c: EvalCase, error: InjectedError): void {
  const where = `${c.name} ${error.kind} at ${error.edits[0]!.draft.from}`;
  if (error.kind === 'moved') {
    expect(error.edits, where).toHaveLength(2);
    const [removal, origin] = error.edits as [InjectedError['edits'][0], InjectedError['edits'][0]];
    expect(slice(c.reference, removal.reference), where).toBe('');
    expect(slice(c.draft, origin.draft), where).toBe('');
    expect(slice(c.draft, removal.draft).trim(), where).toBe(slice(c.reference, origin.reference).trim());
    expect(countWords(slice(c.draft, removal.draft)), where).toBeGreaterThanOrEqual(5);
    return;
  }
  expect(error.edits, where).toHaveLength(1);
  const draft = slice(c.draft, error.edits[0]!.draft);
  const reference = slice(c.reference, error.edits[0]!.reference);
  expect(draft, where).not.toBe(reference);
  switch (error.kind) {
    case 'missing':
      expect(draft, where).toBe('');
      break;
    case 'extra':
      expect(reference, where).toBe('');
      break;
    case 'case':
      expect(draft.toLowerCase(), where).toBe(reference.toLowerCase());
      break;
    case 'punctuation':
      expect(lettersOnly(draft), where).toBe(lettersOnly(reference));
      break;
    case 'typography':
      expect(typographic(draft), where).toBe(typographic(reference));
      break;
    case 'number':
      expect(/\d/.test(reference) && /\d/.test(draft), where).toBe(true);
      break;
    case 'name':
      expect(/^\p{Lu}/u.test(lettersOnly(reference)) && /^\p{Lu}/u.test(lettersOnly(draft)), where).toBe(true);
      expect(draft.toLowerCase(), where).not.toBe(reference.toLowerCase());
      break;
    case 'spelling': {
      const d = editDistance(lettersOnly(draft), lettersOnly(reference));
      expect(d >= 1 && d <= 2 && countWords(draft) === 1, where).toBe(true);
      break;
    }
    case 'wording':
      expect(lettersOnly(draft).toLowerCase(), where).not.toBe(lettersOnly(reference).toLowerCase());
      expect(looksLikeTypo(lettersOnly(draft), lettersOnly(reference)), where).toBe(false);
      {
        // Unambiguous: the rewrite does not begin with the word before it or end with the word after it.
        const { from, to } = error.edits[0]!.draft;
        const word = (w: string | undefined) => lettersOnly(w ?? '').toLowerCase();
        const words = draft.split(/\s+/);
        expect(word(c.draft.slice(0, from).split(/\s+/).filter(Boolean).pop()), where).not.toBe(word(words[0]));
        expect(word(c.draft.slice(to).split(/\s+/).filter(Boolean)[0]), where).not.toBe(word(words[words.length - 1]));
      }
      break;
  }
}

describe('layout', () => {
  it('splits sentences at full stops before capitals but not inside quotations', () => {
    const { sentences, paragraphs } = layout('"Come down. Please. I\'ll do it." She did. Then\nA new line. And more.');
    expect(sentences.map((s) => [s.first, s.last])).toEqual([[0, 5], [6, 7], [8, 8], [9, 11], [12, 13]]);
    expect(paragraphs).toHaveLength(2);
    const closed = layout('It was “tęsknota”. Dictionaries offer “longing”, or not.');
    expect(closed.sentences.map((s) => [s.first, s.last])).toEqual([[0, 2], [3, 7]]);
  });
});
