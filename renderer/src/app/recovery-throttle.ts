/**
 * When to refresh the recovery copy of unsaved work: at most once every
 * RECOVERY_INTERVAL_MS while changes keep coming, and at once when the
 * window loses focus or is about to close. A debounce ("a moment after the
 * last change") never fires while someone types steadily, which is exactly
 * when there is most to lose.
 *
 * Pure policy over an injected clock, so it is tested without waiting.
 * ./recovery wires it; its copies are cheap enough to take while typing
 * (only the changed lines cross to main, ./recovery-patch).
 */

/** Refresh at most this often while changes keep coming. */
export const RECOVERY_INTERVAL_MS = 1000;

/**
 * A refresh that takes long (a book-length draft: the whole text crosses to
 * main and is written and flushed) waits this many times its own duration
 * before the next, so copying never takes more than a fifth of the time.
 */
export const COST_FACTOR = 4;

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * A scheduled copy waits for the frame after it is due to be painted (or
 * PAINT_WAIT_MS, for a hidden window that paints none): a copy due at once
 * after a change ran before the frame that shows the change. At 300,000
 * words the copy after accept all (the review of 9,438 decisions written
 * as JSON, the changed lines made edits) is tens of milliseconds of the
 * page's thread, and the click waited for it to be painted.
 */
const PAINT_WAIT_MS = 100;

interface Pending {
  timer: ReturnType<typeof setTimeout> | undefined;
  cancelled: boolean;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => {
    const pending: Pending = { timer: undefined, cancelled: false };
    const afterPaint = (): void => {
      let done = false;
      const once = (): void => {
        if (done || pending.cancelled) return;
        done = true;
        clearTimeout(pending.timer);
        run();
      };
      requestAnimationFrame(() => (pending.timer = setTimeout(once, 0)));
      pending.timer = setTimeout(once, PAINT_WAIT_MS);
    };
    pending.timer = setTimeout(afterPaint, ms);
    return pending;
  },
  clearTimeout: (handle) => {
    const pending = handle as Pending;
    pending.cancelled = true;
    clearTimeout(pending.timer);
  },
};

export class RecoveryThrottle {
  private timer: unknown = null;
  /** When the copy was last refreshed; -Infinity: never, so the first change is copied at once. */
  private last = Number.NEGATIVE_INFINITY;
  /** How long the last refresh took, once it has finished. */
  private cost = 0;

  /** `refresh` may return a promise: its duration spaces out the next refresh (COST_FACTOR). */
  constructor(
    private readonly refresh: () => unknown,
    private readonly intervalMs = RECOVERY_INTERVAL_MS,
    private readonly clock: Clock = realClock,
  ) {}

  /** Something changed: refresh now if the last refresh is an interval old, else when it will be. */
  changed(): void {
    if (this.timer !== null) return;
    const spacing = Math.max(this.intervalMs, this.cost * COST_FACTOR);
    const wait = Math.max(0, this.last + spacing - this.clock.now());
    this.timer = this.clock.setTimeout(() => this.run(), wait);
  }

  /** The window lost focus or is closing: refresh now if a change is waiting. */
  flush(): void {
    if (this.timer === null) return;
    this.clock.clearTimeout(this.timer);
    this.run();
  }

  private run(): void {
    this.timer = null;
    const started = (this.last = this.clock.now());
    const done = this.refresh();
    if (done instanceof Promise) void done.finally(() => (this.cost = this.clock.now() - started)).catch(() => {});
  }
}
