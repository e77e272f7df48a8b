/**
 * Typographic variants: characters a reader takes for the same mark.
 * `foldTypography` maps each to one plain form so two strings that differ
 * only in quote style, dash style, ellipses or spacing fold to the same text.
 */

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
};

const FOLDABLE = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u2026]/g;

/** Maps quotes, dashes and ellipses to their plain ASCII forms. Whitespace is kept. */
export function foldMarks(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

/** `foldMarks`, and all whitespace removed: spacing is a typographic matter. */
export function foldTypography(text: string): string {
  return foldMarks(text).replace(/\s+/g, '');
}
