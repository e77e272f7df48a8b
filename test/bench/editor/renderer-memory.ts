/**
 * The renderer processes' memory as Linux counts it: Chromium names its
 * renderer processes (CDP SystemInfo.getProcessInfo) and /proc/PID/status
 * gives each one's resident set now (VmRSS, RssAnon) and at its peak
 * (VmHWM). The page, its DOM and the compare worker share one renderer
 * process, so these count all three together.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

/** The fields of /proc/PID/status read here, each in bytes. */
export interface ProcessMemory {
  /** Resident now. */
  readonly rss: number;
  /** Of it, anonymous memory (heaps, not code or files). */
  readonly anon: number;
  /** The resident peak over the process's life. */
  readonly peak: number;
}

/** The ids of the browser's renderer processes, asked through a browser-wide CDP session. */
export async function rendererPids(browserSession: CDPSession): Promise<number[]> {
  const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

/** Process `pid`'s memory now; null when it has ended (a reload may start another). */
export function processMemory(pid: number): ProcessMemory | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const bytes = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: bytes('VmRSS'), anon: bytes('RssAnon'), peak: bytes('VmHWM') };
}
