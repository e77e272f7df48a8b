/**
 * Bad documents are refused with one line naming the file and the problem —
 * never a crash, never a stack trace, never a half-written output.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../main/files/errors';
import { loadDocument } from '../../main/formats/index';
import { run, type CliIo } from '../../main/cli/run';
import { makeDocx, p, r } from './docx-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'galley-bad-'));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function refusal(path: string): Promise<string> {
  const error = await loadDocument(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileError);
  const message = (error as FileError).message;
  expect(message).toContain(path);
  expect(message).not.toContain('\n');
  return message;
}

/** An OLE compound file header, and optionally the UTF-16 stream name Word's encryption uses. */
function ole(encrypted: boolean): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const body = Buffer.concat([Buffer.from(header), Buffer.alloc(504), encrypted ? Buffer.from('EncryptedPackage', 'utf16le') : Buffer.alloc(32)]);
  return new Uint8Array(body);
}

/** A package whose central directory claims `size` bytes for word/document.xml. */
function claimingSize(size: number): Uint8Array {
  const bytes = makeDocx({ body: p(r('Small.')) });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = strToU8('word/document.xml');
  for (let i = 0; i < bytes.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue; // central directory header
    const nameLength = view.getUint16(i + 28, true);
    if (nameLength === name.length && name.every((b, k) => bytes[i + 46 + k] === b)) view.setUint32(i + 24, size, true);
  }
  return bytes;
}

describe('refusing bad documents', () => {
  it('an encrypted Word file, an old .doc, a damaged or non-zip .docx', async () => {
    expect(await refusal(file('locked.docx', ole(true)))).toMatch(/encrypted \(password-protected\)/);
    expect(await refusal(file('old.docx', ole(false)))).toMatch(/old binary Word file/);
    expect(await refusal(file('text.docx', 'just some text'))).toMatch(/not a zip package/);
    const damaged = makeDocx({ body: p(r('Hello')) }).slice(0, 300);
    expect(await refusal(file('damaged.docx', damaged))).toMatch(/damaged/);
  });

  it('a package with macros and no document', async () => {
    const macros = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/vbaProject.bin': new Uint8Array([1, 2, 3]),
    });
    expect(await refusal(file('macros.docx', macros))).toMatch(/macros but no document text/);
  });

  it('a zip bomb: a package that claims to unpack past the bound is refused before inflating', async () => {
    expect(await refusal(file('bomb.docx', claimingSize(0x7fff_ffff)))).toMatch(/zip bomb/);
  });

  it('a zip bomb that lies: an entry inflating past the size it claims is stopped there', async () => {
    expect(await refusal(file('liar.docx', claimingSize(100)))).toMatch(/zip bomb/);
  });

  it('XML with a DTD or entities is never expanded', async () => {
    const billion =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>';
    const external = billion.replace(/<!DOCTYPE[^\]]*\]>/, '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>');
    for (const [name, xml] of [
      ['billion.docx', billion],
      ['external.docx', external],
    ]) {
      const bytes = makeDocx({ body: '' });
      const entries = (await import('fflate')).unzipSync(bytes);
      entries['word/document.xml'] = strToU8(xml);
      expect(await refusal(file(name, zipSync(entries)))).toMatch(/DTD or entities/);
    }
  });

  it('a PDF with no text layer, and a damaged PDF', async () => {
    const scanned =
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
    expect(await refusal(file('scanned.pdf', scanned))).toMatch(/no text layer/);
    expect(await refusal(file('damaged.pdf', '%PDF-1.4\nnot really'))).toMatch(/not a readable PDF/);
  });

  it('the CLI says so in one line, exits 2 and writes nothing', async () => {
    const out = join(dir, 'never-written.docx');
    let stderr = '';
    const io: CliIo = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: {}, version: 'test' };
    const draft = file('cli-locked.docx', ole(true));
    const reference = file('cli-reference.txt', 'Hello.\n');
    expect(await run(['apply', draft, reference, '--accept', 'all', '--out', out], io)).toBe(2);
    expect(stderr).toBe(`galley: ${draft}: it is encrypted (password-protected); save an unprotected copy in Word first\n`);
    expect(existsSync(out)).toBe(false);
  });
});
