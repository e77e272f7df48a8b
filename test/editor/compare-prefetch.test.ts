/**
 * Opening a draft starts its comparison before the editor has built the
 * view of it (renderer/src/app/ignore-settings prefetch): the review's own
 * compare of the same texts then gets that answer instead of running a
 * second comparison, and any other ask runs its own.
 */
import { describe, expect, test } from 'vitest';
import type { Suggestion } from '@galley/engine';
import type { GalleyApi } from '../../preload/api';
import { Ignoring } from '../../renderer/src/app/ignore-settings';

function counting(): { ignoring: Ignoring; runs: string[] } {
  const runs: string[] = [];
  const galley = { saveSettings: async () => {} } as unknown as GalleyApi;
  const ignoring = new Ignoring(galley, async (draft) => (runs.push(draft), [] as Suggestion[]), () => {});
  return { ignoring, runs };
}

describe('a comparison started ahead of its ask', () => {
  test('answers the first ask for the same texts, once', async () => {
    const { ignoring, runs } = counting();
    const draft = 'the draft';
    ignoring.prefetch(draft, 'the reference');
    await ignoring.compare(draft, 'the reference');
    expect(runs).toEqual([draft]);
    await ignoring.compare(draft, 'the reference');
    expect(runs).toEqual([draft, draft]);
  });

  test('is not the answer for other texts or other settings', async () => {
    const { ignoring, runs } = counting();
    ignoring.prefetch('one', 'ref');
    await ignoring.compare('two', 'ref');
    expect(runs).toEqual(['one', 'two']);
    ignoring.prefetch('three', 'ref');
    ignoring.set({ ignore: ['case'], typographyEqual: false, rules: [] });
    await ignoring.compare('three', 'ref');
    expect(runs).toEqual(['one', 'two', 'three', 'three']);
  });
});
