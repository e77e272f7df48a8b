/**
 * `git diff --no-index --word-diff=porcelain` as a contender. Git compares
 * runs of non-space characters and ignores how they are spaced, so its
 * changes are rebuilt here by walking both texts token by token; a spacing
 * difference it does not report stays in the draft (and accept-all then
 * misses it, as an editor using git would).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change } from './changes';

/** Reads past whitespace and one expected token; returns the token's start. */
function consume(text: string, pos: number, token: string, side: string): number {
  let p = pos;
  while (p < text.length && /\s/.test(text[p]!)) p++;
  if (!text.startsWith(token, p)) {
    throw new Error(`git word diff: expected ${JSON.stringify(token)} in the ${side} at ${p}, found ${JSON.stringify(text.slice(p, p + 20))}`);
  }
  return p;
}

/**
 * The changes in git's porcelain word diff of `draft` and `reference` (the
 * whole file in one hunk). A run of removed and added words between two kept
 * words is one change: the removed words' draft span (from the end of the
 * word before, for a pure deletion) and the added words' reference span (from
 * the end of the word before, for a pure insertion, so the space comes too).
 */
export function changesFromPorcelain(draft: string, reference: string, porcelain: string): Change[] {
  const changes: Change[] = [];
  let pos = 0;
  let refPos = 0;
  let open: { removed?: [number, number]; added?: [number, number]; at: number; refAt: number } | undefined;
  const close = () => {
    if (!open) return;
    const { removed, added, at, refAt } = open;
    // A replacement spans its words; a pure deletion or insertion reaches back to
    // the end of the word before, so the space between goes or comes with it.
    const from = removed && added ? removed[0] : at;
    const refFrom = removed && added ? added[0] : refAt;
    const refTo = added?.[1] ?? refAt;
    changes.push({ id: `g${changes.length}`, from, to: removed?.[1] ?? at, refFrom, refTo, replacement: reference.slice(refFrom, refTo) });
    open = undefined;
  };
  let inHunk = false;
  for (const line of porcelain.split('\n')) {
    if (line.startsWith('@@')) inHunk = true;
    if (!inHunk || line.startsWith('@@') || line.startsWith('\\') || line === '~' || line === '') continue;
    const sign = line[0];
    const tokens = line.slice(1).match(/\S+/g) ?? [];
    if (sign === ' ') {
      if (tokens.length > 0) close();
      for (const t of tokens) {
        pos = consume(draft, pos, t, 'draft') + t.length;
        refPos = consume(reference, refPos, t, 'reference') + t.length;
      }
    } else if ((sign === '-' || sign === '+') && tokens.length > 0) {
      open ??= { at: pos, refAt: refPos };
      for (const t of tokens) {
        if (sign === '-') {
          const start = consume(draft, pos, t, 'draft');
          pos = start + t.length;
          open.removed = [open.removed?.[0] ?? start, pos];
        } else {
          const start = consume(reference, refPos, t, 'reference');
          refPos = start + t.length;
          open.added = [open.added?.[0] ?? start, refPos];
        }
      }
    }
  }
  close();
  return changes;
}

/** Whether `git` can be run here at all. */
export function gitAvailable(): boolean {
  return spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Runs git on the two texts (through temporary files) and returns its porcelain output. */
export function gitWordDiff(draft: string, reference: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-eval-real-'));
  try {
    writeFileSync(join(dir, 'draft'), draft);
    writeFileSync(join(dir, 'reference'), reference);
    // The whole file as one hunk, so every kept word is printed and both texts can be walked.
    const result = spawnSync(
      'git',
      ['-c', 'core.quotePath=false', 'diff', '--no-index', '--no-color', '--no-ext-diff', '--word-diff=porcelain', '--unified=100000000', 'draft', 'reference'],
      { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    // 0: no difference, 1: differences; anything else is git failing.
    if (result.status !== 0 && result.status !== 1) throw new Error(`git diff failed: ${(result.stderr || String(result.error)).trim()}`);
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
