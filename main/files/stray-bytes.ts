/**
 * UTF-8 text with a few bytes that are not UTF-8 — a stray Latin-1 byte, a
 * multi-byte character cut short — decoded so that every such byte survives
 * a save unchanged. Each stray byte 0x80–0xFF becomes the lone surrogate
 * U+DC80–U+DCFF (Python's "surrogateescape", PEP 383): valid UTF-8 never
 * decodes to a surrogate, so the mapping cannot be confused with real text,
 * the editor shows it as �, and encoding maps it back to the very byte.
 */

/** The first code unit of the escapes: stray byte b is U+DC00 + b. */
const ESCAPE_BASE = 0xdc00;

/** A lone surrogate in the escape range (not the low half of a pair). */
export const STRAY_ESCAPE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;

export interface Utf8Decoding {
  text: string;
  /** Bytes kept as escapes. */
  stray: number;
  /** Well-formed multi-byte characters: the evidence that this is UTF-8 at all. */
  multibyte: number;
}

/** Decode `bytes` as UTF-8, escaping every byte that is not part of a well-formed character. */
export function decodeUtf8KeepingStray(bytes: Uint8Array): Utf8Decoding {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const parts: string[] = [];
  let stray = 0;
  let multibyte = 0;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      multibyte++;
      i += length;
      continue;
    }
    parts.push(decoder.decode(bytes.subarray(runStart, i)), String.fromCharCode(ESCAPE_BASE + b));
    stray++;
    i++;
    runStart = i;
  }
  parts.push(decoder.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), stray, multibyte };
}

/** UTF-8 bytes of `text`, with each escape written back as the byte it stands for. */
export function encodeUtf8KeepingStray(text: string): Buffer {
  const parts: Buffer[] = [];
  let last = 0;
  for (const match of text.matchAll(STRAY_ESCAPE)) {
    parts.push(Buffer.from(text.slice(last, match.index), 'utf8'), Buffer.of(match[0].charCodeAt(0) - ESCAPE_BASE));
    last = match.index + 1;
  }
  if (last === 0) return Buffer.from(text, 'utf8');
  parts.push(Buffer.from(text.slice(last), 'utf8'));
  return Buffer.concat(parts);
}

/** `text` as a person reads it: each stray byte shown as �, as the editor shows it, never as a lone surrogate. */
export function showingStray(text: string): string {
  return text.replace(STRAY_ESCAPE, '\uFFFD');
}

/** True for one code unit that stands for a stray byte. */
export function isStrayEscape(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= ESCAPE_BASE + 0x80 && code <= ESCAPE_BASE + 0xff;
}

/**
 * The length of the well-formed UTF-8 character starting at `i` (a byte
 * ≥ 0x80), or 0. Follows the Unicode table of well-formed sequences: no
 * overlong forms, no surrogates, nothing past U+10FFFF.
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0;
    if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1];
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return length;
}
