/**
 * The window's layout: toolbar, banners, the draft pane with its card, the
 * reference pane, the suggestions panel and the status bar, kept in step
 * with the editor's state. The editor's state is the single source of
 * truth for the review; the views are redrawn from it after each
 * transaction, touching only what changed.
 */
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { AppCommand } from '../../../preload/api';
import type { Placed } from '../editor/review-item';
import { movePartners } from '../editor/review-queries';
import { selectedPlaced } from '../editor/viewport-watch';
import { reviewState } from '../editor/review-state';
import { marksOf } from '../editor/select';
import { Banners } from '../views/banner';
import { Busy } from '../views/busy';
import { Card } from '../views/card';
import { ConfirmDialog } from '../views/confirm-dialog';
import { button, el, scrollFrame, setText } from '../views/dom';
import { ariaKeyShortcuts, shortcutLabel } from '../views/labels';
import { Panel } from '../views/panel';
import { ReferencePane } from '../views/reference-pane';
import { revealInDraft } from '../views/reveal';
import { StatusBar } from '../views/status-bar';
import { Toolbar } from '../views/toolbar';

/**
 * Below this window width the panel no longer sits beside the two texts
 * (the draft column would shrink to a sliver): it folds into a toggle and
 * opens over the reference pane.
 */
export const NARROW_MEDIA = '(max-width: 999px)';

export interface LayoutActions {
  run(command: AppCommand): void;
  select(id: string): void;
  closeCard(): void;
  filterChanged(): void;
  /** Cancel on a long comparison. */
  cancelCompare(): void;
}

export class Layout {
  readonly toolbar: Toolbar;
  readonly banners = new Banners();
  readonly panel: Panel;
  readonly card: Card;
  readonly referencePane = new ReferencePane();
  readonly status = new StatusBar();
  readonly confirm = new ConfirmDialog();
  readonly busy: Busy;
  /** Where the editor goes. */
  readonly editorHost = el('div', { class: 'draft-column' });
  /** Where the find bar goes: above the draft, outside its scrolling. */
  readonly findSlot = el('div', { class: 'find-slot' });
  private readonly draftTitle = el('span', { class: 'pane-file' });
  private readonly workspace: HTMLElement;
  /** Shows or hides the folded panel in a narrow window. */
  private readonly panelToggle: HTMLButtonElement;
  private narrow = false;
  /** Hidden with Show or Hide Suggestions Panel in a wide window; open over the texts in a narrow one. */
  private panelHiddenWide = false;
  private panelOpenNarrow = false;

  constructor(root: HTMLElement, actions: LayoutActions) {
    const { run } = actions;
    this.toolbar = new Toolbar(run);
    this.busy = new Busy(actions.cancelCompare);
    this.status.element.append(this.busy.element);
    this.panel = new Panel({
      select: actions.select,
      next: () => run('next'),
      previous: () => run('previous'),
      acceptAll: () => run('accept-all'),
      rejectAll: () => run('reject-all'),
      deselect: actions.closeCard,
      focusCard: () => this.card.focus(),
      filterChanged: actions.filterChanged,
    });
    const scroller = el('div', { class: 'pane-scroll draft-scroll' }, this.editorHost);
    this.card = new Card(scroller, { accept: () => run('accept'), reject: () => run('reject'), ignore: () => run('ignore-change'), close: actions.closeCard });
    this.panel.element.id = 'suggestions-panel';
    this.panelToggle = button('Suggestions', () => run('toggle-panel'), {
      class: 'panel-toggle',
      'aria-controls': 'suggestions-panel',
      title: `Show or hide the suggestions (${shortcutLabel('toggle-panel')})`,
      'aria-keyshortcuts': ariaKeyShortcuts('toggle-panel'),
    });
    const draftPane = el(
      'main',
      { class: 'pane draft-pane', 'aria-label': 'Draft' },
      el('header', { class: 'pane-head' }, el('span', { class: 'pane-role' }, 'Draft'), this.draftTitle, this.panelToggle),
      this.findSlot,
      scrollFrame(scroller),
    );
    this.workspace = el('div', { class: 'workspace' }, draftPane, this.referencePane.element, this.panel.element);
    root.append(this.toolbar.element, this.banners.element, this.workspace, this.status.element, this.confirm.element);
    const narrow = window.matchMedia(NARROW_MEDIA);
    narrow.addEventListener('change', () => this.setNarrow(narrow.matches));
    this.setNarrow(narrow.matches);
  }

  /** Show or Hide Suggestions Panel: in a narrow window, opens or closes the folded panel. */
  togglePanel(): void {
    if (this.narrow) this.panelOpenNarrow = !this.panelOpenNarrow;
    else this.panelHiddenWide = !this.panelHiddenWide;
    this.showPanel();
  }

  private setNarrow(narrow: boolean): void {
    this.narrow = narrow;
    // Folding starts closed: the texts get the room they lacked.
    this.panelOpenNarrow = false;
    this.showPanel();
  }

  private showPanel(): void {
    const hidden = this.narrow ? !this.panelOpenNarrow : this.panelHiddenWide;
    this.panel.element.hidden = hidden;
    this.workspace.classList.toggle('is-narrow', this.narrow);
    this.panelToggle.hidden = !this.narrow;
    this.panelToggle.setAttribute('aria-expanded', String(!hidden));
  }

  /** Names the open draft (name and format) above the draft pane. */
  setDraftTitle(text: string): void {
    this.draftTitle.textContent = text;
  }

  /** Brings every view in line with `view`'s state; `before` is the state they show now (null: redraw all). */
  refresh(view: EditorView, before: EditorState | null): void {
    const state = view.state;
    const now = reviewState(state);
    const then = before ? reviewState(before) : null;
    if (now !== then) this.panel.update(now);
    if (!then || now.items.size !== then.items.size) setText(this.panelToggle, `Suggestions (${now.items.size})`);
    if (!then || now.items !== then.items || state.doc.attrs !== before?.doc.attrs) {
      this.status.setCounts({
        open: now.items.size,
        accepted: state.doc.attrs.accepted.length,
        rejected: state.doc.attrs.rejected.length,
        compared: now.reference !== null,
      });
    }
    if (!then || now.selected !== then.selected || (now.selected && state.doc !== before?.doc)) {
      const placed = selectedPlaced(state);
      const partner = placed ? (movePartners(now, placed.item)[0] ?? null) : null;
      // The reveal, the reference pane and the card each read boxes a frame
      // later, in the order asked for here: both scrolls (which leave the
      // layout clean) before the card's move (which does not). The card
      // first made each later read lay the window out again (the profile of
      // Next: the reference pane's read 0.25 ms a press, forced).
      if (placed && now.selected !== then?.selected) revealSelected(view, placed);
      // A move's removal half has no wording of its own; its partner's shows where it goes.
      this.referencePane.show(placed && !placed.item.replacement && partner ? partner.item : (placed?.item ?? null));
      this.card.show(view, placed, partner);
    }
    const checking = now.pending.length > 0 || now.dirty.length > 0;
    if (!then || checking !== (then.pending.length > 0 || then.dirty.length > 0)) this.status.setActivity(checking ? 'Checking your edits…' : '');
  }
}

/** Scrolls the selected mark into comfortable view (../views/reveal). */
function revealSelected(view: EditorView, placed: Placed): void {
  revealInDraft(view, () => marksOf(view, placed)[0]?.getBoundingClientRect() ?? null);
}
