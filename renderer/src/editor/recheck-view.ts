/**
 * Schedules re-comparisons: after a pause in typing, sends the dirty
 * stretches to be compared (in the worker) and hands the results back to the
 * plugin state. Never during IME composition: a decoration change under the
 * composition would disturb it.
 */
import type { EditorState, PluginView } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Suggestion } from '@galley/engine';
import { checksFor } from './recheck';
import { reviewKey, type ReviewMeta } from './review-key';

/** Compares a stretch of draft text with a stretch of the reference. */
export type CompareText = (draft: string, reference: string) => Promise<Suggestion[]>;

/** A pause in typing this long means the user has finished that phrase. */
export const RECHECK_DELAY_MS = 600;

/** How often to look again while an IME composition is under way. */
const COMPOSING_RETRY_MS = 200;

export class RecheckView implements PluginView {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private token = 0;
  private destroyed = false;

  constructor(
    private readonly view: EditorView,
    private readonly compareText: CompareText,
  ) {}

  update(view: EditorView, previous: EditorState): void {
    const dirty = reviewKey.getState(view.state)?.dirty ?? [];
    if (dirty.length > 0 && dirty !== reviewKey.getState(previous)?.dirty) this.schedule(RECHECK_DELAY_MS);
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    this.timer = null;
    const { view } = this;
    if (this.destroyed) return;
    if (view.composing) return this.schedule(COMPOSING_RETRY_MS);
    const review = reviewKey.getState(view.state);
    if (!review?.reference || review.dirty.length === 0) return;
    const reference = review.reference;
    const checks = checksFor(view.state.doc, review);
    const token = ++this.token;
    view.dispatch(view.state.tr.setMeta(reviewKey, { type: 'check-start', token, checks } satisfies ReviewMeta));
    let results: Suggestion[][] | null;
    try {
      results = await Promise.all(checks.map((c) => this.compareText(c.text, reference.slice(c.refFrom, c.refTo))));
    } catch {
      results = null;
    }
    while (view.composing && !this.destroyed) await new Promise((resolve) => setTimeout(resolve, COMPOSING_RETRY_MS));
    if (this.destroyed) return;
    view.dispatch(view.state.tr.setMeta(reviewKey, { type: 'check-finish', token, results } satisfies ReviewMeta));
  }
}
