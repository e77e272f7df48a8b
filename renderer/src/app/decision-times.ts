/**
 * The review's decisions as a log: when each was made, and the wording it
 * was made on (the suggestion's draft and reference words and the
 * reference text around them). The client's report says when a suggestion
 * was decided; a kept review or `.galley` file carries the times across
 * restarts and the wording to find each decision again in a draft that
 * changed (./review-anchor). Decisions themselves are document attributes
 * (../editor/schema); this only watches them change.
 */
import type { EditorState } from 'prosemirror-state';
import type { DecisionRecord } from '../../../preload/api';
import { referenceContext } from '../editor/decision-key';
import { reviewState } from '../editor/review-state';

/** What a decision was made on; absent for a key whose suggestion was never seen in this window. */
type Wording = Pick<DecisionRecord, 'draft' | 'reference' | 'before' | 'after'>;

export class DecisionTimes {
  private readonly entries = new Map<string, { at: string; wording: Wording | null }>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Call after every transaction: keys newly decided get the time now and their wording, keys undone lose theirs. */
  note(before: EditorState, after: EditorState): void {
    const was = before.doc.attrs;
    const is = after.doc.attrs;
    if (was.accepted === is.accepted && was.rejected === is.rejected) return;
    const decided = new Set<string>([...is.accepted, ...is.rejected]);
    for (const key of this.entries.keys()) if (!decided.has(key)) this.entries.delete(key);
    const fresh = [...decided].filter((key) => !this.entries.has(key));
    if (fresh.length === 0) return;
    const at = this.now().toISOString();
    const review = reviewState(before);
    const items = new Map([...review.items.values()].map((item) => [item.key, item]));
    for (const key of fresh) {
      const item = items.get(key);
      const wording = item && review.reference !== null ? { draft: item.draftText, reference: item.replacement, ...referenceContext(review.reference, item.refFrom, item.refTo) } : null;
      this.entries.set(key, { at, wording });
    }
  }

  get(key: string): string | undefined {
    return this.entries.get(key)?.at;
  }

  /** The log restored with a review (kept for the pair, or from a `.galley` file). */
  restore(records: Iterable<DecisionRecord>): void {
    this.entries.clear();
    for (const { key, at, draft, reference, before, after } of records) {
      this.entries.set(key, { at, wording: draft || reference ? { draft, reference, before, after } : null });
    }
  }

  /**
   * Every decision in force on `state`'s document, as a review records it.
   * One restored without its wording (from a recovery copy) keeps its key
   * with empty wording: it is restored as it was, but cannot be found again
   * in a draft that changed.
   */
  records(state: EditorState): DecisionRecord[] {
    const accepted = new Set<string>(state.doc.attrs.accepted);
    const unknown = { at: this.now().toISOString(), wording: null };
    return ([...state.doc.attrs.accepted, ...state.doc.attrs.rejected] as string[]).map((key) => {
      const { at, wording } = this.entries.get(key) ?? unknown;
      return { key, decision: accepted.has(key) ? 'accepted' : 'rejected', at, ...(wording ?? { draft: '', reference: '', before: '', after: '' }) };
    });
  }
}
