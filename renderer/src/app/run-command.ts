/**
 * What each app command does. The menu bar, the keyboard and the buttons
 * all name commands from the one table (../commands/shortcuts); they all
 * end up here.
 */
import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { AppCommand, GalleyApi } from '../../../preload/api';
import * as review from '../editor/review-commands';
import type { Documents } from './documents';
import type { FindInDraft } from './find-in-draft';
import type { Layout } from './layout';

export interface CommandContext {
  readonly galley: GalleyApi;
  readonly view: EditorView;
  readonly documents: Documents;
  readonly layout: Layout;
  /** File ▸ Export Report… (./review-report). */
  exportReport(): Promise<void>;
  /** View ▸ Ignore Settings…: shows or hides the settings panel. */
  toggleSettings(): void;
  /** Makes the selected suggestion's change an ignore rule (./learned-rules). */
  ignoreChange(): void;
  /** File ▸ Reopen with Encoding… and Save with Encoding… (./encodings). */
  reopenWithEncoding(): Promise<void>;
  saveWithEncoding(): Promise<void>;
  /** File ▸ Save Review As… (./reviews). */
  saveReview(): Promise<void>;
  /** Edit ▸ Find… and Find Next / Previous (./find-in-draft). */
  readonly find: FindInDraft;
}

export async function runCommand(command: AppCommand, context: CommandContext): Promise<void> {
  const { galley, view, documents, layout } = context;
  const filter = layout.panel.currentFilter;
  const edit = (editorCommand: Command): void => runEditorCommand(view, layout, editorCommand);
  switch (command) {
    case 'open-draft':
      return documents.openDraft();
    case 'open-reference':
      return documents.openReference();
    case 'save':
      return void (await documents.save(false));
    case 'save-as':
      return void (await documents.save(true));
    case 'save-tracked':
      return void (await documents.save(true, true));
    case 'save-and-close':
      if (await documents.save(false)) await galley.closeWindow();
      return;
    case 'reopen-with-encoding':
      return context.reopenWithEncoding();
    case 'save-with-encoding':
      return context.saveWithEncoding();
    case 'save-review':
      return context.saveReview();
    case 'export-report':
      return context.exportReport();
    case 'undo':
      return edit(review.undoStep);
    case 'redo':
      return edit(review.redoStep);
    case 'find':
      return context.find.open();
    case 'find-next':
      return context.find.step(1);
    case 'find-previous':
      return context.find.step(-1);
    case 'accept':
      return edit(review.accept({ filter }));
    case 'reject':
      return edit(review.reject({ filter }));
    case 'accept-next':
      return edit(review.accept({ andNext: true, filter }));
    case 'reject-next':
      return edit(review.reject({ andNext: true, filter }));
    case 'next':
      return edit(review.goToSuggestion(1, filter));
    case 'previous':
      return edit(review.goToSuggestion(-1, filter));
    case 'accept-all':
      return edit(review.acceptAll(filter));
    case 'reject-all':
      return edit(review.rejectAll(filter));
    case 'ignore-change':
      return context.ignoreChange();
    case 'ignore-settings':
      return context.toggleSettings();
    case 'toggle-panel':
      return layout.togglePanel();
  }
}

/** Runs an editor command, then gives the draft the keyboard back unless the user is working down the panel's list. */
export function runEditorCommand(view: EditorView, layout: Layout, command: Command): void {
  command(view.state, (tr) => view.dispatch(tr));
  // Focusing an editor that has focus already would only force a restyle (0.1 s after accept all at 100,000 words).
  if (!view.hasFocus() && !layout.panel.element.contains(document.activeElement)) view.focus();
}
