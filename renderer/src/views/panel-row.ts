/**
 * One suggestion's row in the panel's list: its kind, severity and the
 * draft's and reference's words, cut to one line (the card shows them
 * whole). The row's own text is its accessible name.
 */
import type { ReviewItem } from '../editor/review-item';
import { el } from './dom';
import { KIND_LABELS, SEVERITY_LABELS, quote, ROW_QUOTE_CHARS } from './labels';

/**
 * Words this short fit the row's words column (about 210 px of the 22rem
 * panel): none of 600 rows of the benchmark's pairs at or under it
 * overflowed, set in the wide fallback serif (DejaVu Serif). So their row
 * needs no clip. A clip is a property node of its own in Chromium's paint,
 * and every row having one split the list into a paint chunk per row:
 * layerizing each frame's paint took 1.79 ms a key at 10,000 words with
 * a clip on every row, 1.42 ms with one on the long rows only (a quarter
 * of them), 0.98 ms with none (traced, one page switching between the two
 * every 10 keys). A word too wide for all that is still cut at the list's
 * edge (its `contain: strict`), without the ellipsis.
 */
export const ROW_FITS_CHARS = 24;

export function suggestionRow(item: ReviewItem): HTMLLIElement {
  const draft = quote(item.draftText, ROW_QUOTE_CHARS);
  const reference = quote(item.replacement, ROW_QUOTE_CHARS);
  const [runs, length] =
    item.draftText === ''
      ? [[el('ins', {}, reference)], reference.length]
      : item.replacement === ''
        ? [[el('del', {}, draft)], draft.length]
        : [[el('del', {}, draft), ' → ', el('ins', {}, reference)], draft.length + 3 + reference.length];
  // Only words that may not fit are cut with an ellipsis (styles/panel.css).
  const words = el('span', { class: length > ROW_FITS_CHARS ? 'row-words row-words-cut' : 'row-words' }, ...runs);
  return el(
    'li',
    // No aria-label: the row's own text is its name, so no document words
    // can collide with the panel's labels ("Kind") in label lookups.
    { class: `row sg-kind-${item.kind}`, tabindex: '-1', 'data-id': item.id },
    el('span', { class: `kind-chip sg-kind-${item.kind}` }, KIND_LABELS[item.kind]),
    el('span', { class: `severity-dot sg-${item.severity}`, title: `${SEVERITY_LABELS[item.severity]} severity`, 'aria-hidden': 'true' }),
    words,
  );
}
