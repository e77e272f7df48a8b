/**
 * The status bar: open, accepted and rejected counts and the share of the
 * review done, in a `role="status"` element (its text always includes the
 * number of open suggestions: a contract for tests and screen readers).
 * Activity notes ("Comparing…", "Saved") sit beside it, outside the live
 * region, so a screen reader is not told about every re-comparison.
 */
import { el, setText } from './dom';

export interface ReviewCounts {
  readonly open: number;
  readonly accepted: number;
  readonly rejected: number;
  /** False when no reference is open: nothing was compared. */
  readonly compared: boolean;
}

export class StatusBar {
  readonly element: HTMLElement;
  private readonly live: HTMLElement;
  private readonly activity: HTMLElement;
  private readonly file: HTMLElement;
  private readonly note: HTMLElement;

  constructor() {
    this.live = el('div', { class: 'status-counts', role: 'status' });
    this.activity = el('span', { class: 'status-activity' });
    this.file = el('span', { class: 'status-file' });
    this.note = el('span', { class: 'status-note' });
    this.element = el('footer', { class: 'status-bar' }, this.live, this.note, this.activity, this.file);
  }

  setCounts(counts: ReviewCounts): void {
    const decided = counts.accepted + counts.rejected;
    const total = decided + counts.open;
    const share = total === 0 ? 100 : Math.floor((decided / total) * 100);
    const text = counts.compared
      ? `${counts.open} open · ${counts.accepted} accepted · ${counts.rejected} rejected · ${share}% reviewed`
      : `${counts.open} open · no reference to compare with`;
    // Writing the same text again would make screen readers repeat it.
    setText(this.live, text);
  }

  setActivity(text: string): void {
    setText(this.activity, text);
  }

  /** A lasting remark on the review, e.g. how many suggestions the ignore settings hide. */
  setNote(text: string): void {
    setText(this.note, text);
  }

  setFile(text: string): void {
    this.file.textContent = text;
  }
}
