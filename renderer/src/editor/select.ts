/**
 * Selecting a suggestion: the review names it (`selected`), and the page
 * shows it and the other half of its move with CSS highlights (the Custom
 * Highlight API: ::highlight(galley-selected), ::highlight(galley-linked)
 * in styles/marks.css), not with decorations.
 *
 * They were decorations of their own look, so each Next replaced four of
 * them: prosemirror-view then passes over every top-level paragraph of the
 * draft to hand out decorations (updateChildren; 5 ms of each press at
 * 300,000 words in the profile, with the mending of the drawn set another
 * 3.5) and draws the marks' spans again. A highlight changes no DOM, so
 * selecting leaves the draft's decorations as they are.
 */
import { Plugin, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Placed } from './review-item';
import { movePartners } from './review-queries';
import { selectedPlaced } from './viewport-watch';
import { reviewState, type ReviewState } from './review-state';

const SELECTED_HIGHLIGHT = 'galley-selected';
const LINKED_HIGHLIGHT = 'galley-linked';

/** The review with `id` selected (null, or an id no longer open: none). */
export function withSelected(review: ReviewState, id: string | null): ReviewState {
  const target = id && review.items.has(id) ? id : null;
  return target === review.selected ? review : { ...review, selected: target };
}

/**
 * Keeps the highlights on the selected suggestion's marks and its move's
 * other half: set again after each update that changed the selection or
 * the text, or redrew a highlighted mark (a highlight's ranges hold the
 * elements they were made on).
 */
export function selectionHighlights(): Plugin {
  return new Plugin({ view: (view) => new SelectionHighlights(view) });
}

class SelectionHighlights {
  private ranges: Range[] = [];

  /** A fresh state (a draft opened) may come with its selection. */
  constructor(view: EditorView) {
    this.paint(view, reviewState(view.state).selected);
  }

  update(view: EditorView, before: EditorState): void {
    const { selected } = reviewState(view.state);
    const same = selected === reviewState(before).selected && view.state.doc === before.doc;
    if (same && this.ranges.every((range) => range.startContainer.isConnected)) return;
    this.paint(view, selected);
  }

  destroy(): void {
    this.clear();
  }

  private paint(view: EditorView, selected: string | null): void {
    this.clear();
    if (!selected || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const review = reviewState(view.state);
    const placed = selectedPlaced(view.state);
    if (!placed) return;
    const selectedRanges = rangesOf(view, [placed]);
    const linkedRanges = rangesOf(view, movePartners(review, placed.item));
    this.ranges = [...selectedRanges, ...linkedRanges];
    CSS.highlights.set(SELECTED_HIGHLIGHT, new Highlight(...selectedRanges));
    if (linkedRanges.length > 0) CSS.highlights.set(LINKED_HIGHLIGHT, new Highlight(...linkedRanges));
  }

  private clear(): void {
    this.ranges = [];
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    CSS.highlights.delete(SELECTED_HIGHLIGHT);
    CSS.highlights.delete(LINKED_HIGHLIGHT);
  }
}

/** A range over each element drawn for `placed` (a mark's spans, a widget). */
function rangesOf(view: EditorView, placed: readonly Placed[]): Range[] {
  return placed.flatMap((p) =>
    marksOf(view, p).map((element) => {
      const range = new Range();
      range.selectNodeContents(element);
      return range;
    }),
  );
}

/**
 * The elements drawing `placed`: looked for only in the blocks it spans
 * (each Next and each keystroke with the card open asks, and the whole
 * draft is thousands of elements), else anywhere (a widget between two
 * blocks).
 */
export function marksOf(view: EditorView, placed: Placed): Element[] {
  const selector = `[data-suggestion-id="${CSS.escape(placed.item.id)}"]`;
  const marks: Element[] = [];
  const size = view.state.doc.content.size;
  view.state.doc.nodesBetween(Math.min(placed.from, size), Math.min(placed.to, size), (_node, pos) => {
    const block = view.nodeDOM(pos);
    if (block instanceof Element) marks.push(...block.querySelectorAll(selector));
    return false;
  });
  return marks.length > 0 ? marks : [...view.dom.querySelectorAll(selector)];
}
