/**
 * Where the card of the selected suggestion goes: next to it, and never
 * over the other end of its move (the editor needs to see both ends to
 * judge a move). Pure geometry over boxes in the scrolling pane's content
 * coordinates, so it is tested without a browser.
 */

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface CardPlacement {
  /** The card's size. */
  readonly width: number;
  readonly height: number;
  /** The selected suggestion's box. */
  readonly anchor: Box;
  /** Boxes the card must not cover: the other end of a move. */
  readonly avoid: readonly Box[];
  /** The pane's content width; the card stays inside it. */
  readonly paneWidth: number;
  /** Space kept between the card and what it belongs to, and from the pane's edges. */
  readonly gap: number;
}

/**
 * The card's top-left corner: below the anchor if that covers nothing to
 * avoid, else above it, else below (or above) everything to avoid; below
 * the anchor when nothing fits (then the card at least hides no part of
 * the selected suggestion).
 */
export function placeCard(placement: CardPlacement): { left: number; top: number } {
  const { width, height, anchor, avoid, paneWidth, gap } = placement;
  const left = Math.min(Math.max(anchor.left, gap), Math.max(gap, paneWidth - width - gap));
  const lowest = Math.max(anchor.bottom, ...avoid.map((box) => box.bottom));
  const highest = Math.min(anchor.top, ...avoid.map((box) => box.top));
  const tops = [anchor.bottom + gap, anchor.top - gap - height, lowest + gap, highest - gap - height];
  const fits = (top: number): boolean => {
    if (top < 0) return false;
    const card: Box = { left, top, right: left + width, bottom: top + height };
    return !avoid.some((box) => overlaps(card, box));
  };
  return { left, top: tops.find(fits) ?? tops[0] };
}

/** The smallest box holding every box given (a mark broken over several lines). */
export function unionOf(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
