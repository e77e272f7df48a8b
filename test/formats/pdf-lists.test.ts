/**
 * List labels in a PDF reference: bullets always go, number labels where the
 * layout shows a list, and a number typed in prose stays (qa11's bug 4).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPdfText, type PdfLine } from '../../main/formats/pdf';
import { ensureBuilt, GALLEY } from '../cli/built-cli';
import { office, OFFICE_PYTHON } from './office';

/** One line 14 units below the last, at `left`, as wide as its text (5 units a character), or `right` when given. */
function lines(specs: [text: string, left: number, right?: number, sameBaseline?: boolean][]): PdfLine[] {
  let y = 784;
  return specs.map(([text, left, right, sameBaseline]) => {
    if (!sameBaseline) y -= 14;
    return { text, left, right: right ?? left + text.length * 5, y, size: 10 };
  });
}
const layout = (specs: Parameters<typeof lines>[0]) => layoutPdfText([{ width: 595, lines: lines(specs) }]);

describe('PDF list labels', () => {
  it("drops a symbol font's private-use bullet, Word's and LibreOffice's U+F0B7 and Wingdings' U+F0A7, wherever the line starts", () => {
    expect(layout([['Intro.', 72], ['\uF0B7 Apples are red', 90], ['\uF0A7 Pears are green', 90], ['\uF0B7', 72], ['Plums', 108, undefined, true]])).toBe(
      'Intro.\nApples are red\nPears are green\nPlums',
    );
  });

  it('drops number labels of an indented list, and a label set apart from its text by a tab', () => {
    expect(layout([['Intro.', 72], ['1. Step one here', 90], ['2. Step two here', 90], ['a)', 72], ['Lettered', 108, undefined, true]])).toBe(
      'Intro.\nStep one here\nStep two here\nLettered',
    );
    // A wrapped item hangs under its text, past the label's indent; the next label is still its neighbour.
    expect(layout([['Intro.', 72], ['(i) A long item that runs to the edge', 90, 523], ['and hangs.', 104], ['(ii) Next item', 90]])).toBe(
      'Intro.\nA long item that runs to the edge and hangs.\nNext item',
    );
  });

  it('keeps the dashes of dialogue set as one-line paragraphs at a first-line indent, and drops a dashed list item that hangs (review11)', () => {
    expect(layout([['Are you coming?', 72], ['— No.', 90], ['— Why not?', 90], ['He left.', 72]])).toBe('Are you coming?\n— No.\n— Why not?\nHe left.');
    expect(layout([['Intro.', 72], ['– A long dashed item that runs to the edge', 90, 523], ['and hangs.', 104], ['– Next item', 90]])).toBe(
      'Intro.\nA long dashed item that runs to the edge and hangs.\nNext item',
    );
  });

  it('drops a label that a tab parts from its text on one line, even in a list of one', () => {
    const tabbed: PdfLine = { text: '1. Only step', left: 72, right: 140, y: 756, size: 10, lead: '1.' };
    const typed: PdfLine = { text: '1. The committee', left: 72, right: 160, y: 742, size: 10 };
    expect(layoutPdfText([{ width: 595, lines: [tabbed, typed] }])).toBe('Only step\n1. The committee');
  });

  it('keeps a number typed in prose: at the margin, alone at an indent, or opening a first-line indent', () => {
    expect(layout([['1. The committee met.', 72], ['2. The committee rose.', 72]])).toBe('1. The committee met.\n2. The committee rose.');
    expect(layout([['Intro.', 72], ['1. A lone indented line.', 90], ['Closing.', 72]])).toBe('Intro.\n1. A lone indented line.\nClosing.');
    expect(
      layout([['Intro.', 72], ['1. The committee met and its report runs', 90, 523], ['back to the margin.', 72], ['2. The next paragraph runs', 90, 523], ['on too.', 72]]),
    ).toBe('Intro.\n1. The committee met and its report runs back to the margin.\n2. The next paragraph runs on too.');
  });
});

/** A tab narrower than the column gap, so the label and its text are one line of the PDF, as in Word's own lists. */
const NARROW_TAB =
  '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45in" fo:text-indent="-0.25in" fo:margin-left="0.45in"/></style:list-level-properties>';
const TAB_AFTER_LABEL =
  '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.25in" fo:margin-left="0.5in"/></style:list-level-properties>';
/** A Word draft with a bulleted and a numbered list, and a paragraph that types "1." as text; LibreOffice makes its PDF. */
const LISTS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:xsl-formatting-objects" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
<text:list-style style:name="B"><text:list-level-style-bullet text:level="1" text:bullet-char="•">${TAB_AFTER_LABEL}</text:list-level-style-bullet></text:list-style>
<text:list-style style:name="N"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">${TAB_AFTER_LABEL}</text:list-level-style-number></text:list-style>
<text:list-style style:name="S"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">${NARROW_TAB}</text:list-level-style-number></text:list-style>
</office:automatic-styles>
<office:body><office:text>
<text:p>1. The committee met, a number typed as text in a paragraph long enough to wrap over more than one line of the page.</text:p>
<text:list text:style-name="B"><text:list-item><text:p>Apples are red</text:p></text:list-item><text:list-item><text:p>Pears are green</text:p></text:list-item></text:list>
<text:list text:style-name="N"><text:list-item><text:p>Step one here</text:p></text:list-item><text:list-item><text:p>Step two here</text:p></text:list-item></text:list>
<text:p>Between the lists.</text:p>
<text:list text:style-name="S"><text:list-item><text:p>A list of one step</text:p></text:list-item></text:list>
<text:p>Closing words.</text:p>
</office:text></office:body></office:document>
`;

describe.skipIf(OFFICE_PYTHON === null)('PDF list labels in LibreOffice', () => {
  it('checks a Word draft with lists against its own PDF without a suggestion', () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'galley-lists-'));
    const at = (name: string) => join(dir, name);
    writeFileSync(at('lists.fodt'), LISTS);
    office([
      ['open', at('lists.fodt'), at('lists.docx')],
      ['open', at('lists.docx'), at('lists.pdf')],
    ]);
    const run = spawnSync(process.execPath, [GALLEY, 'check', at('lists.docx'), at('lists.pdf')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);

    // A .txt draft holds the numbers as text (typed, or read by OCR from the page): against it they are kept (review11).
    const typed = [
      '1. The committee met, a number typed as text in a paragraph long enough to wrap over more than one line of the page.',
      'Apples are red',
      'Pears are green',
      '1. Step one here',
      '2. Step two here',
      'Between the lists.',
      '1. A list of one step',
      'Closing words.',
    ];
    writeFileSync(at('typed.txt'), typed.join('\n') + '\n');
    const text = spawnSync(process.execPath, [GALLEY, 'check', at('typed.txt'), at('lists.pdf')], { encoding: 'utf8' });
    expect(text.stdout).toBe('');
    expect(text.status).toBe(0);
  }, 120_000);
});
