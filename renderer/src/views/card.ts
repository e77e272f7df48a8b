/**
 * The card of the selected suggestion, floating just below it in the draft:
 * the draft's words, the reference's words, kind, severity, and Accept /
 * Reject. Its buttons keep exactly those names (a contract for tests and
 * screen readers); the shortcuts are shown beside them, not inside.
 */
import type { EditorView } from 'prosemirror-view';
import { markWording, type WordingSegment } from '@galley/engine';
import type { Placed } from '../editor/review-item';
import { marksOf } from '../editor/select';
import { placeCard, unionOf, type Box } from './card-placement';
import { button, el, replaceChildren } from './dom';
import { KIND_LABELS, SEVERITY_LABELS, ariaKeyShortcuts, characterName, quoteRuns, shortcutLabel } from './labels';

/** How much of a long passage the card quotes. */
const CARD_QUOTE_CHARS = 280;

/** Space kept between the suggestion's line and the card, and from the pane's edges. */
const GAP_PX = 8;

export interface CardActions {
  accept(): void;
  reject(): void;
  /** Makes the suggestion's change an ignore rule. */
  ignore(): void;
  close(): void;
}

export class Card {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private shownId: string | null = null;
  private lastItem: Placed['item'] | null = null;
  private readonly resizes: ResizeObserver;
  /** Hidden for a move's half: a rule never hides one. */
  private readonly ignoreButton: HTMLButtonElement;
  private shownAt: { view: EditorView; placed: Placed; partner: Placed | null } | null = null;
  /** A placing waiting for the next frame. */
  private placing = false;

  /** `host` is the scrolling element the card is positioned in. */
  constructor(
    private readonly host: HTMLElement,
    actions: CardActions,
  ) {
    this.body = el('div', { class: 'card-body' });
    this.ignoreButton = button('Always ignore this change', () => actions.ignore(), { class: 'card-ignore' });
    const hints = el('p', { class: 'card-keys' }, `${shortcutLabel('accept-next')} accept and next · ${shortcutLabel('reject-next')} reject and next · Esc close`);
    this.element = el(
      'section',
      { class: 'card', 'aria-label': 'Selected suggestion', hidden: true },
      this.body,
      el(
        'div',
        { class: 'card-actions' },
        button('Accept', () => actions.accept(), { class: 'primary', title: `Accept (${shortcutLabel('accept')})`, 'aria-keyshortcuts': ariaKeyShortcuts('accept') }),
        button('Reject', () => actions.reject(), { title: `Reject (${shortcutLabel('reject')})`, 'aria-keyshortcuts': ariaKeyShortcuts('reject') }),
        this.ignoreButton,
      ),
      hints,
    );
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') actions.close();
    });
    host.append(this.element);
    // Off-screen paragraphs are laid out lazily (content-visibility), so the
    // draft's height can still settle after the card was placed: follow it.
    this.resizes = new ResizeObserver(() => this.reposition());
  }

  /** Shows `placed` (with its move partner, if any) below its place in `view`, or hides the card. */
  show(view: EditorView, placed: Placed | null, partner: Placed | null): void {
    if (!placed) {
      this.element.hidden = true;
      this.shownId = null;
      this.lastItem = null;
      this.shownAt = null;
      this.resizes.disconnect();
      return;
    }
    if (placed.item !== this.lastItem) this.fill(placed, partner);
    this.element.hidden = false;
    if (this.shownAt?.view !== view) this.resizes.observe(view.dom);
    this.shownAt = { view, placed, partner };
    this.placeNextFrame();
  }

  /**
   * Placing reads the marks' boxes, a layout of the draft. The card follows
   * every keystroke while it is open, so it is placed once a frame, after
   * everything the event changed: the layout it reads is the frame's own,
   * not an extra one forced in the middle of the key's work.
   */
  private placeNextFrame(): void {
    if (this.placing) return;
    this.placing = true;
    requestAnimationFrame(() => {
      this.placing = false;
      this.reposition();
    });
  }

  /** Puts the keyboard on the card's first button; false when the card is closed. */
  focus(): boolean {
    if (this.element.hidden) return false;
    this.element.querySelector('button')?.focus();
    return true;
  }

  private reposition(): void {
    if (this.shownAt) this.position(this.shownAt.view, this.shownAt.placed, this.shownAt.partner);
  }

  private fill(placed: Placed, partner: Placed | null): void {
    const { item } = placed;
    this.lastItem = item;
    this.shownId = item.id;
    const moved = item.moveId !== null;
    this.ignoreButton.hidden = moved;
    // A move's insertion half shows the words its partner removes, and the other way round.
    const fromPartner = moved && (item.draftText === '' || item.replacement === '');
    const wording = fromPartner
      ? markWording(item.draftText || (partner?.item.draftText ?? ''), item.replacement || (partner?.item.replacement ?? ''), null)
      : markWording(item.draftText, item.replacement, item.parts);
    replaceChildren(
      this.body,
      el(
        'div',
        { class: 'card-head' },
        el('span', { class: `kind-chip sg-kind-${item.kind}` }, KIND_LABELS[item.kind]),
        el('span', { class: `severity sg-${item.severity}` }, `${SEVERITY_LABELS[item.severity]} severity`),
      ),
      el(
        'dl',
        { class: 'card-words' },
        el('dt', {}, 'Draft'),
        words(wording.draft, 'del', 'words-draft', 'nothing here'),
        el('dt', {}, 'Reference'),
        words(wording.reference, 'ins', 'words-reference', 'nothing (delete it)'),
      ),
      moved ? el('p', { class: 'card-note' }, 'This passage belongs elsewhere. Accepting moves it: both ends are applied together.') : null,
    );
  }

  /** Below the suggestion, or wherever it hides neither end of a move (./card-placement). */
  private position(view: EditorView, placed: Placed, partner: Placed | null): void {
    const anchor = this.boxOf(view, placed);
    if (!anchor) return;
    const avoid = partner ? [this.boxOf(view, partner)].filter((box): box is Box => box !== null) : [];
    const { left, top } = placeCard({
      width: this.element.offsetWidth,
      height: this.element.offsetHeight,
      anchor,
      avoid,
      paneWidth: this.host.clientWidth,
      gap: GAP_PX,
    });
    // Moved by a transform: the card is a compositor layer of its own
    // (styles/panel.css), so a new place is a property of that layer, with
    // no layout of the draft's pane in the frame (left/top were one).
    this.element.style.transform = `translate(${left}px, ${top}px)`;
  }

  /**
   * Where a suggestion is drawn, in the pane's content coordinates: its
   * marks' boxes (a widget's too), or the box between its two ends when
   * none is drawn.
   */
  private boxOf(view: EditorView, placed: Placed): Box | null {
    const hostBox = this.host.getBoundingClientRect();
    const shift = (box: Box): Box => ({
      left: box.left - hostBox.left,
      right: box.right - hostBox.left,
      top: box.top - hostBox.top + this.host.scrollTop,
      bottom: box.bottom - hostBox.top + this.host.scrollTop,
    });
    const marks = marksOf(view, placed).flatMap((mark) => [...mark.getClientRects()]);
    const drawn = unionOf(marks.filter((rect) => rect.width > 0 || rect.height > 0));
    if (drawn) return shift(drawn);
    try {
      const start = view.coordsAtPos(placed.from);
      const end = view.coordsAtPos(placed.to);
      return shift({ left: Math.min(start.left, end.left), top: start.top, right: Math.max(start.right, end.right), bottom: Math.max(start.bottom, end.bottom) });
    } catch {
      return null;
    }
  }

  /** The id of the suggestion on the card, if it is open. */
  get current(): string | null {
    return this.shownId;
  }
}

/**
 * One side's wording, its changed words marked with `tag` (<del> in the
 * draft's, <ins> in the reference's, which screen readers announce), and
 * the name of a lone punctuation mark beside it. Text only, never markup.
 */
function words(wording: readonly WordingSegment[], tag: 'del' | 'ins', className: string, none: string): HTMLElement {
  const text = wording.map((run) => run.text).join('');
  if (!text) return el('dd', { class: 'words-none' }, none);
  const name = characterName(text);
  return el(
    'dd',
    { class: className },
    ...quoteRuns(wording, CARD_QUOTE_CHARS).map((run) => (run.changed ? el(tag, {}, run.text) : run.text)),
    name ? el('span', { class: 'words-mark-name' }, name) : null,
  );
}
