/**
 * Following the decisions on the document. Decisions are document
 * attributes (./schema): when a transaction adds keys to `accepted` or
 * `rejected`, the matching items move from `open` to `judged`; when an undo
 * takes keys away, they move back. Accepting, rejecting, undoing and redoing
 * all go through this one path.
 */
import type { Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import type { Mapping } from 'prosemirror-transform';
import { withAdded } from './decoration-tree';
import { SortedMapping } from './flat-mapping';
import { judgedDecoration, suggestionDecorations, type JudgedSpec, type SuggestionSpec } from './decorations';
import { byPosition, type Placed } from './review-item';
import type { ReviewState } from './review-state';
import { changedRanges, mergeRanges } from './ranges';
import { positionSize, textBetween } from './text-doc';
import type { Decisions } from './schema';

/**
 * An item a decision changes: where it was, its text after, and how many
 * positions that takes (`newSize`: more than its characters where it
 * crosses a line break, or a long line's cut that undoing an accept puts
 * back); `draftSize`, the positions its draft words took; `rewrites`,
 * whether its text changes (an accept, or its undo).
 */
type Change = Placed & { readonly leaving: boolean; readonly newText: string; readonly newSize: number; readonly draftSize: number; readonly rewrites: boolean };

/** What a decision transaction changed: each decided or undecided item's stretch and its new text, in document order. */
export interface DecisionChanges {
  readonly changes: readonly Change[];
  /** The transaction changed exactly those stretches, each to its new text (see followDecisions). */
  readonly trusted: boolean;
  readonly wasDecided: ReadonlySet<string>;
  readonly isDecided: ReadonlySet<string>;
}

/** The items `tr` decides or undecides, from `prev` (the review before it) and the decisions before and after. */
export function decisionChanges(prev: ReviewState, tr: Transaction, before: Decisions, after: Decisions): DecisionChanges {
  const wasDecided = new Set([...before.accepted, ...before.rejected]);
  const isDecided = new Set([...after.accepted, ...after.rejected]);
  const isAccepted = new Set(after.accepted);
  const changes: Change[] = [];
  for (const d of prev.open.find(undefined, undefined, (spec: SuggestionSpec) => spec.range && isDecided.has(spec.item.key))) {
    const item = (d.spec as SuggestionSpec).item;
    if (wasDecided.has(item.key)) continue;
    const accepted = isAccepted.has(item.key);
    const size = d.to - d.from;
    changes.push({ item, from: d.from, to: d.to, leaving: true, newText: accepted ? item.replacement : item.draftText, newSize: accepted ? positionSize(item.replacement) : size, draftSize: size, rewrites: accepted });
  }
  // A record whose text is not what the decision left there lost track of
  // it (its text was deleted and retyped meanwhile): from there on, shifts
  // are unknown, and what comes back is compared again instead.
  let trusted = true;
  const wasAccepted = new Set(before.accepted);
  for (const d of prev.judged.find(undefined, undefined, (spec: JudgedSpec) => !isDecided.has(spec.item.key))) {
    const { item, draftSize } = d.spec as JudgedSpec;
    if (textBetween(tr.before, d.from, d.to) !== (wasAccepted.has(item.key) ? item.replacement : item.draftText)) trusted = false;
    changes.push({ item, from: d.from, to: d.to, leaving: false, newText: item.draftText, newSize: wasAccepted.has(item.key) ? draftSize : d.to - d.from, draftSize, rewrites: wasAccepted.has(item.key) });
  }
  changes.sort(byPosition);
  // If the transaction changed more than the decided text (an edit merged
  // into the same undo step), the shifts would be wrong everywhere after
  // it: compare the changed stretches again instead.
  const expectedGrowth = changes.reduce((sum, c) => sum + c.newSize - (c.to - c.from), 0);
  if (tr.doc.content.size - tr.before.content.size !== expectedGrowth) trusted = false;
  for (let i = 1; i < changes.length; i++) if (changes[i]!.from < changes[i - 1]!.to) trusted = false;
  return { changes, trusted, wasDecided, isDecided };
}

/**
 * A trusted decision's changes on `doc` (the document before it) as one
 * sorted mapping (./flat-mapping): how everything else in the document moved. Accept all is one replace step over thousands of
 * paragraphs (./review-commands), and its undo one step back; mapping
 * through those would take every mark inside them for deleted.
 */
export function decisionMapping(found: DecisionChanges, doc: Node): Mapping | null {
  if (!found.trusted) return null;
  return new SortedMapping(found.changes.flatMap((c) => [c.from, c.to - c.from, c.newSize]), doc);
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
 *
 * `next` is the review already mapped through `mapping` (decisionMapping's,
 * or when that is null `tr`'s own, ./flat-mapping), without the decorations
 * of the items in `found` (./map-review takes them out before mapping).
 */
export function followDecisions(next: ReviewState, found: DecisionChanges, tr: Transaction, mapping: Mapping): ReviewState {
  const { changes, trusted, wasDecided, isDecided } = found;
  const doc = tr.doc;
  const items = new Map(next.items);
  let { dirty } = next;
  const leaving: (Placed & { readonly draftSize: number })[] = [];
  const returning: Placed[] = [];
  // Where the decision changed the text, from the first such item to the last (see below).
  let written = { from: Infinity, to: -Infinity };
  let shift = 0;
  for (const change of changes) {
    const from = change.from + shift;
    const to = from + change.newSize;
    shift += to - from - (change.to - change.from);
    if (change.rewrites) written = { from: Math.min(written.from, from), to: Math.max(written.to, to) };
    const exact = trusted && textBetween(doc, from, Math.min(to, doc.content.size)) === change.newText;
    if (change.leaving) {
      // A judged record only matters for undo; if this transaction did more
      // than decide, mapping is the best guess there is.
      const at = exact ? { from, to } : { from: mapping.map(change.from, -1), to: mapping.map(change.to, 1) };
      leaving.push({ item: change.item, ...at, draftSize: change.draftSize });
    } else if (exact && !items.has(change.item.id)) {
      returning.push({ item: change.item, from, to });
    } else {
      dirty = mergeRanges([...dirty, { from: mapping.map(change.from, -1), to: mapping.map(change.to, 1) }]);
    }
  }
  for (const p of leaving) items.delete(p.item.id);
  const judged = withAdded(next.judged, doc, leaving.map((p) => judgedDecoration(p, p.draftSize)));
  for (const p of returning) items.set(p.item.id, p.item);
  const open = withAdded(next.open, doc, returning.flatMap((p) => suggestionDecorations(p)));
  if (!trusted) dirty = mergeRanges([...dirty, ...changedRanges(mapping)]);
  // Text an accept (or its undo) wrote is compared again: the engine's
  // answer for the new text may differ from the old one's less the decided
  // items (a comma a neighbour's fix took in comes out on its own, a move
  // is found), and an undo must also take back what the re-check after
  // the accept found. The items moved above stay as they are unless it
  // finds otherwise (./compare-state keeps what it finds again).
  else if (written.from <= written.to) dirty = mergeRanges([...dirty, written]);
  // A decision undone whose record is gone altogether (all its text was
  // deleted meanwhile): where it belongs is unknown, so everything is
  // compared again. Rare, and the comparison runs in the worker.
  const seen = new Set(changes.map((c) => c.item.key));
  if ([...wasDecided].some((key) => !isDecided.has(key) && !seen.has(key))) dirty = [{ from: 0, to: doc.content.size }];
  return { ...next, items, open, judged, dirty };
}
