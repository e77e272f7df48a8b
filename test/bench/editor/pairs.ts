/**
 * The benchmark's pairs, made as test/e2e/fixtures/long-pair.ts and
 * `npm run bench` make theirs: a generated reference from the evaluation
 * corpus and the seeded error injector's draft of it (one error per 35
 * words, the evaluation's sparse density). A single-line pair joins the
 * reference's paragraphs with spaces before the errors go in, as
 * `npm run bench --single-line` does.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTexts, sentencesOf, vocabularyOf } from '../../eval/corpus';
import { inject } from '../../eval/inject';
import { seedFrom } from '../../eval/prng';
import { generateReference } from '../generate';

const WORDS_PER_ERROR = 35;

export interface PairFiles {
  dir: string;
  draft: string;
  reference: string;
  errors: number;
}

export function writeBenchPair(words: number, singleLine: boolean): PairFiles {
  const texts = loadTexts();
  const generated = generateReference(texts.map((t) => t.text), words, seedFrom('e2e-long'));
  const reference = singleLine ? generated.trimEnd().replace(/\n+/g, ' ') + '\n' : generated;
  const { draft, errors } = inject(reference, {
    wordsPerError: WORDS_PER_ERROR,
    seed: seedFrom('e2e-long-errors'),
    extraSentences: texts.flatMap((t) => sentencesOf(t.text)),
    vocabulary: vocabularyOf(texts),
  });
  const dir = mkdtempSync(join(tmpdir(), 'galley-bench-editor-'));
  const files = { dir, draft: join(dir, 'long.txt'), reference: join(dir, 'long.source.txt'), errors: errors.length };
  writeFileSync(files.draft, draft);
  writeFileSync(files.reference, reference);
  return files;
}
