/** The recovery copy's schedule: throttled while typing, at once on blur and before close. */
import { describe, expect, test } from 'vitest';
import { RecoveryThrottle, type Clock } from '../../renderer/src/app/recovery-throttle';

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  let timers: Array<{ at: number; run: () => void; id: number }> = [];
  let next = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => (timers.push({ at: now + ms, run, id: next }), next++),
    clearTimeout: (id) => void (timers = timers.filter((t) => t.id !== id)),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.run();
    }
    now = end;
  };
  return { clock, advance };
}

describe('RecoveryThrottle', () => {
  test('steady typing (a change every 100 ms for 10 s) is copied about once a second, not never', () => {
    const { clock, advance } = manualClock();
    const copies: number[] = [];
    const throttle = new RecoveryThrottle(() => copies.push(clock.now()), 1000, clock);
    for (let t = 0; t < 10_000; t += 100) {
      throttle.changed();
      advance(100);
    }
    expect(copies.length).toBeGreaterThanOrEqual(10);
    expect(copies.length).toBeLessThanOrEqual(11);
    for (let i = 1; i < copies.length; i++) expect(copies[i] - copies[i - 1]).toBeGreaterThanOrEqual(1000);
  });

  test('the first change after a quiet spell is copied at once', () => {
    const { clock, advance } = manualClock();
    const copies: number[] = [];
    const throttle = new RecoveryThrottle(() => copies.push(clock.now()), 1000, clock);
    advance(5000);
    throttle.changed();
    advance(0);
    expect(copies).toEqual([5000]);
  });

  test('a slow copy (a book-length draft) spaces out the next ones', async () => {
    const { clock, advance } = manualClock();
    const copies: number[] = [];
    let finish: () => void = () => {};
    const throttle = new RecoveryThrottle(
      () => (copies.push(clock.now()), new Promise<void>((resolve) => (finish = resolve))),
      1000,
      clock,
    );
    throttle.changed();
    advance(0);
    advance(2000);
    finish(); // the copy took 2 s
    await Promise.resolve();
    await Promise.resolve();
    throttle.changed();
    advance(5000);
    expect(copies).toEqual([0]);
    advance(1000);
    expect(copies).toEqual([0, 8000]);
  });

  test('blur or close copies a waiting change at once; with nothing waiting, nothing is copied', () => {
    const { clock, advance } = manualClock();
    let copies = 0;
    const throttle = new RecoveryThrottle(() => copies++, 1000, clock);
    throttle.changed();
    advance(0);
    throttle.changed(); // within the second: waits
    expect(copies).toBe(1);
    throttle.flush();
    expect(copies).toBe(2);
    throttle.flush();
    advance(2000);
    expect(copies).toBe(2);
  });
});
