/**
 * Issue 12's done-when, in the window: a Word draft with a heading, bold
 * and italic words, a table and a footnote (made here with the `docx`
 * package), compared with a PDF LibreOffice made of its reference, reviewed
 * in Chromium — some suggestions accepted, one rejected, a word typed — and
 * saved as a cleaned copy and with tracked changes, which LibreOffice opens,
 * accepts and rejects; and a Markdown draft that keeps its markup.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { loadDocument } from '../../main/formats/index';
import { entries, part } from '../formats/docx-fixtures';
import { office, OFFICE_PYTHON } from '../formats/office';
import { draftText, galleyApply, galleyCheck, selectInPanel, settled } from './review-helpers';
import { describeInChromium } from './suite';

interface Words {
  name: string;
  city: string;
  amount: string;
}

/** The Word document: a heading, a bold name, an italic day, a footnote, a table. */
function wordDocument(words: Words): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  return Packer.toBuffer(
    new Document({
      footnotes: { 1: { children: [new Paragraph('Hansard, column 12.')] } },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Budget Statement', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [
                new TextRun({ text: words.name, bold: true }),
                new TextRun(' spoke on '),
                new TextRun({ text: 'Tuesday', italics: true }),
                new TextRun(` in ${words.city} about the spending plans.`),
                new FootnoteReferenceRun(1),
              ],
            }),
            new Table({ rows: [new TableRow({ children: [cell('Year'), cell('Spend')] }), new TableRow({ children: [cell('2024'), cell(words.amount)] })] }),
            new Paragraph('The House then rose for the evening.'),
          ],
        },
      ],
    }),
  );
}

const DRAFT: Words = { name: 'Sir Kir Stmper', city: 'Londn', amount: '£3 bn' };
const REFERENCE: Words = { name: 'Sir Keir Starmer', city: 'London', amount: '£4 bn' };

const dir = mkdtempSync(join(tmpdir(), 'galley-e2e-formats-'));
const at = (name: string) => join(dir, name);
/** LibreOffice's text export, without its BOM. */
const officeText = (name: string) => readFileSync(at(name), 'utf8').replace(/^\uFEFF/, '').trimEnd();

/** Selects the suggestion on `words` of the draft's compared text (via the panel) and decides it with `key`. */
async function decide(page: Page, draft: string, words: string, key: 'Alt+Enter' | 'Alt+Shift+Enter'): Promise<void> {
  const suggestion = galleyCheck(at('draft.docx'), at('reference.pdf')).find((s) => draft.slice(s.from, s.to) === words);
  expect(suggestion, `a suggestion on “${words}”`).toBeDefined();
  await selectInPanel(page, suggestion!.id);
  await page.keyboard.press(key);
}

describeInChromium('Word and Markdown drafts in the window', (windows) => {
  beforeAll(async () => {
    writeFileSync(at('draft.docx'), await wordDocument(DRAFT));
    writeFileSync(at('reference.docx'), await wordDocument(REFERENCE));
    if (OFFICE_PYTHON !== null) office([['open', at('reference.docx'), at('reference.pdf')]]);
  }, 120_000);

  it.skipIf(OFFICE_PYTHON === null)(
    'reviews a Word draft against a PDF and saves it cleaned and with tracked changes, which LibreOffice opens, accepts and rejects',
    async () => {
      const app = await windows.open({ draft: at('draft.docx'), reference: at('reference.pdf'), saveAs: at('draft.cleaned.docx') });
      const { page } = app;
      await settled(page);
      expect(await page.locator('.status-file').textContent()).toBe('Word document');
      const opened = (await loadDocument(at('draft.docx'))).text;
      expect(await draftText(page)).toBe(opened);
      expect(await page.locator('.ProseMirror p[role="heading"][aria-level="1"]').allTextContents()).toEqual(['Budget Statement']);
      expect(await page.locator('.ProseMirror strong').allTextContents()).toEqual(['Sir Kir Stmper']);
      expect(await page.locator('.ProseMirror em').allTextContents()).toEqual(['Tuesday']);

      await decide(page, opened, 'Kir Stmper', 'Alt+Enter');
      await decide(page, opened, 'Londn', 'Alt+Enter');
      await decide(page, opened, '3', 'Alt+Shift+Enter');
      // The editor's own edit: a word typed over another ('evening' at the end of its line, before the full stop).
      await page.locator('.ProseMirror p', { hasText: 'The House then rose' }).click();
      for (const key of ['End', 'ArrowLeft', 'Control+Shift+ArrowLeft']) await page.keyboard.press(key);
      await page.keyboard.type('night');
      const expected = opened.replace('Kir Stmper', 'Keir Starmer').replace('Londn', 'London').replace('evening', 'night');
      await expect.poll(() => draftText(page)).toBe(expected);

      await page.keyboard.press('Control+s');
      await expect.poll(() => existsSync(at('draft.cleaned.docx'))).toBe(true);
      await expect.poll(() => app.main.title()).not.toMatch(/^● /);
      expect(app.main.dialogs.shown).toContain(`save:${at('draft.cleaned.docx')}`);
      const clean = readFileSync(at('draft.cleaned.docx'));
      expect((await loadDocument(at('draft.cleaned.docx'))).text).toBe(expected);
      // Untouched parts byte for byte; unchanged words in their own runs.
      const before = entries(readFileSync(at('draft.docx')));
      const after = entries(clean);
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name], name).toEqual(before[name]);
      const xml = part(clean, 'word/document.xml');
      expect(xml).toMatch(/<w:b\/>(<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">Sir Keir Starmer<\/w:t>/);
      expect(xml).toMatch(/<w:i\/>(<w:iCs\/>)?<\/w:rPr><w:t xml:space="preserve">Tuesday<\/w:t>/);
      expect(xml).toContain('£3 bn');

      app.main.dialogs.saveAs = at('draft.tracked.docx');
      await app.main.command('save-tracked');
      await expect.poll(() => existsSync(at('draft.tracked.docx'))).toBe(true);
      expect(app.main.dialogs.shown.at(-1)).toBe(`save:${at('draft.tracked.docx')}`);
      expect(await page.locator('.toolbar-file').textContent(), 'the window still names the cleaned copy').toBe('draft.cleaned.docx');
      expect(part(readFileSync(at('draft.tracked.docx')), 'word/document.xml')).toMatch(/<w:ins [^>]*w:author="Galley"/);

      office([
        ['open', at('draft.docx'), at('draft.txt')],
        ['open', at('draft.cleaned.docx'), at('cleaned.txt')],
        ['accept', at('draft.tracked.docx'), at('accepted.txt')],
        ['reject', at('draft.tracked.docx'), at('rejected.txt')],
      ]);
      expect(officeText('cleaned.txt')).toContain('Sir Keir Starmer spoke on Tuesday in London about the spending plans.');
      expect(officeText('cleaned.txt')).toContain('The House then rose for the night.');
      expect(officeText('accepted.txt')).toBe(officeText('cleaned.txt'));
      expect(officeText('rejected.txt')).toBe(officeText('draft.txt'));
    },
    180_000,
  );

  it('a Markdown draft keeps its markup: only the prose changes', async () => {
    const draft = '# Budget Statement\n\n**Sir Kir Stmper** spoke in [Londn](https://example.com/londn).\n\n- first item\n- second itme\n';
    const reference = '# Budget Statement\n\n**Sir Keir Starmer** spoke in [London](https://example.com/london).\n\n- first item\n- second item\n';
    writeFileSync(at('draft.md'), draft);
    writeFileSync(at('reference.md'), reference);
    const app = await windows.open({ draft: at('draft.md'), reference: at('reference.md'), saveAs: at('draft.cleaned.md') });
    const { page } = app;
    await settled(page);
    expect(await page.locator('.status-file').textContent()).toBe('Markdown, UTF-8, LF');
    expect(await page.locator('.ProseMirror p[role="heading"]').allTextContents()).toEqual(['Budget Statement']);
    expect(await page.locator('.ProseMirror p.line-item').allTextContents()).toEqual(['first item', 'second itme']);
    expect(await page.locator('.ProseMirror strong').allTextContents()).toEqual(['Sir Kir Stmper']);
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(at('draft.cleaned.md'))).toBe(true);
    expect(readFileSync(at('draft.cleaned.md'), 'utf8')).toBe(
      '# Budget Statement\n\n**Sir Keir Starmer** spoke in [London](https://example.com/londn).\n\n- first item\n- second item\n',
    );
  });

  it('a Markdown draft saved from the window is the file galley apply writes: a missing paragraph a block of its own, wrapping and 2*3*4 kept', async () => {
    // qa10's bugs 2, 6 and 7: the window saved the paragraph as a bullet and folded the next item into it, and wrote 2*\*3\**4.
    const draft = 'Some **bold** text and [a lnk](http://x.org).\n\n- item one\n- item too\n\nThis paragraph is\nhard wrapped, x 2*3*4 y.\n';
    const reference = 'Some bold text and a link.\n\nA whole missing paragraph here.\n\n- item one\n- item two\n\nThis paragraph is hard wrapped, x 2\\*3\\*4 y.\n';
    writeFileSync(at('missing.md'), draft);
    writeFileSync(at('missing.ref.md'), reference);
    const app = await windows.open({ draft: at('missing.md'), reference: at('missing.ref.md'), saveAs: at('missing.cleaned.md') });
    const { page } = app;
    await settled(page);
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(at('missing.cleaned.md'))).toBe(true);
    const saved = readFileSync(at('missing.cleaned.md'), 'utf8');
    expect(saved).toBe(
      'Some **bold** text and [a link](http://x.org).\n\nA whole missing paragraph here.\n\n- item one\n- item two\n\nThis paragraph is\nhard wrapped, x 2\\*3\\*4 y.\n',
    );
    expect(galleyApply(at('missing.md'), at('missing.ref.md'), 'all', at('missing.cli.md')).toString('utf8')).toBe(saved);
    expect(galleyCheck(at('missing.cleaned.md'), at('missing.ref.md'))).toEqual([]);
  });

  it('a paragraph break accepted inside emphasis or a link closes and reopens it, and a new block starting 2020. stays prose: the window writes galley apply\'s file', async () => {
    const draft = 'The *quick brown* fox saw a [link text here](http://x.org) end. It was 2020. A year of change.\n';
    const reference = 'The quick\n\nbrown fox saw a link\n\ntext here end. It was\n\n2020\\. A year of change.\n';
    writeFileSync(at('split.md'), draft);
    writeFileSync(at('split.ref.md'), reference);
    const app = await windows.open({ draft: at('split.md'), reference: at('split.ref.md'), saveAs: at('split.cleaned.md') });
    const { page } = app;
    await settled(page);
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await page.keyboard.press('Control+s');
    await expect.poll(() => existsSync(at('split.cleaned.md'))).toBe(true);
    const saved = readFileSync(at('split.cleaned.md'), 'utf8');
    expect(saved).toBe('The *quick*\n\n*brown* fox saw a [link](http://x.org)\n\n[text here](http://x.org) end. It was\n\n2020\\. A year of change.\n');
    expect(galleyApply(at('split.md'), at('split.ref.md'), 'all', at('split.cli.md')).toString('utf8')).toBe(saved);
    expect(galleyCheck(at('split.cleaned.md'), at('split.ref.md'))).toEqual([]);
  });
});
