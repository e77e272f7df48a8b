/**
 * Typographic variants: characters a reader takes for the same mark or the
 * same letters. `foldTypography` maps each to one plain form so two strings
 * that differ only in quote style, dash style, ellipses, ligatures (ﬁ ﬂ ﬀ ﬃ
 * ﬄ), long s (ſ), small capitals, character width or spacing fold to the
 * same text: the words are the same, only the type they were set in differs.
 * Width: the full-width forms of ASCII that CJK text sets ("２０２２", "，",
 * "Ａ") and half-width katakana ("ｶﾞｲﾄﾞ") read as their ordinary forms.
 */

import type { Hunk } from './hunks';

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
  '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st',
  '\u017F': 's',
  ...Object.fromEntries(Array.from('ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ', (c, i) => [c, 'abcdefghijklmnoprstuvwyz'[i]])),
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

/** Full-width ASCII (U+FF01–FF5E): the same characters, U+FEE0 further on. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
/** Half-width katakana and their voicing marks, which NFKC composes ("ｶﾞ" → "ガ"). */
const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]+/g;

/** ASCII without the backtick (U+0060, folded to an apostrophe): the only ASCII character FOLD, FULL_WIDTH and HALF_WIDTH_KANA change. */
const PLAIN_ASCII = /^[\x00-\x5F\x61-\x7F]*$/;

/** Maps quotes, dashes, ellipses, ligatures, long s, small capitals and width variants to their plain forms. Whitespace is kept. */
export function foldMarks(text: string): string {
  // Most text a hunk holds is plain ASCII, which has nothing to fold but the backtick: one test instead of three replacements.
  if (PLAIN_ASCII.test(text)) return text;
  return text
    .replace(FOLDABLE, (c) => FOLD[c] ?? c)
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(HALF_WIDTH_KANA, (kana) => kana.normalize('NFKC'));
}

/** `foldMarks`, and all whitespace removed: spacing is a typographic matter. */
export function foldTypography(text: string): string {
  return foldMarks(text).replace(/\s+/g, '');
}

/** Whether the draft's and the reference's text of `h` differ only in typography. */
export function typographyOnly(draft: string, reference: string, h: Hunk): boolean {
  return foldTypography(draft.slice(h.from, h.to)) === foldTypography(reference.slice(h.refFrom, h.refTo));
}
