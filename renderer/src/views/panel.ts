/**
 * The side panel: every open suggestion in document order, filtered by kind
 * and severity, with counts; bulk accept / reject for what is shown.
 *
 * The list (./panel-rows) builds only the rows near its viewport and keeps
 * them in step incrementally: a decision or an edit drops or adds a few
 * rows and moves the rest. Rows are list items in a list named
 * "Suggestions", each saying its place in the whole list; the arrow keys,
 * Home and End move through every shown suggestion, built or not; Enter or
 * a click selects the suggestion in the draft.
 */
import { SUGGESTION_KINDS, type Severity, type SuggestionKind } from '@galley/engine';
import type { ItemFilter } from '../editor/review-commands';
import { orderedPlaced } from '../editor/review-queries';
import type { ReviewState } from '../editor/review-state';
import { button, el } from './dom';
import { KIND_LABELS, SEVERITIES, SEVERITY_LABELS, ariaKeyShortcuts, shortcutLabel } from './labels';
import { suggestionRow } from './panel-row';
import { PanelRows } from './panel-rows';

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
  private readonly list = new PanelRows(suggestionRow);
  private readonly heading: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly kindSelect: HTMLSelectElement;
  private readonly severitySelect: HTMLSelectElement;
  private readonly kindOptions = new Map<SuggestionKind | 'all', HTMLOptionElement>();
  private readonly severityOptions = new Map<Severity | 'all', HTMLOptionElement>();
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
    this.list.element.addEventListener('click', (event) => this.onRowClick(event));
    this.list.element.addEventListener('keydown', (event) => this.onRowKey(event));
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
      this.list.element,
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
      this.syncRows(review, previous);
      this.updateCounts(review);
    }
    if (!previous || previous.selected !== review.selected) this.list.select(review.selected);
  }

  private setFilter(filter: PanelFilter): void {
    this.filter = filter;
    this.shown = filterFor(filter);
    if (this.review) {
      this.syncRows(this.review, null);
      this.updateCounts(this.review);
      this.list.select(this.review.selected);
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
    const shown = this.list.size;
    this.heading.textContent = shown === review.items.size ? `Suggestions (${shown})` : `Suggestions (${shown} of ${review.items.size})`;
    this.empty.textContent =
      review.reference === null ? 'Open a reference to compare the draft with.' : shown === 0 ? (review.items.size === 0 ? 'Nothing left to review.' : 'None of this kind.') : '';
    this.empty.hidden = this.empty.textContent === '';
    for (const bulk of this.bulk) bulk.disabled = shown === 0;
  }

  /**
   * The shown ids in document order. Only decisions since `previous`: the
   * list's own order minus what went. Anything new or replaced (or no
   * `previous`): sorted afresh, O(n log n).
   */
  private syncRows(review: ReviewState, previous: ReviewState | null): void {
    let ids: string[];
    if (previous && ![...review.items].some(([id, item]) => previous.items.get(id) !== item)) {
      ids = [];
      for (let index = 0; index < this.list.size; index++) {
        const id = this.list.idAt(index)!;
        if (review.items.has(id)) ids.push(id);
      }
    } else {
      ids = orderedPlaced(review)
        .filter((p) => this.shown(p.item))
        .map((p) => p.item.id);
    }
    this.list.setRows(ids, review.items);
  }

  private onRowClick(event: MouseEvent): void {
    const row = (event.target as Element).closest('li[data-id]');
    if (row) this.actions.select(row.getAttribute('data-id')!);
  }

  private onRowKey(event: KeyboardEvent): void {
    const row = (event.target as Element).closest('li[data-id]') as HTMLLIElement | null;
    if (!row) return;
    const move = (index: number): void => {
      // The row may not exist until it is scrolled to: ask the list for it by place.
      const to = this.list.reveal(index);
      if (!to) return;
      event.preventDefault();
      to.focus({ preventScroll: true });
      this.actions.select(to.getAttribute('data-id')!);
    };
    const at = this.list.indexOf(row.getAttribute('data-id')!);
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(this.list.size - 1);
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
