/**
 * Only the chunks (./chunks) near the viewport are in the page with their
 * text. Every element in the page is a box the browser checks, lays out
 * and paints around on every frame, and ProseMirror's view passes over
 * every node it draws on each update: at 300,000 words, with each far
 * paragraph an empty hidden element, a keystroke cost about 5.5 ms in
 * ProseMirror's walk over 9,000 paragraphs and more in Chromium's style,
 * layout and paint, and the page selection's collapse grew with them.
 *
 * A chunk is near when it overlaps the stretch whose suggestions are drawn
 * (./shown-range, which follows the viewport) or holds an end of the
 * selection (ProseMirror needs the selection's text in the page). A near
 * chunk is drawn with its paragraphs; a far one is one empty element of
 * their estimated height (./paragraph-heights) with no content for
 * ProseMirror to draw or walk. Which chunks are near is a node decoration
 * on each near one: when it comes or goes, the chunk's view declines the
 * update and ProseMirror draws the chunk anew.
 *
 * The text is untouched: ProseMirror reads a far chunk's content from the
 * document, never from the page, and the saved text comes from the
 * document.
 */
import { DOMSerializer, type Node } from 'prosemirror-model';
import { type EditorState, Plugin, PluginKey } from 'prosemirror-state';
import type { Mapping } from 'prosemirror-transform';
import { Decoration, type DecorationSet, type EditorView, type NodeView } from 'prosemirror-view';
import { chunkStarts } from './chunks';
import { decorationSet } from './decoration-tree';
import { keptSet } from './kept-decorations';
import { DEFAULT_METRICS, docSample, type LineMetrics, measureLines, paragraphHeight, sameMetrics, textHeight } from './paragraph-heights';
import { reviewState } from './review-state';

/** What the plugin keeps: the line metrics, the near chunks (by index) and their decorations. */
interface Near {
  readonly metrics: LineMetrics;
  readonly near: readonly number[];
  readonly set: DecorationSet;
}

const nearKey = new PluginKey<Near>('near-chunks');

/** The class of a far chunk's element. */
const FAR_CLASS = 'far-chunk';

/** The one spec of a near chunk's decoration (kept-decorations tells decorations apart by spec). */
const NEAR_SPEC = { near: true } as const;

/** The indexes of `state`'s near chunks, in order (see above). */
export function nearChunkIndexes(state: EditorState): number[] {
  const { shown } = reviewState(state);
  const { from, to } = state.selection;
  const near: number[] = [];
  state.doc.forEach((chunk, start, index) => {
    const end = start + chunk.nodeSize;
    if ((start < shown.to && end > shown.from) || (from >= start && from <= end) || (to >= start && to <= end)) near.push(index);
  });
  return near;
}

/** The near chunks of `state` and their decorations: `last`'s set mapped through `mapping` and mended (./kept-decorations), or built afresh. */
function layout(state: EditorState, metrics: LineMetrics, last: Near | null, mapping: Mapping | null): Near {
  const near = nearChunkIndexes(state);
  const starts = chunkStarts(state.doc);
  const decorations = near.map((index) => Decoration.node(starts[index]!, starts[index]! + state.doc.child(index).nodeSize, {}, NEAR_SPEC));
  const set = last ? keptSet(last.set, mapping, state.doc, decorations) : decorationSet(state.doc, decorations);
  return { metrics, near, set };
}

/** The near chunks and decorations `state` holds, and the ones working them out afresh gives (the two must agree: test/editor/near-chunks). */
export function nearLayouts(state: EditorState): { held: Near; afresh: Near } | null {
  const held = nearKey.getState(state);
  return held ? { held, afresh: layout(state, held.metrics, null, null) } : null;
}

function sameIndexes(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((index, i) => index === b[i]);
}

function isNear(decorations: readonly Decoration[]): boolean {
  return decorations.some((decoration) => decoration.spec === NEAR_SPEC);
}

function metricsOf(view: EditorView): LineMetrics {
  return nearKey.getState(view.state)?.metrics ?? DEFAULT_METRICS;
}

/** Views whose size is an estimate from the line metrics, by editor: told when the metrics change. */
interface Estimated {
  resize(metrics: LineMetrics): void;
}
const estimatedIn = new WeakMap<EditorView, Set<Estimated>>();

function track(view: EditorView, estimated: Estimated): void {
  let set = estimatedIn.get(view);
  if (!set) estimatedIn.set(view, (set = new Set()));
  set.add(estimated);
}

/** The height a far chunk stands in for: its paragraphs' estimated heights. */
function chunkHeight(chunk: Node, metrics: LineMetrics): number {
  let height = 0;
  chunk.forEach((paragraph) => (height += paragraphHeight(paragraph, metrics)));
  return Math.round(height);
}

/** Far chunks' views by element, for farPositionAt. */
const farViews = new WeakMap<HTMLElement, FarChunkView>();

/** A far chunk: one empty element of its paragraphs' estimated height. */
class FarChunkView implements NodeView, Estimated {
  readonly dom: HTMLElement;

  constructor(
    public node: Node,
    private readonly view: EditorView,
    readonly getPos: () => number | undefined,
  ) {
    this.dom = document.createElement('div');
    this.dom.className = FAR_CLASS;
    this.dom.contentEditable = 'false';
    this.resize(metricsOf(view));
    track(view, this);
    farViews.set(this.dom, this);
  }

  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type || isNear(decorations)) return false;
    const changed = node !== this.node;
    this.node = node;
    if (changed) this.resize(metricsOf(this.view));
    return true;
  }

  resize(metrics: LineMetrics): void {
    this.dom.style.height = `${chunkHeight(this.node, metrics)}px`;
    // How many paragraphs it stands for (read by the end-to-end tests).
    this.dom.dataset.paragraphs = String(this.node.childCount);
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    estimatedIn.get(this.view)?.delete(this);
  }
}

/** A near chunk: a plain element holding its paragraphs. */
class NearChunkView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;

  constructor(private readonly node: Node) {
    this.dom = this.contentDOM = document.createElement('div');
    this.dom.className = 'chunk';
  }

  update(node: Node, decorations: readonly Decoration[]): boolean {
    return node.type === this.node.type && isNear(decorations);
  }
}

/**
 * A paragraph (drawn only in a near chunk) as the schema draws it. Until it
 * is first drawn on screen (content-visibility: auto, styles/marks.css), it
 * takes the space it is estimated at.
 */
class ParagraphView implements NodeView, Estimated {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement | null;

  constructor(
    private node: Node,
    private readonly view: EditorView,
  ) {
    const rendered = DOMSerializer.renderSpec(document, node.type.spec.toDOM!(node));
    this.dom = rendered.dom as HTMLElement;
    this.contentDOM = (rendered.contentDOM as HTMLElement | undefined) ?? null;
    this.resize(metricsOf(view));
    track(view, this);
  }

  update(node: Node): boolean {
    // Its element shows its attributes (a heading, a piece of a line).
    if (!node.sameMarkup(this.node)) return false;
    const grown = node.content.size !== this.node.content.size;
    this.node = node;
    if (grown) this.resize(metricsOf(this.view));
    return true;
  }

  resize(metrics: LineMetrics): void {
    this.dom.style.containIntrinsicSize = `auto ${Math.round(textHeight(this.node, metrics))}px`;
  }

  destroy(): void {
    estimatedIn.get(this.view)?.delete(this);
  }
}

/**
 * The document position shown at (`left`, `y`) (client coordinates) when
 * a far chunk is there, told by how far down its element `y` is; null when
 * no far chunk is there.
 */
export function farPositionAt(view: EditorView, left: number, y: number): number | null {
  const hit = view.dom.ownerDocument.elementFromPoint(left, y);
  const far = hit instanceof HTMLElement && view.dom.contains(hit) ? farViews.get(hit) : undefined;
  const pos = far?.getPos();
  if (!far || pos === undefined || far.node !== view.state.doc.nodeAt(pos)) return null;
  const box = far.dom.getBoundingClientRect();
  if (box.height === 0) return null;
  return Math.round(pos + (far.node.nodeSize * Math.min(1, Math.max(0, y - box.top))) / box.height);
}

/**
 * Measures the draft's lines when a draft is opened (the plugin's view is
 * made anew with each fresh state) and when the window is resized, and
 * hands the figures to the state when they changed (the far chunks and
 * paragraphs take their new estimates); after each update, drops a
 * selection stranded between paragraphs (below).
 */
class LineWatch {
  // Resize events come at most once a frame already.
  private readonly measure = (): void => {
    const { view } = this;
    if (view.isDestroyed) return;
    const metrics = measureLines(view.dom, docSample(view.state.doc));
    if (!metrics || sameMetrics(metrics, metricsOf(view))) return;
    view.dispatch(view.state.tr.setMeta(nearKey, metrics).setMeta('addToHistory', false));
  };

  constructor(private readonly view: EditorView) {
    window.addEventListener('resize', this.measure);
    // Before the first paint: a microtask, since a plugin view may not dispatch while it is being made.
    queueMicrotask(this.measure);
  }

  update(view: EditorView, before: EditorState): void {
    const metrics = metricsOf(view);
    if (nearKey.getState(before)?.metrics !== metrics) for (const estimated of estimatedIn.get(view) ?? []) estimated.resize(metrics);
    dropStrandedSelection(view);
  }

  destroy(): void {
    window.removeEventListener('resize', this.measure);
  }
}

/**
 * The page's selection, left in the draft when it lost focus (a button was
 * clicked), is put by the browser between the draft's chunks or paragraphs
 * when the paragraph holding it is redrawn (accept all). From there Chromium
 * looks for the nearest place a caret can go past every far element, again
 * at each step of drawing the page: 20 s after accept all at 100,000 words
 * when every far paragraph was an element. Such a selection shows nothing
 * and ProseMirror sets its own on focus, so it is dropped.
 */
function dropStrandedSelection(view: EditorView): void {
  if (view.hasFocus()) return;
  const selection = view.dom.ownerDocument.getSelection();
  // Between chunks (in the draft's element) or between a chunk's paragraphs (in the chunk's).
  const stranded = (node: globalThis.Node | null): boolean => node === view.dom || node?.parentNode === view.dom;
  if (selection && (stranded(selection.anchorNode) || stranded(selection.focusNode))) selection.removeAllRanges();
}

export function nearChunks(): Plugin<Near> {
  return new Plugin<Near>({
    key: nearKey,
    state: {
      init: (_config, state) => layout(state, DEFAULT_METRICS, null, null),
      apply(tr, near, _before, after) {
        const metrics = (tr.getMeta(nearKey) as LineMetrics | undefined) ?? near.metrics;
        // A cursor move within the near chunks (Next, a click in the drawn text) leaves the layout as it is.
        if (!tr.docChanged && metrics === near.metrics && sameIndexes(nearChunkIndexes(after), near.near)) return near;
        return layout(after, metrics, near, tr.docChanged ? tr.mapping : null);
      },
    },
    view: (view) => new LineWatch(view),
    props: {
      decorations: (state) => nearKey.getState(state)?.set,
      nodeViews: {
        chunk: (node, view, getPos, decorations) => (isNear(decorations) ? new NearChunkView(node) : new FarChunkView(node, view, getPos)),
        paragraph: (node, view) => new ParagraphView(node, view),
      },
    },
  });
}
