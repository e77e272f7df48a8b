/**
 * The review window: lays out the views, keeps the open files, runs every
 * command (menu, keys, buttons), compares, saves and keeps the recovery copy.
 * The editor's state is the single source of truth for the review; the
 * views are redrawn from it after each transaction.
 */
import { redo, undo } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { AppCommand, DocumentRole, OpenResult, OpenedDocument, RecoveryOffer } from '../../../preload/api';
import * as review from '../editor/review-commands';
import { reviewKey, reviewState, type ReviewMeta } from '../editor/review-key';
import { selectSuggestion } from '../editor/review-plugin';
import type { Decisions } from '../editor/schema';
import { emptyReview, findPlaced, movePartners, reviewOfComparison } from '../editor/suggestions-state';
import { docFromText, textFromDoc } from '../editor/text-doc';
import { Banners } from '../views/banner';
import { Card } from '../views/card';
import { ConfirmDialog } from '../views/confirm-dialog';
import { el } from '../views/dom';
import { MOD_KEY } from '../views/labels';
import { Panel } from '../views/panel';
import { ReferencePane } from '../views/reference-pane';
import { StatusBar } from '../views/status-bar';
import { Toolbar } from '../views/toolbar';
import { CompareClient } from '../worker/compare-client';
import { acceptDrops } from './drop';
import { createEditor, editorPlugins, freshState } from './editor';
import { bindCommandKeys } from './keys';

/** The band of the draft pane (as shares of its height) where a selected mark needs no scrolling: room above for context, below for its card. */
const COMFORT_TOP = 0.1;
const COMFORT_BOTTOM = 0.6;

/** Unsaved work is copied for recovery this long after the last change. */
const RECOVERY_DELAY_MS = 2000;

export class App {
  private readonly client = new CompareClient();
  private readonly galley = window.galley;
  private readonly view: EditorView;
  private readonly toolbar: Toolbar;
  private readonly banners = new Banners();
  private readonly panel: Panel;
  private readonly card: Card;
  private readonly referencePane = new ReferencePane();
  private readonly status = new StatusBar();
  private readonly confirm = new ConfirmDialog();
  private readonly draftTitle = el('span', { class: 'pane-file' });
  private draft: OpenedDocument | null = null;
  private reference: OpenedDocument | null = null;
  /** The document as last opened or saved: what "unsaved changes" are measured against. */
  private saved: Node = docFromText('');
  private editedSent = false;
  private compareRun = 0;
  private recoveryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(root: HTMLElement) {
    const run = (command: AppCommand): void => void this.run(command);
    this.toolbar = new Toolbar(run);
    this.panel = new Panel({
      select: (id) => selectSuggestion(this.view, id),
      next: () => run('next'),
      previous: () => run('previous'),
      acceptAll: () => run('accept-all'),
      rejectAll: () => run('reject-all'),
      filterChanged: () => this.refreshViews(this.view.state, null),
    });
    const editorHost = el('div', { class: 'draft-column' });
    const scroller = el('div', { class: 'pane-scroll draft-scroll' }, editorHost);
    this.card = new Card(scroller, {
      accept: () => run('accept'),
      reject: () => run('reject'),
      close: () => this.runEditorCommand(review.deselect),
    });
    const draftPane = el(
      'main',
      { class: 'pane draft-pane', 'aria-label': 'Draft' },
      el('header', { class: 'pane-head' }, el('span', { class: 'pane-role' }, 'Draft'), this.draftTitle),
      scroller,
    );
    root.append(
      this.toolbar.element,
      this.banners.element,
      el('div', { class: 'workspace' }, draftPane, this.referencePane.element, this.panel.element),
      this.status.element,
      this.confirm.element,
    );
    this.view = createEditor(editorHost, freshState(this.saved, editorPlugins((d, r) => this.client.compare(d, r))), (tr) => this.dispatch(tr));
    bindCommandKeys(this.view, run, () => this.confirm.isOpen);
    acceptDrops(root, this.referencePane.element, (files, target) => void this.openDropped(files, target));
    this.galley.onCommand(run);
    this.galley.onFileChanged((change) => this.fileChanged(change.handle, change.role, change.name));
  }

  /** Shows what main opened at startup and compares it; resolves once the first comparison is drawn. */
  async start(): Promise<void> {
    const startup = await this.galley.startup();
    if (startup.error) this.banners.show('open', 'error', startup.error);
    if (startup.recovery) this.offerRecovery(startup.recovery);
    if (startup.demo) {
      this.banners.show(
        'demo',
        'info',
        `This is a demo: a sample draft and its reference. Open your own draft with ${MOD_KEY}+O and its reference with ${MOD_KEY}+Shift+O, or drop the files on the window.`,
      );
    }
    this.setReference(startup.reference);
    this.setDraft(startup.draft);
    await this.compareAll();
    this.view.focus();
  }

  async run(command: AppCommand): Promise<void> {
    const filter = this.panel.currentFilter;
    switch (command) {
      case 'open-draft':
        return this.openDraft();
      case 'open-reference':
        return this.openWith(() => this.galley.openReference());
      case 'save':
        return void (await this.save(false));
      case 'save-as':
        return void (await this.save(true));
      case 'save-and-close':
        if (await this.save(false)) await this.galley.closeWindow();
        return;
      case 'undo':
        return this.runEditorCommand(undo);
      case 'redo':
        return this.runEditorCommand(redo);
      case 'accept':
        return this.runEditorCommand(review.accept({ filter }));
      case 'reject':
        return this.runEditorCommand(review.reject({ filter }));
      case 'accept-next':
        return this.runEditorCommand(review.accept({ andNext: true, filter }));
      case 'reject-next':
        return this.runEditorCommand(review.reject({ andNext: true, filter }));
      case 'next':
        return this.runEditorCommand(review.goToSuggestion(1, filter));
      case 'previous':
        return this.runEditorCommand(review.goToSuggestion(-1, filter));
      case 'accept-all':
        return this.runEditorCommand(review.acceptAll(filter));
      case 'reject-all':
        return this.runEditorCommand(review.rejectAll(filter));
      case 'toggle-panel':
        this.panel.element.hidden = !this.panel.element.hidden;
        return;
    }
  }

  private runEditorCommand(command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): void {
    command(this.view.state, (tr) => this.view.dispatch(tr));
    // Keep the keyboard in the draft, unless the user is working down the panel's list.
    if (!this.panel.element.contains(document.activeElement)) this.view.focus();
  }

  private dispatch(tr: Transaction): void {
    const before = this.view.state;
    const state = before.apply(tr);
    this.view.updateState(state);
    this.refreshViews(state, before);
  }

  /** Brings every view in line with `state`; `before` is the state they show now (null: redraw all). */
  private refreshViews(state: EditorState, before: EditorState | null): void {
    const now = reviewState(state);
    const then = before ? reviewState(before) : null;
    if (now !== then) this.panel.update(now);
    if (!then || now.items !== then.items || state.doc.attrs !== before?.doc.attrs) {
      this.status.setCounts({
        open: now.items.size,
        accepted: state.doc.attrs.accepted.length,
        rejected: state.doc.attrs.rejected.length,
        compared: now.reference !== null,
      });
    }
    if (!then || now.selected !== then.selected || (now.selected && state.doc !== before?.doc)) {
      const placed = now.selected ? findPlaced(now, now.selected) : null;
      const partner = placed ? (movePartners(now, placed.item)[0] ?? null) : null;
      this.card.show(this.view, placed, partner);
      if (placed && now.selected !== then?.selected) this.revealSelected(placed.item.id);
      // A move's removal half has no wording of its own; its partner's shows where it goes.
      this.referencePane.show(placed && !placed.item.replacement && partner ? partner.item : (placed?.item ?? null));
    }
    if (!before || state.doc !== before.doc) this.noteChange(state.doc);
    const checking = now.pending.length > 0 || now.dirty.length > 0;
    if (!then || checking !== (then.pending.length > 0 || then.dirty.length > 0)) this.status.setActivity(checking ? 'Checking your edits…' : '');
  }

  /**
   * Scrolls the selected mark to a third of the way down the draft when it
   * is not comfortably in view, leaving room for its card below. Done a
   * frame later, once lazily laid-out paragraphs around it have their size.
   */
  private revealSelected(id: string): void {
    requestAnimationFrame(() => {
      const mark = this.view.dom.querySelector(`[data-suggestion-id="${CSS.escape(id)}"]`);
      const scroller = this.view.dom.closest('.pane-scroll');
      if (!mark || !scroller) return;
      const box = mark.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      const comfortable = box.top >= view.top + view.height * COMFORT_TOP && box.bottom <= view.top + view.height * COMFORT_BOTTOM;
      if (!comfortable) scroller.scrollTop += box.top - view.top - view.height / 3;
    });
  }

  // Files

  private async openDraft(): Promise<void> {
    if (!(await this.mayReplaceDraft())) return;
    await this.openWith(() => this.galley.openDraft());
  }

  private async openDropped(files: File[], target: DocumentRole | 'auto'): Promise<void> {
    if (target !== 'reference' && !(await this.mayReplaceDraft())) return;
    const results = await this.galley.openDropped(files, target);
    if (results.map((result) => this.applyOpen(result)).some(Boolean)) await this.compareAll();
  }

  private async openWith(open: () => Promise<OpenResult>): Promise<void> {
    if (this.applyOpen(await open())) await this.compareAll();
  }

  /** Shows an opened file (or the problem opening it); true when something new is open. */
  private applyOpen(result: OpenResult): boolean {
    if (!result.ok) {
      if (!result.cancelled) this.banners.show('open', 'error', result.error);
      return false;
    }
    this.banners.dismiss('open');
    this.banners.dismiss('demo');
    if (result.document.role === 'reference') {
      this.setReference(result.document);
      return true;
    }
    this.setDraft(result.document);
    const suggested = result.suggestedReference;
    if (suggested) {
      this.banners.show('offer', 'offer', `“${suggested.name}” beside the draft looks like its reference. Compare the draft with it?`, [
        { label: 'Use as reference', primary: true, run: () => (this.setReference(suggested), void this.compareAll()) },
      ]);
    }
    return true;
  }

  /** Asks before unsaved work would be replaced; true when it may be. */
  private async mayReplaceDraft(): Promise<boolean> {
    if (!this.draft || !this.editedSent) return true;
    const answer = await this.confirm.ask(this.draft.name);
    if (answer === 'cancel') return false;
    return answer === 'discard' || (await this.save(false));
  }

  private setDraft(document: OpenedDocument | null, text?: string, decisions?: Decisions): void {
    const before = this.view.state;
    this.draft = document;
    this.saved = docFromText(document?.text ?? '');
    const doc = docFromText(text ?? document?.text ?? '', decisions ? { ...decisions } : null);
    this.view.updateState(freshState(doc, before.plugins));
    this.draftTitle.textContent = document ? `${document.name} · ${document.formatLabel}` : 'none open';
    this.toolbar.setDraft(document, false);
    this.refreshViews(this.view.state, null);
  }

  private setReference(document: OpenedDocument | null): void {
    this.reference = document;
    this.referencePane.setDocument(document);
  }

  /** Compares the whole draft with the reference and shows the result. */
  private async compareAll(): Promise<void> {
    const run = ++this.compareRun;
    const reference = this.reference;
    if (!reference || !this.draft) {
      this.load({ ...emptyReview, reference: reference && this.draft ? reference.text : null });
      return;
    }
    this.status.setActivity('Comparing…');
    try {
      for (;;) {
        const doc = this.view.state.doc;
        const text = textFromDoc(doc);
        const suggestions = await this.client.compare(text, reference.text);
        if (run !== this.compareRun) return;
        // Typed while it ran: compare what is there now.
        if (this.view.state.doc !== doc) continue;
        this.load(reviewOfComparison(doc, text, reference.text, suggestions));
        break;
      }
    } catch (error) {
      this.banners.show('compare', 'error', `Could not compare the draft with the reference: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (run === this.compareRun) this.status.setActivity('');
  }

  private load(fresh: typeof emptyReview): void {
    this.view.dispatch(this.view.state.tr.setMeta(reviewKey, { type: 'load', review: fresh } satisfies ReviewMeta).setMeta('addToHistory', false));
  }

  private async save(saveAs: boolean): Promise<boolean> {
    if (!this.draft) {
      this.banners.show('save', 'error', 'Open a draft first: there is nothing to save.');
      return false;
    }
    const doc = this.view.state.doc;
    this.status.setActivity('Saving…');
    const result = await this.galley.save({ draft: this.draft.handle, text: textFromDoc(doc), saveAs });
    this.status.setActivity('');
    if (result.ok) {
      this.saved = doc;
      // Main marked the window saved; say again if the user typed meanwhile.
      this.editedSent = false;
      this.toolbar.setDraft(this.draft, false);
      this.banners.dismiss('save');
      this.status.setActivity(`Saved ${result.name}`);
      this.noteChange(this.view.state.doc);
      return true;
    }
    if (!result.cancelled) {
      this.banners.show('save', 'error', `Could not save: ${result.error} Every change is still here.`, [
        { label: 'Try again', primary: true, run: () => void this.save(saveAs) },
        { label: 'Save as…', run: () => void this.save(true) },
      ]);
    }
    return false;
  }

  /** Tracks unsaved work after a document change: the title marker and the recovery copy. */
  private noteChange(doc: Node): void {
    const edited = this.draft !== null && !doc.content.eq(this.saved.content);
    if (edited !== this.editedSent) {
      this.editedSent = edited;
      void this.galley.setEdited(edited);
      this.toolbar.setDraft(this.draft, edited);
    }
    if (this.recoveryTimer) clearTimeout(this.recoveryTimer);
    this.recoveryTimer = setTimeout(() => this.keepRecovery(), RECOVERY_DELAY_MS);
  }

  private keepRecovery(): void {
    this.recoveryTimer = null;
    const doc = this.view.state.doc;
    const unchanged =
      doc.content.eq(this.saved.content) && doc.attrs.accepted === this.saved.attrs.accepted && doc.attrs.rejected === this.saved.attrs.rejected;
    const decisions: Decisions = { accepted: doc.attrs.accepted, rejected: doc.attrs.rejected };
    void this.galley.keepRecovery(unchanged || !this.draft ? null : { text: textFromDoc(doc), review: decisions });
  }

  private offerRecovery(offer: RecoveryOffer): void {
    const when = new Date(offer.savedAt).toLocaleString();
    this.banners.show('recovery', 'offer', `Galley kept unsaved work on “${offer.draftName}” from ${when}. Restore it?`, [
      { label: 'Restore', primary: true, run: () => void this.restore(offer.id) },
      { label: 'Discard', run: () => void this.galley.discardRecovery(offer.id) },
    ]);
  }

  private async restore(id: string): Promise<void> {
    const restored = await this.galley.restoreRecovery(id);
    if (!restored) {
      this.banners.show('recovery', 'error', 'The recovery copy could not be read; nothing was changed.');
      return;
    }
    const { draft, reference, snapshot } = restored;
    if (reference) this.setReference(reference);
    this.setDraft(draft, snapshot.text, decisionsFrom(snapshot.review));
    if (!draft) this.banners.show('open', 'error', 'The draft file could not be opened again. Open it (Ctrl+O) to save the restored text over a copy.');
    await this.compareAll();
  }

  private fileChanged(handle: string, role: DocumentRole, name: string): void {
    const current = role === 'draft' ? this.draft : this.reference;
    if (!current || current.handle !== handle) return;
    const reload = async (): Promise<void> => {
      const result = await this.galley.reload(handle);
      if (this.applyOpen(result)) await this.compareAll();
    };
    if (role === 'reference') {
      this.banners.show(`changed-${role}`, 'warning', `The reference “${name}” changed on disk.`, [
        { label: 'Reload and compare again', primary: true, run: () => void reload() },
      ]);
    } else {
      this.banners.show(`changed-${role}`, 'warning', `The draft “${name}” changed on disk.`, [
        { label: this.editedSent ? 'Reload (drop my changes)' : 'Reload', primary: true, run: () => void reload() },
      ]);
    }
  }
}

/** Decisions from a recovery copy; anything malformed counts as none. */
function decisionsFrom(value: unknown): Decisions {
  const keys = (list: unknown): string[] => (Array.isArray(list) ? list.filter((key): key is string => typeof key === 'string') : []);
  const record = (value ?? {}) as Partial<Record<keyof Decisions, unknown>>;
  return { accepted: keys(record.accepted), rejected: keys(record.rejected) };
}
