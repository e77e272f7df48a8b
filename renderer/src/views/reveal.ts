/**
 * Bringing a place in the draft into view: the selected suggestion's mark,
 * or the match Find went to. ProseMirror's own scrollIntoView follows the
 * page's selection, which is elsewhere while the focus is in the panel or
 * the find field.
 */
import type { EditorView } from 'prosemirror-view';

/** The band of the draft pane (as shares of its height) where a place needs no scrolling: room above for context, below for a card. */
const COMFORT_TOP = 0.1;
const COMFORT_BOTTOM = 0.6;

/**
 * Scrolls the draft so the box `boxOf` gives sits a third of the way down,
 * when it is not comfortably in view. Read a frame later, once lazily
 * laid-out paragraphs around it have their size.
 */
export function revealInDraft(view: EditorView, boxOf: () => DOMRect | null): void {
  requestAnimationFrame(() => {
    const scroller = view.dom.closest('.pane-scroll');
    const box = boxOf();
    if (!box || !scroller) return;
    const pane = scroller.getBoundingClientRect();
    const comfortable = box.top >= pane.top + pane.height * COMFORT_TOP && box.bottom <= pane.top + pane.height * COMFORT_BOTTOM;
    if (!comfortable) scroller.scrollTop += box.top - pane.top - pane.height / 3;
  });
}
