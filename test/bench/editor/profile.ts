/**
 * CPU profiles of the renderer's main thread through CDP's Profiler domain
 * (`--profile DIR`): each phase is written as DIR/SIZE-PHASE.cpuprofile (open
 * it in Chrome DevTools' Performance panel) and summarised as the functions
 * and source modules with the most self time. The renderer bundle is not
 * minified and keeps a `// path/of/module.js` comment above each module, so a
 * sample's line number says which module (prosemirror-view, the app's
 * editor/…) its function came from.
 *
 * A profile puts style, layout and paint under "(program)", which on a long
 * draft is most of the time; so each phase is also traced
 * (DIR/SIZE-PHASE.trace.json, for the Performance panel too) and the summary
 * says how much of the main thread's work was which (script, style, layout,
 * pre-paint, paint): the first traces showed that the panel's rows, not the
 * editor, took most of the paint after each keystroke.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

/** The work totals a summary gives, by CDP Performance metric name. */
const WORK_METRICS = [
  { name: 'TaskDuration', label: 'all tasks' },
  { name: 'ScriptDuration', label: 'script' },
  { name: 'RecalcStyleDuration', label: 'style' },
  { name: 'LayoutDuration', label: 'layout' },
] as const;

/** How many functions and modules a summary lists. */
const TOP = 10;

export class Profiler {
  private readonly moduleStarts = new Map<string, { line: number; name: string }[]>();

  constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly dir: string,
    private readonly rendererDir: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** Profiles `run`; returns the summary lines. */
  async around(name: string, run: () => Promise<void>): Promise<string[]> {
    await this.cdp.send('Profiler.enable');
    await this.cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await this.cdp.send('Profiler.start');
    const before = await this.workMetrics();
    const browser = this.page.context().browser();
    await browser?.startTracing(this.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    let profile: Profile;
    let trace: Buffer | undefined;
    try {
      await run();
    } finally {
      ({ profile } = (await this.cdp.send('Profiler.stop')) as unknown as { profile: Profile });
      trace = await browser?.stopTracing();
      writeFileSync(join(this.dir, `${name}.cpuprofile`), JSON.stringify(profile));
      if (trace) writeFileSync(join(this.dir, `${name}.trace.json`), trace);
    }
    const after = await this.workMetrics();
    return [
      ...this.summary(name, profile),
      `  main-thread work: ${WORK_METRICS.map((m) => `${m.label} ${(after[m.name]! - before[m.name]!).toFixed(2)} s`).join(', ')}`,
      ...(trace ? [`  trace, renderer main thread: ${traceSummary(trace)}`] : []),
    ];
  }

  /**
   * Chromium's running totals of the main thread's work (CDP Performance
   * domain, already enabled by the caller): the profile's "(program)" is
   * mostly style and layout, which these split out.
   */
  private async workMetrics(): Promise<Record<string, number>> {
    const { metrics } = (await this.cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  }

  private summary(name: string, profile: Profile): string[] {
    // Shares of busy time: idle samples say only that the thread waited.
    const busy = profile.nodes.filter((n) => n.callFrame.functionName !== '(idle)');
    const total = busy.reduce((sum, n) => sum + (n.hitCount ?? 0), 0) || 1;
    const byFunction = new Map<string, number>();
    const byModule = new Map<string, number>();
    for (const node of busy) {
      const hits = node.hitCount ?? 0;
      if (hits === 0) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const module = url ? this.moduleOf(url, lineNumber) : '(native)';
      const fn = `${functionName || '(anonymous)'}${url ? ` [${module}]` : ''}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
      byModule.set(module, (byModule.get(module) ?? 0) + hits);
    }
    const top = (map: Map<string, number>): string =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([key, hits]) => `${((100 * hits) / total).toFixed(1)}% ${key}`)
        .join('; ');
    const seconds = ((profile.endTime - profile.startTime) / 1e6).toFixed(1);
    return [`profile ${name} (${seconds} s; shares of busy samples):`, `  by function: ${top(byFunction)}`, `  by module: ${top(byModule)}`];
  }

  /** The bundled module a line of the renderer bundle belongs to. */
  private moduleOf(url: string, line: number): string {
    const file = url.replace(/^https?:\/\/[^/]+\//, '');
    let starts = this.moduleStarts.get(file);
    if (!starts) {
      starts = [];
      try {
        readFileSync(join(this.rendererDir, file), 'utf8')
          .split('\n')
          .forEach((text, i) => {
            const match = /^\/\/ ((?:node_modules|renderer|preload)\/\S+)$/.exec(text);
            if (match) starts!.push({ line: i, name: match[1]!.replace(/^node_modules\//, '').replace(/\/dist\/.*$/, '') });
          });
      } catch {
        // Not a file of the bundle (an extension, an inline script): named by its URL.
      }
      this.moduleStarts.set(file, starts);
    }
    let found = file;
    for (const start of starts) {
      if (start.line > line) break;
      found = start.name;
    }
    return found;
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** Trace events timed as a share of the renderer main thread's work: what "(program)" in a profile was. */
const TRACE_EVENTS = ['FunctionCall', 'EventDispatch', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'HitTest', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ParseHTML', 'TimerFire', 'FireAnimationFrame'];

/** The time in the renderer main thread's top-level tasks and in the events above, from a Chromium trace. */
function traceSummary(buffer: Buffer): string {
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return 'no renderer main thread in the trace';
  const onMain = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const total = new Map<string, number>();
  for (const e of onMain) total.set(e.name, (total.get(e.name) ?? 0) + e.dur!);
  const s = (us: number | undefined): string => `${((us ?? 0) / 1e6).toFixed(2)} s`;
  return [`tasks ${s(total.get('RunTask'))}`, ...TRACE_EVENTS.filter((n) => total.has(n)).map((n) => `${n} ${s(total.get(n))}`)].join(', ');
}
