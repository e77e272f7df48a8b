/**
 * CPU profiles of the renderer's main thread through CDP's Profiler domain
 * (`--profile DIR`): each phase is written as DIR/SIZE-PHASE.cpuprofile (open
 * it in Chrome DevTools' Performance panel) and summarised as the functions
 * and source modules with the most self time. The renderer bundle is not
 * minified and keeps a `// path/of/module.js` comment above each module, so a
 * sample's line number says which module (prosemirror-view, the app's
 * editor/…) its function came from.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';

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

/** How many functions and modules a summary lists. */
const TOP = 10;

export class Profiler {
  private readonly moduleStarts = new Map<string, { line: number; name: string }[]>();

  constructor(
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
    let profile: Profile;
    try {
      await run();
    } finally {
      ({ profile } = (await this.cdp.send('Profiler.stop')) as unknown as { profile: Profile });
      writeFileSync(join(this.dir, `${name}.cpuprofile`), JSON.stringify(profile));
    }
    return this.summary(name, profile);
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
