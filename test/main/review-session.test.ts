/**
 * The review session on real temp files, with stand-in dialogs and window:
 * the main-process half of opening, saving, closing and recovering.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { EVENTS, type RecoverySnapshot } from '../../preload/api';
import { watchFile } from '../../main/files/watch';
import { storesIn } from '../../main/session/data-folder';
import type { Dialogs } from '../../main/session/ports';
import { ReviewSession } from '../../main/session/review-session';

interface Harness {
  session: ReviewSession;
  dir: string;
  answers: {
    file: string | null;
    save: string | null;
    unsaved: 'save' | 'discard' | 'cancel';
    changed: 'overwrite' | 'save-as' | 'cancel';
    /** undefined: the window has no such dialog. */
    utf8?: 'utf-8' | 'cancel';
  };
  shown: string[];
  sent: Array<[string, unknown]>;
  title: () => string;
  closed: () => boolean;
}

function makeSession(dir: string, draft: string | null, reference: string | null = null): Harness {
  const answers: Harness['answers'] = { file: null, save: null, unsaved: 'cancel', changed: 'cancel' };
  const shown: string[] = [];
  const sent: Array<[string, unknown]> = [];
  let title = '';
  let closed = false;
  const dialogs: Dialogs = {
    chooseFile: async (role) => (shown.push(`open-${role}`), answers.file),
    chooseSavePath: async (suggested) => (shown.push(`save:${suggested}`), answers.save),
    askUnsaved: async (name) => (shown.push(`unsaved:${name}`), answers.unsaved),
    askChangedOnDisk: async (name) => (shown.push(`changed:${name}`), answers.changed),
    askSaveAsUtf8: async (name) => (shown.push(`utf8:${name}`), answers.utf8 as 'utf-8' | 'cancel'),
  };
  const session = new ReviewSession({
    dialogs,
    window: { setTitle: (t) => void (title = t), send: (c, v) => void sent.push([c, v]), close: () => void (closed = true) },
    ...storesIn(dir),
    watch: watchFile,
    startup: { draft, reference, demo: false },
  });
  return { session, dir, answers, shown, sent, title: () => title, closed: () => closed };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'galley-session-'));
});

/** A window on `name` (holding `content`) with unsaved work `edited`, kept as its recovery copy. */
async function editing(name: string, content: string, edited: RecoverySnapshot): Promise<Harness> {
  writeFileSync(join(dir, name), content);
  const h = makeSession(dir, join(dir, name));
  await h.session.startup();
  h.session.setEdited(true);
  await h.session.keepRecovery(edited);
  return h;
}

/** As `editing`, and then the window dies: no dispose, no clean close. */
async function crashedWith(name: string, content: string, edited: RecoverySnapshot): Promise<void> {
  (await editing(name, content, edited)).session.abandon();
}

/** Writes `files` into the test folder and starts a session on `draftName`. */
async function started(files: Record<string, string>, draftName: string): Promise<Harness & { handle: string }> {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const h = makeSession(dir, join(dir, draftName));
  const { draft } = await h.session.startup();
  return { ...h, handle: draft!.handle };
}

describe('opening', () => {
  it('opens the named draft, offers its likely reference and titles the window', async () => {
    writeFileSync(join(dir, 'story.txt'), 'Teh draft.\n');
    writeFileSync(join(dir, 'story.ref.txt'), 'The draft.\n');
    const h = makeSession(dir, join(dir, 'story.txt'));
    const state = await h.session.startup();
    expect(state.draft?.text).toBe('Teh draft.\n');
    expect(state.reference).toBeNull();
    expect(state.suggestedReference?.name).toBe('story.ref.txt');
    expect(state.error).toBeNull();
    expect(h.title()).toBe('story.txt — Galley');
    await h.session.dispose();
  });

  it('reports a file it cannot open, naming it, and keeps going', async () => {
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const h = makeSession(dir, join(dir, 'image.txt'));
    const state = await h.session.startup();
    expect(state.draft).toBeNull();
    expect(state.error).toContain('image.txt');
    h.answers.file = join(dir, 'missing.txt');
    const result = await h.session.openDraft();
    expect(result.ok).toBe(false);
    expect(!result.ok && !result.cancelled && result.error).toContain('missing.txt');
  });
});

describe('saving the cleaned copy', () => {
  it('asks once, proposing NAME.cleaned.EXT, and keeps the draft’s BOM and CRLF', async () => {
    const draftPath = join(dir, 'story.txt');
    const original = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Teh one.\r\nTwo.\r\n')]);
    writeFileSync(draftPath, original);
    const h = makeSession(dir, draftPath);
    const { draft } = await h.session.startup();
    h.answers.save = join(dir, 'story.cleaned.txt');
    h.session.setEdited(true);
    expect(h.title()).toBe('● story.txt — Galley');

    const first = await h.session.save({ draft: draft!.handle, text: 'The one.\nTwo.\n', saveAs: false });
    expect(first).toEqual({ ok: true, name: 'story.cleaned.txt', folder: dir });
    expect(h.shown).toEqual([`save:${join(dir, 'story.cleaned.txt')}`]);
    expect(readFileSync(join(dir, 'story.cleaned.txt'))).toEqual(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('The one.\r\nTwo.\r\n')]),
    );
    expect(readFileSync(draftPath)).toEqual(original);
    // From now on the review is about the cleaned copy: the title and the close prompt name it.
    expect(h.title()).toBe('story.cleaned.txt — Galley');
    h.session.setEdited(true);
    expect(h.title()).toBe('● story.cleaned.txt — Galley');
    expect(await h.session.requestClose()).toBe(false);
    expect(h.shown.at(-1)).toBe('unsaved:story.cleaned.txt');

    await h.session.save({ draft: draft!.handle, text: 'The one.\nTwo!\n', saveAs: false });
    expect(h.shown).toHaveLength(2);
    expect(readFileSync(join(dir, 'story.cleaned.txt'), 'latin1')).toContain('Two!\r\n');
    await h.session.dispose();
  });

  it('asks before overwriting a copy that changed on disk, and honours each answer', async () => {
    const draftPath = join(dir, 'story.txt');
    const target = join(dir, 'story.cleaned.txt');
    writeFileSync(draftPath, 'one\n');
    const h = makeSession(dir, draftPath);
    const { draft } = await h.session.startup();
    h.answers.save = target;
    await h.session.save({ draft: draft!.handle, text: 'one\n', saveAs: false });

    writeFileSync(target, 'someone else\n');
    utimesSync(target, new Date(), new Date(Date.now() + 5000));
    h.answers.changed = 'cancel';
    expect(await h.session.save({ draft: draft!.handle, text: 'mine\n', saveAs: false })).toEqual({ ok: false, cancelled: true });
    expect(readFileSync(target, 'utf8')).toBe('someone else\n');

    h.answers.changed = 'save-as';
    h.answers.save = join(dir, 'elsewhere.txt');
    expect((await h.session.save({ draft: draft!.handle, text: 'mine\n', saveAs: false })).ok).toBe(true);
    expect(readFileSync(join(dir, 'elsewhere.txt'), 'utf8')).toBe('mine\n');
    expect(readFileSync(target, 'utf8')).toBe('someone else\n');
    await h.session.dispose();
  });

  it('Save As checks the chosen file too: the open draft changed by someone else is not overwritten silently', async () => {
    const draftPath = join(dir, 'story.txt');
    writeFileSync(draftPath, 'one\n');
    const h = makeSession(dir, draftPath);
    const { draft } = await h.session.startup();
    writeFileSync(draftPath, 'their edit\n');
    h.answers.save = draftPath;
    h.answers.changed = 'cancel';
    expect(await h.session.save({ draft: draft!.handle, text: 'mine\n', saveAs: true })).toEqual({ ok: false, cancelled: true });
    expect(h.shown).toEqual([`save:${join(dir, 'story.cleaned.txt')}`, 'changed:story.txt']);
    expect(readFileSync(draftPath, 'utf8')).toBe('their edit\n');
    h.answers.changed = 'overwrite';
    expect((await h.session.save({ draft: draft!.handle, text: 'mine\n', saveAs: true })).ok).toBe(true);
    expect(readFileSync(draftPath, 'utf8')).toBe('mine\n');
    // Galley's own save is now the known version: the next save asks nothing, and no change is reported.
    expect((await h.session.save({ draft: draft!.handle, text: 'mine again\n', saveAs: false })).ok).toBe(true);
    expect(h.shown.filter((s) => s.startsWith('changed:'))).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 600));
    expect(h.sent.filter(([channel]) => channel === EVENTS.fileChanged)).toEqual([]);
    await h.session.dispose();
  });

  it('saves the cleaned copy of an empty draft as the reference is stored (CRLF, BOM, final newline)', async () => {
    const reference = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('One.\r\nTwo.\r\n')]);
    writeFileSync(join(dir, 'empty.ref.txt'), reference);
    const h = await started({ 'empty.txt': '' }, 'empty.txt');
    h.answers.save = join(dir, 'out.txt');
    expect((await h.session.save({ draft: h.handle, text: 'One.\nTwo.\n', saveAs: false })).ok).toBe(true);
    expect(readFileSync(join(dir, 'out.txt'))).toEqual(reference);
    await h.session.dispose();
  });

  it('refuses to save over the open reference, saying to choose another name', async () => {
    const h = await started({ 'story.txt': 'one\n', 'story.ref.txt': 'One\n' }, 'story.txt');
    h.answers.save = join(dir, 'story.ref.txt');
    const result = await h.session.save({ draft: h.handle, text: 'One\n', saveAs: true });
    expect(result).toEqual({ ok: false, cancelled: false, error: 'story.ref.txt is the open reference: choose another name for the cleaned copy.' });
    expect(readFileSync(join(dir, 'story.ref.txt'), 'utf8')).toBe('One\n');
    await h.session.dispose();
  });

  it('reports a failed save with the reason and stays unsaved', async () => {
    const draftPath = join(dir, 'story.txt');
    writeFileSync(draftPath, 'one\n');
    mkdirSync(join(dir, 'taken'));
    const h = makeSession(dir, draftPath);
    const { draft } = await h.session.startup();
    h.session.setEdited(true);
    h.answers.save = join(dir, 'taken');
    const result = await h.session.save({ draft: draft!.handle, text: 'two\n', saveAs: false });
    expect(result.ok).toBe(false);
    expect(!result.ok && !result.cancelled && result.error).toMatch(/taken.*folder/);
    expect(h.title()).toBe('● story.txt — Galley');
    await h.session.dispose();
  });

  it('refuses a handle it did not give out', async () => {
    const h = makeSession(dir, null);
    const result = await h.session.save({ draft: '00000000-0000-0000-0000-000000000000', text: 'x', saveAs: false });
    expect(result.ok).toBe(false);
  });
});

describe('encodings', () => {
  it('never stuck unsaveable: curly quotes in a Latin-1 draft are saved as UTF-8 when the user agrees', async () => {
    writeFileSync(join(dir, 'old.txt'), iconv.encode('Café "quoted"\r\n', 'windows-1252'));
    const h = await started({}, 'old.txt');
    h.answers.save = join(dir, 'old.cleaned.txt');
    const text = 'Café “quoted” ☃\n';
    const refused = await h.session.save({ draft: h.handle, text, saveAs: false });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && !refused.cancelled && refused.error).toMatch(/☃.*cannot be written in windows-1252\. Save with Encoding › UTF-8 keeps every character\./);
    h.answers.utf8 = 'utf-8';
    expect((await h.session.save({ draft: h.handle, text, saveAs: false })).ok).toBe(true);
    expect(h.shown.filter((s) => s.startsWith('utf8:'))).toEqual(['utf8:old.cleaned.txt', 'utf8:old.cleaned.txt']);
    expect(readFileSync(join(dir, 'old.cleaned.txt'), 'utf8')).toBe('Café “quoted” ☃\r\n');
    await h.session.dispose();
  });

  it('Reopen with Encoding reads the file again as chosen; Save with Encoding writes the cleaned copy in it', async () => {
    const h = await started({ 'a.txt': 'Café\n' }, 'a.txt');
    const reopened = await h.session.reopenWithEncoding(h.handle, 'windows-1252');
    expect(reopened.ok && reopened.document).toMatchObject({ text: 'CafÃ©\n', formatLabel: 'WINDOWS-1252, LF' });
    const handle = reopened.ok ? reopened.document.handle : '';
    h.answers.save = join(dir, 'a.cleaned.txt');
    expect((await h.session.saveWithEncoding({ draft: handle, text: 'Café\n', saveAs: false }, 'UTF-16LE')).ok).toBe(true);
    expect(readFileSync(join(dir, 'a.cleaned.txt'))).toEqual(Buffer.from([0xff, 0xfe, ...Buffer.from('Café\n', 'utf16le')]));
    expect(await h.session.saveWithEncoding({ draft: handle, text: 'x', saveAs: false }, 'klingon')).toEqual({
      ok: false,
      cancelled: false,
      error: "Galley does not know the encoding 'klingon'.",
    });
    await h.session.dispose();
  });

  it('a UTF-8 draft with a stray byte says so in its format label', async () => {
    writeFileSync(join(dir, 'n.txt'), Buffer.concat([Buffer.from('Café Noël\n'), Buffer.from([0xff])]));
    const h = makeSession(dir, join(dir, 'n.txt'));
    const { draft } = await h.session.startup();
    expect(draft?.formatLabel).toBe('UTF-8, 1 byte not UTF-8 (kept as is), LF');
    await h.session.dispose();
  });
});

describe('closing with unsaved work', () => {
  it('closes at once when nothing is unsaved', async () => {
    writeFileSync(join(dir, 'a.txt'), 'a\n');
    const h = makeSession(dir, join(dir, 'a.txt'));
    await h.session.startup();
    expect(await h.session.requestClose()).toBe(true);
    expect(h.shown).toEqual([]);
  });

  it('asks Save / Don’t save / Cancel', async () => {
    writeFileSync(join(dir, 'a.txt'), 'a\n');
    const h = makeSession(dir, join(dir, 'a.txt'));
    await h.session.startup();
    h.session.setEdited(true);

    h.answers.unsaved = 'cancel';
    expect(await h.session.requestClose()).toBe(false);
    h.answers.unsaved = 'save';
    expect(await h.session.requestClose()).toBe(false);
    expect(h.sent).toContainEqual([EVENTS.command, 'save-and-close']);
    h.session.closeWindow();
    expect(h.closed()).toBe(true);

    const other = makeSession(dir, join(dir, 'a.txt'));
    await other.session.startup();
    other.session.setEdited(true);
    other.answers.unsaved = 'discard';
    expect(await other.session.requestClose()).toBe(true);
    expect(other.shown).toEqual(['unsaved:a.txt']);
  });
});

describe('recovery', () => {
  it('keeps a copy of unsaved work that the next start offers and restores', async () => {
    await crashedWith('a.txt', 'a\n', { text: 'edited a\n', review: { rejected: ['k1'] } });

    const next = makeSession(dir, null);
    const state = await next.session.startup();
    expect(state.recovery?.draftName).toBe('a.txt');
    const restored = await next.session.restoreRecovery(state.recovery!.id);
    expect(restored?.snapshot).toEqual({ text: 'edited a\n', review: { rejected: ['k1'] } });
    expect(restored?.draft?.text).toBe('a\n');
    expect(next.title()).toBe('● a.txt — Galley');

    const third = makeSession(dir, null);
    const later = await third.session.startup();
    // The restored work lives on under the restoring session's own copy, which a live window never offers.
    expect(later.recovery).toBeNull();
    next.session.abandon();
    const fourth = await makeSession(dir, null).session.startup();
    expect(fourth.recovery?.id).not.toBe(state.recovery!.id);
    expect(fourth.recovery?.draftName).toBe('a.txt');
  });

  it('keeps the first copy after opening as a patch on the draft it opened: the page never sends the whole text back', async () => {
    writeFileSync(join(dir, 'a.txt'), 'one\ntwo\nthree\n');
    const h = makeSession(dir, join(dir, 'a.txt'));
    const { draft } = await h.session.startup();
    h.session.setEdited(true);
    expect(await h.session.keepRecovery({ seq: 1, base: draft!.handle, from: 1, to: 2, lines: ['TWO'], review: null, decided: false })).toBe(true);
    expect(await h.session.keepRecovery({ seq: 2, base: 'another-handle', from: 0, to: 1, lines: ['x'], review: null, decided: false })).toBe(false);
    h.session.abandon();
    const next = makeSession(dir, null);
    const state = await next.session.startup();
    expect((await next.session.restoreRecovery(state.recovery!.id))?.snapshot.text).toBe('one\nTWO\nthree\n');
  });

  it('keeps a review whose text is named as the recovery copy main holds, and refuses one naming another copy', async () => {
    writeFileSync(join(dir, 'a.txt'), 'one\ntwo\nthree\n');
    writeFileSync(join(dir, 'a.source.txt'), 'one\nTWO\nthree\n');
    const h = makeSession(dir, join(dir, 'a.txt'), join(dir, 'a.source.txt'));
    const { draft } = await h.session.startup();
    h.session.setEdited(true);
    expect(await h.session.keepRecovery({ seq: 1, base: draft!.handle, from: 1, to: 2, lines: ['TWO'], review: null, decided: false })).toBe(true);
    const review = { decisions: [], edits: [], rules: [], progress: { decided: 0, total: 1 } };
    expect(await h.session.keepReview({ ...review, textOfRecovery: 2 })).toBe(false);
    expect(await h.session.keptReview()).toBeNull();
    expect(await h.session.keepReview({ ...review, textOfRecovery: 1 })).toBe(true);
    expect((await h.session.keptReview())?.snapshot).toEqual({ ...review, text: 'one\nTWO\nthree\n' });
    // A newer copy: the one named is no longer held.
    expect(await h.session.keepRecovery({ seq: 2, base: 1, from: 0, to: 1, lines: ['ONE'], decided: false })).toBe(true);
    expect(await h.session.keepReview({ ...review, textOfRecovery: 1 })).toBe(false);
    expect(await h.session.keepReview({ ...review, text: 'sent whole' })).toBe(true);
    expect((await h.session.keptReview())?.snapshot.text).toBe('sent whole');
  });

  it('keeps the review of the copy a patch was made against when the patch sends none (the decisions did not change)', async () => {
    writeFileSync(join(dir, 'a.txt'), 'one\ntwo\nthree\n');
    const h = makeSession(dir, join(dir, 'a.txt'));
    const { draft } = await h.session.startup();
    h.session.setEdited(true);
    // The first patch after opening has no earlier copy of main's to take a review from.
    expect(await h.session.keepRecovery({ seq: 1, base: draft!.handle, from: 0, to: 1, lines: ['ONE'], decided: true })).toBe(false);
    expect(await h.session.keepRecovery({ seq: 1, base: draft!.handle, from: 0, to: 1, lines: ['ONE'], review: { accepted: ['k'] }, decided: true })).toBe(true);
    expect(await h.session.keepRecovery({ seq: 2, base: 1, from: 1, to: 2, lines: ['TWO'], decided: true })).toBe(true);
    h.session.abandon();
    const next = makeSession(dir, null);
    const state = await next.session.startup();
    expect((await next.session.restoreRecovery(state.recovery!.id))?.snapshot).toEqual({ text: 'ONE\nTWO\nthree\n', review: { accepted: ['k'] } });
  });

  it('restores work whose draft file is gone: it stays recoverable, and Save asks where to put it, in the old format', async () => {
    await crashedWith('a.txt', 'one\r\ntwo\r\n', { text: 'one\nthree\n', review: null });
    renameSync(join(dir, 'a.txt'), join(dir, 'moved-away.txt'));

    const next = makeSession(dir, null);
    const state = await next.session.startup();
    const restored = await next.session.restoreRecovery(state.recovery!.id);
    expect(restored?.draft).toMatchObject({ name: 'a.txt', text: '' });
    expect(restored?.draft?.formatLabel).toMatch(/file not found/);
    expect(next.title()).toBe('● a.txt — Galley');
    // Still recoverable: were this window to crash too, the next would offer it.
    await next.session.keepRecovery({ text: 'one\nthree\n', review: null });
    expect(readdirSync(join(dir, 'recovery'))).toHaveLength(1);

    next.answers.save = join(dir, 'a.txt');
    expect((await next.session.save({ draft: restored!.draft!.handle, text: 'one\nthree\n', saveAs: false })).ok).toBe(true);
    expect(next.shown).toEqual([`save:${join(dir, 'a.cleaned.txt')}`]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('one\r\nthree\r\n');
    expect((await makeSession(dir, null).session.startup()).recovery).toBeNull();
    await next.session.dispose();
  });

  it('two windows: each keeps its own copy; only orphans are offered, every one, and a live window’s copy is never touched', async () => {
    const live = await editing('a.txt', 'a\n', { text: 'live work\n', review: null });
    await crashedWith('b.txt', 'b\n', { text: 'crashed work\n', review: null });

    const next = makeSession(dir, null);
    const state = await next.session.startup();
    expect(state.recoveries.map((r) => r.draftName)).toEqual(['b.txt']);
    expect(state.recovery).toEqual(state.recoveries[0]);
    const liveId = readdirSync(join(dir, 'recovery')).map((n) => n.slice(0, -5)).find((id) => id !== state.recovery!.id)!;
    expect(await next.session.restoreRecovery(liveId)).toBeNull();
    await next.session.discardRecovery(liveId);
    expect(readdirSync(join(dir, 'recovery'))).toHaveLength(2);
    expect((await next.session.restoreRecovery(state.recovery!.id))?.snapshot.text).toBe('crashed work\n');
    // A second window cannot restore (or discard) the copy the first one took.
    expect(await makeSession(dir, null).session.restoreRecovery(state.recovery!.id)).toBeNull();
    await live.session.dispose();
    await next.session.dispose();
  });

  it('removes the copy on a clean close', async () => {
    const h = await editing('a.txt', 'a\n', { text: 'x', review: null });
    h.answers.unsaved = 'discard';
    expect(await h.session.requestClose()).toBe(true);
    expect((await makeSession(dir, null).session.startup()).recovery).toBeNull();
  });
});

describe('files changing on disk', () => {
  it('tells the renderer when the reference changes, but not about its own saves', async () => {
    const h = await started({ 'a.txt': 'a\n', 'a.ref.txt': 'A\n' }, 'a.txt');
    h.answers.save = join(dir, 'a.txt');
    await h.session.save({ draft: h.handle, text: 'b\n', saveAs: false });
    writeFileSync(join(dir, 'a.ref.txt'), 'B changed\n');
    await expect.poll(() => h.sent.filter(([channel]) => channel === EVENTS.fileChanged), { timeout: 5000 }).toHaveLength(1);
    expect(h.sent.find(([channel]) => channel === EVENTS.fileChanged)?.[1]).toMatchObject({ role: 'reference', name: 'a.ref.txt', deleted: false });
    await h.session.dispose();
  });

  it('says when an open file is deleted, so the renderer offers no reload of a file that is gone', async () => {
    const h = await started({ 'a.txt': 'a\n', 'a.ref.txt': 'A\n' }, 'a.txt');
    rmSync(join(dir, 'a.txt'));
    await expect.poll(() => h.sent.filter(([channel]) => channel === EVENTS.fileChanged), { timeout: 5000 }).toHaveLength(1);
    expect(h.sent.find(([channel]) => channel === EVENTS.fileChanged)?.[1]).toMatchObject({ role: 'draft', name: 'a.txt', deleted: true });
    await h.session.dispose();
  });
});
