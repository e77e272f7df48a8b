/**
 * How a comparison's result becomes review state, for the whole draft and
 * for edited stretches side by side (./comparison runs them).
 *
 * The whole draft is compared when a document is opened: its result is a
 * fresh review. Edits leave `dirty` ranges in the review; after a pause in
 * typing, each is widened to whole paragraphs between two anchors
 * (paragraph starts whose reference offset is known), that stretch of the
 * draft is compared with the matching stretch of the reference, and the
 * suggestions found there replace the ones that were. Decided keys are
 * filtered out, so a rejected suggestion never comes back.
 */
import type { Node } from 'prosemirror-model';
import type { Suggestion } from '@galley/engine';
import { suggestionDecorations, type AnchorSpec } from './decorations';
import { removeItems } from './map-review';
import { placeSuggestions, wholeText } from './place';
import type { Placed, ReviewItem } from './review-item';
import { placedIn } from './review-queries';
import { decidedKeys, reviewFrom, type PendingCheck, type ReviewState } from './review-state';
import { mergeRanges } from './ranges';
import { OffsetMap } from './text-doc';

/**
 * The review of a whole document from one comparison of its text with the
 * reference; suggestions already decided (by key) are left out.
 */
export function reviewOfComparison(doc: Node, text: string, reference: string, suggestions: readonly Suggestion[]): ReviewState {
  const { placed, anchors } = placeSuggestions(wholeText(text), reference, suggestions, decidedKeys(doc), 'all');
  return reviewFrom(doc, reference, placed, anchors);
}

/** A stretch to compare again, before it is sent. */
export type CheckSpec = Omit<PendingCheck, 'token' | 'touched'> & { readonly refTo: number };

/** The stretches to compare for the review's dirty ranges, widened to anchored paragraph starts. */
export function checksFor(doc: Node, review: ReviewState): CheckSpec[] {
  const reference = review.reference ?? '';
  const count = doc.childCount;
  const spans: { first: number; end: number }[] = [];
  for (const range of review.dirty) {
    let first = indexAt(doc, range.from);
    while (first > 0 && anchorAt(doc, review, first) === null) first--;
    let end = indexAt(doc, range.to) + 1;
    while (end < count && anchorAt(doc, review, end) === null) end++;
    spans.push({ first, end });
  }
  const merged = mergeRanges(spans.map((s) => ({ from: s.first, to: s.end })));
  return merged.map(({ from: first, to: end }) => {
    const lines: string[] = [];
    for (let i = first; i < end; i++) lines.push(doc.child(i).textContent);
    return {
      from: contentStart(doc, first),
      to: end < count ? contentStart(doc, end) : doc.content.size - 1,
      text: lines.join('\n') + (end < count ? '\n' : ''),
      refFrom: anchorAt(doc, review, first) ?? 0,
      refTo: end < count ? anchorAt(doc, review, end)! : reference.length,
    };
  });
}

/** Moves the dirty ranges into flight under `token`. */
export function startCheck(review: ReviewState, token: number, checks: readonly CheckSpec[]): ReviewState {
  const sent = checks.map(({ refTo: _to, ...check }) => ({ ...check, token, touched: false }));
  return { ...review, dirty: [], pending: [...review.pending, ...sent] };
}

/**
 * Puts the results of the checks sent under `token` in place; a stretch
 * edited meanwhile was marked dirty again, so its result is dropped.
 * `results` is null when the comparison failed: the suggestions there stay
 * as they were rather than retrying a failing comparison forever.
 */
export function finishCheck(review: ReviewState, doc: Node, token: number, results: readonly (readonly Suggestion[])[] | null): ReviewState {
  const sent = review.pending.filter((p) => p.token === token);
  let next: ReviewState = { ...review, pending: review.pending.filter((p) => p.token !== token) };
  if (!results || !next.reference) return next;
  let offsets: OffsetMap | null = null;
  sent.forEach((check, index) => {
    if (check.touched) return;
    if (stretchText(doc, check.from, check.to) !== check.text) {
      next = { ...next, dirty: mergeRanges([...next.dirty, check]) };
      return;
    }
    offsets ??= OffsetMap.ofDoc(doc);
    next = replaceStretch(next, doc, check, offsets.toOffset(check.from), results[index] ?? [], token);
  });
  return next;
}

function replaceStretch(review: ReviewState, doc: Node, check: PendingCheck, textOffset: number, suggestions: readonly Suggestion[], token: number): ReviewState {
  const atEnd = check.to >= doc.content.size - 1;
  const inside = (from: number): boolean => from >= check.from && (from < check.to || (atEnd && from === check.to));
  const old = placedIn(review, check.from, check.to).filter((p) => inside(p.from));
  const { placed, anchors } = placeSuggestions(
    { from: check.from, text: check.text, textOffset, refFrom: check.refFrom },
    review.reference!,
    suggestions,
    decidedKeys(doc),
    `r${token}`,
  );

  const items = new Map(review.items);
  for (const p of old) items.delete(p.item.id);
  // What was found again stays the same item (same id), so nothing flickers
  // and a selected suggestion stays selected.
  const same = new Map(old.map((p) => [`${p.item.key}|${p.from}|${p.to}`, p.item]));
  const fresh = placed.map((p): Placed => {
    const kept = same.get(`${p.item.key}|${p.from}|${p.to}`);
    if (kept) return { ...p, item: kept };
    return items.has(p.item.id) ? { ...p, item: withUniqueId(p.item, items) } : p;
  });
  for (const p of fresh) items.set(p.item.id, p.item);

  const open = removeItems(review.open, old).add(
    doc,
    fresh.flatMap((p) => suggestionDecorations(doc, p, p.item.id === review.selected ? 'selected' : 'plain')),
  );
  const staleAnchors = review.anchors.find(check.from, check.to).filter((d) => inside(d.from));
  const selected = review.selected && items.has(review.selected) ? review.selected : null;
  return { ...review, items, open, anchors: review.anchors.remove(staleAnchors).add(doc, [...anchors]), selected };
}

function withUniqueId(item: ReviewItem, taken: ReadonlyMap<string, ReviewItem>): ReviewItem {
  let n = 2;
  while (taken.has(`${item.id}~${n}`)) n++;
  return { ...item, id: `${item.id}~${n}` };
}

/** The text of whole paragraphs from `from` (a content start) to `to`, as a check sends it. */
function stretchText(doc: Node, from: number, to: number): string {
  const first = indexAt(doc, from);
  const end = to >= doc.content.size - 1 ? doc.childCount : indexAt(doc, to);
  const lines: string[] = [];
  for (let i = first; i < end; i++) lines.push(doc.child(i).textContent);
  return lines.join('\n') + (end < doc.childCount ? '\n' : '');
}

function indexAt(doc: Node, pos: number): number {
  const clamped = Math.max(0, Math.min(pos, doc.content.size));
  return Math.min(doc.resolve(clamped).index(0), doc.childCount - 1);
}

function contentStart(doc: Node, index: number): number {
  return doc.resolve(0).posAtIndex(index) + 1;
}

function anchorAt(doc: Node, review: ReviewState, index: number): number | null {
  const pos = contentStart(doc, index);
  const found = review.anchors.find(pos, pos).find((d) => d.from === pos);
  if (found) return (found.spec as AnchorSpec).refFrom;
  return index === 0 ? 0 : null;
}
