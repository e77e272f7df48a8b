/**
 * The review window: wires the modules together. The layout (./layout)
 * shows the editor's state; the documents (./documents) and the recovery
 * copy (./recovery) talk to main through `window.galley`; the comparison
 * (../editor/comparison) fills the review; commands from the menu, the
 * keyboard and the buttons run through ./run-command.
 */
import type { Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { AppCommand } from '../../../preload/api';
import { Comparison, type WholeComparison } from '../editor/comparison';
import { deselect } from '../editor/review-commands';
import { updateViewState } from '../editor/keep-doc-view';
import { selectSuggestion } from '../editor/review-plugin';
import { docFromText } from '../editor/text-doc';
import { shortcutLabel } from '../views/labels';
import { CompareCancelled, CompareClient } from '../worker/compare-client';
import { bindShortcuts } from './bind-shortcuts';
import { Documents } from './documents';
import { acceptDrops } from './drop';
import { createEditor, editorPlugins, freshState } from './editor';
import { Layout } from './layout';
import { Recovery } from './recovery';
import { DecisionTimes } from './decision-times';
import { exportReport, type ReportSources } from './review-report';
import { Ignoring } from './ignore-settings';
import { LearnedRules } from './learned-rules';
import { Reviews } from './reviews';
import { SettingsPanel } from '../views/settings-panel';
import { EncodingDialog } from '../views/encoding-dialog';
import { reopenWithEncoding, saveWithEncoding, type EncodingContext } from './encodings';
import { docText } from '../editor/doc-text';
import { nextTask } from '../editor/next-task';
import { FindInDraft } from './find-in-draft';
import { runCommand, runEditorCommand } from './run-command';

export class App {
  private readonly galley = window.galley;
  private readonly client = new CompareClient();
  private readonly layout: Layout;
  private readonly view: EditorView;
  private readonly comparison: Comparison;
  private readonly documents: Documents;
  private readonly recovery: Recovery;
  private readonly times = new DecisionTimes();
  private readonly ignoring: Ignoring;
  private readonly settingsPanel: SettingsPanel;
  private readonly learned: LearnedRules;
  private readonly encodingDialog = new EncodingDialog();
  private readonly reviews: Reviews;
  private readonly find: FindInDraft;

  constructor(root: HTMLElement) {
    const run = (command: AppCommand): void => void this.run(command);
    this.layout = new Layout(root, {
      run,
      select: (id) => selectSuggestion(this.view, id),
      closeCard: () => runEditorCommand(this.view, this.layout, deselect),
      filterChanged: () => this.layout.refresh(this.view, null),
      cancelCompare: () => this.client.cancel(),
    });
    const { layout, galley } = this;
    this.view = createEditor(layout.editorHost, freshState(docFromText(''), editorPlugins()), (tr) => this.dispatch(tr));
    this.find = new FindInDraft(this.view);
    layout.findSlot.append(this.find.bar.element);
    this.ignoring = new Ignoring(galley, (draft, reference, options) => this.client.compare(draft, reference, options), (settings) => {
      this.settingsPanel.show(settings);
      void this.compareAll();
    });
    this.settingsPanel = new SettingsPanel((settings) => this.ignoring.set(settings));
    root.append(this.settingsPanel.element, this.encodingDialog.element);
    this.learned = new LearnedRules(this.ignoring, layout.banners, galley);
    this.comparison = new Comparison(this.view, this.ignoring.compare, {
      comparing: (active) => {
        layout.status.setActivity(active ? 'Comparing…' : '');
        if (active) layout.busy.start('Comparing');
        else layout.busy.stop('Comparing');
      },
      checking: (active) => (active ? layout.busy.start('Checking your edits') : layout.busy.stop('Checking your edits')),
    });
    const compare = async (): Promise<void> => void (await this.compareAll());
    this.documents = new Documents(galley, this.view, layout, {
      compare: async () => this.reviews.pairOpened(await this.compareAll()),
      changed: () => {
        this.recovery.schedule();
        this.reviews.schedule();
      },
      review: (stored, draft, reference) => this.reviews.restore(stored, draft, reference),
      referenceReread: () => this.reviews.referenceReread(),
    });
    const diff = (d: string, r: string) => this.client.compare(d, r);
    this.reviews = new Reviews({
      galley,
      view: this.view,
      documents: this.documents,
      layout,
      times: this.times,
      ignoring: this.ignoring,
      diff,
      compareAll: compare,
      recoveryCopyOf: (doc) => this.recovery.copyOf(doc),
    });
    this.recovery = new Recovery(galley, this.view, this.documents, layout, this.times, compare);
    bindShortcuts(this.view, run, () => layout.confirm.isOpen);
    acceptDrops(root, layout.referencePane.element, (files, target) => void this.documents.openDropped(files, target));
    galley.onCommand(run);
    galley.onFileChanged((change) => this.documents.fileChanged(change));
  }

  /** Shows what main opened at startup and compares it; resolves once the first comparison is drawn. */
  async start(): Promise<void> {
    const { banners } = this.layout;
    // The worker loads and compiles the engine while main reads the files (150 ms before its first compare could start, profiled at 300,000 words).
    this.client.start();
    const [startup] = await Promise.all([this.galley.startup(), this.ignoring.load(), this.learned.load()]);
    const fresh = startup.draft && startup.reference && !startup.review && !startup.restored ? { draft: startup.draft, reference: startup.reference } : null;
    // The worker starts comparing as soon as the settings are known (compareAll below gets its answer), before the reference pane and the draft's view are built.
    if (fresh) this.ignoring.prefetch(fresh.draft.text, fresh.reference.text);
    else this.client.endIdle();
    // The rest in tasks of their own: this one took main's answer in (the texts, 80 ms at 300,000 words in the end-to-end harness).
    await nextTask();
    this.settingsPanel.show(this.ignoring.settings);
    if (startup.error) banners.show('open', 'error', startup.error);
    this.recovery.offerAll(startup.recoveries);
    if (startup.demo) {
      banners.show(
        'demo',
        'info',
        `This is a demo: a sample draft and its reference. Open your own draft with ${shortcutLabel('open-draft')} and its reference with ${shortcutLabel('open-reference')}, or drop the files on the window.`,
      );
    }
    if (startup.review && startup.draft && startup.reference) {
      await this.reviews.restore(startup.review, startup.draft, startup.reference);
    } else {
      this.documents.setReference(startup.reference);
      await nextTask();
      // Before the task that builds the draft's view: the document is built.
      if (startup.draft) this.documents.prepareDraft(startup.draft);
      await nextTask();
      this.documents.setDraft(startup.draft);
      if (startup.restored) this.recovery.show(startup.restored);
      if (startup.suggestedReference) this.documents.offerReference(startup.suggestedReference);
      // Resolves with the comparison drawn; the kept review is looked for meanwhile. Awaiting main's
      // answer to that put a round trip between the marks' paint and the window saying it is ready.
      void this.reviews.pairOpened(await this.compareAll()).catch(() => {});
    }
    this.view.focus();
  }

  run(command: AppCommand): Promise<void> {
    const exportIt = (): Promise<void> => exportReport(this.galley, this.layout, this.reportSources());
    const toggleSettings = (): void => this.settingsPanel.toggle();
    const ignoreChange = (): void => this.learned.ignoreSelected(this.view.state);
    const saveReview = (): Promise<void> => this.reviews.saveAs();
    const encodings: EncodingContext = { galley: this.galley, documents: this.documents, layout: this.layout, dialog: this.encodingDialog };
    return runCommand(command, {
      galley: this.galley,
      view: this.view,
      documents: this.documents,
      layout: this.layout,
      exportReport: exportIt,
      toggleSettings,
      ignoreChange,
      reopenWithEncoding: () => reopenWithEncoding(encodings),
      saveWithEncoding: () => saveWithEncoding(encodings),
      saveReview,
      find: this.find,
    });
  }

  /** What the client's report is made from; null when there is no pair to report on. */
  private reportSources(): ReportSources | null {
    const { draft, reference } = this.documents;
    if (!draft || !reference) return null;
    const diff = (d: string, r: string) => this.client.compare(d, r);
    return { draftText: draft.text, reference: reference.text, doc: this.view.state.doc, times: this.times, compare: this.ignoring.compare, diff };
  }

  private dispatch(tr: Transaction): void {
    const before = this.view.state;
    updateViewState(this.view, before.apply(tr));
    this.layout.refresh(this.view, before);
    this.times.note(before, this.view.state);
    this.learned.note(before, this.view.state);
    if (this.view.state.doc !== before.doc) this.documents.noteChange(tr);
    this.comparison.update(before);
  }

  /** Compares the whole draft with the reference, resolving with what was shown (./reviews takes its answer in); a failure or a cancel is shown, never thrown. */
  private async compareAll(): Promise<WholeComparison | null> {
    const { banners } = this.layout;
    banners.dismiss('compare');
    // A change of settings starts a comparison of its own, which this one's answer gives way to (Comparison.compareAll).
    const settings = this.ignoring.settings;
    let compared: WholeComparison | null;
    try {
      compared = await this.comparison.compareAll(this.documents.comparedReference);
    } catch (error) {
      if (error instanceof CompareCancelled) {
        // Nothing compared, so nothing to show or re-check until asked again.
        await this.comparison.compareAll(null);
        banners.show('compare', 'info', 'Comparison cancelled: the draft is open without suggestions.', [
          { label: 'Compare again', primary: true, run: () => void this.compareAll() },
        ]);
        return null;
      }
      const message = error instanceof Error ? error.message : String(error);
      banners.show('compare', 'error', `Could not compare the draft with the reference: ${message}`);
      return null;
    }
    await this.showHidden();
    // Settings changed while the hidden count ran (a whole second comparison): what was compared is not
    // what they say now, and ./reviews would take it for the comparison under the settings in force.
    return this.ignoring.settings === settings ? compared : null;
  }

  /** Says in the status bar how many suggestions the ignore settings hide. */
  private async showHidden(): Promise<void> {
    const reference = this.documents.comparedReference;
    const hidden = reference === null ? 0 : await this.ignoring.hiddenIn(docText(this.view.state.doc), reference).catch(() => 0);
    this.layout.status.setNote(hidden === 0 ? '' : `${hidden} hidden by ignore settings`);
    this.settingsPanel.setHidden(hidden);
  }
}
