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
import { byPosition } from '../editor/review-item';
import { adjacentPlaced, orderedPlaced, placedIn, placedOfIds } from '../editor/review-queries';
import type { ReviewState } from '../editor/review-state';
import { button, el, scrollFrame, setText } from './dom';
import { KIND_LABELS, SEVERITIES, SEVERITY_LABELS, ariaKeyShortcuts, shortcutLabel } from './labels';
import { ItemCounts, itemChanges, MAX_PLACED_APART, spliceIds, type ItemChanges } from './panel-changes';
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
  private readonly counts = new ItemCounts();

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
      scrollFrame(this.list.element),
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
      const changes = previous && itemChanges(previous.items, review.items);
      if (changes) this.counts.apply(changes, previous.items);
      else this.counts.reset(review.items.values());
      this.syncRows(review, changes);
      this.updateCounts(review);
    }
    if (!previous || previous.selected !== review.selected) this.list.select(review.selected);
  }

  private setFilter(filter: PanelFilter): void {
    this.filter = filter;
    this.shown = filterFor(filter);
    if (this.review) {
      this.resort(this.review);
      this.updateCounts(this.review);
      this.list.select(this.review.selected);
    }
    this.actions.filterChanged(filter);
  }

  /** Heading, both filters' counts, the empty message and the bulk buttons, for the current items and filter. */
  private updateCounts(review: ReviewState): void {
    const { kind, severity } = this.filter;
    setText(this.kindOptions.get('all')!, `All kinds (${this.counts.count('all', severity)})`);
    for (const k of SUGGESTION_KINDS) setText(this.kindOptions.get(k)!, `${KIND_LABELS[k]} (${this.counts.count(k, severity)})`);
    setText(this.severityOptions.get('all')!, `All severities (${this.counts.count(kind, 'all')})`);
    for (const s of SEVERITIES) setText(this.severityOptions.get(s)!, `${SEVERITY_LABELS[s]} (${this.counts.count(kind, s)})`);
    const shown = this.list.size;
    setText(this.heading, shown === review.items.size ? `Suggestions (${shown})` : `Suggestions (${shown} of ${review.items.size})`);
    const empty = review.reference === null ? 'Open a reference to compare the draft with.' : shown === 0 ? (review.items.size === 0 ? 'Nothing left to review.' : 'None of this kind.') : '';
    setText(this.empty, empty);
    this.empty.hidden = empty === '';
    for (const bulk of this.bulk) bulk.disabled = shown === 0;
  }

  /**
   * The shown ids in document order, from the list's own order and
   * `changes` when they are few enough to place one by one (./panel-changes);
   * otherwise (or with no `changes`: opening, a new filter) sorted afresh,
   * O(n log n).
   */
  private syncRows(review: ReviewState, changes: ItemChanges | null): void {
    if (!changes) return this.resort(review);
    const arriving = changes.arriving.filter(this.shown);
    if (arriving.length > MAX_PLACED_APART) return this.resort(review);
    const placed = placedOfIds(review, new Set(arriving.map((item) => item.id))).sort(byPosition);
    if (placed.length !== arriving.length) return this.resort(review);
    const ids = spliceIds(this.list.shownIds, changes.leaving, placed.map((p) => p.item), (item) => {
      const p = placed.find((q) => q.item === item)!;
      // Two items at the same place: their order is the sort's (./review-queries orderedPlaced), not to be guessed here.
      if (placedIn(review, p.from, p.to).some((q) => q.item !== item && q.from === p.from && q.to === p.to)) return undefined;
      return adjacentPlaced(review, Number.POSITIVE_INFINITY, p, -1, (q) => this.shown(q.item))?.item.id ?? null;
    });
    if (!ids) return this.resort(review);
    this.list.setRows(ids, review.items);
  }

  /**
   * Every shown id, sorted afresh. The counts are not touched: they count
   * every open item whatever the filter, and a change of items brought
   * them up to date already (update).
   */
  private resort(review: ReviewState): void {
    const ids = orderedPlaced(review)
      .filter((p) => this.shown(p.item))
      .map((p) => p.item.id);
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
