/**
 * The open files, against `window.galley`: opening a draft or reference
 * (dialog, drop, an offered reference), replacing a draft with unsaved
 * work, reloading a file that changed on disk, saving the cleaned copy,
 * and the unsaved flag (the title marker main shows, and the close prompt).
 */
import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { DocumentHandle, DocumentRole, FileChange, GalleyApi, OpenResult, OpenedDocument, StoredReview } from '../../../preload/api';
import { type Decisions, schema } from '../editor/schema';
import { sameParagraphs } from '../editor/chunks';
import { knownText } from '../editor/doc-text';
import { docFromText, textFromDoc } from '../editor/text-doc';
import type { Layout } from './layout';
import { DraftEdits } from './draft-edits';
import { freshState } from './editor';

export interface DocumentsHooks {
  /** Compares the open pair (whole) and shows the result. */
  compare(): Promise<void>;
  /** The document changed, or was saved: what counts as unsaved work may have too. */
  changed(): void;
  /** A `.galley` review file was opened: restores its review of the pair (and compares). */
  review(stored: StoredReview, draft: OpenedDocument, reference: OpenedDocument): Promise<void>;
  /** The open reference was read again from its file (reloaded after it changed on disk); the compare follows. */
  referenceReread(): void;
}

/** A draft as setDraft shows it: the document as saved, whether the shown text is restored work, and the fresh editor state. */
interface DraftState {
  readonly document: OpenedDocument | null;
  readonly saved: Node;
  readonly restored: boolean;
  readonly state: EditorState;
}

export class Documents {
  draft: OpenedDocument | null = null;
  reference: OpenedDocument | null = null;
  /** The document as last opened or saved: what "unsaved changes" are measured against. */
  saved: Node = docFromText('');
  /**
   * The document as shown when the draft was opened, when it is the draft's
   * text as main sent it (not restored work): main's recovery copy can start
   * from that text, which it read itself (./recovery).
   */
  opened: { readonly doc: Node; readonly handle: DocumentHandle } | null = null;
  /** What prepareDraft built, until setDraft shows it. */
  private prepared: DraftState | null = null;
  /** Whether main was last told there are unsaved changes. */
  private edited = false;
  /** Where the cleaned copy was last saved: the file the window now names. */
  private savedTo: { readonly name: string; readonly folder: string } | null = null;
  /** The edits since the draft was opened, which a save sends with the text. */
  private edits = new DraftEdits(docFromText(''), true);

  constructor(
    private readonly galley: GalleyApi,
    private readonly view: EditorView,
    private readonly layout: Layout,
    private readonly hooks: DocumentsHooks,
  ) {}

  /** The reference's text when there is a draft to compare with it, else null. */
  get comparedReference(): string | null {
    return this.draft && this.reference ? this.reference.text : null;
  }

  async openDraft(): Promise<void> {
    if (await this.mayReplaceDraft()) await this.openWith(() => this.galley.openDraft());
  }

  async openReference(): Promise<void> {
    await this.openWith(() => this.galley.openReference());
  }

  async openDropped(files: File[], target: DocumentRole | 'auto'): Promise<void> {
    if (target !== 'reference' && !(await this.mayReplaceDraft())) return;
    const results = await this.galley.openDropped(files, target);
    if (results.map((result) => this.applyOpen(result)).some(Boolean)) await this.hooks.compare();
  }

  /** Shows what `open` opened (or says why it could not) and compares again. */
  async openWith(open: () => Promise<OpenResult>): Promise<void> {
    if (this.applyOpen(await open())) await this.hooks.compare();
  }

  /** Shows an opened file (or the problem opening it); true when something new is open. */
  private applyOpen(result: OpenResult): boolean {
    const { banners } = this.layout;
    if (!result.ok) {
      if (!result.cancelled) banners.show('open', 'error', result.error);
      return false;
    }
    banners.dismiss('open');
    banners.dismiss('demo');
    if (result.review && result.reference) {
      // The hook shows and compares the pair itself, with the review restored.
      void this.hooks.review(result.review, result.document, result.reference);
      return false;
    }
    if (result.document.role === 'reference') {
      this.setReference(result.document);
      return true;
    }
    if (result.reference) this.setReference(result.reference);
    this.setDraft(result.document);
    if (result.suggestedReference) this.offerReference(result.suggestedReference);
    return true;
  }

  /** Offers a reference found beside the draft: nothing is compared with it until the user says so. */
  offerReference(suggested: OpenedDocument): void {
    this.layout.banners.show('offer', 'offer', `Use ${suggested.name} as the reference?`, [
      { label: 'Use', primary: true, run: () => (this.setReference(suggested), void this.hooks.compare()) },
      { label: 'Choose another…', run: () => void this.openReference() },
    ]);
  }

  /** Asks before unsaved work would be replaced; true when it may be. */
  async mayReplaceDraft(): Promise<boolean> {
    if (!this.draft || !this.edited) return true;
    const answer = await this.layout.confirm.ask(this.draft.name);
    if (answer === 'cancel') return false;
    return answer === 'discard' || (await this.save(false));
  }

  /**
   * Builds what setDraft(document) will show, ahead: opening a long draft,
   * this runs in a task of its own while the worker compares, and the task
   * that builds the view does only that (at 300,000 words building the
   * document and its state took 25–50 ms of that task, which is a frame the
   * window cannot paint).
   */
  prepareDraft(document: OpenedDocument): void {
    this.prepared = this.draftState(document);
  }

  /** Shows `document` in the editor (or `text` with `decisions`, restoring a recovery copy), with fresh history. */
  setDraft(document: OpenedDocument | null, text?: string, decisions?: Decisions): void {
    const prepared = this.prepared;
    this.prepared = null;
    const { saved, restored, state } = prepared?.document === document && text === undefined && !decisions ? prepared : this.draftState(document, text, decisions);
    this.draft = document;
    this.savedTo = null;
    this.saved = saved;
    knownText(state.doc, restored ? text! : (document?.text ?? ''));
    this.opened = document && !restored ? { doc: state.doc, handle: document.handle } : null;
    this.edits = new DraftEdits(saved, !restored);
    this.view.updateState(state);
    this.layout.setDraftTitle(document ? `${document.name} · ${document.formatLabel}` : 'none open');
    this.layout.status.setFile(document ? document.formatLabel : '');
    this.showName(false);
    this.layout.refresh(this.view, null);
    this.noteChange();
  }

  /** The saved document for `document`, and the fresh state setDraft shows (see there). */
  private draftState(document: OpenedDocument | null, text?: string, decisions?: Decisions): DraftState {
    const saved = docFromText(document?.text ?? '', null, document ?? {});
    // Restored work has lines of its own: the opened draft's styles would land on the wrong ones.
    const restored = text !== undefined && text !== document?.text;
    // The opened draft shares its paragraphs with the saved one: built once, and telling unsaved
    // changes (noteChange, after every keystroke) compares the paragraphs by identity, not by text.
    const attrs = decisions ? { ...decisions } : null;
    const doc = restored ? docFromText(text, attrs) : schema.nodes.doc.create(attrs, saved.content);
    return { document, saved, restored, state: freshState(doc, this.view.state.plugins) };
  }

  setReference(document: OpenedDocument | null): void {
    this.reference = document;
    this.layout.referencePane.setDocument(document);
  }

  /**
   * Saves the cleaned copy (asking where when `saveAs`), or with
   * `trackChanges` a Word draft's copy with every change as a revision
   * (always asking where); true when it was saved.
   */
  async save(saveAs: boolean, trackChanges = false): Promise<boolean> {
    const { banners, status } = this.layout;
    if (!this.draft) {
      banners.show('save', 'error', 'Open a draft first: there is nothing to save.');
      return false;
    }
    if (trackChanges && this.draft.kind !== 'docx') {
      banners.show('save', 'error', 'Tracked changes are written into Word documents: open a .docx draft to save with them.');
      return false;
    }
    const doc = this.view.state.doc;
    const text = textFromDoc(doc);
    const edits = this.edits.editsTo(doc, text);
    status.setActivity('Saving…');
    const result = await this.galley.save({ draft: this.draft.handle, text, saveAs, ...(edits ? { edits } : {}), ...(trackChanges ? { trackChanges } : {}) });
    status.setActivity('');
    if (result.ok) {
      this.saved = doc;
      // A tracked copy is a copy for the client: the window still names the cleaned copy (or the draft).
      if (!trackChanges) this.savedTo = { name: result.name, folder: result.folder };
      // Main marked the window saved; say again if the user typed meanwhile.
      this.edited = false;
      this.showName(false);
      if (result.note) banners.show('save', 'warning', `Saved ${result.name}, but ${result.note}`);
      else banners.dismiss('save');
      status.setActivity(`Saved ${result.name}`);
      this.noteChange();
      return true;
    }
    if (!result.cancelled) {
      banners.show('save', 'error', `Could not save: ${result.error} Every change is still here.`, [
        { label: 'Try again', primary: true, run: () => void this.save(saveAs) },
        { label: 'Save as…', run: () => void this.save(true) },
      ]);
    }
    return false;
  }

  /** After a document change (by `tr`, when it came from the editor): updates the unsaved flag (main's title and close prompt, the toolbar). */
  noteChange(tr?: Transaction): void {
    if (tr) this.edits.note(tr);
    const edited = this.draft !== null && !sameParagraphs(this.view.state.doc, this.saved);
    if (edited !== this.edited) {
      this.edited = edited;
      void this.galley.setEdited(edited);
      this.showName(edited);
    }
    this.hooks.changed();
  }

  /** The toolbar names the file the work goes to: the draft, or the cleaned copy once saved. */
  private showName(edited: boolean): void {
    this.layout.toolbar.setDraft(this.draft && this.savedTo ? { ...this.draft, ...this.savedTo } : this.draft, edited);
  }

  /** A file changed on disk: offers to reload it, if it is still the one open. */
  fileChanged({ handle, role, name, deleted }: FileChange): void {
    const current = role === 'draft' ? this.draft : this.reference;
    if (!current || current.handle !== handle) return;
    if (deleted) {
      // Nothing to reload: the work in the window is all there is, and Save As keeps it.
      const [message, actions] =
        role === 'reference'
          ? [`The reference “${name}” was deleted or moved on disk. The comparison goes on with the copy read when it was opened.`, []]
          : [`The draft “${name}” was deleted or moved on disk. Your work is still here; save it to keep it.`, [{ label: 'Save As…', primary: true, run: () => void this.save(true) }]];
      this.layout.banners.show(`changed-${role}`, 'warning', message, actions);
      return;
    }
    const reload = async (): Promise<void> => {
      const result = await this.galley.reload(handle);
      if (!this.applyOpen(result)) return;
      if (role === 'reference') this.hooks.referenceReread();
      await this.hooks.compare();
    };
    const [message, label] =
      role === 'reference'
        ? [`The reference “${name}” changed on disk.`, 'Reload and compare again']
        : [`The draft “${name}” changed on disk.`, this.edited ? 'Reload (drop my changes)' : 'Reload'];
    this.layout.banners.show(`changed-${role}`, 'warning', message, [{ label, primary: true, run: () => void reload() }]);
  }
}
