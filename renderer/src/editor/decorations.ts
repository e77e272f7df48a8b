/**
 * How suggestions look in the editor, and the unrendered decorations the
 * review keeps beside them. Every shown suggestion is an element carrying
 * `data-suggestion-id` and `data-kind` (a contract external tests rely on):
 *
 * - a replaced span is an inline decoration over the draft's words;
 * - extra text is the same, struck through (`sg-extra`);
 * - missing text is a widget showing the missing words, ghosted
 *   (`sg-insert`), since there is no draft text to mark;
 * - a span with no visible text (an extra line break, or paragraphs the
 *   reference joins) gets both an inline decoration, so its range is
 *   mapped, and a widget to show it.
 *
 * Document text only ever reaches the DOM through `textContent`.
 */
import { Decoration } from 'prosemirror-view';
import type { Placed, ReviewItem } from './review-item';

/** The spec of an open suggestion's decorations. */
export interface SuggestionSpec {
  readonly id: string;
  readonly item: ReviewItem;
  /** The decoration whose from/to is the suggestion's range (one per item). */
  readonly range: boolean;
}

/** The spec of a decided item's unrendered decoration. */
export interface JudgedSpec {
  readonly id: string;
  readonly item: ReviewItem;
  /** How many positions the draft's words took when decided: more than their characters where they crossed a long line's cut (../editor/line-pieces), which undoing an accept puts back. */
  readonly draftSize: number;
}

/** What stands in for line breaks inside a widget. */
const LINE_BREAK_SIGN = ' ¶ ';

/**
 * The decorations showing `placed`, whose range holds its item's draft
 * words (as it does wherever a suggestion is placed, restored or drawn:
 * so the words are not read from the document again).
 */
export function suggestionDecorations(placed: Placed): Decoration[] {
  const { item, from, to } = placed;
  // Words to mark; a span of line breaks alone (paragraphs to join) has none to draw on.
  if (from < to && /[^\n]/.test(item.draftText)) {
    const spec: SuggestionSpec = { id: item.id, item, range: true };
    return [Decoration.inline(from, to, { class: classesFor(item), ...dataAttrs(item) }, spec)];
  }
  const widget = suggestionWidget(item, from, from === to);
  if (from === to) return [widget];
  const spec: SuggestionSpec = { id: item.id, item, range: true };
  return [Decoration.inline(from, to, { class: classesFor(item) }, spec), widget];
}

/** The widget showing an item at `pos`; `range` when it is also the item's range (a point). */
export function suggestionWidget(item: ReviewItem, pos: number, range: boolean): Decoration {
  const spec: SuggestionSpec = { id: item.id, item, range };
  return Decoration.widget(pos, () => widgetElement(item, classesFor(item)), {
    ...spec,
    // Before the cursor and before any text typed at this point.
    side: -1,
    key: item.id,
    ignoreSelection: true,
  });
}

function classesFor(item: ReviewItem): string {
  const shape = item.draftText === '' ? 'sg-insert' : item.replacement === '' ? 'sg-extra' : 'sg-replace';
  return `sg ${shape} sg-kind-${item.kind} sg-${item.severity}`;
}

function dataAttrs(item: ReviewItem): Record<string, string> {
  const attrs: Record<string, string> = { 'data-suggestion-id': item.id, 'data-kind': item.kind };
  if (item.moveId) {
    attrs['data-move-id'] = item.moveId;
    attrs['data-move-end'] = item.draftText === '' ? 'to' : 'from';
  }
  return attrs;
}

function widgetElement(item: ReviewItem, className: string): HTMLElement {
  const element = document.createElement('span');
  element.className = `${className} sg-widget`;
  for (const [name, value] of Object.entries(dataAttrs(item))) element.setAttribute(name, value);
  element.contentEditable = 'false';
  const shown = item.draftText === '' ? item.replacement : item.draftText;
  element.textContent = shown.replace(/\n/g, LINE_BREAK_SIGN) || LINE_BREAK_SIGN.trim();
  return element;
}

/**
 * A decided item, kept unrendered so that undoing the decision can put the
 * suggestion back where it was. Inclusive on both sides so it follows the
 * accepted text as edits around it are made and undone.
 */
export function judgedDecoration(placed: Placed, draftSize: number): Decoration {
  const spec: JudgedSpec = { id: placed.item.id, item: placed.item, draftSize };
  if (placed.from < placed.to) {
    return Decoration.inline(placed.from, placed.to, {}, { ...spec, inclusiveStart: true, inclusiveEnd: true });
  }
  return Decoration.widget(placed.from, unrendered, { ...spec, side: -1 });
}

/** Judged items are never handed to the view, so this never runs. */
function unrendered(): HTMLElement {
  return document.createElement('span');
}
