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

/** A run of far paragraphs: where it is in the document and the height its spacer stands in for. */
interface FarRun {
  readonly from: number;
  readonly to: number;
  readonly height: number;
}

/** The class of a spacer standing in for a run of far paragraphs. */
const FAR_RUN_CLASS = 'far-run';

/** What the plugin keeps: the line metrics, and the decorations, far runs and near paragraphs (by index) of its state. */
interface Near {
  readonly metrics: LineMetrics;
  readonly set: DecorationSet;
  readonly runs: readonly FarRun[];
  readonly near: readonly number[];
}

const nearKey = new PluginKey<Near>('near-paragraphs');

/** The near-paragraph layout `state` holds, and the one working it out afresh gives (the two must agree: test/editor/near-paragraphs). */
export function nearLayouts(state: EditorState): { held: Near; afresh: Near } | null {
  const held = nearKey.getState(state);
  return held ? { held, afresh: nearLayout(state, held.metrics, null, null) } : null;
}

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
  const nearIndexes: number[] = [];
  let run: { from: number; height: number } | null = null;
  const closeRun = (end: number): void => {
    if (!run) return;
    const height = Math.round(run.height);
    runs.push({ from: run.from, to: end, height });
    decorations.push(Decoration.widget(run.from, farRunSpacer(height), oneSpec(runSpecs, height, () => ({ key: `${FAR_RUN_CLASS}:${height}`, side: -1, ignoreSelection: true }))));
    run = null;
  };
  state.doc.forEach((paragraph, start, index) => {
    const end = start + paragraph.nodeSize;
    const near = (start < shown.to && end > shown.from) || (from >= start && from <= end) || (to >= start && to <= end);
    if (near) {
      closeRun(start);
      nearIndexes.push(index);
      decorations.push(nearDecoration(paragraph, start, metrics));
    } else {
      run ??= { from: start, height: 0 };
      run.height += paragraphHeight(paragraph, metrics);
    }
  });
  closeRun(state.doc.content.size);
  const set = previous ? keptSet(previous, mapping, state.doc, decorations) : decorationSet(state.doc, decorations);
  return { metrics, set, runs, near: nearIndexes };
}

/** A near paragraph's decoration. Until it is first drawn on screen (content-visibility: auto), it takes the space it was estimated at as a far one. */
function nearDecoration(paragraph: Node, start: number, metrics: LineMetrics): Decoration {
  const height = Math.round(textHeight(paragraph, metrics));
  return Decoration.node(start, start + paragraph.nodeSize, { style: `contain-intrinsic-size: auto ${height}px` }, oneSpec(nearSpecs, height, () => ({ near: true })));
}

/**
 * The layout after `tr` without walking every paragraph, when `tr` only
 * edited the text of one near paragraph and left the same paragraphs near
 * (typing): the far runs are the same paragraphs, so only their places
 * move, and only the edited paragraph's estimate can change. Null when
 * the edit was anything else. At 300,000 words (9,000 paragraphs) the walk
 * and the mending of its set were 1.5 ms of each keystroke in the profile.
 */
function typedLayout(tr: Transaction, near: Near, after: EditorState): Near | null {
  const [before, doc] = [tr.before, tr.doc];
  if (doc.childCount !== before.childCount) return null;
  const start = before.content.findDiffStart(doc.content);
  const end = before.content.findDiffEnd(doc.content);
  if (start === null || end === null) return null;
  const [$start, $end] = [before.resolve(start), before.resolve(Math.max(start, end.a))];
  const index = $start.index(0);
  if ($start.depth === 0 || $end.depth === 0 || $end.index(0) !== index || !near.near.includes(index)) return null;
  if (!sameIndexes(nearIndexesOf(after), near.near)) return null;
  const paragraphStart = tr.mapping.map($start.before(1), -1);
  const paragraph = doc.child(index);
  const wanted = nearDecoration(paragraph, paragraphStart, near.metrics);
  let set = near.set.map(tr.mapping, doc);
  const had = set.find(paragraphStart, paragraphStart + paragraph.nodeSize, (spec: { near?: true }) => spec.near === true).find((d) => d.from === paragraphStart);
  if (!had || had.spec !== wanted.spec || had.from !== wanted.from || had.to !== wanted.to) set = (had ? set.remove([had]) : set).add(doc, [wanted]);
  const runs = near.runs.map((run) => ({ from: tr.mapping.map(run.from), to: tr.mapping.map(run.to), height: run.height }));
  return { metrics: near.metrics, set, runs, near: near.near };
}

/** The indexes of `state`'s near paragraphs, as nearLayout tells them, without looking at the paragraphs past the last near one. */
function nearIndexesOf(state: EditorState): number[] {
  const { shown } = reviewState(state);
  const { doc } = state;
  const indexes = new Set<number>();
  for (const pos of [state.selection.from, state.selection.to]) {
    const $pos = doc.resolve(pos);
    const index = $pos.index(0);
    // Inside a paragraph: that one; between two: both.
    for (const i of $pos.depth > 0 ? [index] : [index - 1, index]) if (i >= 0 && i < doc.childCount) indexes.add(i);
  }
  for (let i = 0, pos = 0; i < doc.childCount && pos < shown.to; pos += doc.child(i).nodeSize, i++) {
    if (pos + doc.child(i).nodeSize > shown.from) indexes.add(i);
  }
  return [...indexes].sort((a, b) => a - b);
}

function sameIndexes(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((index, i) => index === b[i]);
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
  return !before.selection.eq(after.selection) && !sameIndexes(nearIndexesOf(after), near.near);
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
        if (tr.docChanged && metrics === near.metrics) {
          const typed = typedLayout(tr, near, after);
          if (typed) return typed;
        }
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
