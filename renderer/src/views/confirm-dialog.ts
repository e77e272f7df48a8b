/**
 * Asks Save / Don't save / Cancel before opening another draft over unsaved
 * work (closing the window asks through main's native dialog instead).
 * A modal <dialog>: focus stays inside and Escape cancels.
 */
import { button, el } from './dom';

export type UnsavedAnswer = 'save' | 'discard' | 'cancel';

export class ConfirmDialog {
  readonly element: HTMLDialogElement;
  private readonly message: HTMLElement;
  private answer: ((value: UnsavedAnswer) => void) | null = null;

  constructor() {
    this.message = el('p', { id: 'confirm-message' });
    const choose = (value: UnsavedAnswer) => () => this.finish(value);
    this.element = el(
      'dialog',
      { class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-message' },
      el('h2', { id: 'confirm-title' }, 'Unsaved changes'),
      this.message,
      el(
        'div',
        { class: 'confirm-actions' },
        button('Cancel', choose('cancel')),
        button('Don’t save', choose('discard')),
        button('Save', choose('save'), { class: 'primary' }),
      ),
    );
    this.element.addEventListener('cancel', (event) => {
      event.preventDefault();
      this.finish('cancel');
    });
  }

  get isOpen(): boolean {
    return this.element.open;
  }

  ask(draftName: string): Promise<UnsavedAnswer> {
    this.message.textContent = `Save the cleaned copy of “${draftName}” before opening another draft? Your changes are lost if you don’t save them.`;
    this.element.showModal();
    (this.element.querySelector('button.primary') as HTMLButtonElement).focus();
    return new Promise((resolve) => (this.answer = resolve));
  }

  private finish(value: UnsavedAnswer): void {
    this.element.close();
    this.answer?.(value);
    this.answer = null;
  }
}
