import { describe, expect, test } from 'vitest';
import { renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile } from '../../main/files/read';
import { watchFile, type FileChange } from '../../main/files/watch';
import { writeTextFile } from '../../main/files/write';
import { tempFolder } from './files-helpers';

const DEBOUNCE = 40;
/** Long enough for the debounce and a stat on a busy 2-core machine. */
const SETTLE = 400;

const settle = (ms = SETTLE) => new Promise((r) => setTimeout(r, ms));

/** Waits until `changes` holds `count` reports (a loaded machine may take seconds), then a moment more to catch extra ones. */
async function reported(changes: FileChange[], count: number): Promise<void> {
  await expect.poll(() => changes.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
  await settle();
  expect(changes).toHaveLength(count);
}

/** A fresh file holding `v0`, as Galley opened it. */
async function openedFile() {
  const dir = tempFolder();
  const path = join(dir, 'draft.txt');
  writeFileSync(path, 'v0\n');
  const file = await readTextFile(path);
  return { dir, path, file, known: file.stamp };
}

/** A watcher recording what it reports. */
function watching(path: string, options: Parameters<typeof watchFile>[2] = {}) {
  const changes: FileChange[] = [];
  const watcher = watchFile(path, (change) => changes.push(change), { debounceMs: DEBOUNCE, ...options });
  return { changes, watcher };
}

describe('watchFile', () => {
  test('reports a change by another program once, however many steps it saves in', async () => {
    const { dir, path, known } = await openedFile();
    const { changes, watcher } = watching(path, { known });
    try {
      writeFileSync(path, '');
      writeFileSync(path, 'v1 from another editor\n');
      await reported(changes, 1);
      expect(changes[0]).toMatchObject({ kind: 'changed', stamp: { size: 23 } });
      // Another editor saving by rename (a new inode) is still seen.
      writeFileSync(join(dir, 'tmp'), 'v2, renamed into place\n');
      renameSync(join(dir, 'tmp'), path);
      await reported(changes, 2);
      expect(changes[1]).toMatchObject({ kind: 'changed', stamp: { size: 23 } });
    } finally {
      watcher();
    }
  });

  test("Galley's own saves are not reported", async () => {
    const { path, file, known } = await openedFile();
    const { changes, watcher } = watching(path, { known });
    try {
      const release = watcher.hold();
      const saved = await writeTextFile(path, 'v1 by Galley\n', file.format, { expected: file.stamp });
      await settle(DEBOUNCE * 2); // the folder event arrives while held
      release(saved);
      await settle();
      expect(changes).toEqual([]);
      // A failed save releases without a stamp; a real change then still shows.
      watcher.hold()();
      writeFileSync(path, 'v3 by someone else\n');
      await reported(changes, 1);
    } finally {
      watcher.close();
    }
  });

  test('another content under the same size and mtime (touch -r) is reported', async () => {
    const { path } = await openedFile();
    utimesSync(path, 1_700_000_000, 1_700_000_000);
    const { stamp } = await readTextFile(path);
    const { changes, watcher } = watching(path, { known: stamp });
    try {
      writeFileSync(path, 'v9\n');
      utimesSync(path, 1_700_000_000, 1_700_000_000);
      await reported(changes, 1);
      expect(changes[0]).toMatchObject({ kind: 'changed', stamp: { size: 3, mtimeMs: stamp.mtimeMs } });
    } finally {
      watcher();
    }
  });

  test('reports a deletion once, and the file coming back', async () => {
    const { path } = await openedFile();
    const { changes, watcher } = watching(path); // baseline taken from disk
    try {
      await settle(50);
      rmSync(path);
      await reported(changes, 1);
      expect(changes).toEqual([{ kind: 'deleted' }]);
      writeFileSync(path, 'back again\n');
      await reported(changes, 2);
      expect(changes.map((c) => c.kind)).toEqual(['deleted', 'changed']);
    } finally {
      watcher();
    }
  });

  test('polling finds the same changes where the folder cannot be watched', async () => {
    const { path } = await openedFile();
    const { changes, watcher } = watching(path, { pollMs: 30 });
    try {
      await settle(60);
      writeFileSync(path, 'v1, longer than before\n');
      await reported(changes, 1);
      watcher();
      writeFileSync(path, 'v2 after close\n');
      await settle();
      expect(changes).toHaveLength(1);
    } finally {
      watcher();
    }
  });
});
