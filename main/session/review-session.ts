/**
 * One window's review, as the main process sees it: which files are open,
 * where the cleaned copy goes, whether there is unsaved work, and the
 * recovery copy of that work. Plain Node behind the ports in ./ports, so the
 * whole flow runs under the test runner and behind the browser harness.
 */
import { randomUUID } from 'node:crypto';
import { basename, dirname, extname, join } from 'node:path';
import type {
  DocumentHandle,
  DocumentRole,
  IgnoreSettings,
  KeptReviewSent,
  OpenResult,
  OpenedDocument,
  RecoveredReview,
  RecoveryPatch,
  RecoverySnapshot,
  RejectionCount,
  ReviewSnapshot,
  SaveRequest,
  SaveResult,
  StartupState,
  StoredReview,
} from '../../preload/api';
import { EVENTS } from '../../preload/api';
import { FileError } from '../files/errors';
import { canonicalEncoding } from '../files/charset';
import { DEFAULT_TEXT_FORMAT, formatAfterEdits, hasNoFormat, withEncoding, type TextEdit, type TextFormat } from '../files/text-format';
import { isSameFile, type FileStamp } from '../files/stamp';
import type { FileChange, FileWatcher } from '../files/watch';
import { writeTextFile } from '../files/write';
import { exportReport } from './export-report';
import type { CheckedReportRequest } from '../report/window-report';
import { applyEdits, editsBetween } from '../formats/edits';
import { containerOf, DRAFT_CONTAINERS, loadDocument, renderDraft, writeRendered, type LoadedDocument } from '../formats/index';
import { inDraftParagraphs } from '../formats/paragraphs';
import { trackChangesAuthor } from '../settings/settings-store';
import { contentsOf, DocumentRegistry, toOpenedDocument, type FileContents, type OpenFile } from './documents';
import { findLikelyReference, orderPair } from './find-reference';
import { describeFormat } from './format-label';
import type { Dialogs, RecoveryEntry, RecoveryPort, Watch, WindowPort } from './ports';
import type { StartupFiles } from './startup-args';
import type { SettingsPort } from '../settings/settings-store';
import { RecoveryLines } from '../recovery-lines';
import type { RejectionsPort } from '../settings/rejections-store';
import { isReviewPath, offerOf, ReviewFiles, type OpenPair } from '../review-file/review-files';
import type { ReviewStorePort } from '../review-file/review-store';

export interface SessionOptions {
  dialogs: Dialogs;
  window: WindowPort;
  recovery: RecoveryPort;
  /** The ignore settings every window shares. */
  settings: SettingsPort;
  /** The reviews kept per pair, to resume them. */
  reviews: ReviewStorePort;
  /** Rejection counts for learned rules, shared by every window. */
  rejections: RejectionsPort;
  watch: Watch;
  /** What the command line named, or the seed pair for the demo. */
  startup: StartupFiles & { demo: boolean };
  /** A crashed window's recovery copy to restore at startup (its Reopen); null or absent for none. */
  restore?: string | null;
}

/**
 * Where a cleaned copy is proposed: `NAME.cleaned.EXT` beside the draft
 * (`NAME.tracked.docx` for one with tracked changes).
 */
export function cleanedPathFor(draftPath: string, what: 'cleaned' | 'tracked' = 'cleaned'): string {
  const ext = extname(draftPath);
  return join(dirname(draftPath), `${basename(draftPath, ext)}.${what}${ext}`);
}

/** What the user is told when a Word or Markdown draft could not take every edit (renderDraft's `unapplied`). */
function unappliedNote(unapplied: number): string | undefined {
  if (unapplied === 0) return undefined;
  const changes = unapplied === 1 ? '1 change' : `${unapplied} changes`;
  return `${changes} the draft's format cannot hold (joining paragraphs it keeps apart, such as table cells or notes; a blank line in Markdown): left as they were in the saved file.`;
}

export class ReviewSession {
  private readonly documents = new DocumentRegistry();
  private readonly watchers = new Map<DocumentHandle, FileWatcher>();
  /**
   * Every version this window read or wrote, by path: a save to any of these
   * paths first checks that nobody else changed the file since.
   */
  private readonly versions = new Map<string, FileStamp>();
  /** Where the cleaned copy was last saved. */
  private target: string | null = null;
  /** The encoding chosen with Save with Encoding (or accepted as the way out of an unencodable save); null keeps the draft's. */
  private saveEncoding: string | null = null;
  private edited = false;
  private closing = false;
  /** Paths of the files of the last drop on the window, until opened (see registerDrop). */
  private dropped = new Set<string>();
  /** This session's recovery copy; fresh per window so two windows never share one. */
  private readonly recoveryId = randomUUID();
  /** The text of that copy, which the renderer's patches change. */
  private readonly recoveryLines = new RecoveryLines();
  /** The review of the copy recoveryLines holds (undefined: none), for patches that leave it unchanged. */
  private recoveryReview: unknown = undefined;
  private readonly reviewFiles: ReviewFiles;

  constructor(private readonly options: SessionOptions) {
    this.reviewFiles = new ReviewFiles(options.reviews, options.dialogs);
    options.recovery.claim(this.recoveryId);
    this.updateTitle();
  }

  async startup(): Promise<StartupState> {
    const { startup } = this.options;
    const state: StartupState = { draft: null, reference: null, suggestedReference: null, demo: startup.demo, recovery: null, recoveries: [], restored: null, error: null };
    try {
      if (startup.draft && isReviewPath(startup.draft)) {
        const opened = await this.openReview(startup.draft);
        Object.assign(state, { draft: opened.document, reference: opened.reference, review: opened.review });
      } else if (startup.draft) {
        state.draft = await this.open('draft', startup.draft);
        if (startup.reference) state.reference = await this.open('reference', startup.reference);
        else state.suggestedReference = await this.likelyReference(startup.draft);
      } else if (startup.reference) {
        state.reference = await this.open('reference', startup.reference);
      }
    } catch (error) {
      state.error = messageOf(error);
    }
    if (this.options.restore) state.restored = await this.restoreRecovery(this.options.restore);
    state.recoveries = (await this.options.recovery.pending()).map(({ id, entry }) => ({
      id,
      draftName: entry.draftPath ? basename(entry.draftPath) : 'untitled draft',
      savedAt: entry.savedAt,
    }));
    state.recovery = state.recoveries[0] ?? null;
    return state;
  }

  async openDraft(): Promise<OpenResult> {
    return this.chooseAndOpen('draft');
  }

  async openReference(): Promise<OpenResult> {
    return this.chooseAndOpen('reference');
  }

  /**
   * A file drop is happening in the window: the preload saw a real (trusted)
   * drop event and took these paths from its files. Until the next drop,
   * `openPaths` opens these and no other paths.
   */
  registerDrop(paths: string[]): void {
    this.dropped = new Set(paths);
  }

  /**
   * Opens dropped files: one file is a new draft (with its likely reference
   * offered) unless it can only be a reference, two are a draft and its
   * reference. Only paths registered by the drop itself are opened: a path
   * made up by page script, or one from an earlier drop already opened, is
   * refused.
   */
  async openPaths(paths: string[], target: DocumentRole | 'auto'): Promise<OpenResult[]> {
    const unknown = paths.find((path) => !this.dropped.has(path));
    if (unknown !== undefined) {
      return [{ ok: false, cancelled: false, error: `Galley did not open “${basename(unknown)}”: it opens only files chosen in its Open dialogs, named on the command line or dropped on the window.` }];
    }
    for (const path of paths) this.dropped.delete(path);
    if (paths.length === 2 && target === 'auto') {
      const { draft, reference } = orderPair(paths[0], paths[1]);
      const draftResult = await this.tryOpen('draft', draft, false);
      const referenceResult = draftResult.ok ? await this.tryOpen('reference', reference, false) : null;
      return referenceResult ? [draftResult, referenceResult] : [draftResult];
    }
    // A single PDF or web page can only be a reference.
    const role = target !== 'auto' ? target : DRAFT_CONTAINERS.includes(containerOf(paths[0])) ? 'draft' : 'reference';
    return [await this.tryOpen(role, paths[0], role === 'draft')];
  }

  async reload(handle: DocumentHandle): Promise<OpenResult> {
    const file = this.documents.get(handle);
    if (!file) return { ok: false, cancelled: false, error: 'That file is no longer open.' };
    return this.tryOpen(file.role, file.path, false);
  }

  /**
   * Reopen with Encoding: reads an open file again as `encoding` (an
   * iconv-lite name, e.g. from ENCODING_CHOICES), for a file whose encoding
   * was guessed wrong. Unsaved edits to the draft are the renderer's to ask
   * about first, as for reload.
   */
  async reopenWithEncoding(handle: DocumentHandle, encoding: string): Promise<OpenResult> {
    const file = this.documents.get(handle);
    if (!file) return { ok: false, cancelled: false, error: 'That file is no longer open.' };
    return this.tryOpen(file.role, file.path, false, encoding);
  }

  /**
   * Save with Encoding: saves the cleaned copy (where Save would) in
   * `encoding`, which later saves of this draft keep.
   */
  async saveWithEncoding(request: SaveRequest, encoding: string): Promise<SaveResult> {
    const chosen = canonicalEncoding(encoding);
    if (!chosen) return { ok: false, cancelled: false, error: `Galley does not know the encoding '${encoding}'.` };
    this.setSaveEncoding(chosen);
    return this.save(request);
  }

  /** The encoding the cleaned copy is saved in from now on (Save with Encoding in the window: then a save as usual). */
  setSaveEncoding(encoding: string): void {
    this.saveEncoding = canonicalEncoding(encoding) ?? this.saveEncoding;
  }

  /**
   * Saves the cleaned copy where the review last saved it (asking where the
   * first time, or for Save As). With `trackChanges` (Word drafts) it always
   * asks, proposing `NAME.tracked.docx`, and later saves still go to the
   * cleaned copy.
   */
  async save(request: SaveRequest): Promise<SaveResult> {
    const draft = this.documents.get(request.draft);
    if (!draft || draft.role !== 'draft') return { ok: false, cancelled: false, error: 'No draft is open to save.' };
    const tracked = request.trackChanges === true;
    if (tracked && (draft.container !== 'docx' || !draft.loaded)) {
      return { ok: false, cancelled: false, error: 'Tracked changes can only be saved for a Word (.docx) draft.' };
    }
    let path = request.saveAs || tracked ? null : this.target;
    let overwrite = false;
    for (;;) {
      if (!path) {
        path = await this.options.dialogs.chooseSavePath(tracked ? cleanedPathFor(draft.path, 'tracked') : (this.target ?? this.proposedPath(draft)));
        if (!path) return { ok: false, cancelled: true };
        overwrite = false;
      }
      const reference = this.documents.current('reference');
      if (reference && (await isSameFile(path, reference.path))) {
        return { ok: false, cancelled: false, error: `${basename(path)} is the open reference: choose another name for the cleaned copy.` };
      }
      try {
        const note = await this.write(path, request, draft, overwrite);
        if (!tracked) this.target = path;
        this.setEdited(false);
        return { ok: true, name: basename(path), folder: dirname(path), ...(note ? { note } : {}) };
      } catch (error) {
        if (error instanceof FileError && error.code === 'unencodable' && this.saveEncoding !== 'utf-8') {
          // Never stuck unsaveable: UTF-8 holds every character.
          const answer = await this.options.dialogs.askSaveAsUtf8?.(basename(path), error.reason);
          if (answer === 'cancel') return { ok: false, cancelled: true };
          if (answer !== 'utf-8') return { ok: false, cancelled: false, error: `${error.message} Save with Encoding › UTF-8 keeps every character.` };
          this.saveEncoding = 'utf-8';
          continue;
        }
        if (!(error instanceof FileError) || error.code !== 'changed-on-disk') {
          return { ok: false, cancelled: false, error: messageOf(error) };
        }
        const answer = await this.options.dialogs.askChangedOnDisk(basename(path));
        if (answer === 'cancel') return { ok: false, cancelled: true };
        if (answer === 'overwrite') overwrite = true;
        else path = null;
      }
    }
  }

  /** The first save's proposal: `NAME.cleaned.EXT`; restored work whose Word file is gone can only be saved as text, so `.txt`. */
  private proposedPath(draft: OpenFile): string {
    const path = cleanedPathFor(draft.path);
    return draft.loaded === null && containerOf(draft.path) === 'docx' ? path.replace(/\.docx$/i, '.txt') : path;
  }

  /**
   * Writes the cleaned copy to `path` in the draft's format (the
   * reference's, for an empty draft), unless the file
   * there is a version this window knew and someone else has changed it
   * since. Watchers on an open file at `path` are held, so Galley's own save
   * is not reported as a change. Resolves to a note for the user, if any.
   */
  private async write(path: string, request: SaveRequest, draft: OpenFile, overwrite: boolean): Promise<string | undefined> {
    const expected = overwrite ? undefined : await this.knownVersion(path);
    const here = await this.openFilesAt(path);
    const releases = here.map((file) => this.watchers.get(file.handle)?.hold());
    let stamp: FileStamp | undefined;
    try {
      let note: string | undefined;
      if (draft.loaded && draft.container !== 'text') {
        const track = request.trackChanges ? { author: trackChangesAuthor(await this.options.settings.load()), date: new Date() } : undefined;
        const encoding = draft.container === 'markdown' && this.saveEncoding ? this.saveEncoding : undefined;
        const rendered = renderDraft(draft.loaded, draftEdits(draft, request), { track, encoding });
        stamp = await writeRendered(path, rendered.bytes, expected);
        note = unappliedNote(rendered.unapplied);
      } else {
        stamp = await this.writeText(path, request, draft, expected);
      }
      this.versions.set(path, stamp);
      for (const file of here) file.stamp = stamp;
      return note;
    } finally {
      for (const release of releases) release?.(stamp);
    }
  }

  /** A plain-text cleaned copy: the draft's encoding and line endings, each line keeping its own in a file that mixes them. */
  private async writeText(path: string, request: SaveRequest, draft: OpenFile, expected: FileStamp | undefined): Promise<FileStamp> {
    const { text } = request;
    // An empty draft has no format to keep: the cleaned copy is stored as the reference is.
    const reference = this.documents.current('reference');
    if (reference && text !== '' && hasNoFormat(draft.originalText, draft.format)) {
      const format = this.saveEncoding ? withEncoding(reference.format, this.saveEncoding) : reference.format;
      return writeTextFile(path, text, format, { expected, originalText: reference.originalText });
    }
    // Only a file that mixes line endings needs the edits, to know which breaks are new.
    const kept = draft.format.lineBreaks ? formatAfterEdits(draft.originalText, draft.format, draftEdits(draft, request)) : draft.format;
    return writeTextFile(path, text, this.saveEncoding ? withEncoding(kept, this.saveEncoding) : kept, { expected });
  }

  /** The version of the file at `path` this window last read or wrote, by path or by identity. */
  private async knownVersion(path: string): Promise<FileStamp | undefined> {
    const byPath = this.versions.get(path);
    if (byPath) return byPath;
    for (const [known, stamp] of this.versions) if (await isSameFile(path, known)) return stamp;
    return undefined;
  }

  private async openFilesAt(path: string): Promise<OpenFile[]> {
    const files = (['draft', 'reference'] as const).map((role) => this.documents.current(role)).filter((f): f is OpenFile => f !== undefined);
    const here: OpenFile[] = [];
    for (const file of files) if (await isSameFile(path, file.path)) here.push(file);
    return here;
  }

  /** File ▸ Export Report…: the client's report of the review, where the user chooses. */
  async exportReport(request: CheckedReportRequest): Promise<SaveResult> {
    const draft = this.documents.current('draft');
    const reference = this.documents.current('reference');
    if (!draft || !reference) return { ok: false, cancelled: false, error: 'Open a draft and its reference first: there is no review to report.' };
    return exportReport(this.options.dialogs, { draftPath: draft.path, reference: { path: reference.path, text: reference.originalText } }, request, messageOf);
  }

  /** The review kept for the open pair, to offer resuming it. */
  async keptReview(): Promise<StoredReview | null> {
    const pair = this.openPair();
    return pair ? this.reviewFiles.kept(pair) : null;
  }

  /**
   * Keeps (or, with null, forgets) the review of the open pair. False,
   * keeping nothing, when its text is named as a recovery copy that is not
   * the one held (a newer copy came, or that one was refused): the renderer
   * then sends the text.
   */
  async keepReview(kept: KeptReviewSent | null): Promise<boolean> {
    const pair = this.openPair();
    if (!pair) return true;
    if (kept && 'textOfRecovery' in kept) {
      const { textOfRecovery, ...rest } = kept;
      const text = this.recoveryLines.textOf(textOfRecovery);
      if (text === null) return false;
      kept = { ...rest, text };
    }
    await this.reviewFiles.keep(pair, kept);
    return true;
  }

  /** File ▸ Save Review As…: a `.galley` file, proposed beside the draft. */
  async saveReviewAs(snapshot: ReviewSnapshot): Promise<SaveResult> {
    const pair = this.openPair();
    if (!pair) return { ok: false, cancelled: false, error: 'Open a draft and its reference first: there is no review to save.' };
    return this.reviewFiles.saveAs(pair, snapshot);
  }

  rejections(): Promise<RejectionCount[]> {
    return this.options.rejections.load();
  }

  saveRejections(counts: RejectionCount[]): Promise<void> {
    return this.options.rejections.save(counts);
  }

  /**
   * Opens a `.galley` review file: its draft and reference (found relative
   * to it) and the review, saying which document changed since. Throws
   * FileError naming the review file or the document that failed.
   */
  private async openReview(path: string): Promise<{ document: OpenedDocument; reference: OpenedDocument; review: StoredReview }> {
    const file = await this.reviewFiles.read(path);
    const opened = async (role: DocumentRole, documentPath: string): Promise<OpenedDocument> => {
      try {
        return await this.open(role, documentPath);
      } catch (error) {
        const reason = error instanceof FileError ? error.reason : messageOf(error);
        throw new FileError(error instanceof FileError ? error.code : 'io', basename(path), `its ${role} ${basename(documentPath)} cannot be read: ${reason}`);
      }
    };
    const document = await opened('draft', file.draft.path);
    const reference = await opened('reference', file.reference.path);
    const pair = this.openPair()!;
    return { document, reference, review: offerOf(file, pair, basename(path)) };
  }

  /** The open draft and reference with the text each was read with; null unless both are open from files. */
  private openPair(): OpenPair | null {
    const draft = this.documents.current('draft');
    const reference = this.documents.current('reference');
    if (!draft || !reference || !draft.stamp) return null;
    return { draft: { path: draft.path, text: draft.originalText }, reference: { path: reference.path, text: reference.originalText } };
  }

  settings(): Promise<IgnoreSettings> {
    return this.options.settings.load();
  }

  saveSettings(settings: IgnoreSettings): Promise<void> {
    return this.options.settings.save(settings);
  }

  setEdited(edited: boolean): void {
    this.edited = edited;
    this.updateTitle();
    if (!edited) void this.options.recovery.discard(this.recoveryId);
  }

  /**
   * Keeps the recovery copy: a whole snapshot as sent, or a patch on top of
   * the window's last copy (written only while there is unsaved work, and
   * removed otherwise). False when a patch was not made against the copy
   * main holds: the renderer then sends the whole text.
   */
  async keepRecovery(copy: RecoverySnapshot | RecoveryPatch | null): Promise<boolean> {
    if (!copy || !('seq' in copy)) {
      this.recoveryLines.reset(copy?.text ?? null);
      this.recoveryReview = copy?.review;
      await (copy ? this.writeRecovery(copy) : this.options.recovery.discard(this.recoveryId));
      return true;
    }
    // A patch without its review keeps the one of the copy it was made against, which only a copy main holds has.
    if (copy.review === undefined && (typeof copy.base !== 'number' || this.recoveryReview === undefined)) return false;
    if (!this.recoveryLines.apply(copy)) return false;
    const text = this.recoveryLines.text ?? '';
    const review = copy.review === undefined ? this.recoveryReview : copy.review;
    this.recoveryReview = review;
    await (this.edited || copy.decided ? this.writeRecovery({ text, review }) : this.options.recovery.discard(this.recoveryId));
    return true;
  }

  private async writeRecovery(snapshot: RecoverySnapshot): Promise<void> {
    const draft = this.documents.current('draft');
    await this.options.recovery.keep(this.recoveryId, {
      draftPath: draft?.path ?? null,
      referencePath: this.documents.current('reference')?.path ?? null,
      ...(draft ? { draftFormat: draft.format } : {}),
      snapshot,
      savedAt: Date.now(),
    });
  }

  /**
   * Restores a recovery copy into this window. When its draft file is gone
   * (moved, deleted, on a drive not mounted), the work still comes back as
   * the draft — under the old name, in the old format, with no file behind
   * it — so it stays unsaved and recoverable, and Save asks where to put it.
   */
  async restoreRecovery(id: string): Promise<RecoveredReview | null> {
    const entry = await this.takeOrphan(id);
    if (!entry) return null;
    let draft = entry.draftPath ? await this.openQuietly('draft', entry.draftPath) : null;
    if (!draft && entry.draftPath) draft = this.adoptMissingDraft(entry.draftPath, entry.draftFormat, entry.snapshot.text);
    const reference = entry.referencePath ? await this.openQuietly('reference', entry.referencePath) : null;
    await this.options.recovery.discard(id);
    this.options.recovery.release(id);
    // The restored work is unsaved again, under this session's own copy.
    await this.keepRecovery(entry.snapshot);
    this.setEditedQuietly(true);
    return { draft, reference, snapshot: entry.snapshot };
  }

  /**
   * The draft for restored work whose file is gone. Its text as the renderer
   * shows it is empty, so the restored text counts as unsaved; a copy made
   * before formats were kept saves as a new file would (or as the
   * reference is stored).
   */
  private adoptMissingDraft(path: string, format: TextFormat | undefined, text: string): OpenedDocument {
    const known: FileContents = format
      ? { container: 'text', format, originalText: text, loaded: null }
      : { container: 'text', format: DEFAULT_TEXT_FORMAT, originalText: '', loaded: null };
    const file = this.adopt('draft', path, known, null);
    return { ...toOpenedDocument(file, ''), formatLabel: `${describeFormat(file.format)}, file not found: save to keep this work` };
  }

  /** Discards an orphaned copy the user declined; a live window's copy is left alone. */
  async discardRecovery(id: string): Promise<void> {
    if (!(await this.takeOrphan(id))) return;
    await this.options.recovery.discard(id);
    this.options.recovery.release(id);
  }

  /** Claims the orphaned copy `id` for this window and loads it; null if it is not an orphan (or another window took it first). */
  private async takeOrphan(id: string): Promise<RecoveryEntry | null> {
    const orphan = (await this.options.recovery.pending()).find((copy) => copy.id === id);
    if (!orphan || !this.options.recovery.claim(id)) return null;
    return orphan.entry;
  }

  /**
   * The window was asked to close. Resolves true when it may close now;
   * false when the user cancelled or a save was requested first (the
   * renderer then calls `closeWindow` once the save succeeded).
   */
  async requestClose(): Promise<boolean> {
    if (this.closing || !this.edited) return this.finish();
    const answer = await this.options.dialogs.askUnsaved(this.shownName() ?? 'the draft');
    if (answer === 'cancel') return false;
    if (answer === 'discard') return this.finish();
    this.options.window.send(EVENTS.command, 'save-and-close');
    return false;
  }

  /** The renderer saved as asked and the window may now go. */
  closeWindow(): void {
    this.closing = true;
    this.options.window.close();
  }

  /** A clean close: watchers stop and the recovery copy goes. */
  async dispose(): Promise<void> {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    if (!this.edited) await this.options.recovery.discard(this.recoveryId);
    this.options.recovery.release(this.recoveryId);
  }

  /**
   * The window died without a clean close (its renderer crashed, or a test
   * stands in for a crash): watchers stop, and the recovery copy stays on
   * disk as an orphan that the next window offers.
   */
  abandon(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    this.options.recovery.release(this.recoveryId);
  }

  private async finish(): Promise<boolean> {
    this.closing = true;
    this.edited = false;
    await this.dispose();
    return true;
  }

  private async chooseAndOpen(role: DocumentRole): Promise<OpenResult> {
    const path = await this.options.dialogs.chooseFile(role);
    if (!path) return { ok: false, cancelled: true };
    return this.tryOpen(role, path, role === 'draft');
  }

  private async tryOpen(role: DocumentRole, path: string, offerReference: boolean, encoding?: string): Promise<OpenResult> {
    try {
      if (isReviewPath(path)) return { ok: true, suggestedReference: null, ...(await this.openReview(path)) };
      const document = await this.open(role, path, encoding);
      const reference = role === 'draft' ? this.restateReference() : null;
      const suggestedReference = offerReference ? await this.likelyReference(path) : null;
      return { ok: true, document, suggestedReference, ...(reference ? { reference } : {}) };
    } catch (error) {
      return { ok: false, cancelled: false, error: messageOf(error) };
    }
  }

  /** The likely reference beside a draft, read for the renderer to offer (null when there is none, or it cannot be read). */
  private async likelyReference(draftPath: string): Promise<OpenedDocument | null> {
    const referencePath = await findLikelyReference(draftPath);
    return referencePath ? this.openQuietly('reference', referencePath) : null;
  }

  private async openQuietly(role: DocumentRole, path: string): Promise<OpenedDocument | null> {
    try {
      return await this.open(role, path);
    } catch {
      return null;
    }
  }

  /** Reads a file (any format loadDocument reads) and makes it the window's draft or reference. Throws FileError. */
  private async open(role: DocumentRole, path: string, encoding?: string): Promise<OpenedDocument> {
    const read = await loadDocument(path, { encoding });
    if (role === 'draft' && (read.container === 'html' || read.container === 'pdf')) {
      throw new FileError('io', path, `Galley cannot save ${read.container === 'pdf' ? 'a PDF' : 'an HTML page'}, so it can only be the reference; open a text, Word or Markdown draft`);
    }
    const compared = role === 'reference' ? this.inDraftParagraphs(read) : read;
    const file = this.adopt(role, path, contentsOf(compared, read), read.stamp);
    this.versions.set(path, read.stamp);
    const changed = (change: FileChange) =>
      this.options.window.send(EVENTS.fileChanged, { handle: file.handle, role: file.role, name: basename(file.path), deleted: change.kind === 'deleted' });
    this.watchers.set(file.handle, this.options.watch(path, changed, { known: read.stamp }));
    if (role === 'draft') this.recoveryLines.opened(file.handle, read.text);
    return toOpenedDocument(file, compared.text);
  }

  /** A reference as the open draft compares with it: its paragraph breaks in the draft's convention (formats/paragraphs). */
  private inDraftParagraphs(reference: LoadedDocument): LoadedDocument {
    const draft = this.documents.current('draft');
    return draft ? inDraftParagraphs(reference, { container: draft.container, text: draft.originalText }) : reference;
  }

  /**
   * After a new draft opened: the open reference restated in its paragraph
   * convention, for the renderer to show and compare, when that changes its
   * text; else null.
   */
  private restateReference(): OpenedDocument | null {
    const reference = this.documents.current('reference');
    const asRead = reference?.asRead ?? reference?.loaded;
    if (!reference || !asRead) return null;
    const compared = this.inDraftParagraphs(asRead);
    if (compared.text === reference.originalText) return null;
    const file = this.documents.replace(reference.handle, contentsOf(compared, asRead))!;
    return toOpenedDocument(file, compared.text);
  }

  /** Makes a file the window's draft or reference, in place of the one before. */
  private adopt(role: DocumentRole, path: string, contents: FileContents, stamp: FileStamp | null): OpenFile {
    const previous = this.documents.current(role);
    if (previous) {
      this.watchers.get(previous.handle)?.close();
      this.watchers.delete(previous.handle);
    }
    this.documents.dropRole(role);
    const file = this.documents.add(role, path, contents, stamp);
    if (role === 'draft') {
      this.target = null;
      this.saveEncoding = null;
      this.setEditedQuietly(false);
    }
    this.updateTitle();
    return file;
  }

  private setEditedQuietly(edited: boolean): void {
    this.edited = edited;
    this.updateTitle();
  }

  private updateTitle(): void {
    this.options.window.setTitle(`${this.edited ? '● ' : ''}${this.shownName() ?? 'No draft'} — Galley`);
  }

  /** The file the review is about for the person: the cleaned copy once saved, else the draft; null with no draft. */
  private shownName(): string | null {
    const draft = this.documents.current('draft');
    return draft ? basename(this.target ?? draft.path) : null;
  }
}

/** The edits from the draft as opened to the text to save: the editor's own when they fit it, else an exact diff. */
function draftEdits(draft: OpenFile, request: SaveRequest): TextEdit[] {
  if (request.edits && applyEdits(draft.originalText, request.edits) === request.text) return request.edits;
  return editsBetween(draft.originalText, request.text);
}

/** The one-line message a person sees; never a stack trace. */
export function messageOf(error: unknown): string {
  if (error instanceof FileError) return error.message;
  if (error instanceof Error) return `Unexpected problem: ${error.message}`;
  return 'Unexpected problem.';
}
