/**
 * Finding the reference copy that likely belongs to a draft, by the naming
 * conventions editors use: `story.txt` beside `story.reference.txt`,
 * `story.ref.txt` or `story.orig.txt`.
 */
import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { containerOf, DRAFT_CONTAINERS } from '../formats/index';

/** Markers that name a reference copy, in order of preference. */
export const REFERENCE_MARKERS = ['reference', 'ref', 'orig'] as const;

/** True when a file name carries a reference marker before its extension. */
export function isReferenceName(path: string): boolean {
  const stem = basename(path, extname(path));
  return REFERENCE_MARKERS.some((marker) => stem.toLowerCase().endsWith(`.${marker}`));
}

/** The candidate reference names for a draft, best first. */
export function referenceNamesFor(draftPath: string): string[] {
  const ext = extname(draftPath);
  const stem = basename(draftPath, ext);
  return REFERENCE_MARKERS.map((marker) => `${stem}.${marker}${ext}`);
}

/** The path of the one likely reference beside a draft, or null. */
export async function findLikelyReference(draftPath: string): Promise<string | null> {
  if (isReferenceName(draftPath)) return null;
  let names: string[];
  try {
    names = await readdir(dirname(draftPath));
  } catch {
    return null;
  }
  const present = new Set(names);
  // Same extension first; then a reference in another format (a Word draft's typeset PDF proof).
  const found = referenceNamesFor(draftPath).find((name) => present.has(name)) ?? otherFormatReference(draftPath, names);
  return found ? join(dirname(draftPath), found) : null;
}

/** Extensions a reference in another format than its draft may have, in order of preference. */
const REFERENCE_EXTENSIONS = ['.docx', '.md', '.txt', '.pdf', '.html', '.htm'];

function otherFormatReference(draftPath: string, names: readonly string[]): string | undefined {
  const stem = basename(draftPath, extname(draftPath));
  const present = new Set(names);
  for (const marker of REFERENCE_MARKERS) {
    const found = REFERENCE_EXTENSIONS.map((ext) => `${stem}.${marker}${ext}`).find((name) => present.has(name));
    if (found) return found;
  }
  return undefined;
}

/**
 * Which of two files dropped together is the draft: not one Galley cannot
 * write (a PDF or web page), then the one without a reference marker; if
 * neither or both carry one, the order of the drop.
 */
export function orderPair(first: string, second: string): { draft: string; reference: string } {
  const writable = (path: string) => DRAFT_CONTAINERS.includes(containerOf(path));
  if (writable(first) !== writable(second)) return writable(first) ? { draft: first, reference: second } : { draft: second, reference: first };
  if (isReferenceName(first) && !isReferenceName(second)) return { draft: second, reference: first };
  return { draft: first, reference: second };
}
