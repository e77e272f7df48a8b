/**
 * Where the renderer's peak memory comes from (`--memory-trace`): the
 * renderer process's resident set read from /proc every few milliseconds,
 * and the JS heaps of the page and of the compare worker (CDP
 * Runtime.getHeapUsage on each target), each kept as its peak per phase of
 * the benchmark. The page, its DOM and the worker share one renderer
 * process, so the resident peak alone cannot say which of them grew; at the
 * end of each phase Chromium's own memory dump names the allocators (V8 of
 * the page and of the worker, Oilpan's DOM and layout objects by type,
 * malloc, the compositor, …). The heaps are sampled, and a worker busy
 * comparing answers late, so a short burst can be missed: the resident
 * figure is the one to trust. Each such dump also resets the kernel's
 * high-water mark (Chromium writes /proc/PID/clear_refs to measure the
 * peak between dumps), so with a trace the table's peak is the highest
 * resident set sampled here (`peakRss`) when the high-water mark, counting
 * from the last dump only, is lower.
 */
import type { CDPSession, Page } from 'playwright-core';
import { processMemory, rendererPids } from './renderer-memory';

/** /proc is cheap to read: often enough to catch a burst of the worker's compare. */
const RSS_SAMPLE_MS = 20;
/** Parts of the dump worth naming beside the top-level allocators: whose heap, the page's or the worker's. */
const DETAILED = ['v8/main', 'v8/workers', 'blink_gc/main', 'blink_gc/workers'];
/** A heap usage round trip costs the target a little: less often. */
const HEAP_SAMPLE_MS = 100;

interface Peaks {
  rss: number;
  anon: number;
  page: number;
  pageTotal: number;
  worker: number;
  workerTotal: number;
}

type HeapUsage = { usedSize: number; totalSize: number };

export class MemoryTrace {
  private phase = 'with the tiny pair';
  private peaks = new Map<string, Peaks>();
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  private readonly workers = new Map<string, string>();
  private nextMessage = 1;
  private readonly answers = new Map<number, (result: HeapUsage | null) => void>();

  private constructor(
    private readonly pids: readonly number[],
    private readonly browserSession: CDPSession,
    private readonly pageSession: CDPSession,
  ) {}

  static async start(page: Page, pageSession: CDPSession): Promise<MemoryTrace> {
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const session = await browser.newBrowserCDPSession();
    const trace = new MemoryTrace(await rendererPids(session), session, pageSession);
    session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => trace.received(event.message));
    session.on('Target.detachedFromTarget', (event: { sessionId: string }) => {
      for (const [target, id] of trace.workers) if (id === event.sessionId) trace.workers.delete(target);
    });
    trace.sampleRss();
    await trace.sampleHeaps();
    trace.timers.push(setInterval(() => trace.sampleRss(), RSS_SAMPLE_MS));
    trace.timers.push(setInterval(() => void trace.sampleHeaps(), HEAP_SAMPLE_MS));
    return trace;
  }

  /** Starts a phase: the peaks from now on are counted under `name`. */
  enter(name: string): void {
    this.phase = name;
  }

  /**
   * Chromium's own account of the renderer's memory now (a memory-infra
   * dump): the size of each top-level allocator (v8, blink_gc,
   * partition_alloc, malloc, cc, skia, …), largest first.
   */
  async dump(): Promise<string> {
    const session = this.browserSession;
    const chunks: string[] = [];
    await session.send('Tracing.start', {
      // No periodic dumps, only the one asked for (the protocol types this dictionary as strings).
      traceConfig: { includedCategories: ['disabled-by-default-memory-infra'], memoryDumpConfig: { triggers: [] } as unknown as Record<string, string> },
      transferMode: 'ReturnAsStream',
    });
    await session.send('Tracing.requestMemoryDump', { levelOfDetail: 'detailed' });
    const done = new Promise<string>((resolve) => session.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')));
    await session.send('Tracing.end');
    const stream = await done;
    for (;;) {
      const { data, eof } = (await session.send('IO.read', { handle: stream })) as { data: string; eof: boolean };
      chunks.push(data);
      if (eof) break;
    }
    await session.send('IO.close', { handle: stream });
    const trace = JSON.parse(chunks.join('')) as { traceEvents: { ph: string; pid: number; args?: { dumps?: { allocators?: Record<string, { attrs?: Record<string, { value: string }> }> } } }[] };
    const lines: string[] = [];
    for (const event of trace.traceEvents) {
      const allocators = event.args?.dumps?.allocators;
      // The app's renderer is the one with a compositor (cc); spare renderers have none.
      if (event.ph !== 'v' || !allocators?.['cc'] || !this.pids.includes(event.pid)) continue;
      const sizes = Object.entries(allocators).map(([name, a]) => [name, parseInt(a.attrs?.['size']?.value ?? '0', 16)] as const);
      const largest = (match: (name: string) => boolean, count: number): string =>
        sizes
          .filter(([name, size]) => match(name) && size >= 2 ** 19)
          .sort((a, b) => b[1] - a[1])
          .slice(0, count)
          .map(([name, size]) => `${name.replace(/^blink_objects\/blink_gc\/main\/(blink::)?/, '').replace(/ \(0x\w+\)$/, '').replace(/<.{40,}$/, '<…>')} ${Math.round(size / 2 ** 20)}`)
          .join(', ');
      lines.push(largest((name) => !name.includes('/') || DETAILED.includes(name), 16));
      lines.push(`largest blink objects: ${largest((name) => name.startsWith('blink_objects/blink_gc/main/'), 6)}`);
    }
    return `memory dump (MB) after ${this.phase}: ${lines.join('; ') || 'none'}`;
  }

  /** The highest resident set sampled in any phase, in bytes. */
  get peakRss(): number {
    return Math.max(0, ...[...this.peaks.values()].map((p) => p.rss));
  }

  /** One line per phase: its peaks in MB. */
  stop(): string[] {
    for (const timer of this.timers) clearInterval(timer);
    void this.browserSession.detach().catch(() => {});
    const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;
    return [...this.peaks].map(
      ([phase, p]) =>
        `memory ${phase}: resident ${mb(p.rss)} (anonymous ${mb(p.anon)}), page heap ${mb(p.page)} used of ${mb(p.pageTotal)}, worker heap ${mb(p.worker)} of ${mb(p.workerTotal)}`,
    );
  }

  private peak(): Peaks {
    let peaks = this.peaks.get(this.phase);
    if (!peaks) this.peaks.set(this.phase, (peaks = { rss: 0, anon: 0, page: 0, pageTotal: 0, worker: 0, workerTotal: 0 }));
    return peaks;
  }

  private sampleRss(): void {
    const peaks = this.peak();
    for (const pid of this.pids) {
      const memory = processMemory(pid);
      if (!memory) continue;
      peaks.rss = Math.max(peaks.rss, memory.rss);
      peaks.anon = Math.max(peaks.anon, memory.anon);
    }
  }

  private async sampleHeaps(): Promise<void> {
    const peaks = this.peak();
    const page = (await this.pageSession.send('Runtime.getHeapUsage').catch(() => null)) as HeapUsage | null;
    if (page) peaks.page = Math.max(peaks.page, page.usedSize);
    if (page) peaks.pageTotal = Math.max(peaks.pageTotal, page.totalSize);
    await this.attachWorkers();
    for (const sessionId of this.workers.values()) {
      const usage = await this.ask(sessionId, 'Runtime.getHeapUsage');
      if (usage) peaks.worker = Math.max(peaks.worker, usage.usedSize);
      if (usage) peaks.workerTotal = Math.max(peaks.workerTotal, usage.totalSize);
    }
  }

  private async attachWorkers(): Promise<void> {
    const { targetInfos } = (await this.browserSession.send('Target.getTargets').catch(() => ({ targetInfos: [] }))) as {
      targetInfos: { targetId: string; type: string }[];
    };
    for (const { targetId, type } of targetInfos) {
      if (type !== 'worker' || this.workers.has(targetId)) continue;
      const attached = (await this.browserSession.send('Target.attachToTarget', { targetId, flatten: false }).catch(() => null)) as { sessionId: string } | null;
      if (attached) this.workers.set(targetId, attached.sessionId);
    }
  }

  /** A CDP call in a worker's own session, through the browser session (flatten: false). */
  private ask(sessionId: string, method: string): Promise<HeapUsage | null> {
    const id = this.nextMessage++;
    return new Promise((resolve) => {
      this.answers.set(id, resolve);
      this.browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => {
        this.answers.delete(id);
        resolve(null);
      });
      setTimeout(() => {
        if (this.answers.delete(id)) resolve(null);
      }, 5000);
    });
  }

  private received(message: string): void {
    const { id, result } = JSON.parse(message) as { id?: number; result?: HeapUsage };
    if (id === undefined) return;
    const answer = this.answers.get(id);
    this.answers.delete(id);
    answer?.(result ?? null);
  }
}
