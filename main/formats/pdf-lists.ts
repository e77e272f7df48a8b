/**
 * List labels in a PDF's lines. A word processor draws a list's bullets and
 * numbers itself (Word's list items store neither), so a PDF reference
 * that kept them would flag every list item of a draft, and accepting would
 * write "1. 1." into a list that numbers itself.
 */
import type { PdfLine } from './pdf';

/**
 * A bullet glyph opening a line, with its space. A private-use character is
 * a symbol font's glyph (Word's and LibreOffice's Symbol bullet U+F0B7,
 * Wingdings' U+F0A7, ...): it has no meaning as text wherever it stands.
 */
const BULLET = /^[•◦▪‣∙●○■□◆◇➢➤✓✔\uE000-\uF8FF]\s*/u;
/**
 * A dash or hyphen opening a line is a bullet only where the layout shows a
 * list item (set apart from its text by a tab, or wrapping into a hanging
 * indent): one-line paragraphs at a first-line indent opening with a dash
 * are dialogue in French, Russian or Spanish fiction, and keep it.
 */
const DASH_BULLET = /^[-–—]\s+(?=\S)/u;
/** "1.", "1.2.", "a)", "iv.", "(3)", "(b)": a list's number label. */
const LABEL = String.raw`(?:(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,5})[.)]|\((?:\d{1,3}|[a-z]|[ivxlc]{1,5})\))`;
/** A number label and the space after it, opening a line. */
const NUMBER_LABEL = new RegExp(String.raw`^${LABEL}\s+(?=\S)`, 'iu');
/** A line that is only a label or bullet: the gap to its text was wide enough to end the line (a list's tab). */
const LONE_LABEL = new RegExp(String.raw`^(?:${LABEL}|[-–—])$`, 'iu');
/** Lines whose left edges are closer than this share of the text height stand at one indent. */
const SAME_INDENT = 0.5;

/** The length of the bullet glyph (with its space) opening `text`, or 0: a glyph that is never text, whatever the draft. */
export function bulletLength(text: string): number {
  return BULLET.exec(text)?.[0].length ?? 0;
}

/**
 * How many characters of each line's (whitespace-collapsed, trimmed) text
 * are a list label to drop.
 *
 * A bullet glyph always goes. A number label or a dash goes where the page's
 * layout shows a list: a tab parts it from its text (on one line, or
 * as a line of its own on the same baseline), or its line is indented from the text's left edge, it
 * is not a first-line indent (its paragraph does not wrap back to that edge),
 * and the list item next to it at the same indent (above or below, past its
 * own wrapped lines) opens with a label too. So "1. The committee" typed in
 * a paragraph of prose stays text: it starts at the margin, or stands alone.
 */
export function listLabelLengths(
  lines: readonly PdfLine[],
  texts: readonly string[],
  pageLeft: number,
  /** Whether line i ended only because the next line's first word did not fit (its paragraph goes on). */
  wraps: (i: number) => boolean,
): number[] {
  const label = (i: number) => NUMBER_LABEL.exec(texts[i])?.[0] ?? DASH_BULLET.exec(texts[i])?.[0] ?? null;
  const indented = (i: number) => lines[i].left > pageLeft + lines[i].size * SAME_INDENT;
  const sameIndent = (i: number, k: number) => Math.abs(lines[i].left - lines[k].left) < lines[i].size * SAME_INDENT;
  /** The nearest line at i's indent in direction `step`, past the deeper-indented lines of i's own item. */
  const neighbour = (i: number, step: 1 | -1): number | null => {
    for (let k = i + step; k >= 0 && k < lines.length; k += step) {
      if (sameIndent(i, k)) return k;
      if (lines[k].left < lines[i].left) return null;
    }
    return null;
  };
  /** The next line, wrapped on from i, hangs under i's text, past i's label. */
  const hangs = (i: number) => i + 1 < lines.length && wraps(i) && lines[i + 1].left > lines[i].left + lines[i].size * SAME_INDENT;
  const listed = (i: number) => {
    if (label(i) === null || !indented(i)) return false;
    const below = neighbour(i, 1);
    // A first-line indent: the next line goes back to the margin and carries on without a label.
    if (i + 1 < lines.length && !indented(i + 1) && wraps(i)) return false;
    const above = neighbour(i, -1);
    const labelled = (k: number | null): k is number => k !== null && label(k) !== null;
    // A dash needs a hanging item in its list to be a bullet; dialogue never hangs.
    if (DASH_BULLET.test(texts[i])) return [i, above, below].some((k) => labelled(k) && hangs(k));
    return labelled(above) || labelled(below);
  };
  /** A label and a tab opening the line, read as one line: its length with the space after it. */
  const tabbed = (i: number) => {
    const lead = lines[i].lead;
    return lead !== undefined && LONE_LABEL.test(lead) && texts[i].startsWith(`${lead} `) ? lead.length + 1 : 0;
  };
  /** A label set apart from the text on its right, on the same baseline: a list's label and tab. */
  const besideText = (i: number) =>
    LONE_LABEL.test(texts[i]) && i + 1 < lines.length && Math.abs(lines[i + 1].y - lines[i].y) < lines[i].size * SAME_INDENT && lines[i + 1].left > lines[i].right;
  return texts.map((text, i) => {
    const bullet = bulletLength(text);
    if (bullet > 0) return bullet;
    if (besideText(i)) return text.length;
    if (tabbed(i) > 0) return tabbed(i);
    return listed(i) ? label(i)!.length : 0;
  });
}
