/**
 * How often the editor rejected each change (learned rules: after a few
 * rejections of the same change Galley offers to ignore it for good), kept
 * across restarts in one JSON file in the app's data folder, shared by
 * every window. Written atomically; a file that fails its check counts as
 * no rejections yet.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { REJECTION_LIMITS, type RejectionCount } from '../../preload/api';
import { writeFileAtomic } from '../files/atomic';

const MAX_REJECTION_COUNTS = REJECTION_LIMITS.changes;
const MAX_WORDING = REJECTION_LIMITS.wordingChars;

export class RejectionsError extends Error {}

/** Rejection counts from untrusted JSON (the file, or the window over IPC); throws RejectionsError. */
export function checkRejections(value: unknown): RejectionCount[] {
  if (!Array.isArray(value)) throw new RejectionsError('expected a list of rejection counts');
  if (value.length > MAX_REJECTION_COUNTS) throw new RejectionsError(`more than ${MAX_REJECTION_COUNTS} rejection counts`);
  return value.map((entry, i) => {
    const { draft, reference, count } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const wording = (text: unknown): text is string => typeof text === 'string' && text.length <= MAX_WORDING;
    if (!wording(draft) || !wording(reference) || typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) {
      throw new RejectionsError(`rejection count ${i + 1} is not a change with a positive count`);
    }
    return { draft, reference, count };
  });
}

export interface RejectionsPort {
  load(): Promise<RejectionCount[]>;
  save(counts: RejectionCount[]): Promise<void>;
}

export class FileRejectionsStore implements RejectionsPort {
  constructor(private readonly path: string) {}

  async load(): Promise<RejectionCount[]> {
    try {
      const json = JSON.parse(await readFile(this.path, 'utf8')) as { version?: unknown; counts?: unknown } | null;
      return json?.version === 1 ? checkRejections(json.counts) : [];
    } catch {
      return [];
    }
  }

  async save(counts: RejectionCount[]): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const text = `${JSON.stringify({ version: 1, counts: checkRejections(counts) })}\n`;
    await writeFileAtomic(this.path, Buffer.from(text, 'utf8'), { mode: 0o600 });
  }
}
