/**
 * `npm run eval`: runs the engine over the evaluation corpus and prints the
 * quality table (markdown) and a per-kind breakdown for each density.
 *
 *   node out/eval/eval.mjs [--examples N] [--unseen N]
 *
 * --examples N also prints up to N missed errors and N unmatched suggestions
 * per density, with their text, for whoever is tuning the engine.
 * --unseen N scores N other seeds per text instead, ones the engine was
 * never tuned on: a fairer estimate of how it does on new drafts.
 * Low scores are reported, not failed: the exit code is non-zero only when
 * something crashes.
 */
import { applySuggestions, compare, type Suggestion } from '@galley/engine';
import { readFileSync } from 'node:fs';
import { buildCases, DENSITIES, loadTexts, repoRoot, SEED_DRAFT, SEED_REFERENCE, SEEDS_PER_TEXT } from './corpus';
import { kindTable, summaryTable, type Row } from './report';
import { addScores, matchRegion, overlaps, scoreCase, type Score } from './score';
import type { EvalCase } from './truth';

interface Result {
  readonly testCase: EvalCase;
  readonly suggestions: readonly Suggestion[];
  readonly score: Score;
}

function parseExamples(argv: readonly string[]): number {
  const i = argv.indexOf('--examples');
  if (i < 0) return 0;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--examples needs a whole number, got "${argv[i + 1] ?? ''}"`);
  return n;
}

class UsageError extends Error {}

function run(testCase: EvalCase): Result {
  let suggestions: Suggestion[];
  let accepted: string;
  try {
    suggestions = compare(testCase.draft, testCase.reference);
    accepted = applySuggestions(testCase.draft, suggestions);
  } catch (err) {
    throw new Error(`the engine failed on case ${testCase.name}: ${(err as Error).message}`);
  }
  return { testCase, suggestions, score: scoreCase(testCase, suggestions, accepted) };
}

const excerpt = (text: string, from: number, to: number): string =>
  JSON.stringify(`${text.slice(Math.max(0, from - 30), from)}[${text.slice(from, to)}]${text.slice(to, to + 30)}`);

/** Missed errors and unmatched suggestions, with their surroundings in the draft. */
function examples(results: readonly Result[], limit: number): string {
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const { testCase, suggestions } of results) {
    const { draft, reference } = testCase;
    const regions = testCase.errors.map((e) => e.edits.map((edit) => matchRegion(draft, edit.draft, reference.slice(edit.reference.from, edit.reference.to))));
    testCase.errors.forEach((error, e) => {
      if (regions[e]!.every((r) => suggestions.some((s) => overlaps(s, r)))) return;
      const edit = error.edits[0]!;
      missed.push(`- ${testCase.name} ${error.kind}: draft ${excerpt(draft, edit.draft.from, edit.draft.to)} reference ${JSON.stringify(reference.slice(edit.reference.from, edit.reference.to))}`);
    });
    for (const s of suggestions) {
      if (regions.some((rs) => rs.some((r) => overlaps(s, r)))) continue;
      spurious.push(`- ${testCase.name} ${s.kind}: draft ${excerpt(draft, s.from, s.to)} → ${JSON.stringify(s.replacement)}`);
    }
  }
  return [
    `Missed errors (${missed.length}, first ${Math.min(limit, missed.length)}):`, ...missed.slice(0, limit), '',
    `Unmatched suggestions (${spurious.length}, first ${Math.min(limit, spurious.length)}):`, ...spurious.slice(0, limit),
  ].join('\n');
}

/** The real seed pair has no truth to score against; its suggestions by kind are shown for reference. */
function seedPairLine(): string {
  const root = repoRoot();
  const draft = readFileSync(root + SEED_DRAFT, 'utf8');
  const suggestions = compare(draft, readFileSync(root + SEED_REFERENCE, 'utf8'));
  const counts = new Map<string, number>();
  for (const s of suggestions) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  const byKind = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  return `Real seed pair (${SEED_DRAFT}, no injected truth): ${suggestions.length} suggestions — ${byKind}.`;
}

/** `--unseen N`: N seeds per text after the eval's own, never used in tuning. */
function parseSeeds(argv: readonly string[]): { first: number; count: number } {
  const i = argv.indexOf('--unseen');
  if (i < 0) return { first: 0, count: SEEDS_PER_TEXT };
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--unseen needs a whole number above 0, got "${argv[i + 1] ?? ''}"`);
  return { first: SEEDS_PER_TEXT, count: n };
}

function main(): void {
  const exampleCount = parseExamples(process.argv.slice(2));
  const seeds = parseSeeds(process.argv.slice(2));
  const texts = loadTexts();
  const cases = buildCases(texts, seeds);
  const started = performance.now();
  const results = cases.map(run);
  const seconds = (performance.now() - started) / 1000;

  const rows: Row[] = [];
  const genres = [...new Set(texts.map((t) => t.genre))];
  for (const density of DENSITIES) {
    const atDensity = results.filter((r) => r.testCase.wordsPerError === density);
    rows.push({ label: `**1 error / ${density} words**`, score: addScores(atDensity.map((r) => r.score)) });
    for (const genre of genres) {
      rows.push({ label: `${genre} (1/${density})`, score: addScores(atDensity.filter((r) => r.testCase.genre === genre).map((r) => r.score)) });
    }
  }

  const out: string[] = [
    `## Evaluation: ${texts.length} reference texts (${genres.join(', ')}), ${DENSITIES.length} densities, ${seeds.count} seeds each${seeds.first > 0 ? ' (unseen seeds)' : ''}: ${cases.length} cases`,
    '',
    summaryTable(rows),
    '',
    `Engine time over all cases: ${seconds.toFixed(2)} s.`,
    '',
    seedPairLine(),
  ];
  for (const density of DENSITIES) {
    const atDensity = results.filter((r) => r.testCase.wordsPerError === density);
    out.push('', `### By kind, 1 error / ${density} words`, '', kindTable(addScores(atDensity.map((r) => r.score))));
    if (exampleCount > 0) out.push('', examples(atDensity, exampleCount));
  }
  console.log(out.join('\n'));
}

try {
  main();
} catch (err) {
  console.error(`eval: ${err instanceof UsageError ? err.message : (err as Error).message}`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
