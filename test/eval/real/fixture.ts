/** A tiny pair set in a temporary folder, laid out as ../shared/real-dev is, for the tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixturePair {
  readonly kind: string;
  readonly draft: string;
  readonly reference: string;
  readonly truth?: unknown;
}

/** Writes the pairs under a new temporary folder and returns it. */
export function writePairSet(pairs: Record<string, FixturePair>): string {
  const root = mkdtempSync(join(tmpdir(), 'galley-real-pairs-'));
  for (const [id, p] of Object.entries(pairs)) {
    const dir = join(root, 'pairs', id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'draft.txt'), p.draft);
    writeFileSync(join(dir, 'reference.txt'), p.reference);
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ id, kind: p.kind }));
    if (p.truth !== undefined) writeFileSync(join(dir, 'truth.json'), JSON.stringify(p.truth));
  }
  return root;
}
