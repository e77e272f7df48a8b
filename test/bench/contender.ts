/**
 * One benchmark contender in a process of its own, so that start-up and peak
 * memory are measured the same way for each:
 *
 *   node out/eval/contender.mjs galley|jsdiff|dmp DRAFT REFERENCE RESULT
 *
 * Writes the contender's output (Galley: its suggestions) to RESULT as JSON,
 * and prints one JSON line: { seconds, maxRssKb, changes }.
 */
import { readFileSync, writeFileSync } from 'node:fs';

type Runner = (draft: string, reference: string) => Promise<{ changes: number; output: unknown }>;

const RUNNERS: Record<string, Runner> = {
  galley: async (draft, reference) => {
    const { compare } = await import('@galley/engine');
    const suggestions = compare(draft, reference);
    return { changes: suggestions.length, output: suggestions };
  },
  jsdiff: async (draft, reference) => {
    const { diffWords } = await import('diff');
    const parts = diffWords(draft, reference);
    return { changes: parts.filter((p) => p.added || p.removed).length, output: parts.length };
  },
  dmp: async (draft, reference) => {
    const { default: DiffMatchPatch } = await import('diff-match-patch');
    const dmp = new DiffMatchPatch();
    // 0 = no time limit: with the default 1 s it gives up and returns the whole text as one change.
    dmp.Diff_Timeout = 0;
    const diffs = dmp.diff_main(draft, reference);
    dmp.diff_cleanupSemantic(diffs);
    return { changes: diffs.filter(([op]) => op !== 0).length, output: diffs.length };
  },
};

async function main(): Promise<void> {
  const [name, draftPath, referencePath, resultPath] = process.argv.slice(2);
  const runner = name ? RUNNERS[name] : undefined;
  if (!runner || !draftPath || !referencePath || !resultPath) {
    throw new Error(`usage: contender.mjs ${Object.keys(RUNNERS).join('|')} DRAFT REFERENCE RESULT`);
  }
  const draft = readFileSync(draftPath, 'utf8');
  const reference = readFileSync(referencePath, 'utf8');
  const started = performance.now();
  const { changes, output } = await runner(draft, reference);
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(resultPath, JSON.stringify(output));
  console.log(JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, changes }));
}

main().catch((err: Error) => {
  console.error(`contender: ${err.message}`);
  process.exitCode = 1;
});
