/**
 * How a transaction changes the review: every decoration is mapped through
 * it, marks whose words the edit rewrote are dropped, the changed stretches
 * become dirty (to be compared again); a re-check in flight is stale once
 * the document changed (./compare-state). A transaction that changes the decisions (accept,
 * reject, and their undo and redo) is followed by ./follow-decisions.
 */
import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import type { Mapping } from 'prosemirror-transform';
import { type Decoration, DecorationSet } from 'prosemirror-view';
import { decorationSet, withAdded } from './decoration-tree';
import { judgedDecoration, suggestionWidget, type JudgedSpec, type SuggestionSpec } from './decorations';
import { flatMapping } from './flat-mapping';
import { decisionChanges, decisionMapping, followDecisions, type DecisionChanges } from './follow-decisions';
import type { Placed } from './review-item';
import { MAX_FOUND_APART, placedInRanges } from './review-queries';
import { decisionsOf, type ReviewState } from './review-state';
import { changedRanges, mapRanges, mergeRanges, type Range } from './ranges';
import { mapShown } from './shown-range';
import { textBetween } from './text-doc';

/** The review after `tr`, given the review before it. */
export function mapReview(review: ReviewState, tr: Transaction): ReviewState {
  if (!tr.docChanged) return review;
  const doc = tr.doc;
  const before = decisionsOf(tr.before);
  const after = decisionsOf(doc);
  const decisionsChanged = before.accepted !== after.accepted || before.rejected !== after.rejected;
  const decided = decisionsChanged ? decisionChanges(review, tr, before, after) : null;
  const mapping = (decided && decisionMapping(decided, tr.before)) ?? flatMapping(tr.mapping, tr.before);
  // What the decision moves between open and judged is taken out before
  // mapping (followDecisions puts it where it belongs): accept all mapped
  // thousands of marks only to drop them, the largest cost of the step.
  const { open, judged } = decided ? withoutMoving(review, tr.before, decided) : review;
  // Marks whose text was deleted outright.
  const deleted = new Set<string>();
  let next: ReviewState = {
    ...review,
    open: mapKeepingPoints(
      open,
      mapping,
      doc,
      (spec: SuggestionSpec, pos) => suggestionWidget(spec.item, pos, spec.range),
      (spec) => deleted.add(spec.id),
    ),
    judged: mapKeepingPoints(judged, mapping, doc, (spec: JudgedSpec, pos) => judgedDecoration({ item: spec.item, from: pos, to: pos }, spec.draftSize)),
    dirty: mapRanges(review.dirty, mapping),
    shown: mapShown(review.shown, mapping),
    pending: review.pending.map((p) => ({ ...p, ranges: mapRanges(p.ranges, mapping) })),
  };
  if (deleted.size > 0) {
    const items = new Map(next.items);
    for (const id of deleted) items.delete(id);
    next = { ...next, items, open: removeWhere(next.open, doc, (spec: SuggestionSpec) => deleted.has(spec.id)) };
  }
  const changes = changedRanges(mapping);
  if (decided) {
    next = followDecisions(next, decided, tr, mapping);
    // A suggestion found by a re-check made after the decision may name
    // words the undo just changed back: it is stale, so drop it and compare
    // that stretch again.
    const kept = dropRewritten(next, doc, changes);
    if (kept !== next) next = { ...kept, dirty: mergeRanges([...kept.dirty, ...changes]) };
  } else {
    next = dropRewritten(next, doc, changes);
    next = { ...next, dirty: mergeRanges([...next.dirty, ...changes]) };
  }
  if (next.selected && !next.items.has(next.selected)) next = { ...next, selected: null };
  return next;
}

/** The review's open and judged sets without the decorations of the items `found` decides or undecides. */
function withoutMoving(review: ReviewState, doc: Node, found: DecisionChanges): Pick<ReviewState, 'open' | 'judged'> {
  const leaving = new Set(found.changes.flatMap((c) => (c.leaving ? [c.item.id] : [])));
  const returning = new Set(found.changes.flatMap((c) => (c.leaving ? [] : [c.item.key])));
  return {
    open: leaving.size > 0 ? removeWhere(review.open, doc, (spec: SuggestionSpec) => leaving.has(spec.id)) : review.open,
    judged: returning.size > 0 ? removeWhere(review.judged, doc, (spec: JudgedSpec) => returning.has(spec.item.key)) : review.judged,
  };
}

/**
 * Maps a decoration set through a transaction's `mapping` to `doc`. ProseMirror drops a widget when the
 * character beside it is deleted, even when its point survives (accepting
 * a replacement right before missing text would lose the missing text's
 * mark); those are put back at their mapped point. Only a point inside
 * deleted text is really gone.
 */
function mapKeepingPoints<Spec>(
  set: DecorationSet,
  mapping: Mapping,
  doc: Node,
  rebuild: (spec: Spec, pos: number) => Decoration,
  gone: (spec: Spec) => void = () => {},
): DecorationSet {
  const lost = new Set<unknown>();
  const mapped = set.map(mapping, doc, { onRemove: (spec) => lost.add(spec) });
  if (lost.size === 0) return mapped;
  const back: Decoration[] = [];
  for (const d of set.find(undefined, undefined, (spec) => lost.has(spec))) {
    const result = mapping.mapResult(d.from, -1);
    if (d.from === d.to && !result.deletedAcross) back.push(rebuild(d.spec as Spec, result.pos));
    else gone(d.spec as Spec);
  }
  return back.length > 0 ? withAdded(mapped, doc, back) : mapped;
}

/**
 * Drops the open items whose words an edit changed: the user rewrote them.
 * Judged by the text itself, so typing just before or after a mark keeps
 * it, and deleting its last letters does not. (A missing-text mark has no
 * words, so it stays until its stretch is compared again.)
 */
function dropRewritten(review: ReviewState, doc: Node, changes: readonly Range[]): ReviewState {
  const hit = new Map<string, Placed>();
  for (const p of placedInRanges(review, changes)) {
    if (textBetween(doc, p.from, p.to) !== p.item.draftText) hit.set(p.item.id, p);
  }
  if (hit.size === 0) return review;
  const items = new Map(review.items);
  for (const id of hit.keys()) items.delete(id);
  return { ...review, items, open: removeItems(review.open, doc, [...hit.values()]) };
}

/**
 * The set without the decorations whose spec matches. DecorationSet.remove
 * costs more per decoration the more it removes from one place, so when a
 * large share goes (accept all, and its undo) the rest is built afresh.
 */
export function removeWhere<Spec>(set: DecorationSet, doc: Node, matches: (spec: Spec) => boolean): DecorationSet {
  const all = set.find();
  const gone = all.filter((d) => matches(d.spec as Spec));
  if (gone.length === 0) return set;
  return gone.length * REBUILD_SHARE > all.length ? decorationSet(doc, all.filter((d) => !matches(d.spec as Spec))) : set.remove(gone);
}

/** Removing more than 1/REBUILD_SHARE of a set's decorations rebuilds it instead. */
const REBUILD_SHARE = 8;

/** Removes every decoration of the given items: a few by looking only around where they are, many in one pass over the set. */
export function removeItems(open: DecorationSet, doc: Node, placed: readonly Placed[]): DecorationSet {
  const ids = new Set(placed.map((p) => p.item.id));
  if (placed.length > MAX_FOUND_APART) return removeWhere(open, doc, (spec: SuggestionSpec) => ids.has(spec.id));
  const found = placed.flatMap((p) => open.find(p.from, p.to, (spec: SuggestionSpec) => ids.has(spec.id)));
  return found.length > 0 ? open.remove(found) : open;
}
