/**
 * What the review plugin draws and how it follows the viewport: the open
 * suggestions inside the shown stretch (./shown-range), and the stretch
 * moved when scrolling brings the viewport near its edge.
 */
import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import type { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import { decorationSet } from './decoration-tree';
import type { SuggestionSpec } from './decorations';
import { farPositionAt } from './near-paragraphs';
import { reviewKey, reviewState, type ReviewMeta, type ReviewState } from './review-state';
import { SHOWN_MARGIN, type ShownRange } from './shown-range';

/** The decorations drawn, remembered for the review's set, the stretch and the selection they were made from. */
const drawn = new WeakMap<DecorationSet, { shown: ShownRange; selected: string | null; set: DecorationSet }>();

/** The open suggestions' decorations inside the shown stretch, and the selected one's and its move's. */
export function shownDecorations(state: EditorState): DecorationSet {
  const review = reviewState(state);
  const { shown } = review;
  const known = drawn.get(review.open);
  if (known && known.shown === shown && known.selected === review.selected) return known.set;
  const set = decorationSet(state.doc, decorationsIn(review, state.doc, shown));
  drawn.set(review.open, { shown, selected: review.selected, set });
  return set;
}

function decorationsIn(review: ReviewState, doc: Node, shown: ShownRange): Decoration[] {
  const inside = review.open.find(Math.max(0, shown.from), Math.min(doc.content.size, shown.to));
  if (!review.selected) return inside;
  // The selected suggestion and its move's other half are drawn emphasised (look), wherever they are.
  const emphasised = review.open.find(undefined, undefined, (spec: SuggestionSpec) => spec.look !== 'plain');
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
  // Where the viewport shows far paragraphs' spacer (./near-paragraphs), the position is told by the spacer.
  const at = (y: number): number | null => farPositionAt(view, y) ?? view.posAtCoords({ left, top: y })?.pos ?? null;
  const from = at(top);
  const to = at(bottom);
  if (from === null || to === null) return null;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}
