/** The .galley format: written relative to the file, read back exactly; anything malformed or hostile refused with one clause. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReviewSnapshot } from '../../preload/api';
import { contentHash, parseReview, ReviewFileError, serialiseReview, type ReviewFile } from '../../main/review-file/review-format';
import { FileReviewStore } from '../../main/review-file/review-store';
import { isReviewPath, offerOf, ReviewFiles, reviewPathFor } from '../../main/review-file/review-files';
import type { Dialogs } from '../../main/session/ports';

const snapshot: ReviewSnapshot = {
  text: 'The harbour opened at first light.\n',
  decisions: [{ key: 'a1.b2', decision: 'accepted', at: '2026-11-29T10:00:00.000Z', draft: 'Teh', reference: 'The', before: '', after: ' harbour' }],
  edits: [{ before: 'dawn', after: 'first light', contextBefore: 'opened at ', contextAfter: '.\n' }],
  rules: [{ draft: '“', reference: '"' }],
  progress: { decided: 1, total: 3 },
};

function fileIn(folder: string): ReviewFile {
  return {
    draft: { path: join(folder, 'notes.txt'), sha256: contentHash('Teh harbour opened at dawn.\n') },
    reference: { path: join(folder, 'refs', 'notes.ref.txt'), sha256: contentHash('The harbour opened at dawn.\n') },
    savedAt: '2026-11-29T10:05:00.000Z',
    review: snapshot,
  };
}

describe('the .galley format', () => {
  it('names the documents relative to the file and reads back what it wrote', () => {
    const text = serialiseReview(fileIn('/work/books'), '/work/books');
    const json = JSON.parse(text);
    expect(json).toMatchObject({ galley: 'galley-review', version: 1, draft: { path: 'notes.txt' }, reference: { path: 'refs/notes.ref.txt' } });
    // Copied with its folder to another machine: the paths resolve there.
    expect(parseReview(text, '/home/ed/books')).toEqual(fileIn('/home/ed/books'));
  });

  const refused: Array<[string, (json: Record<string, any>) => unknown, RegExp]> = [
    ['not JSON', () => '{"galley": ', /not JSON/],
    ['another JSON file', () => ({ name: 'package' }), /not a Galley review/],
    ['a newer version', (j) => ({ ...j, version: 2 }), /version 2 review; this Galley reads version 1/],
    ['an absolute path', (j) => ({ ...j, draft: { ...j.draft, path: '/etc/passwd' } }), /relative to the review file/],
    ['a Windows drive path', (j) => ({ ...j, reference: { ...j.reference, path: 'C:\\secret.txt' } }), /relative to the review file/],
    ['a NUL in a path', (j) => ({ ...j, draft: { ...j.draft, path: 'a\u0000b' } }), /relative/],
    ['a bad hash', (j) => ({ ...j, draft: { ...j.draft, sha256: 'abc' } }), /SHA-256/],
    ['a decision of a third kind', (j) => ({ ...j, decisions: [{ ...j.decisions[0], decision: 'maybe' }] }), /decision 1 is neither/],
    ['a time that is not one', (j) => ({ ...j, decisions: [{ ...j.decisions[0], at: 'yesterday' }] }), /decision 1's "at" is not an ISO 8601 time/],
    ['text that is not text', (j) => ({ ...j, text: 42 }), /"text" is not text/],
    ['an edit without context', (j) => ({ ...j, edits: [{ before: 'a', after: 'b' }] }), /edit 1's "contextBefore" is not text/],
    ['more decided than suggestions', (j) => ({ ...j, progress: { decided: 5, total: 3 } }), /more decided/],
    ['a negative count', (j) => ({ ...j, progress: { decided: -1, total: 3 } }), /not a count/],
    ['a prototype key', () => JSON.parse('{"__proto__": {"galley": "galley-review"}}'), /not a Galley review/],
  ];
  for (const [what, change, message] of refused) {
    it(`refuses ${what} with one clause`, () => {
      const json = JSON.parse(serialiseReview(fileIn('/b'), '/b'));
      const changed = change(json);
      const text = typeof changed === 'string' ? changed : JSON.stringify(changed);
      expect(() => parseReview(text, '/b')).toThrow(ReviewFileError);
      expect(() => parseReview(text, '/b')).toThrow(message);
    });
  }
});

describe('reviews on disk', () => {
  const folder = mkdtempSync(join(tmpdir(), 'galley-reviews-'));
  const pair = {
    draft: { path: join(folder, 'notes.txt'), text: 'Teh harbour opened at dawn.\n' },
    reference: { path: join(folder, 'refs', 'notes.ref.txt'), text: 'The harbour opened at dawn.\n' },
  };
  const chosen: string[] = [];
  const dialogs = { chooseSavePath: async (suggested: string) => (chosen.push(suggested), join(folder, 'out', 'mine.galley')) } as unknown as Dialogs;

  it('keeps a review per pair, says which document changed since, and forgets it', async () => {
    const files = new ReviewFiles(new FileReviewStore(join(folder, 'data')), dialogs, () => new Date('2026-11-29T11:00:00Z'));
    expect(await files.kept(pair)).toBeNull();
    await files.keep(pair, snapshot);
    expect(await files.kept(pair)).toEqual({ snapshot, changed: { draft: false, reference: false }, savedAt: '2026-11-29T11:00:00.000Z', file: null });
    const changed = { ...pair, draft: { ...pair.draft, text: 'Teh harbour opened at dawn today.\n' } };
    expect((await files.kept(changed))?.changed).toEqual({ draft: true, reference: false });
    // Another pair has its own review (none).
    expect(await files.kept({ ...pair, reference: { ...pair.reference, path: join(folder, 'other.txt') } })).toBeNull();
    await files.keep(pair, null);
    expect(await files.kept(pair)).toBeNull();
  });

  it('saves a .galley file where asked (NAME.galley beside the draft proposed) and reads it back; a bad one is named', async () => {
    const files = new ReviewFiles(new FileReviewStore(join(folder, 'data2')), dialogs);
    writeFileSync(join(folder, 'placeholder'), '');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(folder, 'out'), { recursive: true });
    expect(await files.saveAs(pair, snapshot)).toEqual({ ok: true, name: 'mine.galley', folder: join(folder, 'out') });
    expect(chosen).toEqual([join(folder, 'notes.galley')]);
    expect(JSON.parse(readFileSync(join(folder, 'out', 'mine.galley'), 'utf8')).draft.path).toBe('../notes.txt');
    const read = await files.read(join(folder, 'out', 'mine.galley'));
    expect(offerOf(read, pair, 'mine.galley')).toMatchObject({ snapshot, changed: { draft: false, reference: false }, file: 'mine.galley' });

    writeFileSync(join(folder, 'bad.galley'), '{"galley": "galley-review", "version": 1}');
    await expect(files.read(join(folder, 'bad.galley'))).rejects.toThrow(/^Cannot open bad\.galley: not a usable Galley review: "draft" is not an object\.$/);
    writeFileSync(join(folder, 'binary.galley'), Buffer.from([0, 1, 2, 3, 0xff]));
    await expect(files.read(join(folder, 'binary.galley'))).rejects.toThrow(/binary\.galley/);
  });

  it('knows a review file by its extension, and proposes NAME.galley', () => {
    expect(isReviewPath('/a/Notes.GALLEY')).toBe(true);
    expect(isReviewPath('/a/notes.txt')).toBe(false);
    expect(reviewPathFor('/a/notes.md')).toBe('/a/notes.galley');
  });
});
