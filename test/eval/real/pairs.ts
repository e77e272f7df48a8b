/**
 * Reads the real pairs in place (`DIR/pairs/<id>/`: draft.txt, reference.txt,
 * meta.json, and truth.json where the truth is character-aligned). Nothing of
 * them is copied into the repository; see DIR/README.md for their sources.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAIR_KINDS = ['ocr', 'mt', 'paraphrase'] as const;
export type PairKind = (typeof PAIR_KINDS)[number];

/** `[start, end)` in UTF-16 code units of the draft. */
export type Range = readonly [number, number];

/** Character-aligned truth (truth.json): what the gold standard replaces, deletes or inserts. */
export interface CharTruth {
  readonly errorChars: readonly Range[];
  readonly insertAt: readonly number[];
  /** Left out of word-level precision and recall (a file whose alignment is not minimal). */
  readonly exclude: readonly Range[];
}

export interface RealPair {
  readonly id: string;
  readonly kind: PairKind;
  readonly draft: string;
  readonly reference: string;
  readonly truth?: CharTruth;
}

/** A file of the set that cannot be read as the README describes it. */
export class PairError extends Error {}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new PairError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new PairError(`${path}: not valid JSON (${(err as Error).message})`);
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new PairError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

const isRange = (r: unknown, length: number): boolean =>
  Array.isArray(r) && r.length === 2 && Number.isInteger(r[0]) && Number.isInteger(r[1]) && 0 <= r[0] && r[0] <= r[1] && r[1] <= length;

/** Checks truth.json against the README's shape, with every offset inside the draft. */
export function parseTruth(value: unknown, draftLength: number, path: string): CharTruth {
  const t = value as Partial<Record<keyof CharTruth, unknown>> | null;
  const ranges = (key: 'errorChars' | 'exclude', optional: boolean): Range[] => {
    const list = t?.[key] ?? (optional ? [] : undefined);
    if (!Array.isArray(list) || !list.every((r) => isRange(r, draftLength))) {
      throw new PairError(`${path}: "${key}" must be a list of [start, end) offsets inside the draft (0-${draftLength})`);
    }
    return list as Range[];
  };
  const insertAt = t?.insertAt ?? [];
  if (!Array.isArray(insertAt) || !insertAt.every((p) => Number.isInteger(p) && p >= 0 && p <= draftLength)) {
    throw new PairError(`${path}: "insertAt" must be a list of offsets inside the draft (0-${draftLength})`);
  }
  return { errorChars: ranges('errorChars', false), insertAt: insertAt as number[], exclude: ranges('exclude', true) };
}

function loadPair(dir: string, id: string): RealPair {
  const metaPath = join(dir, 'meta.json');
  const meta = readJson(metaPath) as { kind?: unknown } | null;
  const kind = meta?.kind;
  if (!PAIR_KINDS.includes(kind as PairKind)) {
    throw new PairError(`${metaPath}: "kind" must be one of ${PAIR_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  }
  const draft = readText(join(dir, 'draft.txt'));
  const reference = readText(join(dir, 'reference.txt'));
  const truthPath = join(dir, 'truth.json');
  const truth = existsSync(truthPath) ? parseTruth(readJson(truthPath), draft.length, truthPath) : undefined;
  return { id, kind: kind as PairKind, draft, reference, ...(truth ? { truth } : {}) };
}

/** Every pair under `root/pairs/`, by id; `only` picks one. */
export function loadPairs(root: string, only?: string): RealPair[] {
  const pairsDir = join(root, 'pairs');
  if (!existsSync(pairsDir)) throw new PairError(`${root}: no pairs/ folder (expected pairs/<id>/draft.txt, reference.txt, meta.json)`);
  const ids = readdirSync(pairsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  if (only !== undefined && !ids.includes(only)) throw new PairError(`${pairsDir}: no pair "${only}" (there are ${ids.length}: ${ids.slice(0, 3).join(', ')}, …)`);
  return (only === undefined ? ids : [only]).map((id) => loadPair(join(pairsDir, id), id));
}
