import { describe, expect, it } from 'vitest';
import { readHtml } from '../../main/formats/html';
import { readMarkdown, writeMarkdown } from '../../main/formats/markdown';

const MD = [
  '# The *Budget*',
  '',
  'Sir **Kir Stmper** spoke in [Londn](https://example.org/londn "Londn").',
  '',
  '> Quoted line one',
  '> and two \\* escaped.',
  '',
  '- item `code` here',
  '- second',
  '',
  '```js',
  'const Londn = 1;',
  '```',
  '',
  'Hard  ',
  'break.',
  '',
].join('\n');

function edit(text: string, find: string, insert: string) {
  const from = text.indexOf(find);
  if (from < 0) throw new Error(`'${find}' not in text`);
  return { from, to: from + find.length, insert };
}

describe('Markdown', () => {
  it('compares the prose without markup: emphasis, links and quote markers dropped, code blocks left out', () => {
    expect(readMarkdown(MD).text).toBe(
      'The Budget\nSir Kir Stmper spoke in Londn.\nQuoted line one\nand two * escaped.\nitem code here\nsecond\nHard\nbreak.',
    );
  });

  it('splices changes into the source, keeping the markup exactly', () => {
    const { text } = readMarkdown(MD);
    const edits = [edit(text, 'Kir Stmper', 'Keir Starmer'), edit(text, 'Londn.', 'London.'), edit(text, 'one\nand', 'one and')].sort(
      (a, b) => a.from - b.from,
    );
    const { source, unapplied } = writeMarkdown(MD, edits);
    expect(unapplied).toBe(0);
    expect(source).toBe(
      MD.replace('**Kir Stmper**', '**Keir Starmer**')
        .replace('[Londn](https://example.org/londn "Londn").', '[London](https://example.org/londn "Londn").')
        .replace('one\n> and', 'one and'),
    );
    expect(readMarkdown(source).text).toBe(text.replace('Kir Stmper', 'Keir Starmer').replace('Londn.', 'London.').replace('one\nand', 'one and'));
  });

  it('a change spanning markup keeps the markup and edits the prose on both sides', () => {
    const source = 'Sir **Kir** Stmper.\n';
    const { text } = readMarkdown(source);
    const out = writeMarkdown(source, [edit(text, 'Kir Stmper', 'Keir Starmer')]).source;
    expect(out).toBe('Sir **Keir Starmer**.\n');
  });

  it('escapes characters of new prose that Markdown would read as markup', () => {
    const source = 'Price: ten.\n';
    const { text } = readMarkdown(source);
    const out = writeMarkdown(source, [edit(text, 'ten', '*10* [approx]')]).source;
    expect(out).toBe('Price: \\*10\\* \\[approx\\].\n');
    expect(readMarkdown(out).text).toBe('Price: *10* [approx].');
  });

  it('leaves the break between two blocks (it is markup) and counts the edit as not made', () => {
    const source = '# Title\n\nBody.\n';
    const { text } = readMarkdown(source);
    const result = writeMarkdown(source, [edit(text, 'Title\nBody', 'Title Body')]);
    expect(result.unapplied).toBe(1);
    expect(result.source).toBe('# Title \n\nBody.\n');
  });
});

describe('HTML references', () => {
  it('reads the visible body text, block elements as lines, without head, scripts, styles or hidden parts', () => {
    const html = `<!doctype html><html><head><title>Not this</title><style>p{}</style></head>
      <body><h1>The   Budget</h1><script>var x = "no";</script>
      <p>Sir <b>Keir</b> Starmer&nbsp;spoke
         in <a href="/x">London</a>.<br>New line.</p>
      <div hidden>secret</div><ul><li>One</li><li>Two &amp; three</li></ul>
      <table><tr><td>A1</td><td>B1</td></tr></table><pre>  keep
  spacing</pre><noscript>enable js</noscript></body></html>`;
    expect(readHtml(html)).toBe('The Budget\nSir Keir Starmer\u00a0spoke in London.\nNew line.\nOne\nTwo & three\nA1\nB1\nkeep\n  spacing');
  });
});
