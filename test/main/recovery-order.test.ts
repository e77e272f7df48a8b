/**
 * The recovery copy left on disk is the last one asked for, even when the
 * writes overlap: one window's store and another's (the window restoring a
 * crashed window's copy; the browser harness makes one store per window)
 * must not let a slow older write land after a newer write or a discard.
 *
 * Each test holds an older write's rename back until the competing operation
 * has finished (an unordered store) or, for a store that orders them and so
 * never starts the competing operation, until a fallback delay has passed.
 */
import { describe, expect, test } from 'vitest';
import * as fsp from 'node:fs/promises';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecoveryPatch } from '../../preload/api';
import { watchFile } from '../../main/files/watch';
import { nodeFileSystem, type FileSystem } from '../../main/files/fs';
import { FileRecoveryStore } from '../../main/recovery';
import type { Dialogs, RecoveryEntry } from '../../main/session/ports';
import { ReviewSession } from '../../main/session/review-session';
import { FileRejectionsStore } from '../../main/settings/rejections-store';
import { FileSettingsStore } from '../../main/settings/settings-store';
import { FileReviewStore } from '../../main/review-file/review-store';
import { tempFolder } from './files-helpers';

const ID = '3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d';

/** Long enough that an unordered store has finished its competing operation; an ordered one only waits this once. */
const FALLBACK_MS = 400;

function entry(text: string, savedAt: number): RecoveryEntry {
  return { draftPath: '/docs/draft.txt', referencePath: null, snapshot: { text, review: null }, savedAt };
}

/** Resolves after `ms`, or when `signal` does. */
function firstOf(signal: Promise<void>, ms: number): Promise<void> {
  return Promise.race([signal, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

/** A signal to resolve by hand. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A file system whose renames wait for `gate` (or the fallback) before going ahead. */
function heldRenames(gate: Promise<void>): FileSystem {
  return {
    ...nodeFileSystem,
    rename: async (from, to) => {
      await firstOf(gate, FALLBACK_MS);
      return fsp.rename(from, to);
    },
  };
}

/** A file system that resolves `done` after each rename or unlink it makes. */
function reporting(done: () => void): FileSystem {
  return {
    ...nodeFileSystem,
    rename: async (from, to) => {
      await fsp.rename(from, to);
      done();
    },
    unlink: async (path) => {
      await fsp.unlink(path);
      done();
    },
  };
}

describe('overlapping writes of one recovery copy', () => {
  test('a newer copy written by another store is not overwritten by a slow older one', async () => {
    const folder = join(tempFolder(), 'recovery');
    const newerLanded = signal();
    const crashed = new FileRecoveryStore(folder, { fs: heldRenames(newerLanded.promise) });
    const restoring = new FileRecoveryStore(folder, { fs: reporting(newerLanded.resolve) });

    const older = crashed.keep(ID, entry('older, partial', 1));
    const newer = restoring.keep(ID, entry('newer, whole', 2));
    await Promise.all([older, newer]);
    expect((await restoring.load(ID))?.snapshot.text).toBe('newer, whole');
    expect((await crashed.load(ID))?.snapshot.text).toBe('newer, whole');
  });

  test('a discard by another store is not undone by a slow write asked for before it', async () => {
    const folder = join(tempFolder(), 'recovery');
    await new FileRecoveryStore(folder).keep(ID, entry('first', 1));
    const discarded = signal();
    const crashed = new FileRecoveryStore(folder, { fs: heldRenames(discarded.promise) });
    const restoring = new FileRecoveryStore(folder, { fs: reporting(discarded.resolve) });

    const write = crashed.keep(ID, entry('second', 2));
    const discard = restoring.discard(ID);
    await Promise.all([write, discard]);
    expect(existsSync(join(folder, `${ID}.json`)), 'the copy discarded last stays gone').toBe(false);
    expect(await restoring.pending()).toEqual([]);
  });

  test('another store reading the copy waits for a write asked for before the read', async () => {
    const folder = join(tempFolder(), 'recovery');
    await new FileRecoveryStore(folder).keep(ID, entry('before', 1));
    const never = new Promise<void>(() => {});
    const writing = new FileRecoveryStore(folder, { fs: heldRenames(never) });
    const reading = new FileRecoveryStore(folder);

    const write = writing.keep(ID, entry('after', 2));
    expect((await reading.load(ID))?.snapshot.text).toBe('after');
    expect((await reading.pending()).map((copy) => copy.entry.snapshot.text)).toEqual(['after']);
    await write;
  });

  test('many overlapping writes from two stores leave the last one asked for', async () => {
    const folder = join(tempFolder(), 'recovery');
    // Every other write is slow: an unordered store would finish them out of order.
    let count = 0;
    const jittery: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        if (count++ % 2 === 0) await new Promise((resolve) => setTimeout(resolve, 30));
        return fsp.rename(from, to);
      },
    };
    const stores = [new FileRecoveryStore(folder, { fs: jittery }), new FileRecoveryStore(folder)];
    const writes = Array.from({ length: 8 }, (_, index) => stores[index % 2]!.keep(ID, entry(`copy ${index}`, index)));
    await Promise.all(writes);
    expect((await stores[0]!.load(ID))?.snapshot.text).toBe('copy 7');
  });
});

/** A window's session on `draft` whose recovery copies go through `fs`, as main/index.ts wires one (no dialog is ever shown). */
function sessionOn(dir: string, draft: string, fs: FileSystem): ReviewSession {
  const refuse = () => Promise.reject(new Error('no dialog expected'));
  const dialogs: Dialogs = { chooseFile: refuse, chooseSavePath: refuse, askUnsaved: refuse, askChangedOnDisk: refuse, askSaveAsUtf8: refuse };
  return new ReviewSession({
    dialogs,
    window: { setTitle: () => {}, send: () => {}, close: () => {} },
    recovery: new FileRecoveryStore(join(dir, 'recovery'), { fs }),
    settings: new FileSettingsStore(join(dir, 'settings.json')),
    reviews: new FileReviewStore(join(dir, 'reviews')),
    rejections: new FileRejectionsStore(join(dir, 'rejections.json')),
    watch: watchFile,
    startup: { draft, reference: null, demo: false },
  });
}

describe('a window typing with slow recovery writes, then crashing', () => {
  test('the window restoring its copy gets the last text typed, whatever order the writes finish in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-order-'));
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, 'One.\nTwo.\n');
    // The first write is the slowest, the next ones slower than the last: unordered, they would land in reverse.
    let writes = 0;
    const slowing: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        const index = writes++;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 90 - 30 * index)));
        return fsp.rename(from, to);
      },
    };
    const typing = sessionOn(dir, draft, slowing);
    await typing.startup();
    typing.setEdited(true);
    // What the renderer sends while typing, each without waiting for the last (the throttle does not wait either).
    const patch = (seq: number, base: number | null, from: number, to: number, lines: string[]): RecoveryPatch => ({ seq, base, from, to, lines, review: null, decided: false });
    const sent = [
      typing.keepRecovery(patch(1, null, 0, 0, ['One. a', 'Two.', ''])),
      typing.keepRecovery(patch(2, 1, 0, 1, ['One. ab'])),
      typing.keepRecovery(patch(3, 2, 1, 2, ['Two. c'])),
      typing.keepRecovery(patch(4, 3, 0, 1, ['One. abd'])),
    ];
    // The window dies with its writes still under way; the next one (its own store) looks for its copy at once.
    typing.abandon();
    const next = sessionOn(dir, draft, nodeFileSystem);
    const state = await next.startup();
    expect(state.recoveries).toHaveLength(1);
    const restored = await next.restoreRecovery(state.recoveries[0]!.id);
    expect(restored?.snapshot.text).toBe('One. abd\nTwo. c\n');
    expect(await Promise.all(sent), 'every patch applied on the copy it was made against').toEqual([true, true, true, true]);
    expect(await new FileRecoveryStore(join(dir, 'recovery')).pending(), 'the restored copy does not come back as an orphan').toEqual([]);
  });
});
