/**
 * The review's plugin state, as plain immutable data, and how a transaction
 * changes it. Open suggestions are `items` (by id) plus one decoration set
 * holding where each one is; decorations are mapped through every
 * transaction (cheap: only the changed part of the set is touched) and never
 * rebuilt from the whole document after a keystroke.
 *
 * Decisions are document attributes (see ../editor/schema), so this state
 * follows them rather than owning them: when a transaction adds keys to
 * `accepted` or `rejected`, the matching items move from `open` to `judged`;
 * when an undo takes keys away, they move back. Accepting, rejecting,
 * undoing and redoing all go through that one path.
 */
import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import type { Mapping } from 'prosemirror-transform';
import { type Decoration, DecorationSet } from 'prosemirror-view';
import { anchorDecoration, judgedDecoration, suggestionDecorations, suggestionWidget, type Look, type SuggestionSpec } from './decorations';
import type { Placed, ReviewItem } from './review-item';
import { byPosition } from './review-item';
import type { Decisions } from './schema';
import type { Suggestion } from '@galley/engine';
import { placeSuggestions, wholeText } from './place';

/** A stretch of the document to compare again, as positions [from, to). */
export interface Range {
  readonly from: number;
  readonly to: number;
}

/** A re-comparison in flight: its stretch, mapped through edits made meanwhile. */
export interface PendingCheck extends Range {
  readonly token: number;
  readonly refFrom: number;
  readonly text: string;
  /** An edit touched the stretch since it was sent, so the result is stale. */
  readonly touched: boolean;
}

export interface ReviewState {
  /** The reference text, or null when none is open (nothing is compared). */
  readonly reference: string | null;
  /** Open suggestions by id. */
  readonly items: ReadonlyMap<string, ReviewItem>;
  /** Where each open suggestion is: decorations with a SuggestionSpec. */
  readonly open: DecorationSet;
  /** Decided suggestions, unrendered, so an undone decision can restore them. */
  readonly judged: DecorationSet;
  /** Paragraph starts with the reference offset they align with. */
  readonly anchors: DecorationSet;
  /** Edited stretches waiting to be compared again. */
  readonly dirty: readonly Range[];
  readonly pending: readonly PendingCheck[];
  readonly selected: string | null;
}

export const emptyReview: ReviewState = {
  reference: null,
  items: new Map(),
  open: DecorationSet.empty,
  judged: DecorationSet.empty,
  anchors: DecorationSet.empty,
  dirty: [],
  pending: [],
  selected: null,
};

export function decisionsOf(doc: Node): Decisions {
  return { accepted: doc.attrs.accepted, rejected: doc.attrs.rejected };
}

export function decidedKeys(doc: Node): Set<string> {
  const { accepted, rejected } = decisionsOf(doc);
  return new Set([...accepted, ...rejected]);
}

/** A fresh review of the whole document from one comparison's placed items. */
export function reviewFrom(doc: Node, reference: string, placed: readonly Placed[], anchors: readonly Decoration[]): ReviewState {
  const items = new Map(placed.map((p) => [p.item.id, p.item]));
  return {
    ...emptyReview,
    reference,
    items,
    open: DecorationSet.create(doc, placed.flatMap((p) => suggestionDecorations(doc, p, 'plain'))),
    anchors: DecorationSet.create(doc, [...anchors]),
  };
}

/** Where an open item is now, or null. */
export function findPlaced(review: ReviewState, id: string): Placed | null {
  const [found] = review.open.find(undefined, undefined, (spec: SuggestionSpec) => spec.id === id && spec.range);
  return found ? { item: (found.spec as SuggestionSpec).item, from: found.from, to: found.to } : null;
}

/** Every open item in document order. O(n log n): for navigation and views, not per keystroke. */
export function orderedPlaced(review: ReviewState): Placed[] {
  return review.open
    .find(undefined, undefined, (spec: SuggestionSpec) => spec.range)
    .map((d) => ({ item: (d.spec as SuggestionSpec).item, from: d.from, to: d.to }))
    .sort(byPosition);
}

/** The open item at a cursor position: one containing it, else one touching it. */
export function placedAt(review: ReviewState, pos: number): Placed | null {
  const touching = review.open
    .find(pos, pos, (spec: SuggestionSpec) => spec.range)
    .map((d) => ({ item: (d.spec as SuggestionSpec).item, from: d.from, to: d.to }));
  return touching.find((p) => p.from < pos && pos < p.to) ?? touching.find((p) => p.from === pos) ?? touching[0] ?? null;
}

/** The review after `tr`, given the review before it. */
export function mapReview(review: ReviewState, tr: Transaction): ReviewState {
  if (!tr.docChanged) return review;
  const doc = tr.doc;
  const before = decisionsOf(tr.before);
  const after = decisionsOf(doc);
  const decisionsChanged = before.accepted !== after.accepted || before.rejected !== after.rejected;
  // Marks whose text was deleted outright.
  const deleted = new Set<string>();
  let next: ReviewState = {
    ...review,
    open: mapKeepingPoints(
      review.open,
      tr,
      (spec: SuggestionSpec, pos) => suggestionWidget(spec.item, pos, spec.look, spec.range),
      (spec) => deleted.add(spec.id),
    ),
    judged: mapKeepingPoints(review.judged, tr, (spec: { item: ReviewItem }, pos) => judgedDecoration({ item: spec.item, from: pos, to: pos })),
    anchors: mapKeepingPoints(review.anchors, tr, (spec: { reference: number }, pos) => anchorDecoration(pos, spec.reference)),
    dirty: mapRanges(review.dirty, tr.mapping),
    pending: review.pending.map((p) => ({ ...p, ...mapRange(p, tr.mapping) })),
  };
  if (deleted.size > 0) {
    const items = new Map(next.items);
    for (const id of deleted) items.delete(id);
    next = { ...next, items, open: next.open.remove(next.open.find(undefined, undefined, (spec: SuggestionSpec) => deleted.has(spec.id))) };
  }
  if (decisionsChanged) {
    next = followDecisions(next, review, tr, before, after);
    // A suggestion found by a re-check made after the decision may name
    // words the undo just changed back: it is stale, so drop it and compare
    // that stretch again.
    const changes = changedRanges(tr);
    const kept = dropRewritten(next, doc, changes);
    if (kept !== next) next = { ...kept, dirty: mergeRanges([...kept.dirty, ...changes]) };
  } else {
    const changes = changedRanges(tr);
    next = dropRewritten(next, doc, changes);
    next = { ...next, dirty: mergeRanges([...next.dirty, ...changes]) };
    next = { ...next, pending: next.pending.map((p) => (changes.some((c) => touches(p, c)) ? { ...p, touched: true } : p)) };
  }
  if (next.selected && !next.items.has(next.selected)) next = { ...next, selected: null };
  return next;
}

/**
 * Maps a decoration set through `tr`. ProseMirror drops a widget when the
 * character beside it is deleted, even when its point survives (accepting
 * a replacement right before missing text would lose the missing text's
 * mark); those are put back at their mapped point. Only a point inside
 * deleted text is really gone.
 */
function mapKeepingPoints<Spec>(
  set: DecorationSet,
  tr: Transaction,
  rebuild: (spec: Spec, pos: number) => Decoration,
  gone: (spec: Spec) => void = () => {},
): DecorationSet {
  const lost = new Set<unknown>();
  const mapped = set.map(tr.mapping, tr.doc, { onRemove: (spec) => lost.add(spec) });
  if (lost.size === 0) return mapped;
  const back: Decoration[] = [];
  for (const d of set.find(undefined, undefined, (spec) => lost.has(spec))) {
    const result = tr.mapping.mapResult(d.from, -1);
    if (d.from === d.to && !result.deletedAcross) back.push(rebuild(d.spec as Spec, result.pos));
    else gone(d.spec as Spec);
  }
  return back.length > 0 ? mapped.add(tr.doc, back) : mapped;
}

/**
 * Moves newly decided items from open to judged and undecided ones back.
 *
 * Where they are afterwards is worked out from where they were, not by
 * mapping: history merges adjacent steps, so mapping cannot tell two
 * touching suggestions apart once both are accepted or both undone. A
 * decision transaction (and its undo and redo) changes exactly the decided
 * items' text, each from one wording to the other, so an item's new start
 * is its old start shifted by the size changes of the items before it.
 * Every result is checked against the text; a restored suggestion that does
 * not match is left to the re-check of its stretch instead.
 */
function followDecisions(next: ReviewState, prev: ReviewState, tr: Transaction, before: Decisions, after: Decisions): ReviewState {
  const wasDecided = new Set([...before.accepted, ...before.rejected]);
  const isDecided = new Set([...after.accepted, ...after.rejected]);
  const isAccepted = new Set(after.accepted);
  const doc = tr.doc;

  type Change = Placed & { readonly leaving: boolean; readonly newText: string };
  const changes: Change[] = [];
  for (const d of prev.open.find(undefined, undefined, (spec: SuggestionSpec) => spec.range && isDecided.has(spec.item.key))) {
    const item = (d.spec as SuggestionSpec).item;
    if (wasDecided.has(item.key)) continue;
    changes.push({ item, from: d.from, to: d.to, leaving: true, newText: isAccepted.has(item.key) ? item.replacement : item.draftText });
  }
  // A record whose text is not what the decision left there lost track of
  // it (its text was deleted and retyped meanwhile): from there on, shifts
  // are unknown, and what comes back is compared again instead.
  let trusted = true;
  const wasAccepted = new Set(before.accepted);
  for (const d of prev.judged.find(undefined, undefined, (spec: { item: ReviewItem }) => !isDecided.has(spec.item.key))) {
    const item = (d.spec as { item: ReviewItem }).item;
    if (tr.before.textBetween(d.from, d.to, '\n') !== (wasAccepted.has(item.key) ? item.replacement : item.draftText)) trusted = false;
    changes.push({ item, from: d.from, to: d.to, leaving: false, newText: item.draftText });
  }
  changes.sort(byPosition);
  // If the transaction changed more than the decided text (an edit merged
  // into the same undo step), the shifts below would be wrong everywhere
  // after it: compare the changed stretches again instead.
  const expectedGrowth = changes.reduce((sum, c) => sum + positionSize(c.newText) - (c.to - c.from), 0);
  if (doc.content.size - tr.before.content.size !== expectedGrowth) trusted = false;

  const items = new Map(next.items);
  let { open, judged, dirty } = next;
  const leaving: Placed[] = [];
  const returning: Placed[] = [];
  let shift = 0;
  for (const change of changes) {
    const from = change.from + shift;
    const to = from + positionSize(change.newText);
    shift += to - from - (change.to - change.from);
    const exact = trusted && doc.textBetween(from, Math.min(to, doc.content.size), '\n') === change.newText;
    if (change.leaving) {
      // A judged record only matters for undo; if this transaction did more
      // than decide, mapping is the best guess there is.
      leaving.push({ item: change.item, ...(exact ? { from, to } : { from: tr.mapping.map(change.from, -1), to: tr.mapping.map(change.to, 1) }) });
    } else if (exact && !items.has(change.item.id)) {
      returning.push({ item: change.item, from, to });
    } else {
      dirty = mergeRanges([...dirty, { from: tr.mapping.map(change.from, -1), to: tr.mapping.map(change.to, 1) }]);
    }
  }
  if (leaving.length > 0) {
    const ids = new Set(leaving.map((p) => p.item.id));
    open = open.remove(open.find(undefined, undefined, (spec: SuggestionSpec) => ids.has(spec.id)));
    for (const p of leaving) items.delete(p.item.id);
    judged = judged.add(doc, leaving.map(judgedDecoration));
  }
  const undecided = new Set(changes.filter((c) => !c.leaving).map((c) => c.item.key));
  if (undecided.size > 0) {
    judged = judged.remove(judged.find(undefined, undefined, (spec: { item: ReviewItem }) => undecided.has(spec.item.key)));
    for (const p of returning) items.set(p.item.id, p.item);
    open = open.add(doc, returning.flatMap((p) => suggestionDecorations(doc, p, 'plain')));
  }
  if (!trusted) dirty = mergeRanges([...dirty, ...changedRanges(tr)]);
  // A decision undone whose record is gone altogether (all its text was
  // deleted meanwhile): where it belongs is unknown, so everything is
  // compared again. Rare, and the comparison runs in the worker.
  const found = new Set(changes.map((c) => c.item.key));
  if ([...wasDecided].some((key) => !isDecided.has(key) && !found.has(key))) dirty = [{ from: 0, to: doc.content.size }];
  return { ...next, items, open, judged, dirty };
}

/** How many document positions a text takes: one per character, plus one per line break (a paragraph ends and another starts). */
function positionSize(text: string): number {
  let size = text.length;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) size++;
  return size;
}

/**
 * Drops the open items whose words an edit changed: the user rewrote them.
 * Judged by the text itself, so typing just before or after a mark keeps
 * it, and deleting its last letters does not. (A missing-text mark has no
 * words, so it stays until its stretch is compared again.)
 */
function dropRewritten(review: ReviewState, doc: Node, changes: readonly Range[]): ReviewState {
  const hit = new Map<string, Placed>();
  for (const change of changes) {
    for (const d of review.open.find(change.from, change.to, (spec: SuggestionSpec) => spec.range)) {
      const item = (d.spec as SuggestionSpec).item;
      if (doc.textBetween(d.from, d.to, '\n') !== item.draftText) hit.set(item.id, { item, from: d.from, to: d.to });
    }
  }
  if (hit.size === 0) return review;
  const items = new Map(review.items);
  for (const id of hit.keys()) items.delete(id);
  return { ...review, items, open: removeItems(review.open, [...hit.values()]) };
}

/** Removes every decoration of the given items, looking only around where they are. */
export function removeItems(open: DecorationSet, placed: readonly Placed[]): DecorationSet {
  const ids = new Set(placed.map((p) => p.item.id));
  const found = placed.flatMap((p) => open.find(p.from, p.to, (spec: SuggestionSpec) => ids.has(spec.id)));
  return found.length > 0 ? open.remove(found) : open;
}

/**
 * Selects an item (or none): restyles it, the previous one and their move
 * partners. Only those few decorations are replaced.
 */
export function withSelected(review: ReviewState, doc: Node, id: string | null): ReviewState {
  const target = id && review.items.has(id) ? id : null;
  if (target === review.selected) return review;
  const looks = new Map<string, Look>();
  const touched: Placed[] = [];
  for (const [someId, look] of [
    [review.selected, 'plain'],
    [target, 'selected'],
  ] as const) {
    if (!someId) continue;
    const placed = findPlaced(review, someId);
    if (!placed) continue;
    touched.push(placed);
    looks.set(someId, look);
    for (const partner of movePartners(review, placed.item)) {
      touched.push(partner);
      looks.set(partner.item.id, look === 'selected' ? 'linked' : 'plain');
    }
  }
  const open = removeItems(review.open, touched).add(
    doc,
    touched.flatMap((p) => suggestionDecorations(doc, p, looks.get(p.item.id) ?? 'plain')),
  );
  return { ...review, open, selected: target };
}

/** The other halves of a move, where they are. */
export function movePartners(review: ReviewState, item: ReviewItem): Placed[] {
  if (!item.moveId) return [];
  return review.open
    .find(undefined, undefined, (spec: SuggestionSpec) => spec.range && spec.item.moveId === item.moveId && spec.id !== item.id)
    .map((d) => ({ item: (d.spec as SuggestionSpec).item, from: d.from, to: d.to }));
}

/** The stretches `tr` changed, as positions in its resulting document. */
export function changedRanges(tr: Transaction): Range[] {
  const ranges: Range[] = [];
  tr.mapping.maps.forEach((stepMap, index) => {
    const rest = tr.mapping.slice(index + 1);
    stepMap.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) });
    });
  });
  return mergeRanges(ranges);
}

function mapRange(range: Range, mapping: Mapping): Range {
  return { from: mapping.map(range.from, -1), to: mapping.map(range.to, 1) };
}

function mapRanges(ranges: readonly Range[], mapping: Mapping): readonly Range[] {
  return ranges.length === 0 ? ranges : ranges.map((r) => mapRange(r, mapping));
}

/** Ranges sorted and merged where they touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.from <= last.to) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, r.to) };
    else merged.push(r);
  }
  return merged;
}

/** True when two ranges overlap or touch (an edit at a stretch's edge touches it). */
export function touches(a: Range, b: Range): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * The review of a whole document from one comparison of its text with the
 * reference; suggestions already decided (by key) are left out.
 */
export function reviewOfComparison(doc: Node, text: string, reference: string, suggestions: readonly Suggestion[]): ReviewState {
  const { placed, anchors } = placeSuggestions(wholeText(text), reference, suggestions, decidedKeys(doc), 'all');
  return reviewFrom(doc, reference, placed, anchors);
}
