/**
 * LibreOffice for the tests: opens the files Galley writes as a user's
 * office suite would, accepts or rejects their tracked changes, and makes
 * PDFs. Found on PATH as `soffice` with the Python-UNO bridge (Debian:
 * libreoffice-writer-nogui, which brings python3-uno). Without it the
 * tests that need it are skipped loudly — or fail, when
 * GALLEY_REQUIRE_OFFICE=1 (as in CI).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, 'office-revisions.py');
/** Debian's python3 has the uno module; a pyenv python earlier on PATH does not. */
const PYTHONS = ['/usr/bin/python3', 'python3'];

function findPython(): string | null {
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status !== 0) return null;
  return PYTHONS.find((python) => spawnSync(python, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0) ?? null;
}

export const OFFICE_PYTHON = findPython();
export const OFFICE_REQUIRED = process.env.GALLEY_REQUIRE_OFFICE === '1';

if (OFFICE_PYTHON === null) {
  const message =
    'LibreOffice (soffice with python3-uno) not found: the tests that open Galley\'s Word files in LibreOffice are SKIPPED. ' +
    'Install it with: apt-get install -y libreoffice-writer-nogui';
  if (OFFICE_REQUIRED) throw new Error(`GALLEY_REQUIRE_OFFICE=1 but ${message}`);
  console.warn(`\n*** ${message} ***\n`);
}

const PROFILE = join(tmpdir(), `galley-office-profile-${process.pid}`);

export type OfficeAction = 'open' | 'accept' | 'reject';

/** Run every job in one LibreOffice session: open INPUT, optionally accept/reject all changes, save OUTPUT (.txt, .pdf or .docx). */
export function office(jobs: readonly [OfficeAction, string, string][]): void {
  if (OFFICE_PYTHON === null) throw new Error('LibreOffice is not available');
  const dir = mkdtempSync(join(tmpdir(), 'galley-office-'));
  const jobsFile = join(dir, 'jobs.tsv');
  writeFileSync(jobsFile, jobs.map((job) => job.join('\t')).join('\n'));
  // One profile per test process: LibreOffice's first start in a new profile is its slowest.
  execFileSync(OFFICE_PYTHON, [SCRIPT, PROFILE, jobsFile], { stdio: 'pipe', timeout: 120_000 });
}
