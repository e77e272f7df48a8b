#!/usr/bin/env node
// npm run audit:security: runs the Electronegativity scanner over the app's
// sources and fails on any finding that the reviewed allow-list beside this
// file does not justify. The scanner always exits 0, so its SARIF output is
// what is judged. It works offline (it only warns that it cannot fetch
// Electron's release list).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const allowList = JSON.parse(readFileSync(join(root, 'test/security/allow-list.json'), 'utf8'));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

// Scan a copy of exactly the shipped sources: not out/ (bundles repeat the
// sources), not node_modules, not tests.
const work = mkdtempSync(join(tmpdir(), 'galley-audit-'));
try {
  for (const folder of ['main', 'preload', 'renderer']) cpSync(join(root, folder), join(work, 'app', folder), { recursive: true });
  const sarif = join(work, 'findings.sarif');
  const scanner = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
  execFileSync(process.execPath, [scanner, '-i', join(work, 'app'), '-r', '-e', electronVersion, '-o', sarif, '-v', 'false'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 300_000,
  });
  const results = JSON.parse(readFileSync(sarif, 'utf8')).runs.flatMap((run) => run.results);
  const findings = results.map((result) => ({
    check: result.ruleId,
    file: result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A',
    line: result.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
    message: result.message.text,
  }));
  const justified = (finding) => allowList.some((entry) => entry.check === finding.check && entry.file === finding.file);
  const open = findings.filter((finding) => !justified(finding));
  const unused = allowList.filter((entry) => !findings.some((finding) => finding.check === entry.check && finding.file === entry.file));

  console.log(`Electronegativity (assuming Electron ${electronVersion}): ${findings.length} findings, ${findings.length - open.length} justified in test/security/allow-list.json`);
  for (const finding of findings) {
    console.log(`  ${justified(finding) ? 'justified' : 'OPEN     '} ${finding.check} ${finding.file}:${finding.line} ${finding.message}`);
  }
  for (const entry of unused) console.log(`  note: allow-list entry ${entry.check} ${entry.file} no longer matches a finding; remove it`);
  if (open.length > 0) {
    console.error(`audit:security failed: ${open.length} finding(s) neither fixed nor justified.`);
    process.exit(1);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
