import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLikelyReference, isReferenceName, orderPair } from '../../main/session/find-reference';
import { cleanedPathFor } from '../../main/session/review-session';
import { parseStartupArgs } from '../../main/session/startup-args';

describe('startup arguments', () => {
  it('takes a draft and --reference, resolving relative paths, ignoring Chromium switches', () => {
    expect(parseStartupArgs(['--no-sandbox', 'a.txt', '--reference', 'b.txt'], '/work')).toEqual({
      draft: '/work/a.txt',
      reference: '/work/b.txt',
    });
    expect(parseStartupArgs(['--reference=/x/r.txt'], '/work')).toEqual({ draft: null, reference: '/x/r.txt' });
    expect(parseStartupArgs([], '/work')).toEqual({ draft: null, reference: null });
  });

  it('parses as node:util parseArgs does: `--` ends the switches, a bare --reference names nothing', () => {
    expect(parseStartupArgs(['--', '-draft.txt'], '/work')).toEqual({ draft: '/work/-draft.txt', reference: null });
    expect(parseStartupArgs(['a.txt', '--reference'], '/work')).toEqual({ draft: '/work/a.txt', reference: null });
    expect(parseStartupArgs(['--enable-features=X', '--reference=r.txt', 'd.txt'], '/work')).toEqual({ draft: '/work/d.txt', reference: '/work/r.txt' });
  });
});

describe('finding a likely reference', () => {
  it('recognises reference names', () => {
    expect(isReferenceName('/a/story.reference.txt')).toBe(true);
    expect(isReferenceName('/a/story.ORIG.md')).toBe(true);
    expect(isReferenceName('/a/story.txt')).toBe(false);
    expect(isReferenceName('/a/reference.txt')).toBe(false);
  });

  it('finds story.ref.txt beside story.txt, and nothing when there is none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-ref-'));
    writeFileSync(join(dir, 'story.txt'), 'draft');
    expect(await findLikelyReference(join(dir, 'story.txt'))).toBeNull();
    writeFileSync(join(dir, 'story.ref.txt'), 'reference');
    writeFileSync(join(dir, 'story.orig.txt'), 'older reference');
    expect(await findLikelyReference(join(dir, 'story.txt'))).toBe(join(dir, 'story.ref.txt'));
    expect(await findLikelyReference(join(dir, 'story.ref.txt'))).toBeNull();
  });

  it('orders a dropped pair by the reference marker, else by drop order', () => {
    expect(orderPair('/a/x.ref.txt', '/a/x.txt')).toEqual({ draft: '/a/x.txt', reference: '/a/x.ref.txt' });
    expect(orderPair('/a/one.txt', '/a/two.txt')).toEqual({ draft: '/a/one.txt', reference: '/a/two.txt' });
  });

  it('proposes NAME.cleaned.EXT beside the draft', () => {
    expect(cleanedPathFor('/docs/story.txt')).toBe('/docs/story.cleaned.txt');
    expect(cleanedPathFor('/docs/README')).toBe('/docs/README.cleaned');
  });
});
