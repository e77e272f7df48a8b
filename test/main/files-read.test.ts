import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { FileError } from '../../main/files/errors';
import { nodeFileSystem, type FileSystem } from '../../main/files/fs';
import { MAX_TEXT_FILE_BYTES, readTextFile } from '../../main/files/read';
import { fileErrorOf, systemError, tempFolder } from './files-helpers';

function refusal(path: string, fs?: FileSystem, maxBytes?: number): Promise<FileError> {
  return fileErrorOf(readTextFile(path, { fs, maxBytes }), path);
}

describe('readTextFile', () => {
  test('reads text, its format, mtime and size', async () => {
    const dir = tempFolder();
    const path = join(dir, 'draft.txt');
    writeFileSync(path, '\ufeffone\r\ntwo\r\n');
    const file = await readTextFile(path);
    expect(file.text).toBe('one\ntwo\n');
    expect(file.format).toEqual({ encoding: 'utf-8', bom: true, lineEnding: 'crlf', finalNewline: true });
    expect(file.stamp.size).toBe(13);
    expect(file.stamp.mtimeMs).toBe((await fsp.stat(path)).mtimeMs);
  });

  test('a 50 MB text opens', async () => {
    const dir = tempFolder();
    const path = join(dir, 'big.txt');
    const line = 'The quick brown fox jumps over the lazy dog — naïve café “quoted”.\n';
    const text = line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line)));
    writeFileSync(path, text);
    const file = await readTextFile(path);
    expect(file.stamp.size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(file.text.length).toBe(text.length);
    expect(file.format.encoding).toBe('utf-8');
  });

  test('a file beyond the size limit is refused before it is read', async () => {
    const dir = tempFolder();
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, MAX_TEXT_FILE_BYTES + 1); // sparse: costs no disk
    const error = await refusal(path);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/Galley opens text files up to 64 MB/);
    writeFileSync(path, 'x'.repeat(200));
    expect((await refusal(path, undefined, 100)).code).toBe('too-large');
  });

  test('a file that grows past the limit while being read is refused', async () => {
    const dir = tempFolder();
    const path = join(dir, 'growing.txt');
    writeFileSync(path, 'x'.repeat(50));
    const growing: FileSystem = {
      ...nodeFileSystem,
      open: async (...args: Parameters<typeof fsp.open>) => {
        const handle = await fsp.open(...args);
        writeFileSync(path, 'x'.repeat(500)); // grows after stat saw 50 bytes
        return handle;
      },
    } as FileSystem;
    expect((await refusal(path, growing, 100)).code).toBe('too-large');
  });

  test('binary files are refused: NUL bytes, images, executables, control characters', async () => {
    const dir = tempFolder();
    const cases: [string, Buffer, RegExp][] = [
      ['nul.txt', Buffer.from('text\0more text'), /binary file, not text \(it contains NUL bytes\)/],
      ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /a PNG image/],
      ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), /a JPEG image/],
      ['program', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), /an executable/],
      ['controls.txt', Buffer.from('a\x01\x02\x03\x04b\x05\x06\x07\x08'), /control characters/],
      // Too few NULs to be UTF-16 without a byte order mark (./files-encoding-hints.test.ts).
      ['utf16-short.txt', Buffer.from('hi', 'utf16le'), /NUL bytes/],
    ];
    for (const [name, bytes, reason] of cases) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const error = await refusal(path);
      expect(error.code).toBe('binary');
      expect(error.message).toMatch(reason);
    }
  });

  test('a file that does not decode is refused', async () => {
    const dir = tempFolder();
    const path = join(dir, 'broken.txt');
    writeFileSync(path, Buffer.from([0xfe, 0xff, 0xd8, 0x00, 0x00]));
    const error = await refusal(path);
    expect(error.code).toBe('undecodable');
    expect(error.message).toBe(`Cannot open ${path}: it starts with a UTF-16 BE byte order mark but is not valid UTF-16 BE.`);
  });

  test('a folder is refused', async () => {
    const dir = tempFolder();
    const error = await refusal(dir);
    expect(error.code).toBe('is-directory');
    expect(error.message).toBe(`Cannot open ${dir}: it is a folder, not a file.`);
  });

  test('a named pipe is refused without blocking', async () => {
    const dir = tempFolder();
    const path = join(dir, 'pipe');
    execFileSync('mkfifo', [path]);
    expect((await refusal(path)).message).toMatch(/not a regular file/);
  });

  test('a missing file, and one that vanishes between choosing and reading', async () => {
    const dir = tempFolder();
    const missing = await refusal(join(dir, 'nope.txt'));
    expect(missing.code).toBe('not-found');
    expect(missing.message).toMatch(/no such file \(it may have been moved or deleted\)/);

    const path = join(dir, 'going.txt');
    writeFileSync(path, 'here for now');
    const vanishing = {
      ...nodeFileSystem,
      stat: async (...args: Parameters<typeof fsp.stat>) => {
        const stat = await fsp.stat(...args);
        unlinkSync(path); // deleted right after Galley looked at it
        return stat;
      },
    } as FileSystem;
    expect((await refusal(path, vanishing)).code).toBe('not-found');
  });

  test('a file the system will not let Galley read (simulated: tests run as root)', async () => {
    const dir = tempFolder();
    const path = join(dir, 'secret.txt');
    writeFileSync(path, 'top secret');
    const denied: FileSystem = { ...nodeFileSystem, open: () => Promise.reject(systemError('EACCES')) };
    const error = await refusal(path, denied);
    expect(error.code).toBe('permission');
    expect(error.message).toBe(`Cannot open ${path}: permission denied.`);
  });

  test('an unexpected system error is still one line naming the file', async () => {
    const dir = tempFolder();
    mkdirSync(join(dir, 'sub'));
    const path = join(dir, 'sub', 'x.txt');
    writeFileSync(path, 'x');
    const failing: FileSystem = { ...nodeFileSystem, open: () => Promise.reject(systemError('EIO')) };
    const error = await refusal(path, failing);
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/the system reported EIO/);
  });
});
