/**
 * Control characters other than tab, line breaks, form feed and escape are
 * rare in text but common in binary data. What counts as one, and how many a
 * text may hold: a stray one (a DOS end-of-file mark, say) is tolerated,
 * more than this share of the file is not.
 */
const MAX_CONTROL_SHARE = 0.01;

/** Whether a byte or code unit is a C0 control (or DEL) that text does not use. */
export function isBinaryControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f;
}

/** Whether a code unit is a C1 control (U+0080–U+009F): what Latin-1 reads bytes 0x80–0x9F as, and no text uses. */
export function isC1Control(c: number): boolean {
  return c >= 0x80 && c <= 0x9f;
}

/** Whether `controls` such characters in `length` are more than a text holds. */
export function tooManyControls(controls: number, length: number): boolean {
  return controls > Math.max(1, length * MAX_CONTROL_SHARE);
}
