/**
 * File ▸ Export Report…: asks where (proposing `NAME.report.html` beside the
 * draft) and writes the client's report of the window's review atomically,
 * so a failed export never leaves half a file.
 */
import { basename, dirname, extname, join } from 'node:path';
import packageJson from '../../package.json';
import type { SaveResult } from '../../preload/api';
import { writeFileAtomic } from '../files/atomic';
import { htmlReport } from '../report/html-report';
import { windowReport, type CheckedReportRequest } from '../report/window-report';
import type { Dialogs } from './ports';

/** Where a report is proposed: `NAME.report.html` beside the draft. */
export function reportPathFor(draftPath: string): string {
  return join(dirname(draftPath), `${basename(draftPath, extname(draftPath))}.report.html`);
}

export interface ReportedPair {
  draftPath: string;
  reference: { path: string; text: string };
}

export async function exportReport(
  dialogs: Dialogs,
  pair: ReportedPair,
  request: CheckedReportRequest,
  messageOf: (error: unknown) => string,
): Promise<SaveResult> {
  const path = await dialogs.chooseSavePath(reportPathFor(pair.draftPath), 'report');
  if (!path) return { ok: false, cancelled: true };
  const report = windowReport(request, basename(pair.draftPath), { name: basename(pair.reference.path), text: pair.reference.text }, {
    generatedAt: new Date().toISOString(),
    generator: `Galley ${packageJson.version}`,
  });
  try {
    await writeFileAtomic(path, Buffer.from(htmlReport(report), 'utf8'));
    return { ok: true, name: basename(path), folder: dirname(path) };
  } catch (error) {
    return { ok: false, cancelled: false, error: messageOf(error) };
  }
}
