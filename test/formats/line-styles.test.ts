/** Headings and list items of Word and Markdown drafts, as the window shows them. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../main/formats/index';
import { paragraphList } from '../../renderer/src/editor/chunks';
import { docFromText, textFromDoc } from '../../renderer/src/editor/text-doc';
import { makeDocx, p, r, table } from './docx-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'galley-line-styles-'));

describe('which lines are headings and list items', () => {
  it('Word: heading styles, outline levels and numbered paragraphs; a line break inside a heading keeps both lines a heading', async () => {
    const numbered = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${r(text)}</w:p>`;
    const outlined = `<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr>${r('Part two')}</w:p>`;
    writeFileSync(
      join(dir, 'styled.docx'),
      makeDocx({
        body: p(r('Budget') + '<w:r><w:br/></w:r>' + r('Statement'), 'Heading1') + p(r('Body text.')) + numbered('first') + numbered('second') + table([['a', 'b']]) + outlined,
      }),
    );
    const read = await loadDocument(join(dir, 'styled.docx'));
    expect(read.text).toBe('Budget\nStatement\nBody text.\nfirst\nsecond\na\nb\nPart two');
    expect(read.lineStyles).toEqual([
      { line: 0, style: 'h1' },
      { line: 1, style: 'h1' },
      { line: 3, style: 'item' },
      { line: 4, style: 'item' },
      { line: 7, style: 'h2' },
    ]);
  });

  it('Markdown: headings by depth, and each list item’s first block', async () => {
    writeFileSync(join(dir, 'styled.md'), '# Title\n\nSome\nprose.\n\n- one\n- two\n\n  more of two\n\n## Sub\n');
    const read = await loadDocument(join(dir, 'styled.md'));
    // 'Some\nprose.' is one paragraph wrapped in the source: one line, its soft break a space.
    expect(read.text).toBe('Title\nSome prose.\none\ntwo\nmore of two\nSub');
    expect(read.lineStyles).toEqual([
      { line: 0, style: 'h1' },
      { line: 2, style: 'item' },
      { line: 3, style: 'item' },
      { line: 5, style: 'h2' },
    ]);
  });

  it('plain text has none, and a styled document’s text is the same text', async () => {
    writeFileSync(join(dir, 'plain.txt'), '# Not a heading\n- nor an item\n');
    expect((await loadDocument(join(dir, 'plain.txt'))).lineStyles).toEqual([]);
    const doc = docFromText('Title\nbody\nitem', null, {
      lineStyles: [
        { line: 0, style: 'h1' },
        { line: 2, style: 'item' },
      ],
    });
    expect(paragraphList(doc).map((paragraph) => paragraph.attrs.style)).toEqual(['h1', null, 'item']);
    expect(textFromDoc(doc)).toBe('Title\nbody\nitem');
  });
});

describe('which words are bold and italic', () => {
  it('Word: each run’s own bold and italic, neighbours alike merged', async () => {
    writeFileSync(
      join(dir, 'bold.docx'),
      makeDocx({ body: p(r('Sir ', { b: true }) + r('Keir', { b: true }) + r(' spoke on ') + r('Tuesday', { i: true }) + r(' at ') + r('noon', { b: true, i: true })) }),
    );
    const read = await loadDocument(join(dir, 'bold.docx'));
    expect(read.text).toBe('Sir Keir spoke on Tuesday at noon');
    expect(read.inlineStyles).toEqual([
      { from: 0, to: 8, bold: true },
      { from: 18, to: 25, italic: true },
      { from: 29, to: 33, bold: true, italic: true },
    ]);
  });

  it('Markdown: strong and emphasis, nested too', async () => {
    writeFileSync(join(dir, 'bold.md'), '**Sir Keir** spoke on *Tuesday* at ***noon***.\n');
    const read = await loadDocument(join(dir, 'bold.md'));
    expect(read.text).toBe('Sir Keir spoke on Tuesday at noon.');
    expect(read.inlineStyles).toEqual([
      { from: 0, to: 8, bold: true },
      { from: 18, to: 25, italic: true },
      { from: 29, to: 33, bold: true, italic: true },
    ]);
  });

  it('the editor shows them as marks, across a line break too, and its text is unchanged', () => {
    const doc = docFromText('Sir Keir\nspoke on Tuesday', null, {
      inlineStyles: [
        { from: 4, to: 12, bold: true },
        { from: 18, to: 25, italic: true },
      ],
    });
    expect(textFromDoc(doc)).toBe('Sir Keir\nspoke on Tuesday');
    const marked = (line: number) => {
      const out: string[] = [];
      paragraphList(doc)[line]!.forEach((text) => out.push(`${text.marks.map((m) => m.type.name).join('+') || '-'}:${text.text}`));
      return out;
    };
    expect(marked(0)).toEqual(['-:Sir ', 'strong:Keir']);
    expect(marked(1)).toEqual(['strong:spo', '-:ke on ', 'em:Tuesday']);
  });
});
