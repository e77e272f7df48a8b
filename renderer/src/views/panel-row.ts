/**
 * One suggestion's row in the panel's list: its kind, severity and the
 * draft's and reference's words, cut to one line (the card shows them
 * whole). The row's own text is its accessible name.
 */
import type { ReviewItem } from '../editor/review-item';
import { el } from './dom';
import { KIND_LABELS, SEVERITY_LABELS, quote, ROW_QUOTE_CHARS } from './labels';

export function suggestionRow(item: ReviewItem): HTMLLIElement {
  const words =
    item.draftText === ''
      ? el('span', { class: 'row-words' }, el('ins', {}, quote(item.replacement, ROW_QUOTE_CHARS)))
      : item.replacement === ''
        ? el('span', { class: 'row-words' }, el('del', {}, quote(item.draftText, ROW_QUOTE_CHARS)))
        : el('span', { class: 'row-words' }, el('del', {}, quote(item.draftText, ROW_QUOTE_CHARS)), ' → ', el('ins', {}, quote(item.replacement, ROW_QUOTE_CHARS)));
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
