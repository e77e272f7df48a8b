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
  private showTimer: ReturnType<typeof setTimeout> | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(cancel: () => void) {
    this.label = el('span', { class: 'busy-label' });
    this.element = el(
      'div',
      { class: 'busy', role: 'group', 'aria-label': 'Comparison in progress', hidden: true },
      el('progress', { class: 'busy-bar', 'aria-label': 'Comparing' }),
      this.label,
      button('Cancel', cancel, { class: 'busy-cancel', title: 'Stop comparing; the draft stays open, without suggestions' }),
    );
  }

  /** A comparison started; `what` names it ("Comparing"). */
  start(what: string): void {
    this.stop();
    const started = Date.now();
    const tick = (): void => {
      this.label.textContent = `${what}… ${Math.round((Date.now() - started) / 1000)} s`;
    };
    this.showTimer = setTimeout(() => {
      tick();
      this.element.hidden = false;
      this.ticker = setInterval(tick, 1000);
    }, SHOW_AFTER_MS);
  }

  stop(): void {
    if (this.showTimer) clearTimeout(this.showTimer);
    if (this.ticker) clearInterval(this.ticker);
    this.showTimer = this.ticker = null;
    this.element.hidden = true;
  }
}
