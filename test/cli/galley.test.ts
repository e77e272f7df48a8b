import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { applySuggestions, type Suggestion } from '@galley/engine';
import packageJson from '../../package.json';
import { fileBytes, tempFolder } from '../main/files-helpers';
import { ensureBuilt, GALLEY, galley } from './built-cli';

const DRAFT = ['Sir Kir Stmper met the press on Tuesday.', 'He said the deal would cost £ 700 meters.', 'Everyone agreed it was “good progress”.'];
const REFERENCE = ['Sir Keir Starmer met the press on Tuesday.', 'He said the deal would cost £700m.', 'Everyone agreed it was "good progress".'];

beforeAll(() => ensureBuilt(), 120_000);

/** Writes the pair: the draft in windows-1252 with CRLF and no final newline, the reference as UTF-8 LF. */
function pair(dir: string, draftLines = DRAFT, referenceLines = REFERENCE) {
  const draft = join(dir, 'draft.txt');
  const reference = join(dir, 'reference.txt');
  writeFileSync(draft, fileBytes(draftLines, { encoding: 'windows-1252', endings: ['crlf'], finalNewline: false }));
  writeFileSync(reference, referenceLines.join('\n') + '\n');
  return { draft, reference };
}

/** Trouble: exit 2, one line `galley: …` on stderr, nothing on stdout, no stack. */
function expectTrouble(run: ReturnType<typeof galley>, line: RegExp) {
  expect(run.status).toBe(2);
  expect(run.stdout.length).toBe(0);
  expect(run.stderr).toMatch(/^galley: [^\n]*\n$/);
  expect(run.stderr).toMatch(line);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('galley', () => {
  test('--help and --version', () => {
    const help = galley(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout.toString()).toMatch(/^Usage:\n  galley check DRAFT REFERENCE/);
    const version = galley(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.toString()).toBe(`galley ${packageJson.version}\n`);
  });

  test('the built CLI runs as a program of its own (package.json `bin`, `npx galley`)', () => {
    // npm marks a bin executable only at install, before a fresh clone has a build.
    const run = spawnSync(GALLEY, ['--version'], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe(`galley ${packageJson.version}\n`);
  });

  test('check: one line per suggestion, no colour when not a terminal, exit 1', () => {
    const { draft, reference } = pair(tempFolder());
    const run = galley(['check', draft, reference]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const lines = run.stdout.toString().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(/^\d+:\d+ +[a-z]+ +(high|medium|low) +".*" → ".*"/);
    expect(run.stdout.toString()).not.toContain('\x1b[');
    expect(lines.some((l) => /^1:5 +name +high +"Kir Stmper" → "Keir Starmer"$/.test(l) || /^1:\d+ +name/.test(l))).toBe(true);
    expect(lines.some((l) => /^2:\d+ +number +high/.test(l))).toBe(true);
    expect(lines.some((l) => /^3:\d+ +typography +low +"“" → "\\""/.test(l))).toBe(true);
  });

  test('check: colour when forced, and --ignore / --typography-equal', () => {
    const { draft, reference } = pair(tempFolder());
    expect(galley(['check', draft, reference], { FORCE_COLOR: '1' }).stdout.toString()).toContain('\x1b[');
    const ignored = galley(['check', draft, reference, '--ignore', 'typography,name']).stdout.toString();
    expect(ignored).not.toMatch(/typography|name/);
    expect(ignored).toMatch(/number/);
    expect(galley(['check', draft, reference, '--typography-equal']).stdout.toString()).not.toMatch(/typography/);
  });

  test('check: identical texts in different encodings are no differences, exit 0', () => {
    const dir = tempFolder();
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, fileBytes(REFERENCE, { encoding: 'utf-16le', bom: true, endings: ['crlf'], finalNewline: true }));
    writeFileSync(b, REFERENCE.join('\n') + '\n');
    const run = galley(['check', a, b]);
    expect(run.status).toBe(0);
    expect(run.stdout.toString()).toBe('');
  });

  test('check --format json: offsets into the decoded draft (no BOM, LF)', () => {
    const dir = tempFolder();
    const draft = join(dir, 'draft.txt');
    const reference = join(dir, 'reference.txt');
    writeFileSync(draft, fileBytes(DRAFT, { encoding: 'utf-16le', bom: true, endings: ['crlf'], finalNewline: true }));
    writeFileSync(reference, REFERENCE.join('\n') + '\n');
    const run = galley(['check', draft, reference, '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout.toString()) as {
      suggestions: Suggestion[];
      draft: Record<string, unknown>;
      reference: Record<string, unknown>;
      counts: { total: number; byKind: Record<string, number>; bySeverity: Record<string, number> };
    };
    expect(report.draft).toMatchObject({ path: draft, encoding: 'utf-16le', bom: true, lineEnding: 'crlf', finalNewline: true });
    expect(report.reference).toMatchObject({ path: reference, encoding: 'utf-8', bom: false, lineEnding: 'lf' });
    expect(report.counts.total).toBe(report.suggestions.length);
    expect(Object.values(report.counts.bySeverity).reduce((a, b) => a + b, 0)).toBe(report.suggestions.length);
    const decodedDraft = DRAFT.join('\n') + '\n';
    expect(report.draft.length).toBe(decodedDraft.length);
    // The offsets are into the decoded text: applying them all gives the reference.
    expect(applySuggestions(decodedDraft, report.suggestions)).toBe(REFERENCE.join('\n') + '\n');
    const name = report.suggestions.find((s) => s.kind === 'name');
    expect(name && decodedDraft.slice(name.from, name.to)).toMatch(/Stmper/);
    // A script without the decoded text still has the draft's words and where they stand.
    for (const s of report.suggestions as (Suggestion & { draftText: string; line: number; column: number })[]) {
      expect(s.draftText).toBe(decodedDraft.slice(s.from, s.to));
      const lineStart = decodedDraft.lastIndexOf('\n', s.from - 1) + 1;
      expect([s.line, s.column]).toEqual([decodedDraft.slice(0, lineStart).split('\n').length, s.from - lineStart + 1]);
    }
    expect(report.suggestions.find((s) => s.kind === 'name')).toMatchObject({ line: 1 });
  });
});

describe('galley apply', () => {
  /** The reference text as the draft's file would hold it. */
  const cleaned = () => iconv.encode(REFERENCE.join('\r\n'), 'windows-1252');

  test('--accept all to stdout keeps the draft encoding, line endings and final newline', () => {
    const { draft, reference } = pair(tempFolder());
    const before = readFileSync(draft);
    const run = galley(['apply', draft, reference, '--accept', 'all']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout.equals(cleaned())).toBe(true);
    expect(readFileSync(draft).equals(before)).toBe(true);
  });

  test('--accept none gives the draft back byte for byte', () => {
    const { draft, reference } = pair(tempFolder());
    const run = galley(['apply', draft, reference, '--accept', 'none']);
    expect(run.stdout.equals(readFileSync(draft))).toBe(true);
  });

  test('--accept KIND applies only those kinds', () => {
    const { draft, reference } = pair(tempFolder());
    const run = galley(['apply', draft, reference, '--accept', 'name,number']);
    const text = iconv.decode(run.stdout, 'windows-1252');
    expect(text).toBe(['Sir Keir Starmer met the press on Tuesday.', 'He said the deal would cost £700m.', DRAFT[2]].join('\r\n'));
  });

  test('--out writes the file atomically and leaves the draft alone', () => {
    const dir = tempFolder();
    const { draft, reference } = pair(dir);
    const before = readFileSync(draft);
    const out = join(dir, 'cleaned.txt');
    const run = galley(['apply', draft, reference, '--accept', 'all', '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBe(0);
    expect(readFileSync(out).equals(cleaned())).toBe(true);
    expect(readFileSync(draft).equals(before)).toBe(true);
  });

  test('never writes over the draft (or the reference) unless --in-place', () => {
    const dir = tempFolder();
    const { draft, reference } = pair(dir);
    const before = readFileSync(draft);
    expectTrouble(galley(['apply', draft, reference, '--accept', 'all', '--out', draft]), /draft\.txt: this is the draft itself; use --in-place/);
    expectTrouble(galley(['apply', draft, reference, '--accept', 'all', '--out', reference]), /reference\.txt: this is the reference/);
    expect(readFileSync(draft).equals(before)).toBe(true);

    const run = galley(['apply', draft, reference, '--accept', 'all', '--in-place']);
    expect(run.status).toBe(1);
    expect(readFileSync(draft).equals(cleaned())).toBe(true);
    // Once cleaned nothing differs: the final newline the reference has and the draft lacks is the draft file's to keep, not a suggestion.
    expect(galley(['check', draft, reference])).toMatchObject({ status: 0, stderr: '' });
  });

  test('mixed line endings stay with their lines when lines are added', () => {
    const dir = tempFolder();
    const draft = join(dir, 'draft.txt');
    const reference = join(dir, 'reference.txt');
    writeFileSync(draft, 'Title line here\r\nThe first paragraph is short.\nThe second paragraph ends.\r\n');
    writeFileSync(reference, 'Byline Person\nTitle line here\nThe first paragraph is short.\nThe second paragraph ends.\n');
    const run = galley(['apply', draft, reference, '--accept', 'all']);
    expect(run.stdout.toString()).toBe('Byline Person\r\nTitle line here\r\nThe first paragraph is short.\nThe second paragraph ends.\r\n');
  });
});

describe('galley trouble', () => {
  test('missing, binary, folder and undecodable files: one line naming the file, exit 2', () => {
    const dir = tempFolder();
    const { draft, reference } = pair(dir);
    const png = join(dir, 'image.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const broken = join(dir, 'broken.txt');
    writeFileSync(broken, Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62]));
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    expectTrouble(galley(['check', join(dir, 'nope.txt'), reference]), /^galley: .*nope\.txt: no such file/);
    // Both unreadable: the draft's problem is the one reported, every time.
    expectTrouble(galley(['check', join(dir, 'nope.txt'), png]), /^galley: .*nope\.txt: no such file/);
    expectTrouble(galley(['check', draft, png]), /^galley: .*image\.png: it is a PNG image, not text$/m);
    expectTrouble(galley(['check', broken, reference]), /^galley: .*broken\.txt: it starts with a UTF-16 LE byte order mark but is not valid UTF-16 LE$/m);
    expectTrouble(galley(['apply', folder, reference, '--accept', 'all']), /^galley: .*folder: it is a folder, not a file$/m);
  });

  test('bad arguments: exit 2 with what was wrong', () => {
    const { draft, reference } = pair(tempFolder());
    expectTrouble(galley([]), /^galley: no command given/);
    expectTrouble(galley(['frobnicate', draft, reference]), /unknown command 'frobnicate'/);
    expectTrouble(galley(['check', draft]), /check needs a DRAFT and a REFERENCE file, got 1 file$/m);
    expectTrouble(galley(['check', draft, reference, '--colour']), /unknown option '--colour'/);
    expectTrouble(galley(['check', draft, reference, '--format', 'xml']), /--format must be text, json, html or csv, not 'xml'/);
    expectTrouble(galley(['check', draft, reference, '--ignore', 'typos']), /--ignore: unknown kind 'typos'/);
    expectTrouble(galley(['apply', draft, reference]), /apply needs --accept all\|none\|KIND/);
    expectTrouble(galley(['apply', draft, reference, '--accept', 'all', '--in-place', '--out', 'x']), /--in-place and --out cannot be used together/);
    expectTrouble(galley(['check', draft, reference, '--accept', 'all']), /--accept is for apply, not check/);
  });

  test('output that cannot be written (a full disk) is trouble, exit 2, not "differences"', () => {
    const { draft, reference } = pair(tempFolder());
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['check', draft, reference], ['check', draft, reference, '--format', 'json'], ['apply', draft, reference, '--accept', 'all']]) {
        const run = spawnSync(process.execPath, [GALLEY, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('galley: standard output: not enough disk space\n');
      }
    } finally {
      closeSync(full);
    }
  });

  test('a folder that is there but takes no new files is not called missing', () => {
    const { draft, reference } = pair(tempFolder());
    expectTrouble(galley(['apply', draft, reference, '--accept', 'all', '--out', '/proc/cleaned.txt']), /^galley: \/proc\/cleaned\.txt: this folder does not take new files/);
    expectTrouble(galley(['apply', draft, reference, '--accept', 'all', '--out', join(tempFolder(), 'gone', 'x.txt')]), /the folder to save into does not exist$/m);
  });

  test('text the draft encoding cannot hold is trouble, and nothing is written', () => {
    const dir = tempFolder();
    const { draft, reference } = pair(dir, ['Tokyo is far, café.'], ['東京 is far, café.']);
    const out = join(dir, 'out.txt');
    expectTrouble(galley(['apply', draft, reference, '--accept', 'all', '--out', out]), /out\.txt: the character 東 \(U\+6771\) at offset 0 cannot be written in windows-1252/);
    expect(() => readFileSync(out)).toThrow();
  });
});
