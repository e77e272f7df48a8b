import { describe, expect, it } from 'vitest';
import { layoutPdfText, type PdfLine, type PdfPage } from '../../main/formats/pdf';
import { joinLines, settleLineEndHyphens } from '../../main/formats/pdf-hyphens';

/**
 * A page of lines 14 units apart, left margin 72, column ending at 523 on a
 * 595-wide page; with `margins`, the first and last lines stand apart in the
 * top and bottom margins, as running heads and page numbers do.
 */
function page(lines: string[], options: { fullWidth?: boolean[]; margins?: boolean } = {}): PdfPage {
  return {
    width: 595,
    lines: lines.map((text, i): PdfLine => {
      const full = options.fullWidth?.[i] ?? false;
      const shift = options.margins ? (i > 0 ? 30 : 0) + (i === lines.length - 1 ? 30 : 0) : 0;
      return { text, left: 72, right: full ? 523 : 72 + text.length * 5, y: 770 - i * 14 - shift, size: 10 };
    }),
  };
}

describe('PDF text layout', () => {
  it('rejoins a word hyphenated at a line end, and only then', () => {
    const join = (before: string, after: string) => settleLineEndHyphens(joinLines(before, after));
    expect(join('the Con-', 'servatives')).toBe('the Conservatives');
    expect(join('pre-', 'War')).toBe('pre- War');
    expect(join('a soft\u00ad', 'hyphen')).toBe('a softhyphen');
    expect(join('end.', 'Next')).toBe('end. Next');
  });

  it('keeps the hyphen of a compound broken at it, where the text shows the word is one', () => {
    const settle = (...parts: string[]) => settleLineEndHyphens(parts.reduce((text, part) => joinLines(text, part)));
    // One half hyphenated already.
    expect(settle('the mother-', 'in-law came')).toBe('the mother-in-law came');
    expect(settle('a state-of-', 'the-art tool')).toBe('a state-of-the-art tool');
    // Written hyphenated elsewhere, or its first half opening another compound.
    expect(settle('It is self-', 'evident. Truly self-evident.')).toBe('It is self-evident. Truly self-evident.');
    expect(settle('It is self-', 'evident, and self-reliant.')).toBe('It is self-evident, and self-reliant.');
    // Written whole elsewhere, or nothing tells: the typesetter's hyphen.
    expect(settle('We co-', 'operate. We cooperate.')).toBe('We cooperate. We cooperate.');
    expect(settle('Some-', 'thing else: under-', 'standing.')).toBe('Something else: understanding.');
  });

  it('joins wrapped lines into paragraphs and starts a new one where the next word would have fitted', () => {
    const text = layoutPdfText([
      page(['A paragraph that runs to the right edge of the column and the Con-', 'servatives then wrap.', 'Next paragraph.'], {
        fullWidth: [true, false, false],
      }),
    ]);
    expect(text).toBe('A paragraph that runs to the right edge of the column and the Conservatives then wrap.\nNext paragraph.');
  });

  it('drops running headers, footers and page numbers that repeat on most pages, and reads ligatures as letters', () => {
    const words = ['', 'Alpha', 'Bravo', 'Charlie', 'Delta'];
    const body = (n: number) => [`${words[n]} opens.`, `The ﬁrst ﬂow ${n}.`, `${words[n]} ends.`];
    const pages = [1, 2, 3, 4].map((n) => page(['The Galley Review', ...body(n), `${n}`], { margins: true }));
    pages[2] = page(['Chapter opening without the head', ...body(3), 'Page 3 of 4'], { margins: true });
    expect(layoutPdfText(pages)).toBe(
      ['Alpha opens.', 'The first flow 1.', 'Alpha ends.', 'Bravo opens.', 'The first flow 2.', 'Bravo ends.']
        .concat(['Chapter opening without the head', 'Charlie opens.', 'The first flow 3.', 'Charlie ends.'])
        .concat(['Delta opens.', 'The first flow 4.', 'Delta ends.'])
        .join('\n'),
    );
  });

  it('drops a header set without a gap, where it stands at the same place on most pages, constant or numbered', () => {
    const pages = [1, 2, 3, 4].map((n) => page(['Confidential', `Body line ${'abcd'[n - 1]} of the page.`, `Chapter ${n} of 4`]));
    pages[1] = page(['Body line b of the page.', 'Its header is left off.', 'Chapter 2 of 4']);
    expect(layoutPdfText(pages)).toBe('Body line a of the page.\nBody line b of the page.\nIts header is left off.\nBody line c of the page.\nBody line d of the page.');
    // The same words lower down a page are text: the head is known by its place.
    const moved = [1, 2, 3].map((n) => page(['Confidential', `Body ${'abc'[n - 1]}.`, `More ${'abc'[n - 1]}.`, 'End.']));
    moved[2] = page(['Confidential', 'Body c.', 'Confidential', 'End.']);
    expect(layoutPdfText(moved)).toBe('Body a.\nMore a.\nBody b.\nMore b.\nBody c.\nConfidential');
  });

  it('keeps a body line that ends every page alike: it is not in the margin', () => {
    const pages = [1, 2, 3].map((n) => page([`Page ${n} text.`, 'The same closing line.']));
    expect(layoutPdfText(pages)).toBe('Page 1 text.\nThe same closing line.\nPage 2 text.\nThe same closing line.\nPage 3 text.\nThe same closing line.');
  });

  it('measures a line against its own column, and reads a table row by row, a cell a line', () => {
    // Two columns, 72-290 and 310-523, their baselines shifted by paragraph spacing.
    const left = ['The left column runs to its', 'edge and wraps here and', 'ends short.', 'A second one', 'runs on over to the', 'next column'];
    const right = ['at the top and wraps at', 'its edge too, and ends.', 'Then a third.'];
    const fill = (texts: string[], x: number, full: boolean[], drop: number): PdfLine[] =>
      texts.map((text, i) => ({ text, left: x, right: full[i] ? x + 213 : x + text.length * 5, y: 770 - i * 14 - (i >= 3 ? drop : 0), size: 10 }));
    const columns = [...fill(left, 72, [true, true, false, true, true, true], 6), ...fill(right, 310, [true, false, false], 0)];
    expect(layoutPdfText([{ width: 595, lines: columns }])).toBe(
      'The left column runs to its edge and wraps here and ends short.\nA second one runs on over to the next column at the top and wraps at its edge too, and ends.\nThen a third.',
    );
    const cell = (text: string, x: number, row: number): PdfLine => ({ text, left: x, right: x + text.length * 5, y: 770 - row * 14, size: 10 });
    const table = [cell('Name', 72, 0), cell('Place', 300, 0), cell('Alice Longname', 72, 1), cell('Oslo', 300, 1), cell('Bob', 72, 2), cell('Rome', 300, 2)];
    expect(layoutPdfText([{ width: 595, lines: table }])).toBe('Name\nPlace\nAlice Longname\nOslo\nBob\nRome');
  });

  it('reads a bulleted list item without its bullet, which the word processor draws', () => {
    expect(layoutPdfText([page(['• First item', '◦ Second item'])])).toBe('First item\nSecond item');
  });

  it('carries a paragraph across a page break when the last line is full, unless the next page opens with a first-line indent', () => {
    const text = layoutPdfText([page(['Start of a long paragraph that fills the line'], { fullWidth: [true] }), page(['and ends here.'])]);
    expect(text).toBe('Start of a long paragraph that fills the line and ends here.');
    const indented = page(['A new paragraph opens', 'under its first line.'], { fullWidth: [true, false] });
    const lines = [{ ...indented.lines[0], left: 102 }, indented.lines[1]];
    expect(layoutPdfText([page(['A paragraph ends on a full line.'], { fullWidth: [true] }), { width: 595, lines }])).toBe(
      'A paragraph ends on a full line.\nA new paragraph opens under its first line.',
    );
  });
});
