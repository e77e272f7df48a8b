/**
 * The side panel: every open suggestion in document order, filtered by kind
 * and severity, with counts; bulk accept / reject for what is shown.
 *
 * The list is kept in step incrementally: a decision or an edit removes or
 * adds a few rows; only a filter change rebuilds it. Rows are list items
 * (one per shown suggestion, in a list named "Suggestions"), focusable with
 * the arrow keys; Enter or a click selects the suggestion in the draft.
 */
import { SUGGESTION_KINDS, type Severity, type SuggestionKind } from '@galley/engine';
import type { ItemFilter } from '../editor/review-commands';
import type { ReviewItem } from '../editor/review-item';
import { orderedPlaced } from '../editor/review-queries';
import type { ReviewState } from '../editor/review-state';
import { button, el } from './dom';
import { KIND_LABELS, SEVERITIES, SEVERITY_LABELS, ariaKeyShortcuts, quote, ROW_QUOTE_CHARS, shortcutLabel } from './labels';

export interface PanelFilter {
  readonly kind: SuggestionKind | 'all';
  readonly severity: Severity | 'all';
}

export interface PanelActions {
  select(id: string): void;
  next(): void;
  previous(): void;
  acceptAll(): void;
  rejectAll(): void;
  /** Escape in the list: closes the selected suggestion's card. */
  deselect(): void;
  /** Tab in the list: gives the open card the keyboard; false when no card is open. */
  focusCard(): boolean;
  filterChanged(filter: PanelFilter): void;
}

export function filterFor(filter: PanelFilter): ItemFilter {
  return (item) => (filter.kind === 'all' || item.kind === filter.kind) && (filter.severity === 'all' || item.severity === filter.severity);
}

export class Panel {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly heading: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly kindSelect: HTMLSelectElement;
  private readonly severitySelect: HTMLSelectElement;
  private readonly kindOptions = new Map<SuggestionKind | 'all', HTMLOptionElement>();
  private readonly severityOptions = new Map<Severity | 'all', HTMLOptionElement>();
  private readonly rows = new Map<string, HTMLLIElement>();
  private readonly bulk: readonly HTMLButtonElement[];
  private filter: PanelFilter = { kind: 'all', severity: 'all' };
  private shown: ItemFilter = filterFor(this.filter);
  private review: ReviewState | null = null;

  constructor(private readonly actions: PanelActions) {
    this.kindSelect = el('select', { id: 'filter-kind' });
    this.kindOptions.set('all', el('option', { value: 'all' }, 'All kinds'));
    for (const kind of SUGGESTION_KINDS) this.kindOptions.set(kind, el('option', { value: kind }, KIND_LABELS[kind]));
    this.kindSelect.append(...this.kindOptions.values());
    this.severitySelect = el('select', { id: 'filter-severity' });
    this.severityOptions.set('all', el('option', { value: 'all' }, 'All severities'));
    for (const severity of SEVERITIES) this.severityOptions.set(severity, el('option', { value: severity }, SEVERITY_LABELS[severity]));
    this.severitySelect.append(...this.severityOptions.values());
    const onFilter = (): void => this.setFilter({ kind: this.kindSelect.value as PanelFilter['kind'], severity: this.severitySelect.value as PanelFilter['severity'] });
    this.kindSelect.addEventListener('change', onFilter);
    this.severitySelect.addEventListener('change', onFilter);

    this.heading = el('h2', { class: 'panel-title', id: 'panel-title' }, 'Suggestions');
    this.list = el('ul', { class: 'suggestion-list', 'aria-label': 'Suggestions' });
    this.list.addEventListener('click', (event) => this.onRowClick(event));
    this.list.addEventListener('keydown', (event) => this.onRowKey(event));
    this.empty = el('p', { class: 'panel-empty' });
    this.bulk = [
      button('Accept all', () => this.actions.acceptAll(), { class: 'bulk-accept', title: 'Accept every suggestion shown in the list' }),
      button('Reject all', () => this.actions.rejectAll(), { class: 'bulk-reject', title: 'Reject every suggestion shown in the list' }),
    ];

    this.element = el(
      'aside',
      { class: 'panel', 'aria-labelledby': 'panel-title' },
      el(
        'div',
        { class: 'panel-head' },
        this.heading,
        el(
          'div',
          { class: 'panel-nav' },
          button('↑ Previous', () => this.actions.previous(), {
            class: 'icon-button',
            'aria-label': 'Previous suggestion',
            title: `Previous suggestion (${shortcutLabel('previous')})`,
            'aria-keyshortcuts': ariaKeyShortcuts('previous'),
          }),
          button('↓ Next', () => this.actions.next(), {
            class: 'icon-button',
            'aria-label': 'Next suggestion',
            title: `Next suggestion (${shortcutLabel('next')})`,
            'aria-keyshortcuts': ariaKeyShortcuts('next'),
          }),
        ),
      ),
      el(
        'div',
        { class: 'panel-filters' },
        el('label', { for: 'filter-kind' }, 'Kind'),
        this.kindSelect,
        el('label', { for: 'filter-severity' }, 'Severity'),
        this.severitySelect,
      ),
      el('div', { class: 'panel-bulk' }, ...this.bulk),
      this.list,
      this.empty,
    );
  }

  get currentFilter(): ItemFilter {
    return this.shown;
  }

  update(review: ReviewState): void {
    const previous = this.review;
    this.review = review;
    if (!previous || previous.items !== review.items) {
      this.updateCounts(review);
      if (previous) this.syncRows(review, previous);
      else this.rebuild(review);
    }
    if (!previous || previous.selected !== review.selected) this.markSelected(previous?.selected ?? null, review.selected);
  }

  private setFilter(filter: PanelFilter): void {
    this.filter = filter;
    this.shown = filterFor(filter);
    if (this.review) {
      this.updateCounts(this.review);
      this.rebuild(this.review);
      this.markSelected(null, this.review.selected);
    }
    this.actions.filterChanged(filter);
  }

  /** Heading, both filters' counts, the empty message and the bulk buttons, for the current items and filter. */
  private updateCounts(review: ReviewState): void {
    const byKind = new Map<string, number>();
    const bySeverity = new Map<string, number>();
    for (const item of review.items.values()) {
      if (this.filter.severity === 'all' || item.severity === this.filter.severity) byKind.set(item.kind, (byKind.get(item.kind) ?? 0) + 1);
      if (this.filter.kind === 'all' || item.kind === this.filter.kind) bySeverity.set(item.severity, (bySeverity.get(item.severity) ?? 0) + 1);
    }
    const sum = (counts: Map<string, number>): number => [...counts.values()].reduce((a, b) => a + b, 0);
    this.kindOptions.get('all')!.textContent = `All kinds (${sum(byKind)})`;
    for (const kind of SUGGESTION_KINDS) this.kindOptions.get(kind)!.textContent = `${KIND_LABELS[kind]} (${byKind.get(kind) ?? 0})`;
    this.severityOptions.get('all')!.textContent = `All severities (${sum(bySeverity)})`;
    for (const severity of SEVERITIES) this.severityOptions.get(severity)!.textContent = `${SEVERITY_LABELS[severity]} (${bySeverity.get(severity) ?? 0})`;
    const shown = [...review.items.values()].filter(this.shown).length;
    this.heading.textContent = shown === review.items.size ? `Suggestions (${shown})` : `Suggestions (${shown} of ${review.items.size})`;
    this.empty.textContent =
      review.reference === null ? 'Open a reference to compare the draft with.' : shown === 0 ? (review.items.size === 0 ? 'Nothing left to review.' : 'None of this kind.') : '';
    this.empty.hidden = this.empty.textContent === '';
    for (const bulk of this.bulk) bulk.disabled = shown === 0;
  }

  private rebuild(review: ReviewState): void {
    this.rows.clear();
    const rows = orderedPlaced(review)
      .filter((p) => this.shown(p.item))
      .map((p) => this.row(p.item));
    this.list.replaceChildren(...rows);
  }

  /** Removes rows that went and adds the new ones where they belong; leaves the rest alone. */
  private syncRows(review: ReviewState, previous: ReviewState): void {
    let added = false;
    for (const [id, row] of this.rows) {
      if (!review.items.has(id) || review.items.get(id) !== previous.items.get(id)) {
        row.remove();
        this.rows.delete(id);
      }
    }
    for (const [id, item] of review.items) if (!this.rows.has(id) && this.shown(item)) added = true;
    if (!added) return;
    let cursor = this.list.firstElementChild;
    for (const { item } of orderedPlaced(review)) {
      if (!this.shown(item)) continue;
      const row = this.rows.get(item.id) ?? this.row(item);
      if (row !== cursor) this.list.insertBefore(row, cursor);
      else cursor = cursor.nextElementSibling;
    }
  }

  private row(item: ReviewItem): HTMLLIElement {
    const words =
      item.draftText === ''
        ? el('span', { class: 'row-words' }, el('ins', {}, quote(item.replacement, ROW_QUOTE_CHARS)))
        : item.replacement === ''
          ? el('span', { class: 'row-words' }, el('del', {}, quote(item.draftText, ROW_QUOTE_CHARS)))
          : el('span', { class: 'row-words' }, el('del', {}, quote(item.draftText, ROW_QUOTE_CHARS)), ' → ', el('ins', {}, quote(item.replacement, ROW_QUOTE_CHARS)));
    const row = el(
      'li',
      // No aria-label: the row's own text is its name, so no document words
      // can collide with the panel's labels ("Kind") in label lookups.
      { class: `row sg-kind-${item.kind}`, tabindex: '-1', 'data-id': item.id },
      el('span', { class: `kind-chip sg-kind-${item.kind}` }, KIND_LABELS[item.kind]),
      el('span', { class: `severity-dot sg-${item.severity}`, title: `${SEVERITY_LABELS[item.severity]} severity`, 'aria-hidden': 'true' }),
      words,
    );
    this.rows.set(item.id, row);
    return row;
  }

  private markSelected(previous: string | null, current: string | null): void {
    if (previous) {
      const row = this.rows.get(previous);
      row?.removeAttribute('aria-current');
      row?.setAttribute('tabindex', '-1');
    }
    const row = current ? this.rows.get(current) : undefined;
    if (row) {
      row.setAttribute('aria-current', 'true');
      row.setAttribute('tabindex', '0');
      row.scrollIntoView({ block: 'nearest' });
    } else {
      this.list.firstElementChild?.setAttribute('tabindex', '0');
    }
  }

  private onRowClick(event: MouseEvent): void {
    const row = (event.target as Element).closest('li[data-id]');
    if (row) this.actions.select(row.getAttribute('data-id')!);
  }

  private onRowKey(event: KeyboardEvent): void {
    const row = (event.target as Element).closest('li[data-id]') as HTMLLIElement | null;
    if (!row) return;
    const move = (to: Element | null): void => {
      if (!(to instanceof HTMLLIElement)) return;
      event.preventDefault();
      to.focus();
      this.actions.select(to.getAttribute('data-id')!);
    };
    if (event.key === 'ArrowDown') move(row.nextElementSibling);
    else if (event.key === 'ArrowUp') move(row.previousElementSibling);
    else if (event.key === 'Home') move(this.list.firstElementChild);
    else if (event.key === 'End') move(this.list.lastElementChild);
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.actions.select(row.getAttribute('data-id')!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.actions.deselect();
    } else if (event.key === 'Tab' && !event.shiftKey && this.actions.focusCard()) {
      // The card sits before the panel in the page, so Tab would skip it.
      event.preventDefault();
    }
  }
}
