/**
 * The toolbar: which files are open, and the file commands as buttons
 * (each also in the menu bar with its shortcut).
 */
import type { AppCommand, OpenedDocument } from '../../../preload/api';
import { button, el } from './dom';
import { ariaKeyShortcuts, shortcutLabel } from './labels';

export class Toolbar {
  readonly element: HTMLElement;
  private readonly draftName: HTMLElement;
  private readonly saveButton: HTMLButtonElement;

  constructor(run: (command: AppCommand) => void) {
    const hint = (label: string, command: AppCommand): string => (shortcutLabel(command) ? `${label} (${shortcutLabel(command)})` : label);
    this.draftName = el('span', { class: 'toolbar-file' });
    this.saveButton = button('Save cleaned copy', () => run('save'), { class: 'primary', title: hint('Save cleaned copy', 'save'), 'aria-keyshortcuts': ariaKeyShortcuts('save') });
    this.element = el(
      'header',
      { class: 'toolbar' },
      el('span', { class: 'brand', 'aria-hidden': 'true' }, 'Galley'),
      this.draftName,
      el(
        'div',
        { class: 'toolbar-actions' },
        button('Open draft…', () => run('open-draft'), { title: hint('Open draft', 'open-draft') }),
        button('Open reference…', () => run('open-reference'), { title: hint('Open reference', 'open-reference') }),
        button('Save as…', () => run('save-as'), { title: hint('Save cleaned copy as', 'save-as') }),
        this.saveButton,
      ),
    );
  }

  setDraft(draft: OpenedDocument | null, edited: boolean): void {
    this.draftName.textContent = draft ? `${edited ? '● ' : ''}${draft.name}` : 'No draft open';
    this.draftName.title = draft ? `${draft.folder} · ${draft.formatLabel}` : '';
    this.saveButton.disabled = !draft;
  }
}
