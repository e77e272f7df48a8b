/**
 * Reviews on disk for one window: the review kept for the open pair (to
 * offer resuming it), File ▸ Save Review As… (a `.galley` file beside the
 * draft by default), and reading a `.galley` file someone opened. Whether
 * the draft or reference changed since a review was written is decided
 * here, by content hash; re-anchoring the decisions is the renderer's
 * (renderer/src/app/review-anchor.ts), which has the comparison.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { ReviewSnapshot, SaveResult, StoredReview } from '../../preload/api';
import { writeFileAtomic } from '../files/atomic';
import { FileError, toFileError } from '../files/errors';
import { readTextFile } from '../files/read';
import type { Dialogs } from '../session/ports';
import { contentHash, parseReview, REVIEW_EXTENSION, ReviewFileError, serialiseReview, type ReviewFile } from './review-format';
import type { ReviewStorePort } from './review-store';

/** The open pair: each document's path and its text as read. */
export interface OpenPair {
  readonly draft: { readonly path: string; readonly text: string };
  readonly reference: { readonly path: string; readonly text: string };
}

/** True for a path Galley opens as a review file rather than as a draft. */
export function isReviewPath(path: string): boolean {
  return extname(path).toLowerCase() === REVIEW_EXTENSION;
}

/** Where Save Review As… proposes to write: `NAME.galley` beside the draft. */
export function reviewPathFor(draftPath: string): string {
  return join(dirname(draftPath), `${basename(draftPath, extname(draftPath))}${REVIEW_EXTENSION}`);
}

export class ReviewFiles {
  constructor(
    private readonly store: ReviewStorePort,
    private readonly dialogs: Dialogs,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The review kept for `pair`, as an offer to resume it; null when there is none. */
  async kept(pair: OpenPair): Promise<StoredReview | null> {
    const file = await this.store.load(pair.draft.path, pair.reference.path);
    return file ? offerOf(file, pair, null) : null;
  }

  /** Keeps the review of `pair` (null: forgets it, the editor started afresh). */
  async keep(pair: OpenPair, snapshot: ReviewSnapshot | null): Promise<void> {
    if (!snapshot) return this.store.forget(pair.draft.path, pair.reference.path);
    await this.store.keep(this.fileOf(pair, snapshot));
  }

  /** File ▸ Save Review As…: asks where, then writes the `.galley` file atomically. */
  async saveAs(pair: OpenPair, snapshot: ReviewSnapshot): Promise<SaveResult> {
    const path = await this.dialogs.chooseSavePath(reviewPathFor(pair.draft.path), 'review');
    if (!path) return { ok: false, cancelled: true };
    try {
      const text = serialiseReview(this.fileOf(pair, snapshot), dirname(path));
      await writeFileAtomic(path, Buffer.from(text, 'utf8'), { mode: 0o644 });
      return { ok: true, name: basename(path), folder: dirname(path) };
    } catch (error) {
      return { ok: false, cancelled: false, error: toFileError(error, path, 'save').message };
    }
  }

  /** Reads and checks a `.galley` file; throws FileError naming it. */
  async read(path: string): Promise<ReviewFile> {
    const { text } = await readTextFile(path);
    try {
      return parseReview(text, dirname(path));
    } catch (error) {
      if (error instanceof ReviewFileError) throw new FileError('undecodable', basename(path), `not a usable Galley review: ${error.message}`);
      throw error;
    }
  }

  private fileOf(pair: OpenPair, snapshot: ReviewSnapshot): ReviewFile {
    return {
      draft: { path: pair.draft.path, sha256: contentHash(pair.draft.text) },
      reference: { path: pair.reference.path, sha256: contentHash(pair.reference.text) },
      savedAt: this.now().toISOString(),
      review: snapshot,
    };
  }
}

/** A review as the window is offered it: which document changed since, by content. */
export function offerOf(file: ReviewFile, pair: OpenPair, name: string | null): StoredReview {
  return {
    snapshot: file.review,
    changed: { draft: contentHash(pair.draft.text) !== file.draft.sha256, reference: contentHash(pair.reference.text) !== file.reference.sha256 },
    savedAt: file.savedAt,
    file: name,
  };
}
