/**
 * Only the suggestions near the viewport are drawn. The review keeps every
 * open suggestion's decoration (./review-state, mapped through every
 * transaction); the review plugin hands the view only the ones inside a stretch of the
 * document around what is on screen, plus the selected suggestion and the
 * other half of its move wherever they are (the card and the selection's
 * outline need their marks). The stretch is review state (`shown`), mapped
 * through every transaction with the decorations (./map-review), and moved
 * when scrolling brings the viewport near its edge (./viewport-watch, the
 * review plugin's view, which also picks the decorations drawn).
 *
 * At 100,000 words (3,000 suggestions) drawing every mark took 0.15 s of
 * opening in ProseMirror's view update and put 6,000 elements in the DOM,
 * and accept all and its undo removed or re-created all of them.
 */
import type { Mapping } from 'prosemirror-transform';

/**
 * Positions drawn beyond each edge of the viewport: more than two screens
 * of text (a screen holds about 3,000), so scrolling by page or wheel finds
 * its marks drawn, and a jump far away draws them in the next frame. No
 * wider: on every keystroke prosemirror-view hands each of the draft's
 * paragraphs its decorations by scanning the drawn marks, and the chunks
 * near it are drawn whole (../editor/near-chunks), which this stretch decides —
 * at 300,000 words the margin of 20,000 made that scan 5.8 ms of a key
 * (profile: DecorationSet.forChild), 8,000 makes it 2.4.
 */
export const SHOWN_MARGIN = 8_000;

/** The stretch of the document whose suggestions are drawn; `measured` once it comes from the viewport. */
export interface ShownRange {
  readonly from: number;
  readonly to: number;
  readonly measured: boolean;
}

/** Before the viewport is measured: the start of the document. */
export const unmeasured: ShownRange = { from: 0, to: 2 * SHOWN_MARGIN, measured: false };

/** `shown` after a transaction's `mapping` (the one the review's decorations were mapped through). */
export function mapShown(shown: ShownRange, mapping: Mapping): ShownRange {
  const from = mapping.map(shown.from, -1);
  const to = mapping.map(shown.to, 1);
  // One step replacing a long stretch (an edit merged into accept all's undo
  // step) maps the range to that stretch's ends: measure again rather than
  // draw all of it.
  if (to - from > shown.to - shown.from + 2 * SHOWN_MARGIN) return { from, to: from + (shown.to - shown.from), measured: false };
  return { from, to, measured: shown.measured };
}
