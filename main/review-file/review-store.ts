/**
 * The review Galley keeps for each draft/reference pair in its data folder,
 * so reopening the pair offers to resume it. One file per pair, named by a
 * hash of the two paths and holding the review in the `.galley` format
 * (./review-format) with the documents' content hashes: whether either
 * document changed since is decided when it is offered. Written atomically;
 * a file that fails its check is treated as no review (it is a convenience
 * copy, and the next change writes a good one).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../files/atomic';
import { parseReview, serialiseReview, type ReviewFile } from './review-format';

export interface ReviewStorePort {
  /** The review kept for the pair at these paths, or null. */
  load(draftPath: string, referencePath: string): Promise<ReviewFile | null>;
  keep(file: ReviewFile): Promise<void>;
  forget(draftPath: string, referencePath: string): Promise<void>;
}

export class FileReviewStore implements ReviewStorePort {
  constructor(private readonly folder: string) {}

  async load(draftPath: string, referencePath: string): Promise<ReviewFile | null> {
    try {
      const file = parseReview(await readFile(this.pathFor(draftPath, referencePath), 'utf8'), dirname(draftPath));
      // The name is a hash: make sure the file is about this very pair.
      return file.draft.path === draftPath && file.reference.path === referencePath ? file : null;
    } catch {
      return null;
    }
  }

  async keep(file: ReviewFile): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const text = serialiseReview(file, dirname(file.draft.path));
    await writeFileAtomic(this.pathFor(file.draft.path, file.reference.path), Buffer.from(text, 'utf8'), { mode: 0o600 });
  }

  async forget(draftPath: string, referencePath: string): Promise<void> {
    await rm(this.pathFor(draftPath, referencePath), { force: true });
  }

  private pathFor(draftPath: string, referencePath: string): string {
    const name = createHash('sha256').update(`${draftPath}\0${referencePath}`, 'utf8').digest('hex').slice(0, 32);
    return join(this.folder, `${name}.json`);
  }
}
