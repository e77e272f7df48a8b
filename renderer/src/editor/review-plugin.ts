/**
 * The review plugin: holds the review state (./review-state), maps it
 * through every transaction (./map-review), shows its decorations, takes in
 * comparison results (./compare-state) and selects the suggestion under the
 * cursor or a clicked one. The comparisons themselves are run by
 * ./comparison.
 */
import { closeHistory } from 'prosemirror-history';
import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { finishCheck, startCheck } from './compare-state';
import { mapReview } from './map-review';
import { findPlaced, placedAt } from './review-queries';
import { emptyReview, reviewKey, reviewState, type ReviewMeta, type ReviewState } from './review-state';
import { sameDecisions } from './schema';
import { withSelected } from './select';
import { ViewportWatch } from './viewport-watch';

export function reviewPlugin(): Plugin<ReviewState> {
  return new Plugin<ReviewState>({
    key: reviewKey,
    state: {
      init: () => emptyReview,
      apply(tr, review) {
        const meta = tr.getMeta(reviewKey) as ReviewMeta | undefined;
        // A fresh review is drawn where the viewport is.
        if (meta?.type === 'load') return { ...meta.review, shown: review.shown };
        if (meta?.type === 'shown') return { ...review, shown: meta.range };
        let next = mapReview(review, tr);
        if (meta?.type === 'check-start') next = startCheck(next, tr.doc, meta.token, meta.text);
        if (meta?.type === 'check-finish') next = finishCheck(next, tr.doc, meta.token, meta.suggestions);
        if (meta?.type === 'select') return withSelected(next, meta.id);
        // Moving the cursor onto a suggestion selects it; typing never does.
        if (tr.selectionSet && !tr.docChanged && !meta) {
          return withSelected(next, placedAt(next, tr.selection.head)?.item.id ?? null);
        }
        return next;
      },
    },
    // A decision (or its undo) is an undo step of its own on both sides:
    // the decision's own transaction closes the step before it, and this
    // empty closing transaction keeps the next edit from joining it. Undo
    // of a decision relies on that: it must change only the decided text.
    appendTransaction(transactions, oldState, newState) {
      return !sameDecisions(oldState.doc, newState.doc) && transactions.some((tr) => tr.docChanged) ? closeHistory(newState.tr) : null;
    },
    view: (view) => new ViewportWatch(view),
    props: {
      // Edited text waiting for its re-check, or being re-checked: the marks
      // may still change, which assistive technology (and a test) can wait for.
      attributes: (state): Record<string, string> => {
        const { reference, dirty, pending } = reviewState(state);
        return reference !== null && (dirty.length > 0 || pending.length > 0) ? { 'aria-busy': 'true' } : {};
      },
      handleDOMEvents: {
        // Widgets (missing text) hold no cursor, so clicking one selects it here.
        mousedown(view, event) {
          const widget = (event.target as HTMLElement | null)?.closest?.('.sg-widget');
          const id = widget?.getAttribute('data-suggestion-id');
          if (!id) return false;
          event.preventDefault();
          selectSuggestion(view, id);
          view.focus();
          return true;
        },
        // Hovering either half of a move lights up both.
        mouseover(view, event) {
          highlightMove(view, (event.target as HTMLElement | null)?.closest?.('[data-move-id]')?.getAttribute('data-move-id') ?? null);
          return false;
        },
        mouseleave(view) {
          highlightMove(view, null);
          return false;
        },
      },
      // Files dropped on the draft are opened by the window, not pasted as text.
      handleDrop: (_view, event) => (event.dataTransfer?.files.length ?? 0) > 0,
    },
  });
}

/** Selects a suggestion: the cursor goes to its start and it scrolls into view. */
export function selectSuggestion(view: EditorView, id: string | null): void {
  const review = reviewState(view.state);
  // No position to look at first: a suggestion chosen in the panel or by a click is wherever it is.
  const placed = id ? findPlaced(review, id) : null;
  const tr = view.state.tr.setMeta(reviewKey, { type: 'select', id: placed ? id : null } satisfies ReviewMeta);
  if (placed) tr.setSelection(TextSelection.near(tr.doc.resolve(placed.from))).scrollIntoView();
  view.dispatch(tr);
}

/** The CSS highlight (Custom Highlight API) showing both halves of a hovered move. */
const MOVE_HIGHLIGHT = 'galley-move';

/**
 * Lights up both halves of the move `moveId` (null: none). Through a CSS
 * highlight, never a class: ProseMirror reads an attribute change on its
 * own DOM as an edit and redraws the span, which fires mouseover again, and
 * so on — the span was never still long enough to click.
 */
function highlightMove(view: EditorView, moveId: string | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (!moveId) {
    CSS.highlights.delete(MOVE_HIGHLIGHT);
    return;
  }
  const ranges = [...view.dom.querySelectorAll(`[data-move-id="${CSS.escape(moveId)}"]`)].map((element) => {
    const range = new Range();
    range.selectNodeContents(element);
    return range;
  });
  CSS.highlights.set(MOVE_HIGHLIGHT, new Highlight(...ranges));
}
