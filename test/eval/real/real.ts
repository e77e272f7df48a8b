/**
 * `npm run eval:real [DIR]`: Galley and three plain diffs on real degraded
 * drafts (OCR pages, machine translations, second human translations) and
 * their references, read in place from DIR (default ../shared/real-dev).
 *
 *   node out/eval/real.mjs [DIR] [--pair ID] [--kind ocr|mt|paraphrase]
 *                          [--only galley,jsdiff,dmp,git] [--show] [--by-pair] [--examples N] [--json]
 *                          [--baseline RUN.json]
 *
 * Prints the markdown table (report.ts); --json prints the same figures, per
 * set and per pair, as JSON; --show lists each pair's Galley suggestions;
 * --by-pair adds a row per pair to the table;
 * --examples N lists N of each thing Galley's figures count against it;
 * --baseline RUN.json (an earlier --json output) shows what changed since.
 * A missing DIR is reported in one line and is not an error.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../corpus';
import { parseArgs, UsageError } from './args';
import { evaluate } from './evaluate';

function main(): void {
  const options = parseArgs(process.argv.slice(2), resolve(repoRoot(), '../shared/real-dev'));
  if (!existsSync(options.dir)) {
    if (options.dirGiven) throw new UsageError(`${options.dir}: no such folder`);
    console.log(`eval:real: no real pairs at ${options.dir}; nothing to measure.`);
    return;
  }
  console.log(evaluate(options));
}

try {
  main();
} catch (err) {
  console.error(`eval:real: ${(err as Error).message}`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
