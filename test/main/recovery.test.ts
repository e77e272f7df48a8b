import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { FileError } from '../../main/files/errors';
import { nodeFileSystem, type FileSystem } from '../../main/files/fs';
import { FileRecoveryStore, isRecoveryId } from '../../main/recovery';
import type { RecoveryEntry } from '../../main/session/ports';
import { systemError, tempFolder } from './files-helpers';

function entry(text: string, savedAt: number, review: unknown = { accepted: ['a'], rejected: [] }): RecoveryEntry {
  return { draftPath: '/docs/draft.txt', referencePath: '/docs/reference.txt', snapshot: { text, review }, savedAt };
}

const ID = '6f1c2a7e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';
const OTHER = '0b9d8c7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e';

describe('FileRecoveryStore', () => {
  test('keeps, lists newest first, loads and discards copies', async () => {
    const store = new FileRecoveryStore(join(tempFolder(), 'recovery'));
    expect(await store.pending()).toEqual([]); // the folder does not exist yet
    await store.keep(ID, entry('first draft', 1000));
    await store.keep(OTHER, entry('other draft', 3000, null));
    await store.keep(ID, entry('second draft — “edited” 👋', 2000));
    const pending = await store.pending();
    expect(pending.map((p) => p.id)).toEqual([OTHER, ID]);
    expect(await store.load(ID)).toEqual(entry('second draft — “edited” 👋', 2000));
    expect((await store.load(OTHER))?.snapshot.review).toBeNull();
    await store.discard(ID);
    expect(await store.load(ID)).toBeNull();
    expect((await store.pending()).map((p) => p.id)).toEqual([OTHER]);
    await store.discard(ID); // already gone: fine
  });

  test('copies are private to the user and written without temporary files left over', async () => {
    const folder = join(tempFolder(), 'recovery');
    const store = new FileRecoveryStore(folder);
    await store.keep(ID, entry('secret manuscript', 1));
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, `${ID}.json`)).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual([`${ID}.json`]);
  });

  test('a crash while replacing a copy leaves the previous copy', async () => {
    const folder = join(tempFolder(), 'recovery');
    await new FileRecoveryStore(folder).keep(ID, entry('good copy', 1));
    const crashing: FileSystem = { ...nodeFileSystem, rename: () => Promise.reject(systemError('ENOSPC')) };
    const store = new FileRecoveryStore(folder, { fs: crashing });
    await expect(store.keep(ID, entry('newer copy', 2))).rejects.toBeInstanceOf(FileError);
    expect((await store.load(ID))?.snapshot.text).toBe('good copy');
    expect(readdirSync(folder)).toEqual([`${ID}.json`]);
  });

  test('writes for one id land in the order they were asked for, and a discard after them wins', async () => {
    const folder = join(tempFolder(), 'recovery');
    // Make the first write slow, so an unordered store would let it land last.
    let first = true;
    const slow: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        if (first) {
          first = false;
          await new Promise((r) => setTimeout(r, 50));
        }
        return fsp.rename(from, to);
      },
    };
    const store = new FileRecoveryStore(folder, { fs: slow });
    const writes = [store.keep(ID, entry('v1', 1)), store.keep(ID, entry('v2', 2)), store.keep(ID, entry('v3', 3))];
    await Promise.all(writes);
    expect((await store.load(ID))?.snapshot.text).toBe('v3');
    void store.keep(ID, entry('v4', 4));
    await store.discard(ID);
    expect(await store.load(ID)).toBeNull();
  });

  test('damaged, foreign and other-version files are skipped, not trusted', async () => {
    const folder = join(tempFolder(), 'recovery');
    const store = new FileRecoveryStore(folder);
    await store.keep(ID, entry('fine', 5));
    writeFileSync(join(folder, `${OTHER}.json`), '{"version":1,"draftPath":"/x"'); // truncated by hand
    writeFileSync(join(folder, 'aaaa.json'), JSON.stringify({ version: 99, ...entry('future', 9) }));
    writeFileSync(join(folder, 'bbbb.json'), JSON.stringify({ version: 1, ...entry('bad', 9), snapshot: { text: 42 } }));
    writeFileSync(join(folder, 'notes.txt'), 'not a copy');
    expect((await store.pending()).map((p) => p.id)).toEqual([ID]);
  });

  test('a claimed copy (a live window’s) is never pending; a released one is', async () => {
    const folder = join(tempFolder(), 'recovery');
    const store = new FileRecoveryStore(folder);
    await store.keep(ID, entry('live', 1));
    expect(store.claim(ID)).toBe(true);
    // Another store on the same folder (another window) sees the claim too.
    const other = new FileRecoveryStore(folder);
    expect(await other.pending()).toEqual([]);
    expect(other.claim(ID)).toBe(false);
    store.release(ID);
    expect((await other.pending()).map((p) => p.id)).toEqual([ID]);
  });

  test('a copy written by another Galley still running is left alone; one whose process died is offered', async () => {
    const folder = join(tempFolder(), 'recovery');
    const store = new FileRecoveryStore(folder);
    await store.keep(ID, entry('x', 1));
    const stored = JSON.parse(readFileSync(join(folder, `${ID}.json`), 'utf8'));
    expect(stored.pid).toBe(process.pid);
    writeFileSync(join(folder, `${ID}.json`), JSON.stringify({ ...stored, pid: 1 })); // init: always running, never us
    expect(await store.pending()).toEqual([]);
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(folder, `${ID}.json`), JSON.stringify({ ...stored, pid: dead }));
    expect((await store.pending()).map((p) => p.id)).toEqual([ID]);
  });

  test('ids that could name other paths are refused', async () => {
    const store = new FileRecoveryStore(join(tempFolder(), 'recovery'));
    for (const id of ['../escape', '/etc/passwd', '', 'a'.repeat(65), 'a/b', 'x.json']) {
      expect(isRecoveryId(id)).toBe(false);
      expect(await store.load(id)).toBeNull();
      await store.discard(id); // a no-op, never an unlink outside the folder
    }
    await expect(store.keep('../escape', entry('x', 1))).rejects.toThrow(TypeError);
  });
});
