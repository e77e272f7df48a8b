/**
 * The find bar above the draft: a search field, how many matches there are
 * and which one is shown, Previous / Next, and Close. Enter goes to the next
 * match and Shift+Enter to the previous one, Escape closes the bar and puts
 * the focus back in the draft, on the match.
 */
import { button, el, setText } from './dom';

export interface FindActions {
  /** The field's text changed. */
  query(text: string): void;
  step(direction: 1 | -1): void;
  close(): void;
}

export class FindBar {
  readonly element: HTMLElement;
  private readonly field: HTMLInputElement;
  private readonly count: HTMLElement;

  constructor(actions: FindActions) {
    this.field = el('input', { type: 'search', class: 'find-field', 'aria-label': 'Find in draft', placeholder: 'Find in draft', spellcheck: 'false' });
    this.count = el('span', { class: 'find-count', 'aria-live': 'polite' });
    this.field.addEventListener('input', () => actions.query(this.field.value));
    this.field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        actions.step(event.shiftKey ? -1 : 1);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        actions.close();
      }
    });
    this.element = el(
      'div',
      { class: 'find-bar', role: 'search', 'aria-label': 'Find in draft' },
      this.field,
      this.count,
      button('↑', () => actions.step(-1), { class: 'find-step', 'aria-label': 'Previous match', title: 'Previous match (Shift+Enter)' }),
      button('↓', () => actions.step(1), { class: 'find-step', 'aria-label': 'Next match', title: 'Next match (Enter)' }),
      button('×', () => actions.close(), { class: 'find-close', 'aria-label': 'Close find', title: 'Close (Escape)' }),
    );
    this.element.hidden = true;
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  get query(): string {
    return this.field.value;
  }

  /** Shows the bar with the focus in its field, its text selected (typing replaces it), or set to `text` when given. */
  open(text?: string): void {
    this.element.hidden = false;
    if (text !== undefined) this.field.value = text;
    this.field.focus();
    this.field.select();
  }

  /** Shows the bar without taking the focus. */
  show(): void {
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }

  /** "3 of 12", "No matches", or nothing for an empty field. */
  showCount(index: number, total: number): void {
    setText(this.count, this.field.value === '' ? '' : total === 0 ? 'No matches' : `${index + 1} of ${total}`);
    this.field.classList.toggle('is-missing', this.field.value !== '' && total === 0);
  }
}
