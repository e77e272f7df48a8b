/**
 * UTF-16 without a byte order mark (what some Windows tools write, or a file
 * whose mark was cut off) was refused as binary, with no hint: its NUL bytes
 * are the high byte of every ASCII character. Text in an alphabet — Latin,
 * Cyrillic, Greek, Hebrew, Arabic… — has such a NUL in one byte of many code
 * units and almost never in the other, and its other characters come from
 * one block of 256 code points; binary data has NULs in both places, and
 * ASCII bytes read as UTF-16 give characters spread over dozens of blocks.
 * Such text is read as UTF-16 without guessing. Text the pattern points at
 * but that is not plainly in one alphabet (Chinese or Japanese with a few
 * ASCII spaces) is reported as likely UTF-16, for the user to name.
 */

import { isBinaryControl, isC1Control, tooManyControls } from './controls';

export type Utf16 = 'utf-16le' | 'utf-16be';

/** At least this share of code units has a NUL on one side: spaces and ASCII punctuation alone are more. */
const MIN_NUL_UNIT_SHARE = 0.1;
/** And at least this many: a stray NUL or two in a short single-byte text is no pattern. */
const MIN_NULS = 3;
/** NULs on the other side, as a share of those: U+xx00 characters (Ā, 一) are few; binary data has as many on both. */
const MAX_OTHER_SIDE_NULS = 0.25;
/** Code units outside ASCII/Latin-1 whose high byte is the most common one: an alphabet's block. */
const MIN_ONE_BLOCK_SHARE = 0.8;

export interface BomlessUtf16 {
  readonly encoding: Utf16;
  /** The text, when it is plainly text in one alphabet; null when the bytes only look like UTF-16. */
  readonly text: string | null;
}

/** Whether `bytes` look like UTF-16 without a byte order mark, which, and its text when that is unambiguous; null when they do not. */
export function sniffBomlessUtf16(bytes: Uint8Array): BomlessUtf16 | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i & 1 ? odd++ : even++;
  const units = bytes.length >> 1;
  const [nuls, other] = odd >= even ? [odd, even] : [even, odd];
  if (nuls < MIN_NULS || nuls < units * MIN_NUL_UNIT_SHARE || other > nuls * MAX_OTHER_SIDE_NULS) return null;
  // Little-endian puts the high byte (the NUL of an ASCII character) second, at odd offsets.
  const encoding: Utf16 = odd >= even ? 'utf-16le' : 'utf-16be';
  return { encoding, text: plainText(bytes, encoding) };
}

function plainText(bytes: Uint8Array, encoding: Utf16): string | null {
  if (bytes.length % 2 !== 0) return null;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  let controls = 0;
  const blocks = new Map<number, number>();
  let outside = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return null;
    // Binary read as UTF-16 is full of controls, C1 ones too.
    if (isBinaryControl(c) || isC1Control(c)) controls++;
    if (c >= 0x100) {
      outside++;
      blocks.set(c >> 8, (blocks.get(c >> 8) ?? 0) + 1);
    }
  }
  if (tooManyControls(controls, text.length)) return null;
  // General punctuation (U+2000–U+20FF: curly quotes, dashes) sits beside any alphabet.
  const punctuation = blocks.get(0x20) ?? 0;
  blocks.delete(0x20);
  const largest = Math.max(0, ...blocks.values());
  return outside - punctuation === 0 || largest >= (outside - punctuation) * MIN_ONE_BLOCK_SHARE ? text : null;
}
