/**
 * Files in a wrong or unmarked encoding get a message that names the file,
 * the problem and the way out, or are read when there is no doubt: UTF-16
 * without a byte order mark, bytes that are only control codes, and UTF-8
 * chosen for a file that is not UTF-8.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeText, encodeText } from '../../main/files/text-format';
import { galley } from '../formats/cli-in-process';

const PATH = '/docs/draft.txt';

/** Decoding that must open and save back byte for byte. */
function opens(bytes: Buffer, encoding?: string) {
  const decoded = decodeText(bytes, PATH, encoding);
  expect(encodeText(decoded.text, decoded.format).equals(bytes)).toBe(true);
  return decoded;
}

describe('UTF-16 without a byte order mark', () => {
  const english = 'Sir Keir Starmer spoke in London.\r\nThe House rose at ten.\r\n';

  test('is read as UTF-16 LE or BE when it is plainly text in one alphabet, and saved back without a mark', () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const { text, format } = opens(iconv.encode(english, encoding));
      expect(text).toBe('Sir Keir Starmer spoke in London.\nThe House rose at ten.\n');
      expect(format).toMatchObject({ encoding, bom: false, lineEnding: 'crlf' });
    }
    const russian = 'Привет, мир! Это текст на русском языке — «кавычки».\n';
    expect(opens(iconv.encode(russian, 'utf-16le')).text).toBe(russian);
    expect(opens(iconv.encode('Ça va, naïve café? Ā.\n', 'utf-16be')).format.encoding).toBe('utf-16be');
  });

  test('that is not plainly one alphabet, or is cut short, is refused naming --encoding', () => {
    const chinese = iconv.encode('中文文本，这是一个测试。 Hello 世界 abc def\n', 'utf-16le');
    expect(() => decodeText(chinese, PATH)).toThrowError(
      `Cannot open /docs/draft.txt: it looks like UTF-16 LE text without a byte order mark (a NUL byte in every other place), which Galley does not guess at: read it with --encoding utf-16le, or save it with a byte order mark.`,
    );
    expect(opens(chinese, 'utf-16le').text).toBe('中文文本，这是一个测试。 Hello 世界 abc def\n');
    const cut = iconv.encode(english, 'utf-16be').subarray(1);
    expect(() => decodeText(cut, PATH)).toThrowError(/looks like UTF-16 (LE|BE) text without a byte order mark.*--encoding utf-16/);
  });

  test('is not guessed from a stray NUL or two, nor from binary data with NULs everywhere', () => {
    expect(() => decodeText(Buffer.from('Hello\0world, and more\n'), PATH)).toThrowError(/binary file, not text \(it contains NUL bytes\)/);
    const binary = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) % 256)));
    expect(() => decodeText(binary, PATH)).toThrowError(/binary file/);
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0, 0x48, 0]), PATH)).toThrowError(/a PNG image/);
  });
});

describe('bytes that are only control codes', () => {
  test('are refused as binary, not read as Latin-1', () => {
    const c1 = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + (i % 32)));
    expect(() => decodeText(c1, PATH)).toThrowError(/draft\.txt: it is a binary file, not text \(.*control codes: bytes 0x80–0x9F\)/);
  });

  test('while a Western text with one undefined byte still opens', () => {
    const text = Buffer.concat([iconv.encode('Café “quoted” — naïve résumé, ', 'windows-1252'), Buffer.from([0x81]), Buffer.from(' end\n')]);
    expect(opens(text).format.encoding).toBe('iso-8859-1');
  });
});

describe('UTF-8 chosen for a file that is not UTF-8', () => {
  const latin = iconv.encode('Café naïve résumé à la façon de Noël. '.repeat(4) + '\n', 'windows-1252');

  test('is refused with the count, the first byte, its line and the encoding that reads it', () => {
    expect(() => decodeText(latin, PATH, 'utf-8')).toThrowError(
      'Cannot open /docs/draft.txt: it is not UTF-8: 28 of its bytes are not part of any UTF-8 character (the first, 0xE9, on line 1); it reads as windows-1252: choose that encoding (--encoding windows-1252, or File ▸ Reopen with Encoding).',
    );
  });

  test('keeps a few stray bytes, which galley check shows as �, never as a lone surrogate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-encoding-hints-'));
    writeFileSync(join(dir, 'd.txt'), iconv.encode('Café naïve résumé\n', 'windows-1252'));
    writeFileSync(join(dir, 'r.txt'), 'Cafe naive resume\n');
    const { status, stdout } = await galley(['check', join(dir, 'd.txt'), join(dir, 'r.txt'), '--encoding', 'utf-8']);
    expect(status).toBe(1);
    expect(stdout.replace(/ +/g, ' ')).toBe('1:1 wording medium "Caf� na�ve r�sum�" → "Cafe naive resume"\n');
  });
});
