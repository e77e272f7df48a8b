/**
 * Turning one comparison's suggestions into placed review items and
 * paragraph anchors. A comparison covers a stretch: the whole document when
 * a draft is opened, or a few edited paragraphs when they are compared
 * again. Offsets in its result are relative to the stretch's text and to the
 * stretch's part of the reference.
 */
import type { Decoration } from 'prosemirror-view';
import { partsWithin, type Suggestion } from '@galley/engine';
import { anchorDecoration } from './decorations';
import type { Placed, ReviewItem } from './review-item';
import { decisionKey } from './decision-key';
import { OffsetMap } from './text-doc';

export interface Stretch {
  /** Document position where the stretch's text starts (a paragraph's content start). */
  readonly from: number;
  /** The stretch's text: its paragraphs joined by "\n" (and a final "\n" when a paragraph follows). */
  readonly text: string;
  /** Offset of the stretch's start in the whole draft text, for ids. */
  readonly textOffset: number;
  /** The part of the reference the stretch was compared with. */
  readonly refFrom: number;
}

export interface Placement {
  readonly placed: readonly Placed[];
  /** One anchor per paragraph start in the stretch that no suggestion covers. */
  readonly anchors: readonly Decoration[];
}

/**
 * Places `suggestions` (computed for `stretch.text` against the reference
 * from `stretch.refFrom`), leaving out any whose key is in `decided`.
 * `scope` keeps move ids of separate comparisons apart.
 */
export function placeSuggestions(
  stretch: Stretch,
  reference: string,
  suggestions: readonly Suggestion[],
  decided: ReadonlySet<string>,
  scope: string,
): Placement {
  const local = OffsetMap.ofText(stretch.text);
  // Local document positions start at 1 (inside the first paragraph).
  const toPos = (offset: number): number => stretch.from + local.toPos(offset) - 1;
  const whole = stretch.textOffset === 0 && stretch.refFrom === 0;
  const seenKeys = new Map<string, number>();
  const placed: Placed[] = [];
  for (const s of suggestions) {
    const refFrom = stretch.refFrom + s.refFrom;
    const refTo = stretch.refFrom + s.refTo;
    const draftText = stretch.text.slice(s.from, s.to);
    let key = decisionKey(draftText, s.replacement, reference, refFrom, refTo);
    // The same slip twice in the same reference context: tell them apart by order.
    const seen = seenKeys.get(key) ?? 0;
    seenKeys.set(key, seen + 1);
    if (seen > 0) key = `${key}#${seen}`;
    if (decided.has(key)) continue;
    const item: ReviewItem = {
      // A partial comparison's ids are rewritten to what comparing the whole
      // text would have named them, in the engine's own format.
      id: whole ? s.id : `${s.kind}:${stretch.textOffset + s.from}-${stretch.textOffset + s.to}:${refFrom}-${refTo}`,
      key,
      kind: s.kind,
      severity: s.severity,
      draftText,
      replacement: s.replacement,
      refFrom,
      refTo,
      moveId: s.moveId ? (whole ? s.moveId : `${scope}:${s.moveId}`) : null,
      // Offsets into the item's own wording: they stay right wherever the item moves.
      parts: partsWithin(s),
    };
    placed.push({ item, from: toPos(s.from), to: toPos(s.to) });
  }
  return { placed, anchors: paragraphAnchors(stretch, suggestions, toPos) };
}

/**
 * The reference offset each paragraph start in the stretch aligns with.
 * Between suggestions the texts are equal, so an offset after suggestion
 * `s` aligns with `s.refTo` plus the distance from `s.to`. Missing
 * text at a paragraph start counts as part of that paragraph, so the anchor
 * is the offset before it. Paragraph starts inside a suggestion get none.
 */
function paragraphAnchors(stretch: Stretch, suggestions: readonly Suggestion[], toPos: (offset: number) => number): Decoration[] {
  const anchors: Decoration[] = [];
  let next = 0;
  // The alignment's shift (reference offset minus draft offset) so far.
  let shift = 0;
  let lineStart = 0;
  for (;;) {
    while (next < suggestions.length && suggestions[next].from < lineStart && suggestions[next].to <= lineStart) {
      shift = suggestions[next].refTo - suggestions[next].to;
      next++;
    }
    const covering = next < suggestions.length && suggestions[next].from < lineStart;
    if (!covering) anchors.push(anchorDecoration(toPos(lineStart), stretch.refFrom + lineStart + shift));
    const newline = stretch.text.indexOf('\n', lineStart);
    if (newline < 0 || newline + 1 >= stretch.text.length) break;
    lineStart = newline + 1;
  }
  return anchors;
}

/** The whole draft text as one stretch, compared with the whole reference. */
export function wholeText(text: string): Stretch {
  return { from: 1, text, textOffset: 0, refFrom: 0 };
}
