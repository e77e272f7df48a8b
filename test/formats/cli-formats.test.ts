/** The CLI with drafts and references in other containers, in process. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { galley } from './cli-in-process';

const dir = mkdtempSync(join(tmpdir(), 'galley-cli-formats-'));

describe('galley with Markdown and HTML', () => {
  const draft = join(dir, 'draft.md');
  const reference = join(dir, 'reference.html');
  writeFileSync(draft, '# Budget\r\n\r\nSir **Kir Stmper** spoke in [Londn](https://example.org).\r\n\r\n```\r\nLondn stays in code.\r\n```\r\n');
  writeFileSync(reference, '<html><head><title>x</title></head><body><h1>Budget</h1><p>Sir <b>Keir Starmer</b> spoke in London.</p></body></html>');

  it('checks the prose of a Markdown draft against a web page', async () => {
    const { status, stdout } = await galley(['check', draft, reference]);
    expect(status).toBe(1);
    // Positions are in the compared prose: 'Londn' is column 25 once '**' and '[' are gone.
    expect(stdout.split('\n').map((line) => line.replace(/ +/g, ' '))).toEqual([
      '2:5 name high "Kir Stmper" → "Keir Starmer"',
      '2:25 name high "Londn" → "London"',
      '',
    ]);
  });

  it('writes the Markdown back with its markup, code and CRLF line endings untouched', async () => {
    const out = join(dir, 'clean.md');
    expect((await galley(['apply', draft, reference, '--accept', 'all', '--out', out])).status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(
      '# Budget\r\n\r\nSir **Keir Starmer** spoke in [London](https://example.org).\r\n\r\n```\r\nLondn stays in code.\r\n```\r\n',
    );
  });

  it('writes the Markdown in another encoding when asked', async () => {
    const out = join(dir, 'clean-utf16.md');
    expect((await galley(['apply', draft, reference, '--accept', 'all', '--out-encoding', 'utf-16le', '--out', out])).status).toBe(1);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toContain('Sir **Keir Starmer** spoke in [London](https://example.org).\r\n');
  });

  it('refuses tracked changes for a draft that is not Word, and a reference-only format as the draft', async () => {
    const tracked = await galley(['apply', draft, reference, '--accept', 'all', '--track-changes']);
    expect(tracked.status).toBe(2);
    expect(tracked.stderr).toBe(`galley: ${draft}: tracked changes can only be written to a Word (.docx) draft\n`);
    const html = await galley(['apply', reference, draft, '--accept', 'all']);
    expect(html.status).toBe(2);
    expect(html.stderr).toBe(`galley: ${reference}: Galley cannot write HTML files; use it as the reference\n`);
  });
});
