/**
 * Asks which encoding for File ▸ Reopen with Encoding… (and which open
 * file) or Save with Encoding…: a modal <dialog> like the unsaved-changes
 * one, where focus stays inside and Escape cancels.
 */
import type { DocumentRole } from '../../../preload/api';
import { ENCODING_CHOICES } from '../../../preload/encodings';
import { button, el, replaceChildren } from './dom';

export interface EncodingAnswer {
  readonly role: DocumentRole;
  readonly encoding: string;
}

export class EncodingDialog {
  readonly element: HTMLDialogElement;
  private readonly title: HTMLElement;
  private readonly fileRow: HTMLElement;
  private readonly file: HTMLSelectElement;
  private readonly encoding: HTMLSelectElement;
  private readonly go: HTMLButtonElement;
  private answer: ((value: EncodingAnswer | null) => void) | null = null;

  constructor() {
    this.title = el('h2', { id: 'encoding-title' });
    this.file = el('select', { id: 'encoding-file' });
    this.encoding = el('select', { id: 'encoding-choice' }, ...ENCODING_CHOICES.map(({ encoding, label }) => el('option', { value: encoding }, label)));
    this.fileRow = el('p', {}, el('label', { for: 'encoding-file' }, 'File '), this.file);
    this.go = button('', () => this.finish({ role: this.file.value as DocumentRole, encoding: this.encoding.value }), { class: 'primary' });
    this.element = el(
      'dialog',
      { class: 'confirm', 'aria-labelledby': 'encoding-title' },
      this.title,
      this.fileRow,
      el('p', {}, el('label', { for: 'encoding-choice' }, 'Encoding '), this.encoding),
      el('div', { class: 'confirm-actions' }, button('Cancel', () => this.finish(null)), this.go),
    );
    this.element.addEventListener('cancel', (event) => {
      event.preventDefault();
      this.finish(null);
    });
  }

  /** Reopen: which of `files` and as what; save: what to write the draft in. Null when cancelled. */
  ask(purpose: 'reopen' | 'save', files: ReadonlyArray<{ role: DocumentRole; name: string }>): Promise<EncodingAnswer | null> {
    this.title.textContent = purpose === 'reopen' ? 'Reopen with Encoding' : 'Save with Encoding';
    this.go.textContent = purpose === 'reopen' ? 'Reopen' : 'Save';
    replaceChildren(this.file, ...files.map(({ role, name }) => el('option', { value: role }, `${name} (${role})`)));
    this.fileRow.hidden = files.length < 2;
    this.element.showModal();
    this.encoding.focus();
    return new Promise((resolve) => (this.answer = resolve));
  }

  private finish(value: EncodingAnswer | null): void {
    this.element.close();
    this.answer?.(value);
    this.answer = null;
  }
}
