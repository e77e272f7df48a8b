/**
 * What a review session needs from the outside world, as interfaces: the
 * Electron glue in main/index.ts provides native dialogs and a BrowserWindow,
 * tests provide stand-ins that answer as the test chose.
 */
import type { RecoverySnapshot } from '../../preload/api';
import type { TextFormat } from '../files/text-format';
import type { FileChange, FileStamp, FileWatcher } from '../files/watch';

/** What a save dialog saves: its title and file filter follow. */
export type SaveKind = 'cleaned' | 'report' | 'review';

export interface Dialogs {
  /** Asks for a file to open; null when cancelled. */
  chooseFile(role: 'draft' | 'reference'): Promise<string | null>;
  /** Asks where to save `what` (the cleaned copy unless named), proposing `suggestedPath`; null when cancelled. */
  chooseSavePath(suggestedPath: string, what?: SaveKind): Promise<string | null>;
  /** Unsaved work and the window is closing. */
  askUnsaved(name: string): Promise<'save' | 'discard' | 'cancel'>;
  /** The save target changed on disk since Galley last read or wrote it. */
  askChangedOnDisk(name: string): Promise<'overwrite' | 'save-as' | 'cancel'>;
  /**
   * The cleaned copy holds characters the draft's encoding cannot (curly
   * quotes in Latin-1, say; `reason` says which): save it as UTF-8 instead?
   * Without this dialog the save fails with a message pointing to Save
   * with Encoding.
   */
  askSaveAsUtf8?(name: string, reason: string): Promise<'utf-8' | 'cancel'>;
}

export interface WindowPort {
  setTitle(title: string): void;
  /** Sends an event to the renderer. */
  send(channel: string, value: unknown): void;
  /** Closes the window for good (after any prompt was answered). */
  close(): void;
}

/** A recovery copy as main keeps it: paths stay on this side. */
export interface RecoveryEntry {
  draftPath: string | null;
  referencePath: string | null;
  /** How the draft is stored, so work whose draft file is gone still saves as it would have. */
  draftFormat?: TextFormat;
  snapshot: RecoverySnapshot;
  savedAt: number;
}

export interface RecoveryPort {
  /** Marks a copy as this window's (see FileRecoveryStore.claim); false if another window holds it. */
  claim(id: string): boolean;
  /** The window is gone; a copy it left behind becomes an orphan. */
  release(id: string): void;
  /** Orphaned copies, newest first: never a live window's. */
  pending(): Promise<Array<{ id: string; entry: RecoveryEntry }>>;
  keep(id: string, entry: RecoveryEntry): Promise<void>;
  load(id: string): Promise<RecoveryEntry | null>;
  discard(id: string): Promise<void>;
}

/**
 * Calls `onChange` when the file at `path` is no longer the version `known`
 * (main/files/watch's watchFile); the session holds it while saving there.
 */
export type Watch = (path: string, onChange: (change: FileChange) => void, options: { known: FileStamp }) => FileWatcher;
