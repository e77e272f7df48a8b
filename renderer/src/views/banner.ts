/**
 * Banners across the top of the window: errors (a failed save keeps every
 * change), offers (a likely reference, a recovery copy), and notices (a file
 * changed on disk, the demo). Each has an id so the same situation replaces
 * its banner rather than stacking up. Errors are alerts; the rest are
 * announced politely.
 */
import { button, el } from './dom';

export type BannerTone = 'info' | 'offer' | 'warning' | 'error';

export interface BannerAction {
  readonly label: string;
  /** Runs the action; the banner closes first. */
  run(): void;
  readonly primary?: boolean;
}

export class Banners {
  readonly element: HTMLElement;
  private readonly shown = new Map<string, HTMLElement>();

  constructor() {
    this.element = el('div', { class: 'banners', 'aria-live': 'polite' });
  }

  show(id: string, tone: BannerTone, message: string, actions: readonly BannerAction[] = []): void {
    const banner = el(
      'div',
      { class: `banner banner-${tone}`, role: tone === 'error' ? 'alert' : undefined, 'data-banner': id },
      el('p', { class: 'banner-text' }, message),
      el(
        'div',
        { class: 'banner-actions' },
        ...actions.map((action) =>
          button(
            action.label,
            () => {
              this.dismiss(id);
              action.run();
            },
            { class: action.primary ? 'primary' : undefined },
          ),
        ),
        button('×', () => this.dismiss(id), { class: 'banner-close', 'aria-label': 'Dismiss', title: 'Dismiss' }),
      ),
    );
    const previous = this.shown.get(id);
    if (previous) previous.replaceWith(banner);
    else this.element.append(banner);
    this.shown.set(id, banner);
  }

  dismiss(id: string): void {
    this.shown.get(id)?.remove();
    this.shown.delete(id);
  }
}
