/**
 * Runs comparisons for the editor, whole and partial side by side (their
 * state changes are ./compare-state):
 *
 * - `compareAll` compares the whole draft with the reference when a
 *   document is opened and loads the result as a fresh review. A newer
 *   run makes an older one's result stale; text typed while it ran is
 *   compared again before anything is shown.
 * - After a pause in typing, `update` has the edited text compared again
 *   (the whole of it: see ./compare-state for why) and hands the result
 *   back to the plugin state. Never during IME composition: a decoration
 *   change under the composition would disturb it.
 */
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Suggestion } from '@galley/engine';
import { reviewOfComparisonInTasks } from './compare-state';
import { emptyReview, reviewKey, type ReviewMeta, type ReviewState } from './review-state';
import { docText } from './doc-text';

/** Compares the draft text with the reference (in the worker). */
export type CompareText = (draft: string, reference: string) => Promise<Suggestion[]>;

/** A whole comparison as shown: the draft's text and the reference compared, and the suggestions found. */
export interface WholeComparison {
  readonly draft: string;
  readonly reference: string;
  readonly suggestions: readonly Suggestion[];
}

/** A pause in typing this long means the user has finished that phrase. */
export const RECHECK_DELAY_MS = 600;

/** How often to look again while an IME composition is under way. */
const COMPOSING_RETRY_MS = 200;

/** Told when comparisons start and end, to show that they run. */
export interface ComparisonActivity {
  /** A whole comparison started (true), or the latest one ended (false). */
  comparing(active: boolean): void;
  /** A re-check after edits started (true) or ended (false). */
  checking(active: boolean): void;
}

export class Comparison {
  /** Whole comparisons started; only the latest one's result is shown. */
  private wholeRuns = 0;
  /** Partial re-checks started, the token their results come back under. */
  private checks = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  constructor(
    private readonly view: EditorView,
    private readonly compareText: CompareText,
    private readonly report: ComparisonActivity = { comparing: () => {}, checking: () => {} },
  ) {}

  /**
   * Compares the whole draft with `reference` (null: nothing to compare)
   * and shows the result. Resolves once it is shown, with what was
   * compared, or null when a newer run took over or there was nothing to
   * compare; rejects when the comparison failed.
   */
  async compareAll(reference: string | null): Promise<WholeComparison | null> {
    const run = ++this.wholeRuns;
    if (reference === null) {
      this.load(emptyReview);
      return null;
    }
    this.report.comparing(true);
    try {
      for (;;) {
        const doc = this.view.state.doc;
        const text = docText(doc);
        const suggestions = await this.compareText(text, reference);
        const review = await reviewOfComparisonInTasks(doc, text, reference, suggestions);
        if (run !== this.wholeRuns) return null;
        // Typed while it ran: compare what is there now.
        if (this.view.state.doc !== doc) continue;
        this.load(review);
        return { draft: text, reference, suggestions };
      }
    } finally {
      if (run === this.wholeRuns) this.report.comparing(false);
    }
  }

  /** Call after every state change: schedules a re-check when the text was edited. */
  update(previous: EditorState): void {
    const dirty = reviewKey.getState(this.view.state)?.dirty ?? [];
    if (dirty.length > 0 && dirty !== reviewKey.getState(previous)?.dirty) this.schedule(RECHECK_DELAY_MS);
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private load(review: ReviewState): void {
    const { view } = this;
    view.dispatch(view.state.tr.setMeta(reviewKey, { type: 'load', review } satisfies ReviewMeta).setMeta('addToHistory', false));
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.recheck(), delay);
  }

  private async recheck(): Promise<void> {
    this.timer = null;
    const { view } = this;
    if (this.destroyed) return;
    if (view.composing) return this.schedule(COMPOSING_RETRY_MS);
    const review = reviewKey.getState(view.state);
    if (!review?.reference || review.dirty.length === 0) return;
    const text = docText(view.state.doc);
    const token = ++this.checks;
    view.dispatch(view.state.tr.setMeta(reviewKey, { type: 'check-start', token, text } satisfies ReviewMeta));
    let suggestions: Suggestion[] | null;
    this.report.checking(true);
    try {
      suggestions = await this.compareText(text, review.reference);
    } catch {
      // Failed or cancelled: the suggestions stay as they were.
      suggestions = null;
    } finally {
      this.report.checking(false);
    }
    while (view.composing && !this.destroyed) await new Promise((resolve) => setTimeout(resolve, COMPOSING_RETRY_MS));
    if (this.destroyed) return;
    view.dispatch(view.state.tr.setMeta(reviewKey, { type: 'check-finish', token, suggestions } satisfies ReviewMeta));
  }
}
