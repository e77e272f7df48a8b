/**
 * The evaluation corpus: the reference texts under test/eval/texts/ (the
 * genre is the file name up to the first '-') plus the seed reference, each
 * turned into drafts at both densities with a few seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { inject } from './inject';
import { seedFrom } from './prng';
import { layout } from './text';
import type { EvalCase } from './truth';

export interface ReferenceText {
  readonly name: string;
  readonly genre: string;
  readonly text: string;
}

/** Words per injected error: the sparse and the dense set of the issue. */
export const DENSITIES: readonly number[] = [35, 8];

/** Drafts per text and density: more seeds, more errors of each kind per text. */
export const SEEDS_PER_TEXT = 3;

/** The seed pair: a real degraded draft and its reference (the reference is also a corpus text). */
export const SEED_DRAFT = 'seeds/000_6302bc43854f0c3c.txt';
export const SEED_REFERENCE = 'seeds/001_6904e82db721665d.txt';

/** Sentences shorter or longer than this (in words) are not used as `extra` sentences. */
const EXTRA_SENTENCE_WORDS = { min: 5, max: 40 };

/**
 * The repository root. This module sits two folders deep both as source
 * (test/eval/) and bundled (out/eval/), so the same relative step works.
 */
export function repoRoot(): string {
  return new URL('../../', import.meta.url).pathname;
}

export function loadTexts(root = repoRoot()): ReferenceText[] {
  const dir = `${root}test/eval/texts/`;
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), genre: f.split('-')[0]!, text: readFileSync(dir + f, 'utf8') }));
  return [...texts, { name: 'seed', genre: 'news', text: readFileSync(root + SEED_REFERENCE, 'utf8') }];
}

/** Lower-case words of all texts: what a typo must not turn into. */
export function vocabularyOf(texts: readonly ReferenceText[]): Set<string> {
  const words = new Set<string>();
  for (const t of texts) for (const token of layout(t.text).tokens) if (token.core) words.add(token.core.toLowerCase());
  return words;
}

/** Whole sentences of a text, for use as `extra` sentences in other texts' drafts. */
export function sentencesOf(text: string): string[] {
  const { tokens, sentences } = layout(text);
  return sentences
    .filter((s) => s.last - s.first + 1 >= EXTRA_SENTENCE_WORDS.min && s.last - s.first + 1 <= EXTRA_SENTENCE_WORDS.max)
    .map((s) => text.slice(tokens[s.first]!.from, tokens[s.last]!.to));
}

/**
 * Every text at every density, with seeds `first` to `first + count - 1`
 * (by default the eval's own SEEDS_PER_TEXT; later seeds give cases the
 * engine was never tuned on).
 */
export function buildCases(texts: readonly ReferenceText[], seeds = { first: 0, count: SEEDS_PER_TEXT }): EvalCase[] {
  const vocabulary = vocabularyOf(texts);
  const cases: EvalCase[] = [];
  for (const t of texts) {
    const extraSentences = texts.filter((o) => o !== t).flatMap((o) => sentencesOf(o.text));
    for (const wordsPerError of DENSITIES) {
      for (let n = seeds.first; n < seeds.first + seeds.count; n++) {
        const name = `${t.name}@${wordsPerError}#${n}`;
        const { draft, errors } = inject(t.text, { wordsPerError, seed: seedFrom(name), extraSentences, vocabulary });
        cases.push({ name, genre: t.genre, wordsPerError, reference: t.text, draft, errors });
      }
    }
  }
  return cases;
}
