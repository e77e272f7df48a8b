/**
 * Review actions as ProseMirror commands, so they run from keys, menus and
 * buttons alike and go through history like any edit:
 *
 * - accept replaces the draft's words with the reference's in one
 *   transaction and records the key in the doc's `accepted` attribute;
 * - reject only records the key in `rejected` (a document step, so undo
 *   brings the suggestion back);
 * - both apply to the two halves of a move together;
 * - accept all / reject all do every shown suggestion in one transaction,
 *   one undo step.
 *
 * Each decision is its own undo step (closeHistory), never merged with the
 * typing before it.
 */
import { closeHistory, redoNoScroll, undoNoScroll } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { type Command, type EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import type { Placed, ReviewItem } from './review-item';
import { adjacentPlaced, findPlaced, movePartners, orderedPlaced } from './review-queries';
import { replaceAll } from './replace-all';
import { decisionsOf, reviewKey, reviewState, type ReviewMeta, type ReviewState } from './review-state';

/** Which open suggestions are shown (the panel's filter); navigation and bulk actions respect it. */
export type ItemFilter = (item: ReviewItem) => boolean;

export const everyItem: ItemFilter = () => true;

type Decision = 'accepted' | 'rejected';

/**
 * Accepts the selected suggestion (or `id`), then selects the next shown
 * one: with `andNext` wrapping around at the end, else the one after it or,
 * at the end, the one before, so the keyboard always has a suggestion to
 * act on next. With none selected (and no `id`), it decides nothing and
 * selects the next shown suggestion from the cursor, as Next would.
 */
export function accept(options: { id?: string; andNext?: boolean; filter?: ItemFilter } = {}): Command {
  return decideOne('accepted', options);
}

export function reject(options: { id?: string; andNext?: boolean; filter?: ItemFilter } = {}): Command {
  return decideOne('rejected', options);
}

/** Accepts every shown suggestion (and the other half of any shown move). */
export function acceptAll(filter: ItemFilter): Command {
  return decideAll('accepted', filter);
}

export function rejectAll(filter: ItemFilter): Command {
  return decideAll('rejected', filter);
}

/** Selects the next (1) or previous (-1) shown suggestion, wrapping around. */
export function goToSuggestion(direction: 1 | -1, filter: ItemFilter = everyItem): Command {
  return (state, dispatch) => {
    const target = neighbour(state, direction, filter, new Set());
    if (!target) return false;
    if (dispatch) dispatch(withSelection(state.tr, target, target.from));
    return true;
  };
}

/**
 * Undo (and redo, below) that scroll to the restored cursor, as
 * prosemirror-history's own do, except when the step decides or undecides
 * many suggestions at once (accept all, reject all). Scrolling measures
 * the cursor's position, which right after such a step makes the browser
 * lay out the whole changed draft in the same task: at 100,000 words the
 * undo of accept all spent 0.35 s in that layout and 0.6 s restyling for
 * it. The cursor goes back to where it was before the bulk decision, which
 * its button was pressed from.
 */
export const undoStep: Command = scrollingUnlessBulk(undoNoScroll);

export const redoStep: Command = scrollingUnlessBulk(redoNoScroll);

/** A step changing more decisions than this is a bulk one (a move's two halves are decided together). */
const MAX_SCROLLED_DECISIONS = 2;

function scrollingUnlessBulk(command: Command): Command {
  const bulk = (before: Node, after: Node): boolean => Math.abs(decisionCount(after) - decisionCount(before)) > MAX_SCROLLED_DECISIONS;
  return (state, dispatch) => command(state, dispatch && ((tr) => dispatch(bulk(state.doc, tr.doc) ? tr : tr.scrollIntoView())));
}

function decisionCount(doc: Node): number {
  const { accepted, rejected } = decisionsOf(doc);
  return accepted.length + rejected.length;
}

/** Clears the selected suggestion (closes its card). */
export const deselect: Command = (state, dispatch) => {
  if (!reviewState(state).selected) return false;
  if (dispatch) dispatch(state.tr.setMeta(reviewKey, { type: 'select', id: null } satisfies ReviewMeta));
  return true;
};

function decideOne(decision: Decision, options: { id?: string; andNext?: boolean; filter?: ItemFilter }): Command {
  return (state, dispatch) => {
    const review = reviewState(state);
    const id = options.id ?? review.selected;
    const placed = id ? findPlaced(review, id, [state.selection.head]) : null;
    // Nothing chosen: the key shows the next suggestion from the cursor rather than doing nothing, and decides nothing unseen.
    if (!placed) return options.id === undefined && review.selected === null && goToSuggestion(1, options.filter)(state, dispatch);
    if (dispatch) {
      const group = [placed, ...movePartners(review, placed.item)];
      const filter = options.filter ?? everyItem;
      const skip = new Set(group.map((p) => p.item.id));
      const next = options.andNext
        ? neighbour(state, 1, filter, skip)
        : (neighbour(state, 1, filter, skip, false) ?? neighbour(state, -1, filter, skip, false));
      dispatch(decide(state, decision, group, next));
    }
    return true;
  };
}

function decideAll(decision: Decision, filter: ItemFilter): Command {
  return (state, dispatch) => {
    const all = orderedPlaced(reviewState(state));
    const shown = all.filter((p) => filter(p.item));
    if (shown.length === 0) return false;
    if (dispatch) {
      // A shown move's other half goes with it, shown or not (found in one
      // pass: asking for each item's partners would be quadratic).
      const moves = new Set(shown.flatMap((p) => (p.item.moveId ? [p.item.moveId] : [])));
      const group = all.filter((p) => filter(p.item) || (p.item.moveId !== null && moves.has(p.item.moveId)));
      dispatch(decide(state, decision, group, null));
    }
    return true;
  };
}

/** One transaction recording `decision` for `placed`, then selecting `next` (or nothing). */
function decide(state: EditorState, decision: Decision, placed: readonly Placed[], next: Placed | null): Transaction {
  const tr = state.tr;
  if (decision === 'accepted') replaceAll(tr, placed);
  tr.setDocAttribute(decision, [...decisionsOf(state.doc)[decision], ...placed.map((p) => p.item.key)]);
  // Only a next suggestion is revealed: scrolling to the cursor after
  // accept all would lay out the whole changed document at once.
  if (next) withSelection(tr, next, tr.mapping.map(next.from));
  else tr.setMeta(reviewKey, { type: 'select', id: null } satisfies ReviewMeta);
  return closeHistory(tr);
}

/**
 * Selects `target`. Not `scrollIntoView()`: the window reveals a newly
 * selected suggestion a frame later (app/layout's revealSelected), and
 * ProseMirror's scroll measured the cursor inside the key's task, a forced
 * layout per Next, only for the reveal to scroll again to its comfort band.
 */
function withSelection(tr: Transaction, target: Placed, pos: number): Transaction {
  return tr.setSelection(TextSelection.near(tr.doc.resolve(pos))).setMeta(reviewKey, { type: 'select', id: target.item.id } satisfies ReviewMeta);
}

/**
 * The shown suggestion after (or before) the selected one, or the cursor
 * when none is selected; wraps around at the ends unless `wrap` is false.
 * `skip` leaves out items about to be decided.
 */
function neighbour(state: EditorState, direction: 1 | -1, filter: ItemFilter, skip: ReadonlySet<string>, wrap = true): Placed | null {
  const review: ReviewState = reviewState(state);
  const accept = (p: Placed): boolean => filter(p.item) && !skip.has(p.item.id);
  const size = state.doc.content.size;
  const head = state.selection.head;
  const current = (review.selected && findPlaced(review, review.selected, [head])) || null;
  const found = adjacentPlaced(review, size, current ?? head, direction, accept);
  if (found || !wrap) return found;
  return adjacentPlaced(review, size, direction === 1 ? 0 : size + 1, direction, accept);
}
