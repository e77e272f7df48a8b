/**
 * The tools compared on each pair: Galley's engine and three plain diffs,
 * each turned into changes (changes.ts) and timed in this process. Git runs
 * as a child process, so its time includes starting git and writing files.
 */
import { diffWordsWithSpace } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { compare } from '@galley/engine';
import { changesFromParts, type Change, type Part } from './changes';
import { changesFromPorcelain, gitWordDiff } from './git-word-diff';

export const TOOLS = ['galley', 'jsdiff', 'dmp', 'git'] as const;
export type Tool = (typeof TOOLS)[number];

export const TOOL_LABELS: Record<Tool, string> = {
  galley: 'Galley',
  jsdiff: 'jsdiff diffWordsWithSpace',
  dmp: 'diff-match-patch (cleanupSemantic)',
  git: 'git diff --word-diff',
};

const dmpParts = (draft: string, reference: string): Part[] => {
  const dmp = new DiffMatchPatch();
  // 0 = no time limit: with the default 1 s it may give up and return the whole text as one change.
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(draft, reference);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, value]) => ({ value, added: op === 1, removed: op === -1 }));
};

const RUNNERS: Record<Tool, (draft: string, reference: string) => Change[]> = {
  galley: (draft, reference) => compare(draft, reference),
  jsdiff: (draft, reference) => changesFromParts(diffWordsWithSpace(draft, reference)),
  dmp: (draft, reference) => changesFromParts(dmpParts(draft, reference)),
  git: (draft, reference) => changesFromPorcelain(draft, reference, gitWordDiff(draft, reference)),
};

export interface Run {
  readonly changes: readonly Change[];
  readonly seconds: number;
}

export function runTool(tool: Tool, draft: string, reference: string): Run {
  const started = performance.now();
  const changes = RUNNERS[tool](draft, reference);
  return { changes, seconds: (performance.now() - started) / 1000 };
}
