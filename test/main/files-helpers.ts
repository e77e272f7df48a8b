/**
 * Fixture building shared by the file-layer tests. Expected bytes are made
 * here with iconv-lite and plain string joins, independently of the code
 * under test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expect, onTestFinished } from 'vitest';
import { FileError } from '../../main/files/errors';

export type Ending = 'lf' | 'crlf' | 'cr';
const SEQUENCE: Record<Ending, string> = { lf: '\n', crlf: '\r\n', cr: '\r' };
const BOM_BYTES: Record<string, number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  'utf-32le': [0xff, 0xfe, 0x00, 0x00],
  'utf-32be': [0x00, 0x00, 0xfe, 0xff],
};

/**
 * The file bytes for `lines` joined by `endings` (one per break, cycling if
 * shorter), with or without a final newline and a BOM.
 */
export function fileBytes(lines: readonly string[], opts: { encoding: string; bom?: boolean; endings: readonly Ending[]; finalNewline: boolean }): Buffer {
  let raw = '';
  const breaks = opts.finalNewline ? lines.length : lines.length - 1;
  lines.forEach((line, i) => {
    raw += line;
    if (i < breaks) raw += SEQUENCE[opts.endings[i % opts.endings.length]];
  });
  const body = iconv.encode(raw, opts.encoding);
  return opts.bom ? Buffer.concat([Buffer.from(BOM_BYTES[opts.encoding]), body]) : body;
}

/** The text as Galley should show it: LF only, no BOM. */
export function lfText(lines: readonly string[], finalNewline: boolean): string {
  return lines.join('\n') + (finalNewline ? '\n' : '');
}

/** A fresh folder in the OS temp dir, removed after the test. */
export function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A Node-style system error, as an injected fs throws it. */
export function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** The FileError `promise` rejects with, checked to be one line naming `path`. */
export async function fileErrorOf(promise: Promise<unknown>, path: string): Promise<FileError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileError);
  const fileError = error as FileError;
  expect(fileError.message).toContain(path);
  expect(fileError.message).not.toContain('\n');
  return fileError;
}
