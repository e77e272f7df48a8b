/**
 * The end-to-end case, in LibreOffice: a Word draft with a heading,
 * bold and italic words, a table and a footnote, compared with a PDF that
 * LibreOffice made of its reference, cleaned by the CLI — outright and with
 * tracked changes — and opened again in LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDocx } from '../../main/formats/docx/package';
import { readDocxText } from '../../main/formats/docx/read';
import { ensureBuilt, GALLEY } from '../cli/built-cli';
import { entries, footnote, footnoteReference, makeDocx, p, pageBreak, pageNumberField, part, r, table } from './docx-fixtures';
import { loadDocument } from '../../main/formats/index';
import { office, OFFICE_PYTHON } from './office';

function document(words: { name: string; city: string; amount: string; note: string }): Uint8Array {
  return makeDocx({
    body: [
      p(r('Budget Statement'), 'Heading1'),
      p(r(words.name, { b: true }) + r(' spoke on ') + r('Tuesday', { i: true }) + r(` in ${words.city} about the spending plans.`) + footnoteReference(1)),
      table([
        ['Year', 'Spend'],
        ['2024', words.amount],
      ]),
      p(r('The House then rose for the evening.')),
    ].join(''),
    footnotes: footnote(1, words.note),
  });
}

/** Four pages with a running header and a page-number footer, and a paragraph long enough to wrap. */
function book(): Uint8Array {
  const long = 'This paragraph is long enough to wrap across several lines of the page, so the reader has to join its lines again into one paragraph of prose. '.repeat(3).trim();
  const pages = ['First', 'Second', 'Third', 'Fourth'].map((n) => p(r(`${n} page opens here.`)) + p(r(long)));
  return makeDocx({
    body: pages.join(pageBreak()),
    header: p(r('The Galley Review')),
    footer: p(pageNumberField('1')),
  });
}

/** A draft missing a paragraph after a heading that ends in an italic word, before a list (qa10's bug 4, and the heading it then copied). */
function missingParagraph(missing: string): Uint8Array {
  return makeDocx({
    body: [
      p(r('Some ') + r('bold', { b: true }) + r(' text and a ') + r('lnk', { i: true }) + r('.'), 'Heading1'),
      ...(missing ? [p(r(missing))] : []),
      p(r('item one'), 'ListParagraph'),
      p(r('Last para.')),
    ].join(''),
  });
}

const DRAFT = { name: 'Sir Kir Stmper', city: 'Londn', amount: '£3 bn', note: 'Hansard, column 12.' };
const REFERENCE = { name: 'Sir Keir Starmer', city: 'London', amount: '£4 bn', note: 'Hansard, column 12.' };

const textOf = (bytes: Uint8Array, view: 'accepted' | 'rejected' = 'accepted') => readDocxText(openDocx(bytes, 'x.docx').textParts, view).text;
/** LibreOffice's text export, without its BOM, footnotes aside (it leaves them out), with one line per paragraph. */
const officeText = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trimEnd();

function galley(args: string[]) {
  return spawnSync(process.execPath, [GALLEY, ...args], { encoding: 'utf8' });
}

describe.skipIf(OFFICE_PYTHON === null)('Word drafts in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'galley-docx-'));
  const at = (name: string) => join(dir, name);

  beforeAll(() => {
    ensureBuilt();
    writeFileSync(at('draft.docx'), document(DRAFT));
    writeFileSync(at('reference.docx'), document(REFERENCE));
    writeFileSync(at('book.docx'), book());
    writeFileSync(at('para-draft.docx'), missingParagraph(''));
    writeFileSync(at('para-reference.docx'), missingParagraph('A whole missing paragraph here.'));
    office([
      ['open', at('reference.docx'), at('reference.pdf')],
      ['open', at('book.docx'), at('book.pdf')],
      // The same draft as LibreOffice saves it: its own XML, styles and run splits.
      ['open', at('draft.docx'), at('saved-by-office.docx')],
    ]);
    expect(galley(['apply', at('saved-by-office.docx'), at('reference.pdf'), '--accept', 'all', '--out', at('office-clean.docx')]).status).toBe(1);
    expect(
      galley(['apply', at('saved-by-office.docx'), at('reference.pdf'), '--accept', 'all', '--track-changes', '--out', at('office-tracked.docx')]).status,
    ).toBe(1);
    expect(galley(['apply', at('draft.docx'), at('reference.pdf'), '--accept', 'all', '--out', at('clean.docx')]).status).toBe(1);
    const tracked = galley(['apply', at('draft.docx'), at('reference.pdf'), '--accept', 'all', '--track-changes', '--author', 'Copy Desk', '--out', at('tracked.docx')]);
    expect(tracked.stderr).toBe('');
    expect(galley(['apply', at('para-draft.docx'), at('para-reference.docx'), '--accept', 'all', '--out', at('para-clean.docx')]).status).toBe(1);
    expect(galley(['apply', at('para-draft.docx'), at('para-reference.docx'), '--accept', 'all', '--track-changes', '--out', at('para-tracked.docx')]).status).toBe(1);
    office([
      ['open', at('clean.docx'), at('clean.txt')],
      ['open', at('reference.docx'), at('reference.txt')],
      ['open', at('draft.docx'), at('draft.txt')],
      ['accept', at('tracked.docx'), at('accepted.txt')],
      ['reject', at('tracked.docx'), at('rejected.txt')],
      ['open', at('office-clean.docx'), at('office-clean.txt')],
      ['accept', at('office-tracked.docx'), at('office-accepted.txt')],
      ['reject', at('office-tracked.docx'), at('office-rejected.txt')],
      ['open', at('para-clean.docx'), at('para-clean.txt')],
      ['open', at('para-reference.docx'), at('para-reference.txt')],
      ['open', at('para-draft.docx'), at('para-draft.txt')],
      ['accept', at('para-tracked.docx'), at('para-accepted.txt')],
      ['reject', at('para-tracked.docx'), at('para-rejected.txt')],
    ]);
  }, 120_000);

  it('checks a Word draft against a PDF of its reference', () => {
    const run = galley(['check', at('draft.docx'), at('reference.pdf'), '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    const pairs = report.suggestions.map((s: { from: number; to: number; replacement: string }) => [textOf(readFileSync(at('draft.docx'))).slice(s.from, s.to), s.replacement]);
    expect(pairs).toEqual(expect.arrayContaining([['Kir Stmper', 'Keir Starmer'], ['Londn', 'London'], ['3', '4']]));
    expect(report.draft.container).toBe('docx');
    expect(report.reference.container).toBe('pdf');
  });

  it('cleans a Word file LibreOffice saved, outright and with tracked changes', () => {
    expect(officeText(at('office-clean.txt'))).toBe(officeText(at('reference.txt')));
    expect(officeText(at('office-accepted.txt'))).toBe(officeText(at('reference.txt')));
    expect(officeText(at('office-rejected.txt'))).toBe(officeText(at('draft.txt')));
  });

  it('reads a PDF as paragraphs, without running headers and page numbers', async () => {
    const pdf = await loadDocument(at('book.pdf'));
    const docx = await loadDocument(at('book.docx'));
    expect(pdf.text).toBe(docx.text.replace(/\n+/g, '\n'));
  });

  it('writes a cleaned copy LibreOffice reads as the reference, with untouched parts byte-identical and formatting kept', () => {
    expect(officeText(at('clean.txt'))).toBe(officeText(at('reference.txt')));
    const clean = readFileSync(at('clean.docx'));
    const draft = readFileSync(at('draft.docx'));
    const before = entries(draft);
    const after = entries(clean);
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name], name).toEqual(before[name]);
    const xml = part(clean, 'word/document.xml');
    expect(xml).toContain('<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Sir Keir Starmer</w:t>');
    expect(xml).toContain('<w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Tuesday</w:t>');
  });

  it('writes an accepted missing paragraph as a paragraph of its own, which LibreOffice and galley check read as the reference', () => {
    expect(officeText(at('para-clean.txt'))).toBe(officeText(at('para-reference.txt')));
    expect(officeText(at('para-clean.txt')).split('\n')).toContain('A whole missing paragraph here.');
    const xml = part(readFileSync(at('para-clean.docx')), 'word/document.xml');
    expect(xml).not.toContain('<w:br/>');
    const added = xml.match(/<w:p>.*?<\/w:p>/g)!.find((p) => p.includes('A whole missing'))!;
    expect(added, 'body text, not a copy of the heading before it').not.toMatch(/Heading1|<w:i\/>/);
    expect(galley(['check', at('para-clean.docx'), at('para-reference.docx')]).status).toBe(0);
    // Tracked: accepting all gives the reference, rejecting all the draft, with no paragraph left over.
    expect(officeText(at('para-accepted.txt'))).toBe(officeText(at('para-reference.txt')));
    expect(officeText(at('para-rejected.txt'))).toBe(officeText(at('para-draft.txt')));
  });

  it('writes tracked changes: accepting all in LibreOffice gives the cleaned copy, rejecting all gives the draft', () => {
    expect(officeText(at('accepted.txt'))).toBe(officeText(at('clean.txt')));
    expect(officeText(at('rejected.txt'))).toBe(officeText(at('draft.txt')));
    expect(part(readFileSync(at('tracked.docx')), 'word/document.xml')).toContain('w:author="Copy Desk"');
  });
});
