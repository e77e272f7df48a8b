/**
 * The contract between the renderer and the main process: the one object the
 * preload exposes as `window.galley`, the IPC channels behind it, and the
 * plain-JSON values that cross. Main and preload both import this file, so a
 * channel or payload cannot drift between them.
 *
 * The renderer never names a path. Main hands out opaque document handles
 * for files the user chose (dialog, drop, command line) and resolves them
 * again on every call. The one path that crosses is a dropped file's: the
 * preload registers it with main as the drop happens, and main opens only
 * paths registered that way.
 */

/** An opaque reference to a file main has opened for this window. */
export type DocumentHandle = string;

export type DocumentRole = 'draft' | 'reference';

/** A decoded text file as the renderer sees it. */
export interface OpenedDocument {
  handle: DocumentHandle;
  role: DocumentRole;
  /** The file name, for titles and messages; never used to reach the file. */
  name: string;
  /** The folder, for display only. */
  folder: string;
  /** Decoded text: no BOM, line endings as LF. */
  text: string;
  /** Human description of how the file is stored, e.g. "UTF-8 with BOM, CRLF", "Word document". */
  formatLabel: string;
  /** What kind of document the file is; only text, Word and Markdown drafts can be saved. */
  kind: DocumentKind;
  /** Lines of a Word or Markdown document shown as headings or list items, in line order; none for plain text. */
  lineStyles?: LineStyle[];
  /** Stretches of a Word or Markdown document's text shown bold or italic, in order, apart; none for plain text. */
  inlineStyles?: InlineStyle[];
}

/** `text.slice(from, to)` is shown bold, italic or both. */
export interface InlineStyle {
  from: number;
  to: number;
  bold?: boolean;
  italic?: boolean;
}

/** How a line of the text is shown: a heading of a level, or a list item. */
export type BlockStyle = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'item';

export interface LineStyle {
  /** The line's index in the text (0 for the first). */
  line: number;
  style: BlockStyle;
}

export type DocumentKind = 'text' | 'docx' | 'markdown' | 'html' | 'pdf';

/** What the window should show when it starts. */
export interface StartupState {
  draft: OpenedDocument | null;
  reference: OpenedDocument | null;
  /** A likely reference found beside a draft named alone (`NAME.ref.EXT`…): offered, not yet compared. */
  suggestedReference: OpenedDocument | null;
  /** True when the seed pair was opened because no file was named. */
  demo: boolean;
  /** A recovery copy left by a session that did not close cleanly: the newest of `recoveries`. */
  recovery: RecoveryOffer | null;
  /** Every orphaned recovery copy, newest first (never a live window's): the window offers each. */
  recoveries: RecoveryOffer[];
  /** The work of a window whose page crashed, restored at once because the user chose Reopen; else null. */
  restored: RecoveredReview | null;
  /** A problem opening what the command line named, for the renderer to show. */
  error: string | null;
  /** The review in a `.galley` file named on the command line, to restore. */
  review?: StoredReview;
}

/**
 * One decision of a review with what it was made on: the suggestion's
 * wording and the reference text around it, so it can be found again by
 * content in a draft or reference that changed since.
 */
export interface DecisionRecord {
  /** The editor's decision key (renderer/src/editor/decision-key). */
  key: string;
  decision: 'accepted' | 'rejected';
  /** ISO 8601, when it was made. */
  at: string;
  /** The draft's and the reference's wording. */
  draft: string;
  reference: string;
  /** Reference text just before and after the wording. */
  before: string;
  after: string;
}

/** A change the editor typed: `before` became `after`, between the given context (text of the draft with its accepted suggestions). */
export interface EditRecord {
  before: string;
  after: string;
  contextBefore: string;
  contextAfter: string;
}

/** The state of a review as the window reports it, to resume later or save as a `.galley` file. */
export interface ReviewSnapshot {
  /** The edited text. */
  text: string;
  /** Every decision in force. */
  decisions: DecisionRecord[];
  /** The editor's own edits, for re-applying them to a draft that changed. */
  edits: EditRecord[];
  /** The ignore rules in force. */
  rules: Array<{ draft: string; reference: string }>;
  /** How far the review got: decisions, of all suggestions (decided and open). */
  progress: { decided: number; total: number };
}

/**
 * A review as keepReview sends it: whole, or with its text named rather
 * than sent, as the text of the recovery copy main holds under that number
 * (RecoveryPatchSent.seq). The recovery copy follows every change, so when
 * the review is kept, a pause after the last one, main nearly always holds
 * its text already: at 300,000 words 3.4 MB that crossed to main again
 * after every pause in typing.
 */
export type KeptReviewSent = ReviewSnapshot | (Omit<ReviewSnapshot, 'text'> & { textOfRecovery: number });

/** A review found for the open pair (kept in the data folder, or read from a `.galley` file). */
export interface StoredReview {
  snapshot: ReviewSnapshot;
  /** Which document's content differs from what the review was made on. */
  changed: { draft: boolean; reference: boolean };
  /** ISO 8601, when it was written. */
  savedAt: string;
  /** The `.galley` file's name, or null for the review kept for this pair. */
  file: string | null;
}

/** What main keeps of rejection counts: the most recent changes, each of a phrase's length (a passage is not a habit). */
export const REJECTION_LIMITS = { changes: 10_000, wordingChars: 2_000 } as const;

/** How often the editor rejected one change (learned rules: an offer after a few). */
export interface RejectionCount {
  draft: string;
  reference: string;
  count: number;
}

export interface RecoveryOffer {
  id: string;
  draftName: string;
  savedAt: number;
}

/** The edited text and every decision, as the renderer restores them. */
export interface RecoverySnapshot {
  text: string;
  /** Renderer-defined JSON describing the review's decisions. */
  review: unknown;
}

/**
 * A recovery copy sent as what changed since the copy numbered `base` (a
 * handle: the draft that handle names, as main opened it; null: `lines` are
 * the whole text). The text is its lines joined by "\n"; lines [from, to) of
 * the base copy are replaced by `lines`. Main keeps the lines and writes the
 * copy, so the page never serialises or compares the whole draft.
 */
export interface RecoveryPatch {
  seq: number;
  base: number | DocumentHandle | null;
  from: number;
  to: number;
  lines: string[];
  /** When present, `lines` is empty and lines [from, to) of the base copy, edited so, are the new lines (as many). */
  edits?: LineEdit[];
  /** Renderer-defined JSON describing the review's decisions; absent: the review of the copy `base`, unchanged. */
  review?: unknown;
  /** The decisions differ from those last saved: work to keep even when the text is as saved. */
  decided: boolean;
}

/** Line `line` (counted from the patch's `from`) with [from, to) replaced by `insert`. */
export type LineEdit = readonly [line: number, from: number, to: number, insert: string];

/**
 * A RecoveryPatch as the page sends it: its lines as one string, joined by
 * "\n" (null: no lines), and its review as JSON text, only when it is not
 * the review of the copy numbered `base`. Every string and object crossing
 * to main is copied twice (into the preload's world, then into the
 * message): after accept all at 300,000 words a patch of 9,000 lines and a
 * review of 9,438 decisions with their wording, some 66,000 strings, cost
 * the page a task of 260 ms (profiled), and the review went again with
 * every copy while the editor typed on. One string each crosses as a copy.
 */
export interface RecoveryPatchSent extends Omit<RecoveryPatch, 'lines' | 'edits' | 'review'> {
  lines: string | null;
  /**
   * The patch's edits as JSON text, in place of `lines`: sent when they are
   * shorter. Accept all changes nearly every line, a few words in each (at
   * 300,000 words 3.4 MB of lines for some 9,000 short edits).
   */
  edits?: string;
  review?: string;
}

export interface RecoveredReview {
  draft: OpenedDocument | null;
  reference: OpenedDocument | null;
  snapshot: RecoverySnapshot;
}

export type OpenResult =
  | {
      ok: true;
      document: OpenedDocument;
      suggestedReference: OpenedDocument | null;
      /**
       * Opening a `.galley` review file opens its reference too, and the review
       * to restore. Opening a draft sends the open reference again when its
       * paragraph breaks, restated in the new draft's convention, changed
       * (main/formats/paragraphs.ts).
       */
      reference?: OpenedDocument;
      review?: StoredReview;
    }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; error: string };

export interface SaveRequest {
  draft: DocumentHandle;
  text: string;
  /** Ask for a new path even when the review already saved somewhere. */
  saveAs: boolean;
  /**
   * The edits that turn the draft as opened into `text` (sorted,
   * non-overlapping, offsets into the opened text), as the editor made
   * them: they tell a Word draft's writer which runs changed and a text
   * file's writer which lines, in a file that mixes line endings, are new.
   * Main checks them against `text` and diffs the texts when they are absent.
   */
  edits?: DraftEdit[];
  /** File ▸ Save with Tracked Changes… (Word drafts): each edit written as a revision, to a file chosen each time. */
  trackChanges?: boolean;
}

/** `text.slice(from, to)` of the opened draft becomes `insert`. */
export interface DraftEdit {
  from: number;
  to: number;
  insert: string;
}

export type SaveResult =
  | { ok: true; name: string; folder: string; /** Something the user should know about what was written. */ note?: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; error: string };

/**
 * The review as the window reports it (File ▸ Export Report…): plain JSON
 * main checks and turns into the client's report (main/report). Kinds and
 * severities are the engine's names, checked by main.
 */
export interface ReportRequest {
  /** The draft as opened: the text the items' offsets index. */
  draftText: string;
  /** Every suggestion of the review, decided or not. */
  items: ReportRequestItem[];
  /** Changes the editor typed, not taken from a suggestion. */
  edits: Array<{ line: number; before: string; after: string }>;
}

export interface ReportRequestItem {
  suggestion: {
    id: string;
    from: number;
    to: number;
    replacement: string;
    kind: string;
    severity: string;
    refFrom: number;
    refTo: number;
    moveId?: string;
    parts?: ReadonlyArray<{ from: number; to: number; refFrom: number; refTo: number; replacement: string }>;
  };
  decision: 'accepted' | 'rejected' | 'open';
  /** ISO 8601, when the decision was made; absent for open suggestions. */
  decidedAt?: string;
}

/**
 * What the editor chose not to be shown (View ▸ Ignore Settings…), kept by
 * main in the app's data folder for every window.
 */
export interface IgnoreSettings {
  /** Kinds left out of the review (the engine's kind names). */
  ignore: string[];
  /** Curly and straight quotes, dash variants, ellipses and spacing variants count as equal. */
  typographyEqual: boolean;
  /** Changes never to flag again: the engine's IgnoreRule, as in the CLI's --rules file. */
  rules: Array<{ draft: string; reference: string }>;
  /** The author Word shows for Galley's tracked changes; "Galley" when absent. */
  trackChangesAuthor?: string;
}

/** Commands main sends to the renderer: menu items and window events. */
export type AppCommand =
  | 'open-draft'
  | 'open-reference'
  | 'save'
  | 'save-as'
  | 'save-tracked'
  | 'save-review'
  | 'save-and-close'
  | 'reopen-with-encoding'
  | 'save-with-encoding'
  | 'export-report'
  | 'undo'
  | 'redo'
  | 'find'
  | 'find-next'
  | 'find-previous'
  | 'accept'
  | 'reject'
  | 'accept-next'
  | 'reject-next'
  | 'next'
  | 'previous'
  | 'accept-all'
  | 'reject-all'
  | 'ignore-change'
  | 'toggle-panel'
  | 'ignore-settings';

/** An open file changed on disk; `deleted` when it is gone (deleted, moved or renamed), so there is nothing to reload. */
export type FileChange = { handle: DocumentHandle; role: DocumentRole; name: string; deleted: boolean };

/** `window.galley`: one function per channel, nothing else. */
export interface GalleyApi {
  startup(): Promise<StartupState>;
  openDraft(): Promise<OpenResult>;
  openReference(): Promise<OpenResult>;
  /**
   * Opens files dropped on the window: on the reference pane as the
   * reference, elsewhere one file as a draft or two as draft and reference.
   * Their paths come from the preload, never from page script.
   */
  openDropped(files: File[], target?: DocumentRole | 'auto'): Promise<OpenResult[]>;
  reload(handle: DocumentHandle): Promise<OpenResult>;
  /** File ▸ Reopen with Encoding…: reads an open file again as `encoding` (one of ENCODING_CHOICES, preload/encodings). */
  reopenWithEncoding(handle: DocumentHandle, encoding: string): Promise<OpenResult>;
  /** File ▸ Save with Encoding…: this save of the cleaned copy, and later ones, write `encoding`. */
  setSaveEncoding(encoding: string): Promise<void>;
  save(request: SaveRequest): Promise<SaveResult>;
  /** Asks where to save the client's report of this review and writes it. */
  exportReport(request: ReportRequest): Promise<SaveResult>;
  /** The ignore settings as last saved (the defaults when none were). */
  settings(): Promise<IgnoreSettings>;
  saveSettings(settings: IgnoreSettings): Promise<void>;
  /** The review kept for the open pair, to offer resuming it; null when there is none. */
  keptReview(): Promise<StoredReview | null>;
  /**
   * Keeps the review of the open pair in the data folder; null forgets it.
   * False (nothing kept) when its text was named as a recovery copy main
   * does not hold: the renderer then sends the text.
   */
  keepReview(snapshot: KeptReviewSent | null): Promise<boolean>;
  /** File ▸ Save Review As…: asks where and writes a `.galley` review file. */
  saveReviewAs(snapshot: ReviewSnapshot): Promise<SaveResult>;
  /** Rejection counts by change, kept across restarts. */
  rejections(): Promise<RejectionCount[]>;
  saveRejections(counts: RejectionCount[]): Promise<void>;
  /** Tells main whether there is unsaved work (title marker, close prompt). */
  setEdited(edited: boolean): Promise<void>;
  /**
   * Keeps a recovery copy of unsaved work (null removes it). Main writes a
   * patch only while there is unsaved work, and answers false when it does
   * not hold the patch's base copy: the next copy must then be whole.
   */
  keepRecovery(copy: RecoverySnapshot | RecoveryPatchSent | null): Promise<boolean>;
  restoreRecovery(id: string): Promise<RecoveredReview | null>;
  discardRecovery(id: string): Promise<void>;
  /** Closes the window after the renderer finished a save it was asked for. */
  closeWindow(): Promise<void>;
  onCommand(listener: (command: AppCommand) => void): () => void;
  onFileChanged(listener: (change: FileChange) => void): () => void;
}

/** The invoke channels, one per API function that reaches main. */
export const CHANNELS = {
  startup: 'galley:startup',
  openDraft: 'galley:open-draft',
  openReference: 'galley:open-reference',
  openPaths: 'galley:open-paths',
  /** Not in GalleyApi: the preload's own, sent as a real drop happens (see droppedPaths in preload/index). */
  registerDrop: 'galley:register-drop',
  reload: 'galley:reload',
  reopenWithEncoding: 'galley:reopen-with-encoding',
  setSaveEncoding: 'galley:set-save-encoding',
  save: 'galley:save',
  exportReport: 'galley:export-report',
  settings: 'galley:settings',
  saveSettings: 'galley:save-settings',
  setEdited: 'galley:set-edited',
  keptReview: 'galley:kept-review',
  keepReview: 'galley:keep-review',
  saveReviewAs: 'galley:save-review-as',
  rejections: 'galley:rejections',
  saveRejections: 'galley:save-rejections',
  keepRecovery: 'galley:keep-recovery',
  restoreRecovery: 'galley:restore-recovery',
  discardRecovery: 'galley:discard-recovery',
  closeWindow: 'galley:close-window',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** Channels main sends on, for `onCommand` and `onFileChanged`. */
export const EVENTS = {
  command: 'galley:command',
  fileChanged: 'galley:file-changed',
} as const;
