/**
 * Word footnotes against a reference that sets them differently (qa11's
 * bug 5): a note's text seen as moved into the body is fixed in the note,
 * never pasted into the body, and the tab LibreOffice sets after a note's
 * number reads as the space Word types and a PDF shows.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDocx } from '../../main/formats/docx/package';
import { readDocxText } from '../../main/formats/docx/read';
import { writeDocx } from '../../main/formats/docx/write';
import { galley } from './cli-in-process';
import { footnoteReference, makeDocx, p, part, r } from './docx-fixtures';
import { office, OFFICE_PYTHON } from './office';

const textOf = (bytes: Uint8Array) => readDocxText(openDocx(bytes, 'x.docx').textParts).text;

/** A footnote as LibreOffice writes it: the number, then a tab, then the text. */
function tabbedNote(id: number, text: string): string {
  return `<w:footnote w:id="${id}">${p(`<w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t>${text}</w:t></w:r>`)}</w:footnote>`;
}

const DRAFT = makeDocx({
  body: [
    p(r('The company grew by 21 percent.') + footnoteReference(1)),
    p(r('Sales were strong in Europe.')),
    p(r('Final paragraph here.')),
  ].join(''),
  footnotes: tabbedNote(1, 'Source: the anual accounts of the group.'),
});

describe('Word footnotes', () => {
  it("reads the tab after a note's number as a space", () => {
    expect(textOf(DRAFT)).toBe('The company grew by 21 percent.\nSales were strong in Europe.\nFinal paragraph here.\n1 Source: the anual accounts of the group.');
  });

  it("writes a move between a note and the body as the note's own fixes, the CLI's edits and the window's alike", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-notes-'));
    const at = (name: string) => join(dir, name);
    writeFileSync(at('draft.docx'), DRAFT);
    // The reference as copied from a print layout: the note's sentence after its paragraph.
    writeFileSync(at('reference.txt'), 'The company grew by 21 percent.\nSource: the annual accounts of the group.\nSales were strong in Europe.\nFinal paragraph here.\n');
    const run = await galley(['apply', at('draft.docx'), at('reference.txt'), '--accept', 'all', '--out', at('clean.docx')]);
    expect(run.stderr).toContain('1 change');
    const cleaned = readFileSync(at('clean.docx'));
    expect(textOf(cleaned)).toBe('The company grew by 21 percent.\nSales were strong in Europe.\nFinal paragraph here.\n1 Source: the annual accounts of the group.');
    expect(part(cleaned, 'word/footnotes.xml')).toContain('<w:footnoteRef/></w:r><w:r><w:tab/><w:t>Source: the annual accounts of the group.</w:t>');

    // The window sends each half whole, as the editor's change ranges give them.
    const text = textOf(DRAFT);
    const note = text.indexOf('\n1 Source');
    const body = text.indexOf('Sales');
    const window = writeDocx(DRAFT, 'x.docx', [
      { from: body, to: body, insert: 'Source: the annual accounts of the group.\n' },
      { from: note, to: text.length, insert: '' },
    ]);
    expect(window.unapplied).toBe(1);
    expect(Buffer.from(window.bytes).equals(cleaned)).toBe(true);

    // LibreOffice opens it, the body without the note's sentence (its text export shows the note's mark, not its text).
    if (OFFICE_PYTHON !== null) {
      office([['open', at('clean.docx'), at('clean.txt')]]);
      expect(readFileSync(at('clean.txt'), 'utf8').replace(/^\uFEFF/, '').trimEnd()).toBe(
        'The company grew by 21 percent.1\nSales were strong in Europe.\nFinal paragraph here.',
      );
    }
  }, 120_000);

  it('leaves a short note, and a body insertion that merely shares its words, as they are (review11)', () => {
    const draft = makeDocx({
      body: [p(r('First claim here.') + footnoteReference(1)), p(r('Second claim here.') + footnoteReference(2))].join(''),
      footnotes: tabbedNote(1, 'See the annual report of the group.') + tabbedNote(2, 'Ibid., page four.'),
    });
    const text = textOf(draft);
    const second = text.indexOf('\n2 Ibid');
    const body = text.indexOf(' here.\nSecond') + ' here'.length;
    // The reference has no second note, and its first paragraph says more: two edits, not a move.
    const out = writeDocx(draft, 'x.docx', [
      { from: body, to: body, insert: ', as page four of the report says' },
      { from: second, to: text.length, insert: '' },
    ]);
    expect(textOf(out.bytes)).toContain('First claim here, as page four of the report says.');
    expect(part(out.bytes, 'word/footnotes.xml')).not.toContain('as page four of the report says');
  });
});
