import { describe, expect, it } from 'vitest';
import { openDocx } from '../../main/formats/docx/package';
import { readDocxText, type RevisionView } from '../../main/formats/docx/read';
import { writeDocx } from '../../main/formats/docx/write';
import type { TextEdit } from '../../main/files/text-format';
import { entries, footnote, footnoteReference, makeDocx, p, part, r, table } from './docx-fixtures';

const PATH = 'draft.docx';

function textOf(bytes: Uint8Array, view: RevisionView = 'accepted'): string {
  return readDocxText(openDocx(bytes, PATH).textParts, view).text;
}

/** The edits that turn `text` into `target` at the given substrings, for readable tests. */
function replace(text: string, pairs: [string, string][]): TextEdit[] {
  return pairs
    .map(([from, insert]) => {
      const at = text.indexOf(from);
      if (at < 0) throw new Error(`'${from}' not in text`);
      return { from: at, to: at + from.length, insert };
    })
    .sort((a, b) => a.from - b.from);
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].reverse()) out = out.slice(0, e.from) + e.insert + out.slice(e.to);
  return out;
}

const RICH = makeDocx({
  body: [
    p(r('The Budget'), 'Heading1'),
    p(r('Sir Kir Stmper', { b: true }) + r(' spoke on ') + r('Tuesday', { i: true }) + r(' in Londn.') + footnoteReference(1)),
    table([
      ['Year', 'Spend'],
      ['2024', '£3 bn'],
    ]),
    p(r('Last words.')),
  ].join(''),
  footnotes: footnote(1, 'Hansard, col. 12.'),
});

describe('reading a Word document', () => {
  it('reads headings, runs, table cells and footnotes as paragraphs in order', () => {
    expect(textOf(RICH)).toBe('The Budget\nSir Kir Stmper spoke on Tuesday in Londn.\nYear\nSpend\n2024\n£3 bn\nLast words.\n1 Hansard, col. 12.');
  });

  it('keeps inserted revisions and field results; leaves out deletions, field codes and hidden text', () => {
    const bytes = makeDocx({
      body: p(
        r('Kept ') +
          '<w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>inserted </w:t></w:r></w:ins>' +
          '<w:del w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>deleted </w:delText></w:r></w:del>' +
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
          '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>' +
          r(' end.'),
      ),
    });
    expect(textOf(bytes)).toBe('Kept inserted 7 end.');
    expect(textOf(bytes, 'rejected')).toBe('Kept deleted 7 end.');
  });

  it('reads a text box after the paragraph that anchors it, once (Choice, not Fallback)', () => {
    const box = (content: string) => `<w:txbxContent>${p(r(content))}</w:txbxContent>`;
    const bytes = makeDocx({
      body:
        p(
          r('Anchor.') +
            `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box('Boxed text.')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box('Boxed text.')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
        ) + p(r('After.')),
    });
    expect(textOf(bytes)).toBe('Anchor.\nBoxed text.\nAfter.');
  });
});

describe('writing the cleaned copy', () => {
  it('changes only the words that changed, each replacement in the run where it starts', () => {
    const text = textOf(RICH);
    const edits = replace(text, [
      ['Kir Stmper', 'Keir Starmer'],
      ['Londn', 'London'],
      ['£3 bn', '£4 bn'],
    ]);
    const { bytes, unapplied } = writeDocx(RICH, PATH, edits);
    expect(unapplied).toBe(0);
    expect(textOf(bytes)).toBe(applyEdits(text, edits));
    const xml = part(bytes, 'word/document.xml');
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Sir Keir Starmer</w:t></w:r>');
    expect(xml).toContain('<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Tuesday</w:t></w:r>');
    // Every other part is carried over byte for byte.
    const before = entries(RICH);
    const after = entries(bytes);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name], name).toEqual(before[name]);
  });

  it('a replacement spanning runs takes the first run\'s formatting and leaves the others\' markup', () => {
    const text = textOf(RICH);
    const edits = replace(text, [['Stmper spoke', 'Starmer said']]);
    const { bytes } = writeDocx(RICH, PATH, edits);
    expect(textOf(bytes)).toBe(applyEdits(text, edits));
    expect(part(bytes, 'word/document.xml')).toContain('<w:b/></w:rPr><w:t xml:space="preserve">Sir Kir Starmer said</w:t>');
  });

  it('joins paragraphs when the break between them is deleted, and writes new paragraphs and tabs', () => {
    const bytes = makeDocx({ body: p(r('One.')) + p(r('Two.')) + p(r('Three.')) });
    const text = textOf(bytes);
    const edits = replace(text, [
      ['.\nTwo', '. Two'],
      ['Three', 'Th\tree\nlines'],
    ]);
    const out = writeDocx(bytes, PATH, edits).bytes;
    expect(textOf(out)).toBe('One. Two.\nTh\tree\nlines.');
    expect(part(out, 'word/document.xml').match(/<w:p>/g)).toHaveLength(3);
    expect(part(out, 'word/document.xml')).not.toContain('<w:br/>');
    const tracked = writeDocx(bytes, PATH, edits, { track: { author: 'Galley', date: new Date() } }).bytes;
    expect(textOf(tracked)).toBe('One. Two.\nTh\tree\nlines.');
    expect(textOf(tracked, 'rejected')).toBe(text);
  });

  it('leaves paragraphs in different containers apart, and says how many such edits it could not make', () => {
    const text = textOf(RICH);
    const edits = replace(text, [['\nYear', ' Year']]);
    const { bytes, unapplied } = writeDocx(RICH, PATH, edits);
    expect(unapplied).toBe(1);
    expect(textOf(bytes)).toBe(text.replace('\nYear', ' \nYear'));
  });

  it('edits footnotes, and only the footnotes part', () => {
    const text = textOf(RICH);
    const edits = replace(text, [['col. 12', 'col. 21']]);
    const out = writeDocx(RICH, PATH, edits).bytes;
    expect(textOf(out)).toBe(applyEdits(text, edits));
    expect(entries(out)['word/document.xml']).toEqual(entries(RICH)['word/document.xml']);
  });

  it('inserts at the end of a paragraph and into an empty one', () => {
    const bytes = makeDocx({ body: p(r('Bold', { b: true })) + p('') + p(r('x')) });
    const text = textOf(bytes);
    expect(text).toBe('Bold\n\nx');
    const out = writeDocx(bytes, PATH, [
      { from: 4, to: 4, insert: ' text' },
      { from: 5, to: 5, insert: 'Filled' },
    ]).bytes;
    expect(textOf(out)).toBe('Bold text\nFilled\nx');
    expect(part(out, 'word/document.xml')).toContain('<w:b/></w:rPr><w:t xml:space="preserve">Bold text</w:t>');
  });
});

describe('a missing paragraph accepted into a Word draft', () => {
  /** Bug qa10-4: the report's case, a paragraph missing after the first one, which ends in an italic word. */
  const DRAFT = makeDocx({
    body: [
      p(r('Some ') + r('bold', { b: true }) + r(' text and a ') + r('lnk', { i: true }) + r('.'), 'Heading1'),
      p(r('item one'), 'ListParagraph'),
      p(r('item too'), 'ListParagraph'),
    ].join(''),
  });
  const MISSING = 'A whole missing paragraph here.';
  const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]);

  function expectNewParagraph(out: Uint8Array): void {
    const text = textOf(out);
    expect(text.split('\n')).toEqual(['Some bold text and a link.', MISSING, 'item one', 'item too']);
    const xml = part(out, 'word/document.xml');
    expect(xml).not.toContain('<w:br/>');
    const [first, added, item] = paragraphs(xml);
    // The new paragraph follows the heading as the body text after it: the list item's style, not the heading's, in runs that are not italic.
    expect(added).not.toContain('Heading1');
    expect(added).toContain('<w:pStyle w:val="ListParagraph"/>');
    expect(added).not.toContain('<w:i/>');
    expect(added.replace(/<[^>]+>/g, '')).toBe(MISSING);
    expect(first).toContain('<w:i/></w:rPr><w:t xml:space="preserve">link</w:t>');
    expect(item).toContain('<w:pStyle w:val="ListParagraph"/>');
    expect(item.replace(/<[^>]+>/g, '')).toBe('item one');
  }

  it('is a new w:p after the paragraph it follows when the CLI sends it joined to a fix in that paragraph', () => {
    const text = textOf(DRAFT);
    // What the engine suggests for the report's pair: the fix and the new paragraph, in the italic word's run.
    const edits = replace(text, [['lnk', `link.\n${MISSING.slice(0, -1)}`]]);
    expectNewParagraph(writeDocx(DRAFT, PATH, edits).bytes);
  });

  it('is a new w:p after the paragraph it follows when the window sends it typed before the next paragraph', () => {
    const text = textOf(DRAFT);
    const at = text.indexOf('item one');
    const edits = [...replace(text, [['lnk', 'link']]), { from: at, to: at, insert: `${MISSING}\n` }];
    expectNewParagraph(writeDocx(DRAFT, PATH, edits).bytes);
    // One ProseMirror step from inside 'lnk' across the break into 'item', as Accept all sends it.
    expectNewParagraph(writeDocx(DRAFT, PATH, replace(text, [['nk.\ni', `ink.\n${MISSING}\ni`]])).bytes);
  });

  it('is a tracked new paragraph: accepting gives it, rejecting joins nothing that was apart', () => {
    const text = textOf(DRAFT);
    const edits = replace(text, [['lnk', `link.\n${MISSING.slice(0, -1)}`]]);
    const out = writeDocx(DRAFT, PATH, edits, { track: { author: 'Galley', date: new Date() } }).bytes;
    expect(textOf(out).split('\n')).toEqual(['Some bold text and a link.', MISSING, 'item one', 'item too']);
    expect(textOf(out, 'rejected')).toBe(text);
    expect(part(out, 'word/document.xml')).not.toContain('<w:br/>');
  });

  it('a window change merging fixes a few words apart keeps the words between in their code-font run and link (qa11)', () => {
    const link = '<w:hyperlink r:id="rId9"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>lnk</w:t></w:r></w:hyperlink>';
    const code = '<w:r><w:rPr><w:rFonts w:ascii="Courier New"/></w:rPr><w:t>code spn</w:t></w:r>';
    const bytes = makeDocx({ body: p(r('Text with ') + code + r(' and a ') + link + r(' and an image here.')) });
    const text = textOf(bytes);
    // ProseMirror's change set merges fixes fewer than 15 characters apart: Accept all sends them as one change.
    const window = writeDocx(bytes, PATH, replace(text, [['spn and a lnk', 'span and a link']])).bytes;
    const cli = writeDocx(bytes, PATH, replace(text, [['spn', 'span'], ['lnk', 'link']])).bytes;
    expect(part(window, 'word/document.xml')).toBe(part(cli, 'word/document.xml'));
    expect(part(window, 'word/document.xml')).toMatch(/<w:hyperlink [^>]*>(?:(?!<\/w:hyperlink>).)*<w:t>link<\/w:t>/);
  });

  it('writes the same bytes for the window\'s shape and the CLI\'s', () => {
    const text = textOf(DRAFT);
    const at = text.indexOf('item one');
    const window = writeDocx(DRAFT, PATH, [...replace(text, [['lnk', 'link']]), { from: at, to: at, insert: `${MISSING}\n` }]).bytes;
    const cli = writeDocx(DRAFT, PATH, replace(text, [['lnk', `link.\n${MISSING.slice(0, -1)}`]])).bytes;
    expect(part(window, 'word/document.xml')).toBe(part(cli, 'word/document.xml'));
  });

  /** The reviewer's case: a paragraph missing after a heading that ends in an italic word, before body text. */
  const CHAPTER = makeDocx({ body: [p(r('Chapter ') + r('One', { i: true }), 'Heading1'), p(r('It was a dark night.')), p(r('The end.'))].join('') });
  const ADDED = 'A missing opening line.';

  it('after a heading ending in italics, is body text: neither a heading nor italic, whichever shape it comes in', () => {
    const text = textOf(CHAPTER);
    const at = text.indexOf('It was');
    const shapes = [
      [{ from: at, to: at, insert: `${ADDED}\n` }],
      [{ from: at - 1, to: at - 1, insert: `\n${ADDED}` }],
    ];
    for (const edits of shapes) {
      for (const track of [undefined, { author: 'Galley', date: new Date() }]) {
        const out = writeDocx(CHAPTER, PATH, edits, { track }).bytes;
        expect(textOf(out).split('\n')).toEqual(['Chapter One', ADDED, 'It was a dark night.', 'The end.']);
        if (track) expect(textOf(out, 'rejected')).toBe(text);
        const [heading, added, body] = part(out, 'word/document.xml').match(/<w:p>.*?<\/w:p>/g)!;
        expect(heading).toContain('<w:pStyle w:val="Heading1"/>');
        // Tracked as Word records Enter at a heading's end: the heading's mark is the new one, the added paragraph's properties a change from the heading's.
        if (track) expect(added).toMatch(/<w:pPrChange [^>]*><w:pPr><w:pStyle w:val="Heading1"\/><\/w:pPr><\/w:pPrChange>/);
        expect(added.replace(/<[^>]+>/g, '')).toBe(ADDED);
        expect(added.replace(/<w:pPrChange.*<\/w:pPrChange>/, '')).not.toContain('pStyle');
        expect(added).not.toContain('<w:i/>');
        expect(body.replace(/<[^>]+>/g, '')).toBe('It was a dark night.');
      }
    }
  });

  it('before a heading, is the body text it follows, not the heading', () => {
    const bytes = makeDocx({ body: [p(r('Body text.'), 'BodyText'), p(r('Chapter ') + r('Two', { i: true }), 'Heading1')].join('') });
    const at = textOf(bytes).indexOf('Chapter');
    const out = writeDocx(bytes, PATH, [{ from: at, to: at, insert: `${ADDED}\n` }]).bytes;
    const added = part(out, 'word/document.xml').match(/<w:p>.*?<\/w:p>/g)![1];
    expect(added).toBe(`<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:t>${ADDED}</w:t></w:r></w:p>`);
  });

  it('at the end of a document after a heading, takes the style\'s next style, or none', () => {
    const withNext = (next: string) =>
      makeDocx({
        body: p(r('Body.')) + p(r('Chapter ') + r('Two', { i: true }), 'Heading1'),
        heading1: next,
      });
    for (const [next, expected] of [
      ['<w:next w:val="BodyText"/>', '<w:pPr><w:pStyle w:val="BodyText"/></w:pPr>'],
      ['', ''],
    ]) {
      const bytes = withNext(next);
      const text = textOf(bytes);
      const edits = [{ from: text.length, to: text.length, insert: `\n${ADDED}` }];
      const out = writeDocx(bytes, PATH, edits).bytes;
      expect(textOf(out)).toBe(`${text}\n${ADDED}`);
      const added = part(out, 'word/document.xml').match(/<w:p>.*?<\/w:p>/g)!.at(-1)!;
      expect(added).toBe(`<w:p>${expected}<w:r><w:t>${ADDED}</w:t></w:r></w:p>`);
      // Tracked, the heading's mark is the inserted one: rejecting leaves no empty paragraph at the end.
      const tracked = writeDocx(bytes, PATH, edits, { track: { author: 'Galley', date: new Date() } }).bytes;
      expect(textOf(tracked)).toBe(`${text}\n${ADDED}`);
      expect(textOf(tracked, 'rejected')).toBe(text);
    }
  });

  it('after the last list item, is not another numbered item; between two items, is one', () => {
    const numbered = (text: string) => `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${r(text)}</w:p>`;
    const bytes = makeDocx({ body: [numbered('First item.'), numbered('Last item.'), p(r('After the list.'))].join('') });
    const text = textOf(bytes);
    const after = text.indexOf('After');
    const between = text.indexOf('Last');
    const out = writeDocx(bytes, PATH, [
      { from: between, to: between, insert: 'Middle item.\n' },
      { from: after, to: after, insert: `${ADDED}\n` },
    ]).bytes;
    expect(textOf(out).split('\n')).toEqual(['First item.', 'Middle item.', 'Last item.', ADDED, 'After the list.']);
    const paragraphs = part(out, 'word/document.xml').match(/<w:p>.*?<\/w:p>/g)!;
    expect(paragraphs[1]).toContain('<w:numPr>');
    expect(paragraphs[3]).not.toContain('numPr');
    expect(paragraphs[3]).not.toContain('ListParagraph');
    // At the end of the document, after the last item, it keeps the item's style but not its number.
    const end = writeDocx(makeDocx({ body: numbered('Only item.') }), PATH, [{ from: 10, to: 10, insert: `\n${ADDED}` }]).bytes;
    expect(part(end, 'word/document.xml').match(/<w:p>.*?<\/w:p>/g)![1]).not.toContain('numPr');
  });

  it('splits a paragraph where a break is typed inside a run, each half keeping the run\'s formatting', () => {
    const bytes = makeDocx({ body: p(r('First half. Second half.', { b: true })) });
    const text = textOf(bytes);
    const out = writeDocx(bytes, PATH, replace(text, [[' Second', '\nSecond']])).bytes;
    expect(textOf(out)).toBe('First half.\nSecond half.');
    const [one, two] = paragraphs(part(out, 'word/document.xml'));
    expect(one).toContain('<w:b/>');
    expect(two).toContain('<w:b/>');
  });
});

describe('writing tracked changes', () => {
  const track = { author: 'Galley', date: new Date('2026-01-02T03:04:05.678Z') };

  it('accepting every revision gives the cleaned copy, rejecting every one gives the draft', () => {
    const text = textOf(RICH);
    const edits = replace(text, [
      ['Kir Stmper', 'Keir Starmer'],
      ['Londn.', 'London.'],
      ['col. 12', 'col. 21'],
    ]);
    const { bytes } = writeDocx(RICH, PATH, edits, { track });
    expect(textOf(bytes, 'accepted')).toBe(applyEdits(text, edits));
    expect(textOf(bytes, 'rejected')).toBe(text);
    const xml = part(bytes, 'word/document.xml') + part(bytes, 'word/footnotes.xml');
    expect(xml).toContain('w:author="Galley" w:date="2026-01-02T03:04:05Z"');
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(new Set(ids).size).toBe(ids.length);
    // The deleted words keep their run's formatting, and so does the insertion.
    expect(xml).toContain('<w:del w:id="');
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:b\/><\/w:rPr><w:t>Keir Starmer<\/w:t><\/w:r><\/w:ins>/);
  });

  it('keeps existing revisions, and splits an insertion it types into instead of nesting', () => {
    const bytes = makeDocx({
      body: p(r('Start ') + '<w:ins w:id="7" w:author="Ann" w:date="2024-01-01T00:00:00Z"><w:r><w:t>their wrds here</w:t></w:r></w:ins>' + r(' end.')),
    });
    const text = textOf(bytes);
    const edits = replace(text, [['wrds', 'words']]);
    const out = writeDocx(bytes, PATH, edits, { track }).bytes;
    const xml = part(out, 'word/document.xml');
    expect(textOf(out)).toBe('Start their words here end.');
    expect(xml).toContain('w:author="Ann"');
    expect(xml).not.toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*<w:ins /);
    expect(Number(/<w:ins w:id="(\d+)" w:author="Galley"/.exec(xml)![1])).toBeGreaterThan(7);
  });
});

describe('a document written by another producer (the docx library)', () => {
  it('reads and cleans it like a hand-built one', async () => {
    const { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Hansard, col. 12.')] } },
      sections: [
        {
          children: [
            new Paragraph({ text: 'The Budget', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun({ text: 'Sir Kir Stmper', bold: true }), new TextRun(' spoke.'), new FootnoteReferenceRun(1)] }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const text = textOf(bytes);
    expect(text).toBe('The Budget\nSir Kir Stmper spoke.\n1Hansard, col. 12.');
    const out = writeDocx(bytes, PATH, replace(text, [['Kir Stmper', 'Keir Starmer']])).bytes;
    expect(textOf(out)).toBe('The Budget\nSir Keir Starmer spoke.\n1Hansard, col. 12.');
    expect(part(out, 'word/document.xml')).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*Sir Keir Starmer/);
  });
});
