/**
 * How a comparison's result becomes review state (./comparison runs the
 * comparisons). Every comparison is of the whole draft text with the whole
 * reference, in the worker, so what the review shows is always what a
 * whole compare (and `galley check`) gives for the text as it is:
 *
 * - when a document is opened, the result is a fresh review;
 * - after edits (the review's `dirty` ranges), a pause in typing starts a
 *   re-check, and its result replaces the open suggestions that differ
 *   from it, keeping the ones found again as they were (same item, so
 *   nothing flickers and a selected suggestion stays selected).
 *
 * Comparing only the edited paragraphs would be cheaper, but the engine's
 * answer for a stretch depends on the whole text (unique-word anchors, the
 * reference's proper nouns, moves), so an edit and its undo could leave a
 * different set of suggestions than the review started with.
 *
 * Rejected keys are filtered out, so a rejected suggestion never comes
 * back; an accepted one found again (its draft wording typed back) is open
 * under a key of its own (./place).
 */
import type { Node } from 'prosemirror-model';
import type { Suggestion } from '@galley/engine';
import { withAdded } from './decoration-tree';
import { suggestionDecorations } from './decorations';
import { removeItems } from './map-review';
import { nextTask } from './next-task';
import { placeSuggestions } from './place';
import type { Placed, ReviewItem } from './review-item';
import { placedIn } from './review-queries';
import { decidedKeys, reviewFrom, type ReviewState } from './review-state';
import { mergeRanges } from './ranges';
import { OffsetMap } from './text-doc';

/**
 * The review of a whole document from one comparison of its text with the
 * reference; suggestions already rejected (by key) are left out.
 */
export function reviewOfComparison(doc: Node, text: string, reference: string, suggestions: readonly Suggestion[]): ReviewState {
  return reviewFrom(doc, reference, placedOfComparison(doc, text, reference, suggestions));
}

/**
 * As reviewOfComparison, in two tasks, and resolving in a third: between
 * them the page can paint. Opening 300,000 words placed its 9,437
 * suggestions, built their marks and loaded them in one task of 175 ms
 * (profiled), a frozen frame.
 */
export async function reviewOfComparisonInTasks(doc: Node, text: string, reference: string, suggestions: readonly Suggestion[]): Promise<ReviewState> {
  const placed = placedOfComparison(doc, text, reference, suggestions);
  await nextTask();
  const review = reviewFrom(doc, reference, placed);
  await nextTask();
  return review;
}

function placedOfComparison(doc: Node, text: string, reference: string, suggestions: readonly Suggestion[]): Placed[] {
  return placeSuggestions(text, reference, suggestions, decidedKeys(doc), OffsetMap.ofDoc(doc));
}

/** Puts the dirty ranges in flight under `token`, for a comparison of `text`, `doc`'s text. */
export function startCheck(review: ReviewState, doc: Node, token: number, text: string): ReviewState {
  return { ...review, dirty: [], pending: [...review.pending, { token, doc, text, ranges: review.dirty }] };
}

/**
 * Puts the result of the re-check sent under `token` in place. If the
 * document changed since it was sent, the result is stale: its ranges are
 * dirty again (and compared after the next pause). `suggestions` is null
 * when the comparison failed: the suggestions stay as they were rather than
 * retrying a failing comparison forever.
 */
export function finishCheck(review: ReviewState, doc: Node, token: number, suggestions: readonly Suggestion[] | null): ReviewState {
  const sent = review.pending.find((p) => p.token === token);
  const next: ReviewState = { ...review, pending: review.pending.filter((p) => p.token !== token) };
  if (!sent || !suggestions || !next.reference) return next;
  if (sent.doc !== doc) return { ...next, dirty: mergeRanges([...next.dirty, ...sent.ranges]) };
  const open = openByStart(next, doc);
  const known = (s: Suggestion, from: number, to: number): ReviewItem | undefined => open.get(from)?.find((p) => p.to === to && saysTheSame(p.item, s))?.item;
  return replaceSuggestions(next, doc, open, placeSuggestions(sent.text, next.reference, suggestions, decidedKeys(doc), OffsetMap.ofDoc(doc), known));
}

/** The open items by where they start (./place's KnownItem finds them there; replaceSuggestions takes them out as they are matched). */
function openByStart(review: ReviewState, doc: Node): Map<number, Placed[]> {
  const open = new Map<number, Placed[]>();
  for (const p of placedIn(review, 0, doc.content.size)) {
    const here = open.get(p.from);
    if (here) here.push(p);
    else open.set(p.from, [p]);
  }
  return open;
}

/** Whether an open item says what a suggestion at its place says (then their words are the same: an item whose words an edit changed is dropped). */
function saysTheSame(item: ReviewItem, s: Suggestion): boolean {
  return item.replacement === s.replacement && item.refFrom === s.refFrom && item.refTo === s.refTo && item.kind === s.kind && item.severity === s.severity && item.draftText.length === s.to - s.from;
}

/**
 * The review with `placed` as its open suggestions: only the ones that
 * differ are removed or added. Old (`unmatched`, the open items by start,
 * taken out as they are matched) and new are matched by where they start,
 * then by identity (./place hands back an item found again as it was), so
 * a re-check that finds nearly every suggestion again builds no string per
 * suggestion (at 300,000 words the strings this once made for both sets
 * were half the re-check's work).
 */
function replaceSuggestions(review: ReviewState, doc: Node, unmatched: Map<number, Placed[]>, placed: readonly Placed[]): ReviewState {
  const fresh: Placed[] = [];
  for (const p of placed) {
    const here = unmatched.get(p.from);
    // ./place keeps an open item found again, saying the same under the same key and move, as that very item.
    const i = here ? here.findIndex((q) => q.item === p.item) : -1;
    if (i >= 0) here!.splice(i, 1);
    else fresh.push(p);
  }
  const leaving = [...unmatched.values()].flat();
  if (leaving.length === 0 && fresh.length === 0) return review;
  const items = new Map(review.items);
  for (const p of leaving) items.delete(p.item.id);
  const arriving = fresh.map((p): Placed => (items.has(p.item.id) ? { ...p, item: withUniqueId(p.item, items) } : p));
  for (const p of arriving) items.set(p.item.id, p.item);
  const open = withAdded(
    removeItems(review.open, doc, leaving),
    doc,
    arriving.flatMap((p) => suggestionDecorations(p)),
  );
  const selected = review.selected && items.has(review.selected) ? review.selected : null;
  return { ...review, items, open, selected };
}

function withUniqueId(item: ReviewItem, taken: ReadonlyMap<string, ReviewItem>): ReviewItem {
  let n = 2;
  while (taken.has(`${item.id}~${n}`)) n++;
  return { ...item, id: `${item.id}~${n}` };
}
