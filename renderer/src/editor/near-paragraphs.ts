/**
 * Only the paragraphs near the viewport are in the page with their text.
 * Every paragraph in the page is a box the browser checks, lays out and
 * paints around on every frame, laid out or not: at 100,000 words (10,500
 * layout objects) the trace of typing showed `content-visibility`'s
 * intersection checks (0.6 s over 60 keys), layout (0.55 s) and paint
 * (0.65 s) of the whole draft growing with its length.
 *
 * A paragraph is near when it overlaps the stretch whose suggestions are
 * drawn (./shown-range, which follows the viewport) or holds an end of the
 * selection (the selected suggestion is where the cursor is; ProseMirror
 * needs the selection's text in the page). A near paragraph is drawn as the
 * schema draws it; a far one is an empty hidden `p` (ProseMirror keeps one
 * element per node; one with no text and no box costs nothing to lay out),
 * and each run of far paragraphs is stood in for by one spacer of their
 * estimated height (./paragraph-heights). When the stretch moves, the
 * paragraphs that come near are drawn and those left far emptied, in the
 * same update.
 *
 * The text is untouched: ProseMirror reads a far paragraph's content from
 * the document, never from the page, and the saved text comes from the
 * document.
 */
import { DOMSerializer, type Node } from 'prosemirror-model';
import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import type { Mapping } from 'prosemirror-transform';
import { Decoration, DecorationSet, type EditorView, type NodeView } from 'prosemirror-view';
import { decorationSet } from './decoration-tree';
import { keptSet } from './kept-decorations';
import { DEFAULT_METRICS, docSample, type LineMetrics, measureLines, paragraphHeight, sameMetrics, textHeight } from './paragraph-heights';
import { reviewState } from './review-state';
import type { ShownRange } from './shown-range';

/** A run of far paragraphs: where it is in the document and the height its spacer stands in for. */
interface FarRun {
  readonly from: number;
  readonly to: number;
  readonly height: number;
}

/** The class of a spacer standing in for a run of far paragraphs. */
const FAR_RUN_CLASS = 'far-run';

/** What the plugin keeps: the line metrics, and the decorations and far runs of its state. */
interface Near {
  readonly metrics: LineMetrics;
  readonly set: DecorationSet;
  readonly runs: readonly FarRun[];
}

const nearKey = new PluginKey<Near>('near-paragraphs');

/** The far runs of `state` (where its spacers stand). */
function farRuns(state: EditorState): readonly FarRun[] {
  return nearKey.getState(state)?.runs ?? [];
}

/**
 * Which paragraphs of `state` are near: a node decoration on each, and a
 * spacer widget before each run of the others. Worked out over every
 * paragraph (a sum of lengths each), but the set is the last one mended
 * (./kept-decorations): building it afresh costs every paragraph times
 * every decoration.
 */
function nearLayout(state: EditorState, metrics: LineMetrics, previous: DecorationSet | null, mapping: Mapping | null): Near {
  const { shown } = reviewState(state);
  const { from, to } = state.selection;
  const decorations: Decoration[] = [];
  const runs: FarRun[] = [];
  let run: { from: number; height: number } | null = null;
  const closeRun = (end: number): void => {
    if (!run) return;
    const height = Math.round(run.height);
    runs.push({ from: run.from, to: end, height });
    decorations.push(Decoration.widget(run.from, farRunSpacer(height), oneSpec(runSpecs, height, () => ({ key: `${FAR_RUN_CLASS}:${height}`, side: -1, ignoreSelection: true }))));
    run = null;
  };
  state.doc.forEach((paragraph, start) => {
    const end = start + paragraph.nodeSize;
    const near = (start < shown.to && end > shown.from) || (from >= start && from <= end) || (to >= start && to <= end);
    if (near) {
      closeRun(start);
      // Until it is first drawn on screen (content-visibility: auto), a near paragraph takes the space it was estimated at as a far one.
      const height = Math.round(textHeight(paragraph, metrics));
      decorations.push(Decoration.node(start, end, { style: `contain-intrinsic-size: auto ${height}px` }, oneSpec(nearSpecs, height, () => ({ near: true }))));
    } else {
      run ??= { from: start, height: 0 };
      run.height += paragraphHeight(paragraph, metrics);
    }
  });
  closeRun(state.doc.content.size);
  const set = previous ? keptSet(previous, mapping, state.doc, decorations) : decorationSet(state.doc, decorations);
  return { metrics, set, runs };
}

/** One spec object per look (kept-decorations tells decorations apart by spec): the near paragraphs' by height, the spacers' by height. */
const nearSpecs = new Map<number, { near: true }>();
const runSpecs = new Map<number, object>();
function oneSpec<Spec extends object>(specs: Map<number, Spec>, height: number, make: () => Spec): Spec {
  let spec = specs.get(height);
  if (!spec) specs.set(height, (spec = make()));
  return spec;
}

/**
 * Whether `tr` can change which paragraphs are near or their estimates.
 * A selection that moves changes them only when an end of it enters or
 * leaves a paragraph outside the shown stretch: Next and a click within
 * the drawn text (nearly always) leave the layout as it is, rather than
 * walking every paragraph and mending the set for nothing.
 */
function moves(tr: Transaction, before: EditorState, after: EditorState, metrics: LineMetrics, near: Near): boolean {
  if (tr.docChanged || metrics !== near.metrics) return true;
  const [was, is] = [reviewState(before).shown, reviewState(after).shown];
  if (was.from !== is.from || was.to !== is.to) return true;
  return !before.selection.eq(after.selection) && selectionNear(before, is) !== selectionNear(after, is);
}

/**
 * The paragraphs `state`'s selection makes near that `shown` does not (as
 * nearLayout tells them: a paragraph touching an end of the selection),
 * named by their starts.
 */
function selectionNear(state: EditorState, shown: ShownRange): string {
  const starts = new Set<number>();
  const { doc } = state;
  for (const pos of [state.selection.from, state.selection.to]) {
    const $pos = doc.resolve(pos);
    const index = $pos.index(0);
    // Inside a paragraph: that one; between two: both.
    const touched = $pos.depth > 0 ? [index] : [index - 1, index];
    for (const i of touched) {
      if (i < 0 || i >= doc.childCount) continue;
      const start = $pos.depth > 0 ? $pos.before(1) : i === index ? pos : pos - doc.child(i).nodeSize;
      const end = start + doc.child(i).nodeSize;
      if (!(start < shown.to && end > shown.from)) starts.add(start);
    }
  }
  return [...starts].sort((a, b) => a - b).join(',');
}

function farRunSpacer(height: number): () => HTMLElement {
  return () => {
    const spacer = document.createElement('div');
    spacer.className = FAR_RUN_CLASS;
    spacer.style.height = `${height}px`;
    return spacer;
  };
}

/**
 * The document position shown at `y` (client coordinates) when a far
 * run's spacer is there, told by how far down the spacer `y` is; null
 * when no spacer is at `y`.
 */
export function farPositionAt(view: EditorView, y: number): number | null {
  const runs = farRuns(view.state);
  const spacers = view.dom.querySelectorAll<HTMLElement>(`:scope > .${FAR_RUN_CLASS}`);
  // Only while the page shows this state's runs.
  if (spacers.length !== runs.length) return null;
  for (let i = 0; i < runs.length; i++) {
    const box = spacers[i]!.getBoundingClientRect();
    if (y < box.top || y >= box.bottom || box.height === 0) continue;
    const run = runs[i]!;
    return Math.round(run.from + ((run.to - run.from) * (y - box.top)) / box.height);
  }
  return null;
}

/** A paragraph: drawn as the schema draws it when near, an empty hidden `p` when far. */
class ParagraphView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement | null = null;

  constructor(
    private node: Node,
    private readonly near: boolean,
  ) {
    if (near) {
      const rendered = DOMSerializer.renderSpec(document, node.type.spec.toDOM!(node));
      this.dom = rendered.dom as HTMLElement;
      this.contentDOM = (rendered.contentDOM as HTMLElement | undefined) ?? null;
    } else {
      this.dom = document.createElement('p');
      this.dom.className = 'far-paragraph';
    }
  }

  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (isNear(decorations) !== this.near) return false;
    // A near paragraph's element shows its attributes (a heading, a piece of a line).
    if (this.near && !node.sameMarkup(this.node)) return false;
    this.node = node;
    return true;
  }
}

function isNear(decorations: readonly Decoration[]): boolean {
  return decorations.some((decoration) => (decoration.spec as { near?: true }).near === true);
}

/**
 * Measures the draft's lines when a draft is opened (the plugin's view is
 * made anew with each fresh state) and when the window is resized, and
 * hands the figures to the state when they changed; after each update,
 * drops a selection stranded between paragraphs (below).
 */
class LineWatch {
  // Resize events come at most once a frame already.
  private readonly measure = (): void => {
    const { view } = this;
    if (view.isDestroyed) return;
    const metrics = measureLines(view.dom, docSample(view.state.doc));
    const current = nearKey.getState(view.state)?.metrics ?? DEFAULT_METRICS;
    if (!metrics || sameMetrics(metrics, current)) return;
    view.dispatch(view.state.tr.setMeta(nearKey, metrics).setMeta('addToHistory', false));
  };

  constructor(private readonly view: EditorView) {
    window.addEventListener('resize', this.measure);
    // Before the first paint: a microtask, since a plugin view may not dispatch while it is being made.
    queueMicrotask(this.measure);
  }

  update(view: EditorView): void {
    dropStrandedSelection(view);
  }

  destroy(): void {
    window.removeEventListener('resize', this.measure);
  }
}

/**
 * The page's selection, left in the draft when it lost focus (a button was
 * clicked), is put by the browser between the draft's paragraphs when the
 * paragraph holding it is redrawn (accept all). From there Chromium looks for
 * the nearest place a caret can go past every hidden far paragraph, again
 * at each step of drawing the page: 20 s after accept all at 100,000 words.
 * Such a selection shows nothing and ProseMirror sets its own on focus, so
 * it is dropped.
 */
function dropStrandedSelection(view: EditorView): void {
  if (view.hasFocus()) return;
  const selection = view.dom.ownerDocument.getSelection();
  if (selection && (selection.anchorNode === view.dom || selection.focusNode === view.dom)) selection.removeAllRanges();
}

export function nearParagraphs(): Plugin<Near> {
  return new Plugin<Near>({
    key: nearKey,
    state: {
      init: (_config, state) => nearLayout(state, DEFAULT_METRICS, null, null),
      apply(tr, near, before, after) {
        const metrics = (tr.getMeta(nearKey) as LineMetrics | undefined) ?? near.metrics;
        if (!moves(tr, before, after, metrics, near)) return near;
        return nearLayout(after, metrics, near.set, tr.docChanged ? tr.mapping : null);
      },
    },
    view: (view) => new LineWatch(view),
    props: {
      decorations: (state) => nearKey.getState(state)?.set,
      nodeViews: {
        paragraph: (node, _view, _getPos, decorations) => new ParagraphView(node, isNear(decorations)),
      },
    },
  });
}
