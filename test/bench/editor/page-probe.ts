/**
 * What the benchmark records inside the page, installed before the app's own
 * scripts run (`page.addInitScript`), and the Node side that reads it.
 *
 * - Frames: a requestAnimationFrame loop records every frame's time, so the
 *   longest gap between two frames while opening is the longest the window
 *   could not paint. It stops once inputs are timed (`arm`).
 * - Input → paint: `arm(type, until)` catches the next `type` event on the
 *   window (capture phase, so before the app's handlers) and takes its
 *   `timeStamp` (when the browser received the input). From the frame after
 *   that, each frame checks `until`; once it holds, a MessageChannel task
 *   queued in that frame's rAF runs after the frame is painted, and its time
 *   minus the event's is the figure. 'paint' holds at the first frame;
 *   'status' holds once the status bar's text differs from when armed (a
 *   bulk decision or its undo has been drawn).
 * - Opening: the paint after the app marks `body[data-ready]` (set once the
 *   first comparison is drawn), in ms since navigation start.
 * - Work of an input (`timedInput`): the renderer main thread's CPU time
 *   (CDP Performance.getMetrics ThreadTime) from before the input to after
 *   its paint. Unlike input → paint it does not count the wait for the
 *   frame: the bench sends each key right after a paint, so every key waits
 *   most of a frame for the next one (a bare contenteditable page measures
 *   about 9–14 ms input → paint here); nor time the thread lost to other
 *   processes on a loaded machine. It does count the probe's own two calls
 *   (arm and collect, about 0.3 ms) and any work the input left for later
 *   that ran before the paint was collected.
 *
 * No eval: the page's content security policy forbids it, so conditions are
 * named rather than passed as code.
 */
import type { CDPSession, Page } from 'playwright-core';

export type Until = 'paint' | 'status';

/** Runs in the page: must not refer to anything outside itself. */
export function installProbe(): void {
  const frames: number[] = [];
  let recording = true;
  const loop = (t: number): void => {
    frames.push(t);
    if (recording) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);

  const afterPaint = (): Promise<number> =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  const MODIFIERS = ['Alt', 'Control', 'Shift', 'Meta'];
  const statusText = (): string => document.querySelector('[role="status"]')?.textContent ?? '';

  const opened = new Promise<number>((resolve) => {
    const check = (): boolean => {
      if (document.body?.dataset.ready !== 'true') return false;
      requestAnimationFrame(() => void afterPaint().then(resolve));
      return true;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    const start = (): void => {
      if (!check()) observer.observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
    };
    if (document.body) start();
    else document.addEventListener('DOMContentLoaded', start, { once: true });
  });

  let pending: Promise<number> | null = null;
  const probe = {
    opened,
    /** The longest gap between consecutive frames up to `until` (ms since navigation start). */
    longestGap(until: number): number {
      let longest = 0;
      for (let i = 1; i < frames.length && frames[i - 1]! < until; i++) longest = Math.max(longest, frames[i]! - frames[i - 1]!);
      return longest;
    },
    arm(type: string, until: Until): void {
      // The frame loop is for opening: while inputs are timed its frames would be work of their own, and with frames unthrottled, endless.
      recording = false;
      const before = statusText();
      pending = new Promise<number>((resolve) => {
        const listener = (event: Event): void => {
          // A chord's modifier (Alt of Alt+↓, Control of Control+z) comes as a keydown of its own, a
          // round trip of the driver before the key that acts: timing from it added that trip.
          if (event instanceof KeyboardEvent && MODIFIERS.includes(event.key)) return;
          window.removeEventListener(type, listener, { capture: true });
          const started = event.timeStamp;
          const frame = (): void => {
            if (until === 'status' && statusText() === before) return void requestAnimationFrame(frame);
            void afterPaint().then((painted) => resolve(painted - started));
          };
          requestAnimationFrame(frame);
        };
        window.addEventListener(type, listener, { capture: true });
      });
    },
    collect(): Promise<number> | null {
      const result = pending;
      pending = null;
      return result;
    },
    /** Stops or restarts the frame loop, whose frames would otherwise count as the app's main-thread work. */
    recordFrames(on: boolean): void {
      if (on && !recording) requestAnimationFrame(loop);
      recording = on;
    },
    /** Resolves once the status bar shows a comparison or re-check under way (true) or none (false); no polling. */
    busy(want: boolean): Promise<void> {
      const activity = document.querySelector('.status-activity')!;
      const holds = (): boolean => /Comparing|Checking/.test(activity.textContent ?? '') === want;
      return new Promise((resolve) => {
        if (holds()) return resolve();
        const observer = new MutationObserver(() => holds() && (observer.disconnect(), resolve()));
        observer.observe(activity, { childList: true, characterData: true, subtree: true });
      });
    },
    /** Nodes in the document now (the CDP Nodes counter also counts earlier loads' nodes not yet collected). */
    nodes(): number {
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      let count = 0;
      while (walker.nextNode()) count++;
      return count;
    },
    /** Distinct suggestion ids marked in the draft. */
    marks(): number {
      return new Set([...document.querySelectorAll('.ProseMirror [data-suggestion-id]')].map((e) => e.getAttribute('data-suggestion-id'))).size;
    },
  };
  Object.defineProperty(window, '__bench', { value: probe satisfies Probe });
}

/** The probe's interface, as the Node side sees it through `page.evaluate`. */
interface Probe {
  opened: Promise<number>;
  longestGap(until: number): number;
  arm(type: string, until: Until): void;
  collect(): Promise<number> | null;
  recordFrames(on: boolean): void;
  busy(want: boolean): Promise<void>;
  nodes(): number;
  marks(): number;
}

/** Times from an input (`act`) to the paint that shows its effect, in ms. */
export async function inputToPaint(page: Page, type: 'keydown' | 'click', until: Until, act: () => Promise<void>): Promise<number> {
  await page.evaluate(
    ([t, u]) => (window as unknown as { __bench: Probe }).__bench.arm(t, u),
    [type, until] as const,
  );
  await act();
  const ms = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.collect());
  if (ms === null) throw new Error(`no ${type} reached the page`);
  return ms;
}

/** The renderer main thread's CPU time so far, in ms. */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
}

/** An input's time to paint (inputToPaint) and the main thread's CPU time from before it to that paint, in ms (Performance must be enabled on `cdp`). */
export async function timedInput(page: Page, cdp: CDPSession, type: 'keydown' | 'click', act: () => Promise<void>): Promise<{ paint: number; cpu: number }> {
  const before = await threadMs(cdp);
  const paint = await inputToPaint(page, type, 'paint', act);
  return { paint, cpu: (await threadMs(cdp)) - before };
}

/** One open's figures, read after a (re)load: ms since navigation start. */
export async function openingFigures(
  page: Page,
  timeoutMs: number,
): Promise<{ visibleMs: number; longestGapMs: number; marks: number; nodes: number }> {
  const visibleMs = await page.evaluate(
    (timeout) =>
      Promise.race([
        (window as unknown as { __bench: Probe }).__bench.opened,
        new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`not open after ${timeout} ms`)), timeout)),
      ]),
    timeoutMs,
  );
  return page.evaluate((visible) => {
    const probe = (window as unknown as { __bench: Probe }).__bench;
    return { visibleMs: visible, longestGapMs: probe.longestGap(visible), marks: probe.marks(), nodes: probe.nodes() };
  }, visibleMs);
}

/** Waits, without polling, until a comparison or re-check is (true) or is not (false) under way. */
export async function busy(page: Page, want: boolean): Promise<void> {
  await page.evaluate((w) => (window as unknown as { __bench: Probe }).__bench.busy(w), want);
}

export async function recordFrames(page: Page, on: boolean): Promise<void> {
  await page.evaluate((o) => (window as unknown as { __bench: Probe }).__bench.recordFrames(o), on);
}
