/**
 * What the review plugin draws and how it follows the viewport: the open
 * suggestions inside the shown stretch (./shown-range), and the stretch
 * moved when scrolling brings the viewport near its edge.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { Mapping } from 'prosemirror-transform';
import { type Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { decorationSet } from './decoration-tree';
import { keptSet } from './kept-decorations';
import type { SuggestionSpec } from './decorations';
import { farPositionAt } from './near-chunks';
import { findPlaced, movePartners } from './review-queries';
import { reviewKey, reviewState, type ReviewMeta, type ReviewState } from './review-state';
import { SHOWN_MARGIN, type ShownRange } from './shown-range';

/** What the plugin keeps: the decorations drawn, and the review fields they were made from. */
interface Shown {
  readonly set: DecorationSet;
  readonly open: DecorationSet;
  readonly shown: ShownRange;
  readonly selected: string | null;
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
      init: (_config, state) => shownFrom(reviewState(state), state.doc, null, null, state.selection.head),
      apply(tr, last, _before, after) {
        const review = reviewState(after);
        const same = review.open === last.open && review.selected === last.selected && review.shown.from === last.shown.from && review.shown.to === last.shown.to;
        return same ? last : shownFrom(review, tr.doc, last.set, tr.docChanged ? tr.mapping : null, after.selection.head);
      },
    },
    props: { decorations: (state) => shownKey.getState(state)?.set },
  });
}

function shownFrom(review: ReviewState, doc: Node, previous: DecorationSet | null, mapping: Mapping | null, head: number): Shown {
  const wanted = decorationsIn(review, doc, review.shown, head);
  const set = previous ? keptSet(previous, mapping, doc, wanted) : decorationSet(doc, wanted);
  return { set, open: review.open, shown: review.shown, selected: review.selected };
}

function decorationsIn(review: ReviewState, doc: Node, shown: ShownRange, head: number): Decoration[] {
  const inside = review.open.find(Math.max(0, shown.from), Math.min(doc.content.size, shown.to));
  if (!review.selected) return inside;
  // The selected suggestion and its move's other half are drawn wherever they are.
  const emphasised = emphasisedDecorations(review, review.selected, head);
  // find() hands out copies: the same decoration is told by its spec.
  const seen = new Set(inside.map((d) => d.spec as SuggestionSpec));
  return [...inside, ...emphasised.filter((d) => !seen.has(d.spec as SuggestionSpec))];
}

/**
 * The decorations of the selected item and its move's other half (drawn
 * wherever they are: the card and the highlights need their marks). The
 * selected item is nearly always at the cursor: it is looked for there
 * first, not in every open item.
 */
function emphasisedDecorations(review: ReviewState, selected: string, head: number): Decoration[] {
  const placed = findPlaced(review, selected, [head]);
  if (!placed) return [];
  return [placed, ...movePartners(review, placed.item)].flatMap((p) => review.open.find(p.from, p.to, (spec: SuggestionSpec) => spec.id === p.item.id));
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
