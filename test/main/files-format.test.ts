import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { FileError } from '../../main/files/errors';
import { decodeText, encodeText, formatAfterEdits, formatForEditedText, type TextFormat } from '../../main/files/text-format';
import { fileBytes, lfText, type Ending } from './files-helpers';

const PATH = '/docs/draft.txt';

/** Lines every supported encoding can hold, with non-ASCII where the encoding has it. */
const CONTENT: Record<string, string[]> = {
  unicode: ['Sir Keir Starmer said “good progress”—at £700m.', '', 'Ça va, naïve café? 東京 👋🏽 שלום', 'last line'],
  'windows-1252': ['Sir Keir Starmer said “good progress”—at £700m.', '', 'Ça va, naïve café? €5 … ‘quoted’', 'last line'],
  'iso-8859-1': ['Sir Keir Starmer said good progress at £700m.', '', 'Ça va, naïve café? «quoted» ½', 'last line'],
};

const ENCODINGS: { encoding: string; bom: boolean; content: string; expect: string[] }[] = [
  { encoding: 'utf-8', bom: false, content: 'unicode', expect: ['utf-8'] },
  { encoding: 'utf-8', bom: true, content: 'unicode', expect: ['utf-8'] },
  { encoding: 'utf-16le', bom: true, content: 'unicode', expect: ['utf-16le'] },
  { encoding: 'utf-16be', bom: true, content: 'unicode', expect: ['utf-16be'] },
  { encoding: 'utf-32le', bom: true, content: 'unicode', expect: ['utf-32le'] },
  { encoding: 'windows-1252', bom: false, content: 'windows-1252', expect: ['windows-1252'] },
  // Without bytes 0x80-0x9F, Latin-1 and windows-1252 are the same bytes: either name is right.
  { encoding: 'iso-8859-1', bom: false, content: 'iso-8859-1', expect: ['iso-8859-1', 'windows-1252'] },
];

const ENDINGS: { name: string; endings: Ending[]; dominant: Ending; mixed: boolean }[] = [
  { name: 'LF', endings: ['lf'], dominant: 'lf', mixed: false },
  { name: 'CRLF', endings: ['crlf'], dominant: 'crlf', mixed: false },
  { name: 'CR', endings: ['cr'], dominant: 'cr', mixed: false },
  { name: 'mixed', endings: ['crlf', 'lf', 'crlf', 'cr'], dominant: 'crlf', mixed: true },
];

describe('decodeText / encodeText round trip', () => {
  for (const enc of ENCODINGS) {
    for (const style of ENDINGS) {
      for (const finalNewline of [true, false]) {
        const name = `${enc.encoding}${enc.bom ? ' with BOM' : ''}, ${style.name}, ${finalNewline ? 'final newline' : 'no final newline'}`;
        test(name, () => {
          const lines = CONTENT[enc.content];
          const bytes = fileBytes(lines, { encoding: enc.encoding, bom: enc.bom, endings: style.endings, finalNewline });
          const { text, format } = decodeText(bytes, PATH);
          expect(text).toBe(lfText(lines, finalNewline));
          expect(enc.expect).toContain(format.encoding);
          expect(format.bom).toBe(enc.bom);
          expect(format.finalNewline).toBe(finalNewline);
          // Without a final newline the mixed fixture has only three breaks: CRLF, LF, CRLF.
          expect(format.lineEnding).toBe(style.dominant);
          expect(format.lineBreaks !== undefined).toBe(style.mixed);
          expect(encodeText(text, format, PATH).equals(bytes)).toBe(true);
        });
      }
    }
  }

  test('an empty file, and one that is a single line break', () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from('\r\n'), Buffer.from([0xef, 0xbb, 0xbf])]) {
      const { text, format } = decodeText(bytes, PATH);
      expect(encodeText(text, format).equals(bytes)).toBe(true);
    }
  });

  test('the seed pair, in UTF-8 and re-encoded as windows-1252 with CRLF', () => {
    for (const seed of ['seeds/000_6302bc43854f0c3c.txt', 'seeds/001_6904e82db721665d.txt']) {
      const utf8 = readFileSync(seed);
      const decoded = decodeText(utf8, seed);
      expect(decoded.format.encoding).toBe('utf-8');
      expect(encodeText(decoded.text, decoded.format).equals(utf8)).toBe(true);
      const lines = decoded.text.replace(/\n$/, '').split('\n');
      const legacy = fileBytes(lines, { encoding: 'windows-1252', endings: ['crlf'], finalNewline: decoded.format.finalNewline });
      const again = decodeText(legacy, seed);
      expect(['windows-1252', 'iso-8859-1']).toContain(again.format.encoding);
      expect(again.text).toBe(decoded.text);
      expect(encodeText(again.text, again.format).equals(legacy)).toBe(true);
    }
  });
});

describe('encodeText on edited text', () => {
  const crlf: TextFormat = { encoding: 'utf-8', bom: false, lineEnding: 'crlf', finalNewline: true };

  test('new lines get the dominant ending; the final newline follows the format', () => {
    expect(encodeText('a\nb', crlf).toString()).toBe('a\r\nb\r\n');
    expect(encodeText('a\nb\n', { ...crlf, finalNewline: false }).toString()).toBe('a\r\nb');
  });

  test('a stray CR in the text is read as a line break, never doubled', () => {
    expect(encodeText('a\r\nb\rc\n', crlf).toString()).toBe('a\r\nb\r\nc\r\n');
  });

  test('a character the legacy encoding cannot hold is refused, not written as "?"', () => {
    const latin1: TextFormat = { encoding: 'iso-8859-1', bom: false, lineEnding: 'lf', finalNewline: false };
    expect(() => encodeText('café “quoted”', latin1, PATH)).toThrowError(FileError);
    expect(() => encodeText('café “quoted”', latin1, PATH)).toThrowError(/draft\.txt.*“ \(U\+201C\).*offset 5/);
    expect(encodeText('café', latin1).equals(Buffer.from('caf\xe9', 'latin1'))).toBe(true);
  });

  test('a lone surrogate is refused rather than written as U+FFFD', () => {
    const utf8: TextFormat = { encoding: 'utf-8', bom: false, lineEnding: 'lf', finalNewline: false };
    expect(() => encodeText('ok \ud83d here', utf8, PATH)).toThrowError(/broken character.*U\+D83D/);
    expect(encodeText('ok 👋 here', utf8).toString()).toBe('ok 👋 here');
  });

  test('mixed endings stay with their lines when an edit adds or removes line breaks', () => {
    const bytes = Buffer.from('one\r\ntwo\nthree\r\nfour\rfive\n');
    const { text, format } = decodeText(bytes, PATH);
    // Insert a line after "one" and drop the break between "three" and "four".
    const edits = [
      { from: 4, to: 4, insert: 'new\n' },
      { from: text.indexOf('three') + 5, to: text.indexOf('four'), insert: ' ' },
    ];
    let edited = text;
    for (const e of [...edits].reverse()) edited = edited.slice(0, e.from) + e.insert + edited.slice(e.to);
    expect(edited).toBe('one\nnew\ntwo\nthree four\nfive\n');
    const after = formatAfterEdits(text, format, edits);
    expect(encodeText(edited, after).toString()).toBe('one\r\nnew\r\ntwo\nthree four\rfive\n');
    // One edited region: the prefix/suffix reconciliation gives the same.
    const single = text.replace('one\n', 'one\nnew\n');
    expect(encodeText(single, formatForEditedText(text, single, format)).toString()).toBe('one\r\nnew\r\ntwo\nthree\r\nfour\rfive\n');
  });
});

describe('decodeText never crashes', () => {
  const outcome = (bytes: Uint8Array) => {
    try {
      const { text, format } = decodeText(bytes, PATH);
      // Whatever opens must save back unchanged.
      expect(encodeText(text, format).equals(Buffer.from(bytes))).toBe(true);
      return 'decoded';
    } catch (error) {
      expect(error).toBeInstanceOf(FileError);
      expect((error as FileError).message).toContain(PATH);
      return (error as FileError).code;
    }
  };

  test('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      expect(['decoded', 'binary', 'undecodable']).toContain(outcome(bytes));
    }), { numRuns: 400 });
  });

  test('on valid text cut at any byte, in every Unicode encoding', () => {
    const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'utf-32le'];
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom(...encodings), fc.boolean(), fc.nat(), (s, encoding, bom, cut) => {
        const bytes = fileBytes([s], { encoding, bom: bom || encoding !== 'utf-8', endings: ['lf'], finalNewline: false });
        const truncated = bytes.subarray(0, cut % (bytes.length + 1));
        expect(['decoded', 'binary', 'undecodable']).toContain(outcome(truncated));
      }),
      { numRuns: 400 },
    );
  });

  test('on a BOM followed by an odd UTF-16 byte: undecodable, naming the file', () => {
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62]), PATH)).toThrowError(/not valid UTF-16 LE/);
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00]), PATH)).toThrowError(/undecodable|not valid/);
  });
});

describe('a few stray bytes in UTF-8', () => {
  const noel = Buffer.from('Café Noël, “Merry”\n', 'utf8');

  test('one stray byte, or a character cut short, leaves the file UTF-8, the bytes kept as they are', () => {
    for (const bytes of [
      Buffer.concat([noel, Buffer.from([0xff])]),
      Buffer.concat([noel, Buffer.from('x€', 'utf8').subarray(0, 3)]), // the euro sign cut after two of its three bytes
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), noel, Buffer.from([0xe9])]),
    ]) {
      const { text, format } = decodeText(bytes, PATH);
      expect(format.encoding).toBe('utf-8');
      expect(text.startsWith('Café Noël, “Merry”\n')).toBe(true);
      expect(format.strayBytes).toBeGreaterThan(0);
      expect(encodeText(text, format).equals(bytes)).toBe(true);
      // Edited, it still saves, the stray bytes unchanged around the edit.
      const edited = text.replace('Noël', 'Noël “Eve”');
      const at = bytes.indexOf(Buffer.from('Noël'));
      const expected = Buffer.concat([bytes.subarray(0, at), Buffer.from('Noël “Eve”'), bytes.subarray(at + Buffer.byteLength('Noël'))]);
      expect(encodeText(edited, format).equals(expected)).toBe(true);
    }
  });

  test('legacy text with accented letters is still legacy', () => {
    const { text, format } = decodeText(iconv.encode('Café Noël à Zürich\n', 'windows-1252'), PATH);
    expect(format.encoding).toBe('windows-1252');
    expect(text).toBe('Café Noël à Zürich\n');
    expect(format.strayBytes).toBeUndefined();
  });

  test('short Latin-1 text is windows-1252, not the Central European guess chardet makes from three letters', () => {
    for (const line of ['café naïve résumé\n', 'Ça coûte 5 €, déjà.\n']) {
      const { text, format } = decodeText(iconv.encode(line, 'windows-1252'), PATH);
      expect(format.encoding).toBe('windows-1252');
      expect(text).toBe(line);
    }
  });

  test('a long ISO-8859-2 text, with evidence enough, is still read as Central European', () => {
    const czech = 'Příliš žluťoučký kůň úpěl ďábelské ódy. Šťastný ježek běží přes louku a sní o švestkách. '.repeat(8);
    const { text, format } = decodeText(iconv.encode(czech, 'iso-8859-2'), PATH);
    expect(text).toBe(czech);
    expect(format.encoding).not.toBe('windows-1252');
  });

  test('stray bytes cannot be written in another encoding: the message says why', () => {
    const { text, format } = decodeText(Buffer.concat([noel, Buffer.from([0xff])]), PATH);
    expect(() => encodeText(text, { ...format, encoding: 'windows-1252' }, PATH)).toThrowError(/not UTF-8 \(shown as �\).*only UTF-8 can write back/);
  });

  test('a chosen encoding overrides detection, and an unknown one is refused by name', () => {
    const latin = iconv.encode('Café\n', 'windows-1252');
    const asUtf8 = decodeText(latin, PATH, 'UTF8');
    expect(asUtf8.format).toMatchObject({ encoding: 'utf-8', strayBytes: 1 });
    expect(encodeText(asUtf8.text, asUtf8.format).equals(latin)).toBe(true);
    const utf8 = Buffer.from('Café\n', 'utf8');
    const asLatin = decodeText(utf8, PATH, 'latin1');
    expect(asLatin).toEqual({ text: 'CafÃ©\n', format: expect.objectContaining({ encoding: 'iso-8859-1' }) });
    expect(encodeText(asLatin.text, asLatin.format).equals(utf8)).toBe(true);
    expect(() => decodeText(utf8, PATH, 'klingon')).toThrowError(/draft\.txt: Galley does not know the encoding 'klingon'/);
  });
});
