/**
 * The window's review session on Word, Markdown and mixed-line-ending text
 * drafts: what opens as what, where the cleaned copy and the tracked copy
 * go, and that a save made from the editor's exact edits touches only what
 * they changed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DraftEdit, SaveRequest } from '../../preload/api';
import { loadDocument } from '../../main/formats/index';
import { watchFile } from '../../main/files/watch';
import { storesIn } from '../../main/session/data-folder';
import { ReviewSession } from '../../main/session/review-session';
import { entries, makeDocx, p, part, r } from './docx-fixtures';

let dir: string;
let saveAnswer: string | null;
let proposed: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'galley-session-formats-'));
  saveAnswer = null;
  proposed = [];
});

function session(draft: string | null, reference: string | null = null): ReviewSession {
  return new ReviewSession({
    dialogs: {
      chooseFile: async () => null,
      chooseSavePath: async (suggested) => (proposed.push(suggested), saveAnswer),
      askUnsaved: async () => 'cancel',
      askChangedOnDisk: async () => 'cancel',
    },
    window: { setTitle: () => {}, send: () => {}, close: () => {} },
    ...storesIn(dir),
    watch: watchFile,
    startup: { draft, reference, demo: false },
  });
}

/** The edit replacing the first `old` in `text` with `insert`. */
function replacing(text: string, old: string, insert: string): DraftEdit {
  const from = text.indexOf(old);
  expect(from, `“${old}” in the draft`).toBeGreaterThanOrEqual(0);
  return { from, to: from + old.length, insert };
}

function applied(text: string, edits: readonly DraftEdit[]): string {
  return [...edits].reverse().reduce((t, e) => t.slice(0, e.from) + e.insert + t.slice(e.to), text);
}

const WORD_DRAFT = makeDocx({
  body: p(r('Austin, Texas'), 'Heading1') + p(r('The mayor ') + r('Kir Stmper', { b: true }) + r(' spoke in ') + r('Londn', { i: true }) + r(' today.')),
});

describe('a Word draft in the window', () => {
  it('opens as a Word document and saves NAME.cleaned.docx, changing only the words edited, in their runs', async () => {
    writeFileSync(join(dir, 'story.docx'), WORD_DRAFT);
    const s = session(join(dir, 'story.docx'));
    const { draft } = await s.startup();
    expect(draft).toMatchObject({ kind: 'docx', formatLabel: 'Word document', text: 'Austin, Texas\nThe mayor Kir Stmper spoke in Londn today.' });
    const edits = [replacing(draft!.text, 'Kir Stmper', 'Keir Starmer'), { from: draft!.text.indexOf('Londn') + 4, to: draft!.text.indexOf('Londn') + 4, insert: 'o' }];
    saveAnswer = join(dir, 'story.cleaned.docx');
    const saved = await s.save({ draft: draft!.handle, text: applied(draft!.text, edits), saveAs: false, edits });
    expect(saved).toEqual({ ok: true, name: 'story.cleaned.docx', folder: dir });
    expect(proposed).toEqual([join(dir, 'story.cleaned.docx')]);

    const written = readFileSync(join(dir, 'story.cleaned.docx'));
    expect((await loadDocument(join(dir, 'story.cleaned.docx'))).text).toBe('Austin, Texas\nThe mayor Keir Starmer spoke in London today.');
    const before = entries(WORD_DRAFT);
    const after = entries(written);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name], name).toEqual(before[name]);
    const xml = part(written, 'word/document.xml');
    expect(xml).toMatch(/<w:b\/><\/w:rPr><w:t xml:space="preserve">Keir Starmer<\/w:t>/);
    expect(xml).toMatch(/<w:i\/><\/w:rPr><w:t xml:space="preserve">London<\/w:t>/);
    await s.dispose();
  });

  it('saves with tracked changes by the author the settings name, to NAME.tracked.docx, and later saves still go to the cleaned copy', async () => {
    writeFileSync(join(dir, 'story.docx'), WORD_DRAFT);
    const s = session(join(dir, 'story.docx'));
    const { draft } = await s.startup();
    await s.saveSettings({ ...(await s.settings()), trackChangesAuthor: 'Ann Editor' });
    const edits = [replacing(draft!.text, 'Kir Stmper', 'Keir Starmer')];
    const request: SaveRequest = { draft: draft!.handle, text: applied(draft!.text, edits), saveAs: false, edits };
    saveAnswer = join(dir, 'story.tracked.docx');
    expect(await s.save({ ...request, trackChanges: true })).toMatchObject({ ok: true, name: 'story.tracked.docx' });
    const xml = part(readFileSync(join(dir, 'story.tracked.docx')), 'word/document.xml');
    expect(xml).toMatch(/<w:del [^>]*w:author="Ann Editor"[^>]*>.*<w:delText[^>]*>Kir Stmper<\/w:delText>/);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Ann Editor"[^>]*>.*<w:t[^>]*>Keir Starmer<\/w:t>/);
    expect((await loadDocument(join(dir, 'story.tracked.docx'))).text, 'read with the revisions accepted').toBe(request.text);

    saveAnswer = join(dir, 'story.cleaned.docx');
    await s.save(request);
    expect(proposed).toEqual([join(dir, 'story.tracked.docx'), join(dir, 'story.cleaned.docx')]);
    expect(part(readFileSync(join(dir, 'story.cleaned.docx')), 'word/document.xml')).not.toMatch(/<w:ins /);
    await s.dispose();
  });

  it('a tracked change shows the whole word even when the editor inserted one letter', async () => {
    writeFileSync(join(dir, 'story.docx'), WORD_DRAFT);
    const s = session(join(dir, 'story.docx'));
    const { draft } = await s.startup();
    const at = draft!.text.indexOf('Londn') + 4;
    const edits = [{ from: at, to: at, insert: 'o' }];
    saveAnswer = join(dir, 'story.tracked.docx');
    await s.save({ draft: draft!.handle, text: applied(draft!.text, edits), saveAs: false, edits, trackChanges: true });
    const xml = part(readFileSync(join(dir, 'story.tracked.docx')), 'word/document.xml');
    expect(xml).toMatch(/<w:delText[^>]*>Londn<\/w:delText>/);
    expect(xml).toMatch(/<w:i\/><\/w:rPr><w:t[^>]*>London<\/w:t>/);
    await s.dispose();
  });

  it('refuses tracked changes for a text draft, and a PDF or web page as the draft; one dropped alone opens as the reference', async () => {
    writeFileSync(join(dir, 'story.txt'), 'Text.\n');
    writeFileSync(join(dir, 'proof.html'), '<html><body><p>Text.</p></body></html>');
    const s = session(join(dir, 'story.txt'));
    const { draft } = await s.startup();
    expect(await s.save({ draft: draft!.handle, text: 'Text!\n', saveAs: false, trackChanges: true })).toEqual({
      ok: false,
      cancelled: false,
      error: 'Tracked changes can only be saved for a Word (.docx) draft.',
    });
    s.registerDrop([join(dir, 'proof.html')]);
    const [asDraft] = await s.openPaths([join(dir, 'proof.html')], 'draft');
    expect(asDraft.ok === false && !asDraft.cancelled && asDraft.error).toMatch(/proof\.html.*only be the reference/);
    s.registerDrop([join(dir, 'proof.html')]);
    const [dropped] = await s.openPaths([join(dir, 'proof.html')], 'auto');
    // Restated in the .txt draft's convention: its final newline too (formats/paragraphs).
    expect(dropped.ok && dropped.document).toMatchObject({ role: 'reference', kind: 'html', text: 'Text.\n' });
    await s.dispose();
  });
});

describe('a Markdown draft in the window', () => {
  it('keeps its markup: only the prose changes', async () => {
    const source = '# Austin, Texas\r\n\r\nThe mayor **Sir Kir Stmper** spoke in [Londn](https://example.com/londn).\r\n';
    writeFileSync(join(dir, 'story.md'), source);
    const s = session(join(dir, 'story.md'));
    const { draft } = await s.startup();
    expect(draft).toMatchObject({ kind: 'markdown', formatLabel: 'Markdown, UTF-8, CRLF' });
    const edits = [replacing(draft!.text, 'Kir Stmper', 'Keir Starmer'), replacing(draft!.text, 'Londn', 'London')];
    saveAnswer = join(dir, 'story.cleaned.md');
    await s.save({ draft: draft!.handle, text: applied(draft!.text, edits), saveAs: false, edits });
    expect(readFileSync(join(dir, 'story.cleaned.md'), 'utf8')).toBe(
      '# Austin, Texas\r\n\r\nThe mayor **Sir Keir Starmer** spoke in [London](https://example.com/londn).\r\n',
    );
    await s.dispose();
  });

  it('says so when the saved file leaves out what the editor shows (a blank line Markdown cannot hold), without calling it a Word document', async () => {
    writeFileSync(join(dir, 'notes.md'), 'First paragraph.\n\n- item one\n');
    const s = session(join(dir, 'notes.md'));
    const { draft } = await s.startup();
    const at = draft!.text.indexOf('\n');
    const edits = [{ from: at, to: at, insert: '\n' }];
    saveAnswer = join(dir, 'notes.cleaned.md');
    const saved = await s.save({ draft: draft!.handle, text: applied(draft!.text, edits), saveAs: false, edits });
    expect(readFileSync(join(dir, 'notes.cleaned.md'), 'utf8')).toBe('First paragraph.\n\n- item one\n');
    expect(saved).toMatchObject({ ok: true, note: expect.stringContaining('1 change') });
    expect((saved as { note: string }).note).not.toMatch(/Word/);
    await s.dispose();
  });
});

describe('a text draft that mixes line endings, edited in two places', () => {
  // CRLF after one, three, five; LF after two, four. The edits add a break after "one" and remove the one after "four".
  const raw = 'one\r\ntwo\nthree\r\nfour\nfive\r\n';
  const text = 'one\ntwo\nthree\nfour\nfive\n';
  const edits: DraftEdit[] = [
    { from: 3, to: 3, insert: '\nhalf' },
    { from: text.indexOf('\nfive'), to: text.indexOf('\nfive') + 1, insert: ' ' },
  ];
  // Each old line keeps its own ending; the new break takes the dominant one (CRLF).
  const expected = 'one\r\nhalf\r\ntwo\nthree\r\nfour five\r\n';

  it.each([
    ['the editor’s exact edits', edits],
    ['no edits (main diffs the texts exactly)', undefined],
  ])('keeps every untouched line’s ending, given %s', async (_how, sent) => {
    writeFileSync(join(dir, 'mixed.txt'), raw);
    const s = session(join(dir, 'mixed.txt'));
    const { draft } = await s.startup();
    saveAnswer = join(dir, 'mixed.cleaned.txt');
    await s.save({ draft: draft!.handle, text: applied(text, edits), saveAs: false, ...(sent ? { edits: sent } : {}) });
    expect(readFileSync(join(dir, 'mixed.cleaned.txt'), 'latin1')).toBe(expected);
    await s.dispose();
  });

  it('edits that do not give the saved text are not trusted: the texts are diffed instead', async () => {
    writeFileSync(join(dir, 'mixed.txt'), raw);
    const s = session(join(dir, 'mixed.txt'));
    const { draft } = await s.startup();
    saveAnswer = join(dir, 'mixed.cleaned.txt');
    await s.save({ draft: draft!.handle, text: applied(text, edits), saveAs: false, edits: [{ from: 0, to: 3, insert: 'ONE' }] });
    expect(readFileSync(join(dir, 'mixed.cleaned.txt'), 'latin1')).toBe(expected);
    await s.dispose();
  });
});
