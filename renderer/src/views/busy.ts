/**
 * A comparison under way, in the status bar: a progress bar, how long it
 * has been running, and Cancel. The engine reports no progress of its own,
 * so the bar is indeterminate and the elapsed time says it is alive.
 */
import { button, el } from './dom';

/** Shown only once a comparison has taken this long, so that quick ones (nearly all) do not flash it. */
const SHOW_AFTER_MS = 800;

export class Busy {
  readonly element: HTMLElement;
  private readonly label: HTMLElement;
  /** What is running ("Comparing", "Checking your edits"), with when it started; the latest one is named. */
  private readonly running = new Map<string, number>();
  private showTimer: ReturnType<typeof setTimeout> | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(cancel: () => void) {
    this.label = el('span', { class: 'busy-label' });
    this.element = el(
      'div',
      { class: 'busy', role: 'group', 'aria-label': 'Comparison in progress', hidden: true },
      el('progress', { class: 'busy-bar', 'aria-label': 'Comparing' }),
      this.label,
      button('Cancel', cancel, { class: 'busy-cancel', title: 'Stop comparing; the draft stays open' }),
    );
  }

  /** Something started running; `what` names it. */
  start(what: string): void {
    this.running.delete(what);
    this.running.set(what, Date.now());
    if (this.showTimer || this.ticker) return;
    this.showTimer = setTimeout(() => {
      this.showTimer = null;
      this.tick();
      this.element.hidden = false;
      this.ticker = setInterval(() => this.tick(), 1000);
    }, SHOW_AFTER_MS);
  }

  /** `what` stopped running; the bar goes once nothing runs. */
  stop(what: string): void {
    this.running.delete(what);
    if (this.running.size > 0) return this.tick();
    if (this.showTimer) clearTimeout(this.showTimer);
    if (this.ticker) clearInterval(this.ticker);
    this.showTimer = this.ticker = null;
    this.element.hidden = true;
  }

  private tick(): void {
    const [what, started] = [...this.running].pop() ?? ['', Date.now()];
    this.label.textContent = `${what}… ${Math.round((Date.now() - started) / 1000)} s`;
  }
}
