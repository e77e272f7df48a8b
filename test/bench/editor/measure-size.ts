/**
 * One pair's figures: the built app opened through the end-to-end harness,
 * then reloaded `opens` times to time opening (the session opens the same
 * files again on every load), then typing, one edit's re-check, next
 * suggestion, accept all and its undo, in that order on the same window.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp } from '../../e2e/harness';
import { revealRow } from '../../e2e/panel-rows';
import { busy, inputToPaint, installProbe, openingFigures, recordFrames, timedInput } from './page-probe';
import { writeBenchPair } from './pairs';
import { MemoryTrace } from './memory-trace';
import { processMemory, rendererPids } from './renderer-memory';
import { Profiler } from './profile';

export interface SizeSpec {
  /** As given on the command line: "100k", "200k-line". */
  label: string;
  words: number;
  singleLine: boolean;
}

export interface Knobs {
  opens: number;
  keys: number;
  nexts: number;
  edits: number;
  /** Where to write CPU profiles of each phase (./profile), or null for none. */
  profileDir: string | null;
  /** Stop a per-key series after this long and report the keys timed so far (a 16 s keystroke × 250 is an hour). */
  budgetSeconds: number;
  /** Log each phase's peak resident memory and JS heaps of page and worker (./memory-trace). */
  memoryTrace: boolean;
  /** Chromium without vsync or a frame-rate cap (--disable-gpu-vsync --disable-frame-rate-limit): a frame is made as soon as there is work to draw. */
  unthrottled: boolean;
}

/** A figure, or why there is none. */
export type Figure = { value: number; note?: string } | { error: string };

export interface SizeFigures {
  spec: SizeSpec;
  suggestions: number;
  figures: Record<FigureName, Figure>;
  /** Summaries of the CPU profiles, when profiled. */
  profiles: string[];
}

export type FigureName =
  | 'visible'
  | 'gap'
  | 'keyP95'
  | 'keyCpu'
  | 'edit'
  | 'nextP50'
  | 'nextCpu'
  | 'acceptAll'
  | 'undoAll'
  | 'rss'
  | 'heap'
  | 'nodes';

/** Long enough for a 300k-word open on a loaded machine; a hang still ends. */
const STEP_TIMEOUT_MS = 600_000;
/** How often the JS heap is sampled through CDP. */
const HEAP_SAMPLE_MS = 500;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const percentile = (xs: readonly number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * xs.length) - 1)]!;

export async function measureSize(root: string, spec: SizeSpec, knobs: Knobs): Promise<SizeFigures> {
  const pair = writeBenchPair(spec.words, spec.singleLine);
  const expected = checkSuggestions(root, pair.draft, pair.reference);
  const log = (line: string): void => void process.stderr.write(`  [${spec.label}] ${line}\n`);
  log(`${expected.length} suggestions (galley check); opening…`);
  const figures = {} as Record<FigureName, Figure>;
  // The harness waits only 30 s for the first comparison, which a long pair
  // on a loaded machine can exceed: the window opens on a tiny pair at the
  // same paths, and the reloads below open the real one (main reads the
  // files again on every load).
  const real = { draft: readFileSync(pair.draft), reference: readFileSync(pair.reference) };
  writeFileSync(pair.draft, 'A tiny draft.\n');
  writeFileSync(pair.reference, 'A tiny reference.\n');
  const chromiumArgs = knobs.unthrottled ? ['--disable-gpu-vsync', '--disable-frame-rate-limit'] : [];
  const app = await openApp({ draft: pair.draft, reference: pair.reference, chromiumArgs }).catch((error: unknown) => {
    rmSync(pair.dir, { recursive: true, force: true });
    throw error;
  });
  writeFileSync(pair.draft, real.draft);
  writeFileSync(pair.reference, real.reference);
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let heapPeak = 0;
  let sampling = true;
  const sampler = setInterval(() => {
    if (!sampling) return;
    cdp.send('Performance.getMetrics').then(
      ({ metrics }) => (heapPeak = Math.max(heapPeak, metricOf(metrics, 'JSHeapUsedSize'))),
      () => {},
    );
  }, HEAP_SAMPLE_MS);

  const trace = knobs.memoryTrace ? await MemoryTrace.start(page, cdp) : null;
  const profiler = knobs.profileDir ? new Profiler(page, cdp, knobs.profileDir, join(root, 'out/renderer')) : null;
  const profiles: string[] = [];
  const step = async (names: FigureName[], run: () => Promise<void>): Promise<void> => {
    if (trace) log(await trace.dump());
    trace?.enter(names[0]!);
    try {
      if (!profiler || names[0] === 'rss') return await run();
      const summary = await profiler.around(`${spec.label}-${names[0]}`, run);
      for (const line of summary) log(line);
      profiles.push(...summary);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
      log(`failed: ${message}`);
      for (const name of names) figures[name] ??= { error: message };
    }
  };

  try {
    await step(['visible', 'gap', 'nodes'], async () => {
      await page.addInitScript(installProbe);
      const opens: Awaited<ReturnType<typeof openingFigures>>[] = [];
      for (let i = 0; i < knobs.opens; i++) {
        await page.reload({ timeout: STEP_TIMEOUT_MS });
        opens.push(await openingFigures(page, STEP_TIMEOUT_MS));
        log(`open ${i + 1}: marks drawn at ${opens[i]!.visibleMs.toFixed(0)} ms, longest frame gap ${opens[i]!.longestGapMs.toFixed(0)} ms, ${opens[i]!.marks} marked near the viewport`);
      }
      const marks = opens[opens.length - 1]!.marks;
      // Only the suggestions near the viewport are marked (renderer/src/editor/shown-range); none marked is a failure to say.
      const note = marks > 0 ? undefined : `none of ${expected.length} marked in the DOM`;
      figures.visible = { value: median(opens.map((o) => o.visibleMs)), ...(note ? { note } : {}) };
      figures.gap = { value: median(opens.map((o) => o.longestGapMs)) };
      figures.nodes = { value: opens[opens.length - 1]!.nodes };
    });

    await step(['keyP95', 'keyCpu'], async () => {
      await placeCaretInMiddle(page, expected);
      const cpu: number[] = [];
      const times = await series(knobs.keys, knobs.budgetSeconds, async (i) => {
        const timed = await timedInput(page, cdp, 'keydown', () => page.keyboard.press(TYPED[i % TYPED.length]!));
        cpu.push(timed.cpu);
        return timed.paint;
      });
      figures.keyP95 = withCount(percentile(times, 0.95), times.length, knobs.keys);
      figures.keyCpu = { value: percentile(cpu, 0.95), note: `p50 ${median(cpu).toFixed(1)} ms` };
      log(`typing: ${times.length} keys, p95 ${percentile(times, 0.95).toFixed(0)} ms (p50 ${median(times).toFixed(0)}); main-thread CPU p95 ${percentile(cpu, 0.95).toFixed(1)} ms (p50 ${median(cpu).toFixed(1)})`);
      await settled(page);
    });

    await step(['edit'], async () => {
      const works: number[] = [];
      await recordFrames(page, false);
      sampling = false;
      for (let i = 0; i < knobs.edits; i++) {
        await settled(page);
        const before = metricOf((await cdp.send('Performance.getMetrics')).metrics, 'TaskDuration');
        await page.keyboard.press('x');
        await busy(page, true);
        await busy(page, false);
        const after = metricOf((await cdp.send('Performance.getMetrics')).metrics, 'TaskDuration');
        works.push((after - before) * 1000);
      }
      sampling = true;
      await recordFrames(page, true);
      figures.edit = { value: median(works) };
      log(`one edit + re-check: ${works.map((w) => w.toFixed(0)).join(', ')} ms of main-thread work`);
    });

    await step(['nextP50', 'nextCpu'], async () => {
      await settled(page);
      const cpu: number[] = [];
      const times = await series(knobs.nexts, knobs.budgetSeconds, async () => {
        const timed = await timedInput(page, cdp, 'keydown', () => page.keyboard.press('Alt+ArrowDown'));
        cpu.push(timed.cpu);
        return timed.paint;
      });
      figures.nextP50 = withCount(median(times), times.length, knobs.nexts);
      figures.nextCpu = { value: median(cpu), note: `p95 ${percentile(cpu, 0.95).toFixed(1)} ms` };
      log(`next suggestion: ${times.length} presses, p50 ${median(times).toFixed(0)} ms; main-thread CPU p50 ${median(cpu).toFixed(1)} ms (p95 ${percentile(cpu, 0.95).toFixed(1)})`);
    });

    await step(['acceptAll', 'undoAll'], async () => {
      await settled(page);
      const button = page.getByRole('button', { name: 'Accept all', exact: true });
      await button.scrollIntoViewIfNeeded();
      const accepted = await inputToPaint(page, 'click', 'status', () => button.click({ timeout: STEP_TIMEOUT_MS }));
      figures.acceptAll = { value: accepted, note: await statusText(page) };
      log(`accept all: ${accepted.toFixed(0)} ms (${figures.acceptAll.note})`);
      await settled(page);
      const undone = await inputToPaint(page, 'keydown', 'status', () => page.keyboard.press('Control+z'));
      figures.undoAll = { value: undone, note: await statusText(page) };
      log(`undo: ${undone.toFixed(0)} ms (${figures.undoAll.note})`);
      await settled(page);
    });

    await step(['rss', 'heap'], async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      heapPeak = Math.max(heapPeak, metricOf(metrics, 'JSHeapUsedSize'));
      figures.heap = { value: heapPeak / 2 ** 20 };
      // A trace's memory dumps reset the high-water mark (./memory-trace): its own samples count too.
      figures.rss = { value: Math.max(await rendererPeak(page), trace?.peakRss ?? 0) / 2 ** 20 };
    });
  } finally {
    clearInterval(sampler);
    for (const line of trace?.stop() ?? []) log(line);
    await app.close().catch(() => {});
    rmSync(pair.dir, { recursive: true, force: true });
  }
  return { spec, suggestions: expected.length, figures, profiles };
}

/** Letters and spaces, so the typed text makes words as a user's would. */
const TYPED = 'the quick brown fox jumps over the lazy dog '.split('').map((c) => (c === ' ' ? 'Space' : c));

/** Runs `one` up to `count` times, stopping early once `budgetSeconds` have passed. */
async function series(count: number, budgetSeconds: number, one: (i: number) => Promise<number>): Promise<number[]> {
  const started = performance.now();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    times.push(await one(i));
    if ((performance.now() - started) / 1000 > budgetSeconds) break;
  }
  return times;
}

function withCount(value: number, done: number, asked: number): Figure {
  return done === asked ? { value } : { value, note: `${done} of ${asked} within the time budget` };
}

/** The suggestions `galley check` reports, in draft order. */
function checkSuggestions(root: string, draft: string, reference: string): { id: string; moveId?: string }[] {
  const cli = join(root, 'out/main/galley.js');
  let out: string;
  try {
    out = execFileSync('node', [cli, 'check', draft, reference, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  } catch (error) {
    const failed = error as { status?: number; stdout?: string };
    if (failed.status !== 1 || failed.stdout === undefined) throw error;
    out = failed.stdout;
  }
  return (JSON.parse(out) as { suggestions: { id: string; moveId?: string }[] }).suggestions;
}

/**
 * Puts the caret at the end of the paragraph holding the middle suggestion,
 * as a user clicking there would. Not a moved half: Playwright's click on
 * one waits until its step timeout (its hover lights up the other half).
 */
async function placeCaretInMiddle(page: Page, suggestions: readonly { id: string; moveId?: string }[]): Promise<void> {
  const plain = suggestions.filter((s) => !s.moveId);
  const id = plain[plain.length >> 1]!.id;
  await revealRow(page, id);
  await page.locator(`ul[aria-label="Suggestions"] li[data-id="${id}"]`).click({ timeout: STEP_TIMEOUT_MS });
  await page.locator(`.ProseMirror [data-suggestion-id="${id}"]`).first().click({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('End');
}

/** Waits until no comparison or re-check is under way. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !/Comparing|Checking/.test(document.querySelector('.status-activity')?.textContent ?? ''), null, {
    timeout: STEP_TIMEOUT_MS,
    polling: 100,
  });
}

async function statusText(page: Page): Promise<string> {
  return (await page.getByRole('status').textContent()) ?? '';
}

function metricOf(metrics: { name: string; value: number }[], name: string): number {
  return metrics.find((m) => m.name === name)?.value ?? Number.NaN;
}

/**
 * The renderer process's peak resident memory (VmHWM in /proc, Linux only):
 * the page, its DOM and the compare worker together, over the window's life.
 */
async function rendererPeak(page: Page): Promise<number> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const session = await browser.newBrowserCDPSession();
  const peaks = (await rendererPids(session)).map((pid) => processMemory(pid)?.peak ?? 0);
  void session.detach().catch(() => {});
  const peak = Math.max(0, ...peaks);
  if (peak === 0) throw new Error('no renderer process found');
  return peak;
}
