/**
 * Bytes to string and back. Unicode files are recognised by their byte order
 * mark, by being valid UTF-8, or as UTF-16 without a mark (./bomless-utf16); anything else is handed to chardet, whose
 * candidates are tried in order of confidence with iconv-lite (windows-1252
 * first when a text is too short for chardet to judge). A decoding is
 * only accepted if encoding the result gives back the very same bytes, so a
 * file Galley opens can always be saved unchanged.
 */
import { createRequire } from 'node:module';
import { FileError } from './errors';
import { sniffBomlessUtf16 } from './bomless-utf16';
import { isBinaryControl, isC1Control, tooManyControls } from './controls';
import { decodeUtf8KeepingStray, encodeUtf8KeepingStray, isStrayEscape, STRAY_ESCAPE } from './stray-bytes';

/*
 * chardet and iconv-lite are loaded the first time a file needs them (a
 * legacy encoding, a chosen one): most files are UTF-8, and loading both
 * cost every `galley check` some 16 ms of CPU before it read a byte.
 */
const load = createRequire(import.meta.url);
let chardetModule: typeof import('chardet') | undefined;
let iconvModule: typeof import('iconv-lite') | undefined;
const chardet = (): typeof import('chardet') => (chardetModule ??= load('chardet') as typeof import('chardet'));
const iconv = (): typeof import('iconv-lite') => (iconvModule ??= load('iconv-lite') as typeof import('iconv-lite'));

export interface Charset {
  /** Lower-case encoding name as iconv-lite knows it: 'utf-8', 'utf-16le', 'windows-1252', ... */
  readonly encoding: string;
  /** Whether the file starts with a byte order mark (kept on save). */
  readonly bom: boolean;
  /** UTF-8 only: bytes that are not UTF-8, kept as they are (see stray-bytes.ts). Absent when none. */
  readonly strayBytes?: number;
}

/** Byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one. */
const BOMS: readonly { encoding: string; bytes: readonly number[] }[] = [
  { encoding: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

const UNICODE = new Set(['utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be']);

/**
 * Files larger than this are sampled for chardet (it takes ~8 s on 50 MB):
 * the lines holding non-ASCII bytes, which carry all the evidence, up to
 * DETECTION_SAMPLE_BYTES.
 */
const DETECTION_SAMPLE_BYTES = 1 << 20;

/**
 * A UTF-8 file with a stray byte or a character cut short is still UTF-8, not
 * a legacy file that happens to decode: it is read as UTF-8 with the stray
 * bytes kept when it has at most this many, and at least twice as many
 * well-formed multi-byte characters as stray bytes. Legacy text with accented
 * letters fails the second test at once (its é is never followed by the
 * continuation bytes UTF-8 needs).
 */
const MAX_STRAY_BYTES = 16;
const MIN_MULTIBYTE_PER_STRAY = 2;

/** Decode `bytes`, detecting the encoding; or, given `encoding` (an iconv-lite name), as that encoding. */
export function decodeBytes(bytes: Uint8Array, path: string, encoding?: string): { text: string; charset: Charset } {
  if (encoding !== undefined) return decodeAs(bytes, path, encoding);
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom?.encoding === 'utf-8') return utf8KeepingStray(bytes.subarray(bom.bytes.length), true, path);
  if (bom) {
    const charset = { encoding: bom.encoding, bom: true };
    const text = tryDecode(bytes.subarray(bom.bytes.length), bom.encoding);
    if (text === null) {
      throw new FileError('undecodable', path, `it starts with a ${label(bom.encoding)} byte order mark but is not valid ${label(bom.encoding)}`);
    }
    if (text.includes('\u0000')) throw new FileError('binary', path, 'it is a binary file, not text (it contains NUL characters)');
    return { text, charset };
  }
  refuseKnownFormat(bytes, path);
  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16?.text != null) return { text: utf16.text, charset: { encoding: utf16.encoding, bom: false } };
  if (utf16) {
    throw new FileError(
      'undecodable',
      path,
      `it looks like ${label(utf16.encoding)} text without a byte order mark (a NUL byte in every other place), which Galley does not guess at: read it with --encoding ${utf16.encoding}, or save it with a byte order mark`,
    );
  }
  refuseBinary(bytes, path);
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, charset: { encoding: 'utf-8', bom: false } };
  const kept = decodeUtf8KeepingStray(bytes);
  if (kept.stray <= MAX_STRAY_BYTES && kept.multibyte >= MIN_MULTIBYTE_PER_STRAY * kept.stray) {
    return { text: kept.text, charset: { encoding: 'utf-8', bom: false, strayBytes: kept.stray } };
  }
  const legacy = readableLegacy(bytes);
  if (legacy) return { text: legacy.text, charset: { encoding: legacy.encoding, bom: false } };
  if (legacy === null) throw new FileError('binary', path, 'it is a binary file, not text (in every encoding that reads it, it is mostly control codes: bytes 0x80–0x9F)');
  throw new FileError('undecodable', path, 'it is not text in any encoding Galley can read (not UTF-8, UTF-16 with a byte order mark, or a recognised legacy encoding)');
}

/**
 * The first legacy encoding that reads `bytes` as text; null when some read
 * them but only as control codes (Latin-1 reads any byte, 0x80–0x9F as the
 * C1 controls no text uses); undefined when none reads them.
 */
function readableLegacy(bytes: Uint8Array): { text: string; encoding: string } | null | undefined {
  let controlsOnly = false;
  for (const encoding of legacyCandidates(bytes)) {
    const text = tryDecode(bytes, encoding);
    if (text === null) continue;
    if (!mostlyC1(text)) return { text, encoding };
    controlsOnly = true;
  }
  return controlsOnly ? null : undefined;
}

/**
 * Whether `text` has more C1 control codes (U+0080–U+009F) than letters.
 * Latin-1 reads any byte, and a Windows-1252 text with one byte 1252 leaves
 * undefined too, its curly quotes and dashes as C1 codes: still a text (saved
 * back byte for byte, only shown oddly), with many more letters than quotes.
 * Bytes that are C1 codes and little else are no text at all.
 */
function mostlyC1(text: string): boolean {
  let c1 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isC1Control(c)) c1++;
  }
  if (c1 <= 1) return false;
  // Letters only as far as needed: a real text passes c1 within its first lines.
  let letters = 0;
  for (let i = 0; i < text.length && letters < c1; i++) if (LETTER.test(text[i])) letters++;
  return letters < c1;
}

const LETTER = /\p{L}/u;

/**
 * Decode as the encoding the user chose (Reopen with Encoding, `--encoding`).
 * A byte order mark of that encoding is recognised and kept; UTF-8 keeps
 * stray bytes (unless it plainly is not UTF-8); any other encoding must
 * round-trip exactly.
 */
function decodeAs(bytes: Uint8Array, path: string, requested: string): { text: string; charset: Charset } {
  const encoding = canonicalEncoding(requested);
  if (encoding === null) throw new FileError('undecodable', path, `Galley does not know the encoding '${requested}'`);
  const bom = BOMS.find((b) => b.encoding === encoding && b.bytes.every((byte, i) => bytes[i] === byte));
  const body = bom ? bytes.subarray(bom.bytes.length) : bytes;
  if (encoding === 'utf-8') return utf8KeepingStray(body, Boolean(bom), path, true);
  if (!UNICODE.has(encoding)) refuseBinary(body, path);
  const text = tryDecode(body, encoding);
  if (text === null) throw new FileError('undecodable', path, `it is not valid ${label(encoding)}`);
  return { text, charset: { encoding, bom: Boolean(bom) } };
}

/**
 * UTF-8 with its stray bytes kept. `chosen` (the user named UTF-8) keeps any
 * number, unless the file is plainly not UTF-8 at all: more stray bytes than
 * detection would ever keep, and more than well-formed characters — then
 * the message says so, and which encoding does read it.
 */
function utf8KeepingStray(body: Uint8Array, bom: boolean, path: string, chosen = false): { text: string; charset: Charset } {
  const { text, stray, multibyte } = decodeUtf8KeepingStray(body);
  if (chosen && stray > MAX_STRAY_BYTES && stray > multibyte) throw notUtf8(body, text, stray, path);
  if (text.includes('\u0000')) throw new FileError('binary', path, 'it is a binary file, not text (it contains NUL characters)');
  return { text, charset: { encoding: 'utf-8', bom, ...(stray > 0 ? { strayBytes: stray } : {}) } };
}

function notUtf8(body: Uint8Array, text: string, stray: number, path: string): FileError {
  const first = text.search(STRAY_ESCAPE);
  const line = text.slice(0, first).split('\n').length;
  const byte = hex(text[first]).slice(2);
  const legacy = readableLegacy(body);
  const hint = legacy ? `; it reads as ${legacy.encoding}: choose that encoding (--encoding ${legacy.encoding}, or File ▸ Reopen with Encoding)` : '';
  return new FileError('undecodable', path, `it is not UTF-8: ${stray} of its bytes are not part of any UTF-8 character (the first, 0x${byte}, on line ${line})${hint}`);
}

/** The encodings Reopen with Encoding and Save with Encoding offer (the window's list, part of the contract). */
export { ENCODING_CHOICES } from '../../preload/encodings';

/** iconv-lite's lower-case name for an encoding the user named ('UTF8', 'latin1', 'cp1252'), or null if unknown. */
export function canonicalEncoding(name: string): string | null {
  const lower = name.trim().toLowerCase();
  const alias: Record<string, string> = { utf8: 'utf-8', latin1: 'iso-8859-1', 'latin-1': 'iso-8859-1', cp1252: 'windows-1252', utf16le: 'utf-16le', utf16be: 'utf-16be' };
  const wanted = alias[lower] ?? lower;
  if (!/^[a-z0-9_-]{1,40}$/.test(wanted) || !iconv().encodingExists(wanted)) return null;
  return wanted;
}

/**
 * Encode `text` in `charset`. Throws 'unencodable' rather than writing a `?`
 * for a character the encoding cannot hold (a curly quote in Latin-1, say).
 */
export function encodeString(text: string, charset: Charset, path = 'the document'): Buffer {
  const { encoding } = charset;
  const body = UNICODE.has(encoding) ? encodeUnicode(text, encoding, path) : encodeLegacy(text, encoding, path);
  if (!charset.bom) return body;
  const bom = BOMS.find((b) => b.encoding === encoding);
  if (!bom) throw new FileError('unencodable', path, `${encoding} has no byte order mark`, 'save');
  return Buffer.concat([Uint8Array.from(bom.bytes), body]);
}

/** A person's name for an encoding: "UTF-16 LE", "windows-1252". */
function label(encoding: string): string {
  const unicode = /^utf-(8|16|32)(le|be)?$/.exec(encoding);
  return unicode ? `UTF-${unicode[1]}${unicode[2] ? ` ${unicode[2].toUpperCase()}` : ''}` : encoding;
}

/** The decoded text if `bytes` are exactly `encoding`'s encoding of it, else null. */
function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  let text: string;
  try {
    if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } else {
      text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
    }
  } catch {
    return null;
  }
  // TextDecoder already refuses invalid input; iconv-lite substitutes instead,
  // which the byte-for-byte check catches.
  if (!UNICODE.has(encoding) || encoding.startsWith('utf-32')) {
    const back = iconv().encode(text, encoding);
    if (!sameBytes(back, bytes)) return null;
  }
  return text;
}

function encodeUnicode(text: string, encoding: string, path: string): Buffer {
  for (const match of text.matchAll(LONE_SURROGATE)) {
    // UTF-8 writes stray bytes back as they were read; no other encoding can hold them.
    if (encoding === 'utf-8' && isStrayEscape(match[0])) continue;
    throw new FileError('unencodable', path, `the text holds ${brokenCharacter(match[0], match.index)}`, 'save');
  }
  return encoding === 'utf-8' ? encodeUtf8KeepingStray(text) : iconv().encode(text, encoding);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function brokenCharacter(char: string, offset: number): string {
  return isStrayEscape(char)
    ? `a byte that is not UTF-8 (shown as �) at offset ${offset}, which only UTF-8 can write back as it was`
    : `a broken character (a lone surrogate U+${hex(char)}) at offset ${offset}`;
}

function encodeLegacy(text: string, encoding: string, path: string): Buffer {
  const stray = new RegExp(STRAY_ESCAPE.source).exec(text);
  if (stray) throw new FileError('unencodable', path, `the text holds ${brokenCharacter(stray[0], stray.index)}`, 'save');
  const bytes = iconv().encode(text, encoding);
  if (iconv().decode(bytes, encoding) === text) return bytes;
  // Find the first character the encoding lost, for the message.
  let offset = 0;
  for (const char of text) {
    if (iconv().decode(iconv().encode(char, encoding), encoding) !== char) {
      throw new FileError('unencodable', path, `the character ${char} (U+${hex(char)}) at offset ${offset} cannot be written in ${label(encoding)}`, 'save');
    }
    offset += char.length;
  }
  throw new FileError('unencodable', path, `the text cannot be written in ${label(encoding)}`, 'save');
}

/**
 * Binary formats are refused before any decoding is tried: a NUL byte never
 * occurs in UTF-8 or legacy text (UTF-16 without a byte order mark, the one
 * text that has them, is sniffed before: ./bomless-utf16), and a few common
 * formats are named so the message can say what the file is.
 */
const SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or a Word/OpenDocument file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an executable (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'an executable (Windows)', bytes: [0x4d, 0x5a, 0x90, 0x00] },
];

/** An image, archive or executable is named for what it is, before anything tries to read it as text. */
function refuseKnownFormat(bytes: Uint8Array, path: string): void {
  const signature = SIGNATURES.find((s) => s.bytes.every((byte, i) => bytes[i] === byte));
  if (signature) throw new FileError('binary', path, `it is ${signature.name}, not text`);
}

function refuseBinary(bytes: Uint8Array, path: string): void {
  refuseKnownFormat(bytes, path);
  if (bytes.indexOf(0) !== -1) throw new FileError('binary', path, 'it is a binary file, not text (it contains NUL bytes)');
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (isBinaryControl(bytes[i])) controls++;
  }
  if (tooManyControls(controls, bytes.length)) {
    throw new FileError('binary', path, 'it is a binary file, not text (it contains control characters)');
  }
}

/**
 * Tried after chardet's guesses. chardet has no opinion on short texts with a
 * handful of accented letters ("Café"); the Western legacy encodings are then
 * the likeliest, and Latin-1 decodes any byte sequence, so a file without
 * NULs or a broken byte order mark always opens (and saves back unchanged).
 */
const FALLBACK_ENCODINGS = ['windows-1252', 'iso-8859-1'];

/**
 * Where chardet says Latin-1, windows-1252 is tried first, as browsers do
 * (the WHATWG Encoding Standard reads the "iso-8859-1" label as
 * windows-1252): the two agree on every byte outside 0x80-0x9F, which in
 * Latin-1 are unused control codes, and windows-1252 can also save the curly
 * quotes and dashes a reference brings in.
 */
const PREFERRED_SUPERSET: Record<string, string> = { 'iso-8859-1': 'windows-1252' };

/**
 * chardet's statistics need letters to count: from a line with three
 * accented letters ('café naïve résumé') it guesses ISO-8859-2 or -9 at a
 * confidence of 15, which shows 'naďve'. With fewer non-ASCII bytes than
 * this its guess is no evidence, and the likeliest encoding of a short
 * legacy text, windows-1252, is tried first.
 */
const MIN_NON_ASCII_FOR_DETECTION = 16;

/** chardet's guesses that iconv-lite can encode, most confident first, then the fallbacks (first when chardet had too little to go on). */
function legacyCandidates(bytes: Uint8Array): string[] {
  const sample = detectionSample(bytes);
  const names = chardet()
    .analyse(sample)
    .map((match) => match.name.toLowerCase())
    .flatMap((name) => (PREFERRED_SUPERSET[name] ? [PREFERRED_SUPERSET[name], name] : [name]));
  const guesses = countNonAscii(sample, MIN_NON_ASCII_FOR_DETECTION) < MIN_NON_ASCII_FOR_DETECTION ? [...FALLBACK_ENCODINGS, ...names] : names;
  return [...new Set([...guesses, ...FALLBACK_ENCODINGS])].filter((name) => !UNICODE.has(name) && !name.startsWith('utf') && name !== 'ascii' && iconv().encodingExists(name));
}

function detectionSample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= DETECTION_SAMPLE_BYTES) return bytes;
  const lines: Uint8Array[] = [];
  let size = 0;
  let start = 0;
  let nonAscii = false;
  for (let i = 0; i < bytes.length && size < DETECTION_SAMPLE_BYTES; i++) {
    const b = bytes[i];
    if (b >= 0x80) nonAscii = true;
    if (b === 0x0a || i === bytes.length - 1) {
      if (nonAscii) {
        lines.push(bytes.subarray(start, i + 1));
        size += i + 1 - start;
      }
      start = i + 1;
      nonAscii = false;
    }
  }
  return Buffer.concat(lines);
}

/** How many bytes of `bytes` are not ASCII, counting no further than `enough`. */
function countNonAscii(bytes: Uint8Array, enough: number): number {
  let count = 0;
  for (let i = 0; i < bytes.length && count < enough; i++) if (bytes[i] >= 0x80) count++;
  return count;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

function hex(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
