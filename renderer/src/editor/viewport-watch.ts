/**
 * What the review plugin draws and how it follows the viewport: the open
 * suggestions inside the shown stretch (./shown-range), and the stretch
 * moved when scrolling brings the viewport near its edge.
 */
import type { Node } from 'prosemirror-model';
import { type EditorState, Plugin, PluginKey } from 'prosemirror-state';
import type { Mapping } from 'prosemirror-transform';
import { type Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { decorationSet } from './decoration-tree';
import { keptSet } from './kept-decorations';
import type { SuggestionSpec } from './decorations';
import type { Placed } from './review-item';
import { farPositionAt } from './near-chunks';
import { findPlaced, movePartners } from './review-queries';
import { reviewKey, reviewState, type ReviewMeta, type ReviewState } from './review-state';
import { SHOWN_MARGIN, type ShownRange } from './shown-range';

/** What the plugin keeps: the decorations drawn, the review fields they were made from, and where the selected item was. */
interface Shown {
  readonly set: DecorationSet;
  readonly open: DecorationSet;
  readonly shown: ShownRange;
  readonly selected: string | null;
  /** Where the selected item is (null: none, or not open). */
  readonly placed: Placed | null;
}

const shownKey = new PluginKey<Shown>('shown-marks');

/**
 * Draws the open suggestions inside the shown stretch, and the selected one
 * and its move's other half wherever they are. The set is the last one
 * mapped and mended (./kept-decorations), not built afresh: a keystroke
 * maps the review's decorations, and rebuilding the shown ones cost every
 * paragraph times every shown mark.
 */
export function shownMarks(): Plugin<Shown> {
  return new Plugin<Shown>({
    key: shownKey,
    state: {
      init: (_config, state) => shownFrom(reviewState(state), state.doc, null, null, [state.selection.head]),
      apply(tr, last, _before, after) {
        const review = reviewState(after);
        const same = review.open === last.open && review.selected === last.selected && review.shown.from === last.shown.from && review.shown.to === last.shown.to;
        if (same) return last;
        const mapping = tr.docChanged ? tr.mapping : null;
        // The selected item is looked for at the cursor and where it last was.
        const selectedAt = last.placed && review.selected === last.selected ? (mapping?.map(last.placed.from) ?? last.placed.from) : null;
        return shownFrom(review, tr.doc, last.set, mapping, selectedAt === null ? [after.selection.head] : [after.selection.head, selectedAt]);
      },
    },
    props: { decorations: (state) => shownKey.getState(state)?.set },
  });
}

/** The shown marks; `near`: where the selected item may be (the cursor, and where it was last drawn). */
function shownFrom(review: ReviewState, doc: Node, previous: DecorationSet | null, mapping: Mapping | null, near: readonly number[]): Shown {
  const inside = review.open.find(Math.max(0, review.shown.from), Math.min(doc.content.size, review.shown.to));
  // The selected suggestion and its move's other half are drawn wherever they are.
  const placed = review.selected ? findPlaced(review, review.selected, near) : null;
  const wanted = placed ? withEmphasised(review, inside, placed) : inside;
  const set = previous ? keptSet(previous, mapping, doc, wanted) : decorationSet(doc, wanted);
  return { set, open: review.open, shown: review.shown, selected: review.selected, placed };
}

/**
 * Where `state`'s selected item is (null: none selected), as
 * review-queries' findPlaced finds it, but kept from the drawing of its
 * marks: the card and the highlights ask on every key while an item is
 * selected, and typing moves the cursor away from it, past which
 * findPlaced searched every open item (three times a key on the 200,000-word
 * line, in the profile).
 */
export function selectedPlaced(state: EditorState): Placed | null {
  const review = reviewState(state);
  const shown = shownKey.getState(state);
  if (shown && shown.open === review.open && shown.selected === review.selected) return shown.placed;
  return review.selected ? findPlaced(review, review.selected, [state.selection.head]) : null;
}

/**
 * `inside` and the decorations of the selected item (`placed`) and its
 * move's other half (drawn wherever they are: the card and the highlights
 * need their marks). The selected item is looked for at the cursor and
 * where it was last drawn (mapped through the edits since), not in every
 * open item: typing moves the cursor away from a selected item, and the
 * whole search cost every open item on each key (0.3 ms at 200,000 words
 * on one line in the profile).
 */
function withEmphasised(review: ReviewState, inside: Decoration[], placed: Placed): Decoration[] {
  const emphasised = [placed, ...movePartners(review, placed.item)].flatMap((p) => review.open.find(p.from, p.to, (spec: SuggestionSpec) => spec.id === p.item.id));
  // find() hands out copies: the same decoration is told by its spec.
  const seen = new Set(inside.map((d) => d.spec as SuggestionSpec));
  return [...inside, ...emphasised.filter((d) => !seen.has(d.spec as SuggestionSpec))];
}

/**
 * Moves the shown stretch when the viewport comes within half a margin of
 * its edge: after scrolling and resizing, at most once a frame, and once
 * after a fresh state (a draft opened).
 */
export class ViewportWatch {
  private frame = 0;
  private readonly scroller: HTMLElement | null;
  private readonly schedule = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.measure());
  };

  constructor(private readonly view: EditorView) {
    this.scroller = view.dom.closest<HTMLElement>('.pane-scroll');
    (this.scroller ?? window).addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule);
    this.schedule();
  }

  update(view: EditorView): void {
    if (!reviewState(view.state).shown.measured) this.schedule();
  }

  destroy(): void {
    (this.scroller ?? window).removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    if (this.frame) cancelAnimationFrame(this.frame);
  }

  private measure(): void {
    this.frame = 0;
    const { view } = this;
    if (view.isDestroyed) return;
    const visible = visibleRange(view, this.scroller);
    const { shown } = reviewState(view.state);
    if (!visible) return;
    const size = view.state.doc.content.size;
    const covered = shown.measured && (shown.from <= 0 || visible.from - shown.from >= SHOWN_MARGIN / 2) && (shown.to >= size || shown.to - visible.to >= SHOWN_MARGIN / 2);
    if (covered) return;
    const range: ShownRange = { from: Math.max(0, visible.from - SHOWN_MARGIN), to: Math.min(size, visible.to + SHOWN_MARGIN), measured: true };
    view.dispatch(view.state.tr.setMeta(reviewKey, { type: 'shown', range } satisfies ReviewMeta).setMeta('addToHistory', false));
  }
}

/** The document positions at the top and bottom of what the scroller shows of the editor, or null when it shows none. */
function visibleRange(view: EditorView, scroller: HTMLElement | null): { from: number; to: number } | null {
  const box = view.dom.getBoundingClientRect();
  const port = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
  const top = Math.max(box.top, port.top) + 1;
  const bottom = Math.min(box.bottom, port.bottom) - 1;
  if (bottom <= top) return null;
  const left = box.left + Math.min(16, box.width / 2);
  // Where the viewport shows a far chunk (./near-chunks), the position is told by how far down it `y` is.
  const at = (y: number): number | null => farPositionAt(view, left, y) ?? view.posAtCoords({ left, top: y })?.pos ?? null;
  const from = at(top);
  const to = at(bottom);
  if (from === null || to === null) return null;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}
