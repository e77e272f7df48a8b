/**
 * PDF references read as a reader sees the pages (qa11's bugs 13-15): the
 * running header a word processor sets over every page is not text, a
 * paragraph runs on over a page break and down a column into the next, and
 * a compound broken at its own hyphen keeps it. The PDFs are LibreOffice's.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdfLines, readPdf } from '../../main/formats/pdf';
import { office, OFFICE_PYTHON } from './office';

const WORDS = 'the reference draft editor marks each line where print reads against place wording missed differs nothing before every so that'.split(' ');

/** `count` paragraphs of `length` words, the same every run: prose enough to wrap, with no word repeated in a row. */
function paragraphs(count: number, length: number): string[] {
  return Array.from({ length: count }, (_, p) => {
    const words = Array.from({ length }, (_, w) => WORDS[(p * 7 + w * w * 3 + w) % WORDS.length]);
    const text = `${words.join(' ')}.`;
    return text[0].toUpperCase() + text.slice(1);
  });
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A LibreOffice flat document of `body` (paragraphs spaced apart, as Word's Normal style and LibreOffice's Text Body set them), with a page layout and optional header/footer and section columns. */
function fodt(body: readonly string[], layout: { width: string; height: string; header?: string; footer?: boolean; columns?: number }): string {
  const header = layout.header ? `<style:header><text:p>${escape(layout.header)}</text:p></style:header>` : '';
  const footer = layout.footer ? '<style:footer><text:p>Page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>' : '';
  const ps = body.map((p) => `<text:p text:style-name="P1">${escape(p)}</text:p>`).join('');
  const content = layout.columns ? `<text:section text:style-name="Sect1" text:name="S">${ps}</text:section>` : ps;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${layout.width}" fo:page-height="${layout.height}" fo:margin-left="2cm" fo:margin-right="2cm" fo:margin-top="1cm" fo:margin-bottom="1cm"/><style:header-style/><style:footer-style/></style:page-layout>
<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>
<style:style style:name="Sect1" style:family="section"><style:section-properties><style:columns fo:column-count="${layout.columns ?? 1}" fo:column-gap="0.5cm"/></style:section-properties></style:style></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${header}${footer}</style:master-page></office:master-styles>
<office:body><office:text>${content}</office:text></office:body></office:document>
`;
}

const HEADER_BODY = paragraphs(24, 70);
const COLUMNS_BODY = paragraphs(8, 60);
const COMPOUNDS = 'The well-known state-of-the-art e-mail follow-up re-entry co-operation long-term self-evident twenty-one mother-in-law';
/** Compounds on a narrow page, some broken at their own hyphen: each is written whole somewhere else in the text. */
const HYPHENS_BODY = [`${COMPOUNDS} ${COMPOUNDS.toLowerCase()} ${COMPOUNDS.toLowerCase()}.`];

describe.skipIf(OFFICE_PYTHON === null)('PDF pages as a reader sees them (LibreOffice)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'galley-pdf-pages-'));
  const at = (name: string) => join(dir, name);
  const read = async (name: string) => (await readPdf(readFileSync(at(name)), at(name))).text;

  beforeAll(() => {
    writeFileSync(at('header.fodt'), fodt(HEADER_BODY, { width: '21cm', height: '14cm', header: 'The Quarterly Review — Spring Issue', footer: true }));
    writeFileSync(at('columns.fodt'), fodt(COLUMNS_BODY, { width: '21cm', height: '29.7cm', columns: 2 }));
    writeFileSync(at('hyphens.fodt'), fodt(HYPHENS_BODY, { width: '10cm', height: '29.7cm' }));
    office([
      ['open', at('header.fodt'), at('header.pdf')],
      ['open', at('columns.fodt'), at('columns.pdf')],
      ['open', at('hyphens.fodt'), at('hyphens.pdf')],
    ]);
  }, 120_000);

  it('drops a constant running header set without a gap over every page, and runs a paragraph on over the page break', async () => {
    const text = await read('header.pdf');
    expect(text).not.toContain('Quarterly');
    expect(text).toBe(HEADER_BODY.join('\n'));
  });

  it('joins the wrapped lines of a two-column page into paragraphs, one running on from the foot of a column to the head of the next', async () => {
    expect(await read('columns.pdf')).toBe(COLUMNS_BODY.join('\n'));
  });

  it('keeps the hyphen of a compound that wraps at it', async () => {
    const [page] = await extractPdfLines(readFileSync(at('hyphens.pdf')), at('hyphens.pdf'));
    expect(page.lines.filter((line) => /\p{L}-$/u.test(line.text)).length).toBeGreaterThan(2);
    expect(await read('hyphens.pdf')).toBe(HYPHENS_BODY[0]);
  });
});
