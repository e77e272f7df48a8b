/**
 * The layout of Galley's data folder: which file or folder each store keeps.
 * One place, so the app, the end-to-end harness and the tests of the session
 * read and write the same files.
 */
import { join } from 'node:path';
import { FileRecoveryStore } from '../recovery';
import { FileReviewStore } from '../review-file/review-store';
import { FileRejectionsStore } from '../settings/rejections-store';
import { FileSettingsStore } from '../settings/settings-store';

export interface DataStores {
  /** Copies of unsaved work, one per window (recovery/). */
  recovery: FileRecoveryStore;
  settings: FileSettingsStore;
  /** Kept reviews of draft/reference pairs, to resume (reviews/). */
  reviews: FileReviewStore;
  /** How often each change was rejected, for offering a rule. */
  rejections: FileRejectionsStore;
}

export function storesIn(dataDir: string): DataStores {
  return {
    recovery: new FileRecoveryStore(join(dataDir, 'recovery')),
    settings: new FileSettingsStore(join(dataDir, 'settings.json')),
    reviews: new FileReviewStore(join(dataDir, 'reviews')),
    rejections: new FileRejectionsStore(join(dataDir, 'rejections.json')),
  };
}
