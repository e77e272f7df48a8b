/**
 * Paragraph breaks between containers: a .txt draft's blank lines and final
 * newline against a Word, Markdown or HTML reference (one paragraph a line),
 * and a Markdown draft against a .txt reference, are no suggestion; a
 * paragraph split or joined still is, written as the draft writes breaks.
 * The reference is restated in the draft's convention where a pair is
 * loaded: by the CLI, and by the window's session whichever opens first.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { galley } from './cli-in-process';
import { loadDocument } from '../../main/formats/index';
import { inDraftParagraphs, paragraphConvention, restatingEdits } from '../../main/formats/paragraphs';
import { storesIn } from '../../main/session/data-folder';
import { ReviewSession } from '../../main/session/review-session';
import { watchFile } from '../../main/files/watch';
import { makeDocx, p, r } from './docx-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'galley-paragraphs-'));
const at = (name: string) => join(dir, name);

const PARAGRAPHS = ['Budget day', 'Sir Keir Starmer spoke in London.', 'The House then rose.', 'It sat again on Monday.'];
/** A retyped .txt copy: blank lines between paragraphs, a final newline. */
const TEXT = `${PARAGRAPHS.join('\n\n')}\n`;

writeFileSync(at('retyped.txt'), TEXT);
writeFileSync(at('publisher.docx'), makeDocx({ body: p(r(PARAGRAPHS[0]), 'Heading1') + PARAGRAPHS.slice(1).map((t) => p(r(t))).join('') }));
writeFileSync(at('publisher.html'), `<html><body><h1>${PARAGRAPHS[0]}</h1>${PARAGRAPHS.slice(1).map((t) => `<p>${t}</p>`).join('\n')}</body></html>`);
writeFileSync(at('publisher.md'), `# ${PARAGRAPHS[0]}\n\n${PARAGRAPHS.slice(1).join('\n\n')}\n`);
writeFileSync(at('publisher.txt'), TEXT);

describe('a text\'s paragraph convention', () => {
  it('is blank lines when as many breaks are blank lines as single ones, else a line a paragraph; the final newline apart', () => {
    expect(paragraphConvention('A\n\nB\n\nC\n')).toEqual({ paragraphs: 'blank', separator: '\n\n', trailing: '\n' });
    expect(paragraphConvention('A\n \nB\n \nC\n\nD')).toEqual({ paragraphs: 'blank', separator: '\n \n', trailing: '' });
    expect(paragraphConvention('A\nB\nC')).toEqual({ paragraphs: 'lines', separator: '\n', trailing: '' });
    // Sections parted by a blank line, paragraphs by a line break: a line a paragraph.
    expect(paragraphConvention('A\nB\nC\n\nD\nE\n\n')).toEqual({ paragraphs: 'lines', separator: '\n', trailing: '\n\n' });
    // Leading blank lines are not between paragraphs.
    expect(paragraphConvention('\n\n\nA\nB')).toMatchObject({ paragraphs: 'lines' });
    expect(paragraphConvention('')).toEqual({ paragraphs: 'lines', separator: '\n', trailing: '' });
  });

  it('restates breaks into another convention and keeps single breaks inside blank-line paragraphs', () => {
    const blank = paragraphConvention('X\n\nY\n');
    expect(restatingEdits('A\nB', blank)).toEqual([
      { from: 1, to: 2, insert: '\n\n' },
      { from: 3, to: 3, insert: '\n' },
    ]);
    const lines = paragraphConvention('X\nY');
    expect(restatingEdits('A\n\nB\nC\n\n\nD\n', lines)).toEqual([
      { from: 1, to: 3, insert: '\n' },
      { from: 6, to: 9, insert: '\n' },
      { from: 10, to: 11, insert: '' },
    ]);
    expect(restatingEdits('A\nB', lines)).toEqual([]);
  });

  it('moves a Markdown reference\'s headings and bold words with their text', async () => {
    writeFileSync(at('styled.md'), '# Title\n\nSome **bold** words.\n\n- an item\n');
    const reference = await loadDocument(at('styled.md'));
    const restated = inDraftParagraphs(reference, { container: 'text', text: 'x\n\ny\n' });
    expect(restated.text).toBe('Title\n\nSome bold words.\n\nan item\n');
    expect(restated.lineStyles).toEqual([
      { line: 0, style: 'h1' },
      { line: 4, style: 'item' },
    ]);
    const bold = restated.inlineStyles.find((s) => s.bold)!;
    expect(restated.text.slice(bold.from, bold.to)).toBe('bold');
    // A Markdown draft reads a paragraph a line with no final newline, as the reference does: nothing to restate.
    expect(inDraftParagraphs(reference, { container: 'markdown', text: 'x\ny' })).toBe(reference);
  });

  it('gives a reference in the same container the draft’s final newline, which is the file’s, not a difference', async () => {
    writeFileSync(at('ends.txt'), 'One.\n\nTwo.\n');
    const reference = await loadDocument(at('ends.txt'));
    expect(inDraftParagraphs(reference, { container: 'text', text: 'One.\n\nTwo.' }).text).toBe('One.\n\nTwo.');
    expect(inDraftParagraphs(reference, { container: 'text', text: 'One.\n\nTwo.\n\n' }).text).toBe('One.\n\nTwo.\n\n');
    // Blank lines between paragraphs stay as they are: in one container they are the typist's doing.
    expect(inDraftParagraphs(reference, { container: 'text', text: 'One.\nTwo.\n' })).toBe(reference);
  });
});

describe('galley check across containers', () => {
  it.each(['publisher.docx', 'publisher.html', 'publisher.md'])('finds no difference between a retyped .txt and %s', async (reference) => {
    expect(await galley(['check', at('retyped.txt'), at(reference)])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('finds none between a Markdown or Word draft and a .txt reference with blank lines', async () => {
    writeFileSync(at('draft.md'), `# ${PARAGRAPHS[0]}\n\n${PARAGRAPHS.slice(1).join('\n\n')}\n`);
    expect(await galley(['check', at('draft.md'), at('publisher.txt')])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await galley(['check', at('publisher.docx'), at('publisher.txt')])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('still flags a paragraph joined and one split in a .txt draft, and accepting them writes blank lines', async () => {
    writeFileSync(at('joined.txt'), `${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]} ${PARAGRAPHS[2]}\n\nIt sat again\n\non Monday.\n`);
    const { status, stdout } = await galley(['check', at('joined.txt'), at('publisher.docx')]);
    expect(status).toBe(1);
    expect(stdout.split('\n').map((line) => line.replace(/ +/g, ' '))).toEqual([
      '3:34 typography low " " → "\\n\\n"',
      '5:13 typography low "\\n\\n" → " "',
      '',
    ]);
    expect((await galley(['apply', at('joined.txt'), at('publisher.docx'), '--accept', 'all', '--out', at('joined.cleaned.txt')])).stderr).toBe('');
    expect(readFileSync(at('joined.cleaned.txt'), 'utf8')).toBe(TEXT);
  });

  it('still flags a paragraph joined and one split in a Markdown draft against a .txt reference, and accepting them writes Markdown paragraphs', async () => {
    writeFileSync(at('joined.md'), `# ${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]} ${PARAGRAPHS[2]}\n\nIt sat again\n\non Monday.\n`);
    const { status, stdout } = await galley(['check', at('joined.md'), at('publisher.txt')]);
    expect(status).toBe(1);
    expect(stdout.split('\n').map((line) => line.replace(/ +/g, ' '))).toEqual([
      '2:34 typography low " " → "\\n"',
      '3:13 typography low "\\n" → " "',
      '',
    ]);
    const applied = await galley(['apply', at('joined.md'), at('publisher.txt'), '--accept', 'all', '--out', at('joined.cleaned.md')]);
    expect(applied.stderr).toBe('');
    expect(readFileSync(at('joined.cleaned.md'), 'utf8')).toBe(`# ${PARAGRAPHS[0]}\n\n${PARAGRAPHS.slice(1).join('\n\n')}\n`);
  });

  it('takes a hard-wrapped .txt\'s line breaks inside paragraphs for the spaces they stand for, either way round', async () => {
    // Blank lines between paragraphs, and lines wrapped inside them (an OCR'd page, a plain-text mail).
    const wrapped = 'Budget day\n\nSir Keir Starmer spoke\nin London.\n\nThe House then\nrose.\n\nIt sat again on Monday.\n';
    writeFileSync(at('wrapped.txt'), wrapped);
    expect(await galley(['check', at('wrapped.txt'), at('publisher.docx')])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await galley(['check', at('publisher.docx'), at('wrapped.txt')])).toEqual({ status: 0, stdout: '', stderr: '' });
    // A wrap is never a paragraph break: where the reference starts a paragraph, the draft's wrap is still one to make.
    writeFileSync(at('wrapped-join.txt'), 'Budget day\n\nSir Keir Starmer spoke in London.\nThe House then rose.\n\nIt sat again\non Mondy.\n');
    const { stdout } = await galley(['check', at('wrapped-join.txt'), at('publisher.docx')]);
    expect(stdout.split('\n').map((line) => line.replace(/ +/g, ' '))).toEqual([
      '3:34 typography low "" → "\\n"',
      '7:4 name high "Mondy" → "Monday"',
      '',
    ]);
    await galley(['apply', at('wrapped-join.txt'), at('publisher.docx'), '--accept', 'all', '--out', at('wrapped-join.cleaned.txt')]);
    expect(readFileSync(at('wrapped-join.cleaned.txt'), 'utf8')).toBe('Budget day\n\nSir Keir Starmer spoke in London.\n\nThe House then rose.\n\nIt sat again\non Monday.\n');
  });

  it('keeps comparing blank lines between two .txt files, where they are the typist\'s', async () => {
    writeFileSync(at('lines.txt'), `${PARAGRAPHS.join('\n')}\n`);
    const { status, stdout } = await galley(['check', at('lines.txt'), at('publisher.txt')]);
    expect(status).toBe(1);
    expect(stdout.split('\n')).toHaveLength(PARAGRAPHS.length);
  });
});

describe('the window\'s session', () => {
  function session(draft: string | null, reference: string | null): ReviewSession {
    const data = mkdtempSync(join(dir, 'data-'));
    return new ReviewSession({
      dialogs: {
        chooseFile: async () => null,
        chooseSavePath: async () => null,
        askUnsaved: async () => 'cancel',
        askChangedOnDisk: async () => 'cancel',
      },
      window: { setTitle: () => {}, send: () => {}, close: () => {} },
      ...storesIn(data),
      watch: watchFile,
      startup: { draft, reference, demo: false },
    });
  }

  it('restates a reference opened after the draft', async () => {
    const s = session(at('retyped.txt'), at('publisher.html'));
    const { draft, reference } = await s.startup();
    expect(reference!.text).toBe(draft!.text);
    await s.dispose();
  });

  it('sends the reference again, restated, when a draft of another convention opens after it', async () => {
    const s = session(null, at('publisher.txt'));
    const { reference } = await s.startup();
    expect(reference!.text).toBe(TEXT);
    s.registerDrop([at('draft.md')]);
    const [opened] = await s.openPaths([at('draft.md')], 'draft');
    expect(opened.ok && opened.reference).toMatchObject({ handle: reference!.handle, role: 'reference', text: PARAGRAPHS.join('\n') });
    expect(opened.ok && opened.document.text).toBe(PARAGRAPHS.join('\n'));
    // A .txt draft after it takes the reference as read again; the same convention sends nothing.
    s.registerDrop([at('retyped.txt')]);
    const [text] = await s.openPaths([at('retyped.txt')], 'draft');
    expect(text.ok && text.reference?.text).toBe(TEXT);
    s.registerDrop([at('joined.txt')]);
    const [again] = await s.openPaths([at('joined.txt')], 'draft');
    expect(again.ok && 'reference' in again).toBe(false);
    await s.dispose();
  });
});
