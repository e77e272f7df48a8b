import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { STALE_TEMP_MS, TEMP_SUFFIX, temporaryName } from '../../main/files/atomic';
import type { FileError } from '../../main/files/errors';
import { nodeFileSystem, type FileSystem } from '../../main/files/fs';
import { readTextFile } from '../../main/files/read';
import { DEFAULT_TEXT_FORMAT, type TextFormat } from '../../main/files/text-format';
import { writeTextFile } from '../../main/files/write';
import { fileErrorOf, systemError, tempFolder } from './files-helpers';

const UTF8_CRLF: TextFormat = { encoding: 'utf-8', bom: true, lineEnding: 'crlf', finalNewline: true };

describe('writeTextFile', () => {
  test('writes the text in the given format and reports the new mtime', async () => {
    const dir = tempFolder();
    const path = join(dir, 'out.txt');
    const { mtimeMs, size } = await writeTextFile(path, 'one\ntwo', UTF8_CRLF);
    expect(readFileSync(path).toString('latin1')).toBe('\xef\xbb\xbfone\r\ntwo\r\n');
    expect(mtimeMs).toBe(statSync(path).mtimeMs);
    expect(size).toBe(13);
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  test("keeps the target's permissions, deliberately without setuid, setgid and sticky bits", async () => {
    const dir = tempFolder();
    const path = join(dir, 'private.txt');
    writeFileSync(path, 'old');
    for (const [before, after] of [[0o640, 0o640], [0o7754, 0o754]]) {
      chmodSync(path, before);
      await writeTextFile(path, 'new', DEFAULT_TEXT_FORMAT);
      expect(statSync(path).mode & 0o7777).toBe(after);
    }
    expect(readFileSync(path, 'utf8')).toBe('new\n');
  });

  test('saving through a symbolic link replaces the file it points to and keeps the link', async () => {
    const dir = tempFolder();
    const real = join(dir, 'real.txt');
    const link = join(dir, 'link.txt');
    writeFileSync(real, 'old\n');
    symlinkSync(real, link);
    await writeTextFile(link, 'new', DEFAULT_TEXT_FORMAT);
    expect(readFileSync(real, 'utf8')).toBe('new\n');
    expect((await fsp.lstat(link)).isSymbolicLink()).toBe(true);
  });

  test('a name near the 255-byte limit saves: the temporary name is short', async () => {
    const dir = tempFolder();
    const path = join(dir, `${'校'.repeat(80)}.txt`); // 244 bytes
    await writeTextFile(path, 'saved', DEFAULT_TEXT_FORMAT);
    expect(readFileSync(path, 'utf8')).toBe('saved\n');
    expect(readdirSync(dir)).toEqual([`${'校'.repeat(80)}.txt`]);
  });

  test('a pipe (or device) is refused, never replaced by a regular file', async () => {
    const dir = tempFolder();
    const path = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    const error = await fileErrorOf(writeTextFile(path, 'x', DEFAULT_TEXT_FORMAT), path);
    expect(error.code).toBe('not-regular');
    expect(error.message).toMatch(/not a regular file/);
    expect(statSync(path).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe.txt']);
  });

  test('a hard link is broken: the saved name gets the new file, the other keeps the old', async () => {
    const dir = tempFolder();
    const path = join(dir, 'draft.txt');
    writeFileSync(path, 'old\n');
    linkSync(path, join(dir, 'other-name.txt'));
    await writeTextFile(path, 'new', DEFAULT_TEXT_FORMAT);
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readFileSync(join(dir, 'other-name.txt'), 'utf8')).toBe('old\n');
  });

  test('a symbolic link to a missing file is refused, and stays a link', async () => {
    const dir = tempFolder();
    const link = join(dir, 'link.txt');
    symlinkSync(join(dir, 'gone.txt'), link);
    const error = await fileErrorOf(writeTextFile(link, 'x', DEFAULT_TEXT_FORMAT), link);
    expect(error.message).toMatch(/symbolic link to a file that does not exist/);
    expect((await fsp.lstat(link)).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir)).toEqual(['link.txt']);
  });

  test('a missing folder, a file where a folder should be, and a target that is a folder, are refused with the reason', async () => {
    const dir = tempFolder();
    const nowhere = join(dir, 'no', 'such.txt');
    const missing = await fileErrorOf(writeTextFile(nowhere, 'x', DEFAULT_TEXT_FORMAT), nowhere);
    expect(missing.code).toBe('not-found');
    expect(missing.message).toMatch(/^Cannot save .*such\.txt: the folder to save into does not exist\.$/);
    writeFileSync(join(dir, 'notes.txt'), 'kept');
    const underFile = join(dir, 'notes.txt', 'out.txt');
    const notFolder = await fileErrorOf(writeTextFile(underFile, 'x', DEFAULT_TEXT_FORMAT), underFile);
    expect(notFolder.message).toMatch(/^Cannot save .*out\.txt: a name in its path is a file, not a folder\.$/);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('kept');
    rmSync(join(dir, 'notes.txt'));
    mkdirSync(join(dir, 'folder.txt'));
    const folder = await fileErrorOf(writeTextFile(join(dir, 'folder.txt'), 'x', DEFAULT_TEXT_FORMAT), join(dir, 'folder.txt'));
    expect(folder.code).toBe('is-directory');
    expect(readdirSync(dir)).toEqual(['folder.txt']);
  });

  test('text the encoding cannot hold is refused before anything is written', async () => {
    const dir = tempFolder();
    const path = join(dir, 'latin1.txt');
    writeFileSync(path, Buffer.from('caf\xe9\n', 'latin1'));
    const file = await readTextFile(path);
    const error = await fileErrorOf(writeTextFile(path, 'café → 東京\n', file.format), path);
    expect(error.code).toBe('unencodable');
    expect(readFileSync(path).toString('latin1')).toBe('caf\xe9\n');
    expect(readdirSync(dir)).toEqual(['latin1.txt']);
  });
});

test('a temporary file left by a killed save is removed by the next save of that file, once stale', async () => {
  const dir = tempFolder();
  const path = join(dir, 'draft.txt');
  writeFileSync(path, 'v0\n');
  const stale = join(dir, temporaryName(path, '0123456789ab'));
  const fresh = join(dir, temporaryName(path, 'ba9876543210'));
  const unrelated = join(dir, temporaryName(join(dir, 'other.txt'), '0123456789ab'));
  for (const p of [stale, fresh, unrelated]) writeFileSync(p, 'half a save');
  const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
  utimesSync(stale, old, old);
  utimesSync(unrelated, old, old);
  await writeTextFile(path, 'v1\n', DEFAULT_TEXT_FORMAT);
  expect(readdirSync(dir).sort()).toEqual([fresh, unrelated, path].map((p) => p.slice(dir.length + 1)).sort());
});

describe('changed on disk', () => {
  test('a file changed since it was read is not overwritten unless asked', async () => {
    const dir = tempFolder();
    const path = join(dir, 'draft.txt');
    writeFileSync(path, 'original\n');
    const file = await readTextFile(path);
    // Someone else saves; make sure the mtime differs even on a coarse clock.
    writeFileSync(path, 'their version\n');
    utimesSync(path, new Date(), new Date(file.stamp.mtimeMs + 5000));

    const error = await fileErrorOf(writeTextFile(path, 'mine\n', file.format, { expected: file.stamp }), path);
    expect(error.code).toBe('changed-on-disk');
    expect(error.message).toBe(`Cannot save ${path}: the file was changed on disk since Galley opened it.`);
    expect(readFileSync(path, 'utf8')).toBe('their version\n');
    expect(readdirSync(dir)).toEqual(['draft.txt']);

    await writeTextFile(path, 'mine\n', file.format, { expected: file.stamp, overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('mine\n');
  });

  test('the mtime returned by a save is the one to expect next time', async () => {
    const dir = tempFolder();
    const path = join(dir, 'draft.txt');
    writeFileSync(path, 'v0\n');
    const file = await readTextFile(path);
    const first = await writeTextFile(path, 'v1\n', file.format, { expected: file.stamp });
    const second = await writeTextFile(path, 'v2\n', file.format, { expected: first });
    expect(readFileSync(path, 'utf8')).toBe('v2\n');
    await expect(writeTextFile(path, 'v3\n', file.format, { expected: file.stamp })).rejects.toMatchObject({ code: 'changed-on-disk' });
    expect(second.mtimeMs).toBe(statSync(path).mtimeMs);
  });

  test('another content under the same size and mtime (touch -r) is a change; a chmod is not', async () => {
    const dir = tempFolder();
    const path = join(dir, 'draft.txt');
    const sameTime = (content: string) => {
      writeFileSync(path, content);
      utimesSync(path, 1_700_000_000, 1_700_000_000); // as `touch -r` leaves it
    };
    sameTime('ours\n');
    const file = await readTextFile(path);
    chmodSync(path, 0o640);
    await writeTextFile(path, 'mine\n', file.format, { expected: file.stamp });
    expect(readFileSync(path, 'utf8')).toBe('mine\n');

    sameTime('ours\n');
    const again = await readTextFile(path);
    sameTime('them\n');
    expect(statSync(path).mtimeMs).toBe(again.stamp.mtimeMs);
    const error = await fileErrorOf(writeTextFile(path, 'mine again\n', file.format, { expected: again.stamp }), path);
    expect(error.code).toBe('changed-on-disk');
    expect(readFileSync(path, 'utf8')).toBe('them\n');
  });

  test('a file deleted since it was read is written again (nothing to lose)', async () => {
    const dir = tempFolder();
    const path = join(dir, 'draft.txt');
    writeFileSync(path, 'v0\n');
    const file = await readTextFile(path);
    rmSync(path);
    await writeTextFile(path, 'v1\n', file.format, { expected: file.stamp });
    expect(readFileSync(path, 'utf8')).toBe('v1\n');
  });
});

/** The step of a save an injected error hits. */
type Step = 'open-temp' | 'write' | 'sync' | 'rename' | 'chmod';

/**
 * The real file system, except that `step` fails with `code`. A failing
 * write first writes half of what it was given, as a disk filling up does.
 */
function failAt(step: Step, code: string): FileSystem {
  const isTemp = (path: unknown) => String(path).endsWith(TEMP_SUFFIX);
  return {
    ...nodeFileSystem,
    open: (async (path: Parameters<typeof fsp.open>[0], flags?: string, mode?: number) => {
      if (!isTemp(path)) return fsp.open(path, flags, mode);
      if (step === 'open-temp') throw systemError(code);
      const handle = await fsp.open(path, flags, mode);
      let writes = 0;
      return new Proxy(handle, {
        get(target, prop) {
          if (prop === 'write' && step === 'write') {
            return async (buffer: Uint8Array, offset: number, length: number, position: number) => {
              if (writes++ > 0) throw systemError(code);
              return target.write(buffer, offset, Math.max(1, length >> 1), position);
            };
          }
          if (prop === 'sync' && step === 'sync') return () => Promise.reject(systemError(code));
          const value = Reflect.get(target, prop, target) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    }) as FileSystem['open'],
    rename: (from, to) => (step === 'rename' ? Promise.reject(systemError(code)) : fsp.rename(from, to)),
    chmod: (path, mode) => (step === 'chmod' ? Promise.reject(systemError(code)) : fsp.chmod(path, mode)),
  };
}

describe('a failed save leaves the target whole and no temporary file', () => {
  const cases: { code: string; step: Step; kind: FileError['code']; reason: RegExp }[] = [
    { code: 'ENOSPC', step: 'write', kind: 'no-space', reason: /not enough disk space/ },
    { code: 'ENOSPC', step: 'sync', kind: 'no-space', reason: /not enough disk space/ },
    { code: 'EDQUOT', step: 'write', kind: 'no-space', reason: /not enough disk space/ },
    { code: 'EACCES', step: 'open-temp', kind: 'permission', reason: /permission denied \(no write access\)/ },
    { code: 'EPERM', step: 'chmod', kind: 'permission', reason: /permission denied/ },
    { code: 'EROFS', step: 'open-temp', kind: 'read-only', reason: /the disk or folder is read-only/ },
    { code: 'EISDIR', step: 'rename', kind: 'is-directory', reason: /it is a folder, not a file/ },
    { code: 'EIO', step: 'sync', kind: 'io', reason: /the system reported EIO/ },
  ];
  for (const { code, step, kind, reason } of cases) {
    test(`${code} at ${step}`, async () => {
      const dir = tempFolder();
      const path = join(dir, 'draft.txt');
      const original = Buffer.from('the only copy of hours of work\r\n'.repeat(1000));
      writeFileSync(path, original);
      const file = await readTextFile(path);
      const edited = file.text.replaceAll('hours', 'days');
      const error = await fileErrorOf(writeTextFile(path, edited, file.format, { expected: file.stamp, fs: failAt(step, code) }), path);
      expect(error.code).toBe(kind);
      expect(error.path).toBe(path);
      expect(error.message).toMatch(new RegExp(`^Cannot save ${path}: ${reason.source}`));
      expect(readFileSync(path).equals(original)).toBe(true);
      expect(readdirSync(dir)).toEqual(['draft.txt']);
      // The same save succeeds once the fault is gone: nothing was left half done.
      await writeTextFile(path, edited, file.format, { expected: file.stamp });
      expect(readFileSync(path, 'utf8')).toBe(edited.replaceAll('\n', '\r\n'));
    });
  }
});
