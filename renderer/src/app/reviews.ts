/**
 * Reviews that outlive the window. The review of the open pair is kept in
 * main's data folder a moment after each change, and reopening the pair
 * offers "Resume review: 42 of 167 decided"; File ▸ Save Review As… writes
 * it as a `.galley` file, which opens in Galley elsewhere. Restoring puts
 * back the edited text, the decisions and their times, and the rules; when
 * the draft or reference changed since, the decisions and edits are found
 * again by content (./review-anchor) and the banner says how many were.
 */
import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { addRule, applySuggestions, withMovePartners } from '@galley/engine';
import type { DecisionRecord, GalleyApi, OpenedDocument, ReviewSnapshot, StoredReview } from '../../../preload/api';
import type { CompareText, WholeComparison } from '../editor/comparison';
import { placeSuggestions, undecided } from '../editor/place';
import { reviewState } from '../editor/review-state';
import { docText } from '../editor/doc-text';
import type { DecisionTimes } from './decision-times';
import type { Documents } from './documents';
import { hidesNothing, type Ignoring } from './ignore-settings';
import type { Layout } from './layout';
import { acceptedDraft, ownEdits, rememberedDraftSuggestions } from './review-report';
import { anchorDecisions, editRecord, reapplyEdits } from './review-anchor';

/** The review is kept this long after the last change (as the recovery copy is). */
const KEEP_DELAY_MS = 2000;

export interface ReviewSources {
  readonly galley: GalleyApi;
  readonly view: EditorView;
  readonly documents: Documents;
  readonly layout: Layout;
  readonly times: DecisionTimes;
  readonly ignoring: Ignoring;
  /** A plain comparison (no ignore settings): finding decisions and the editor's own edits. */
  readonly diff: CompareText;
  /** Compares the open pair and shows the result. */
  compareAll(): Promise<void>;
  /** The number of the recovery copy main holds when it is `doc`'s text (./recovery's copyOf), else null. */
  recoveryCopyOf(doc: Node): number | null;
}

export class Reviews {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The pair (by handles) whose kept review was last looked for. */
  private pair: string | null = null;
  /**
   * The pair whose kept review has been dealt with (there was none, or it
   * was resumed or declined): only its review is kept. Until then the kept
   * one must not be overwritten — not by the fresh draft shown while it is
   * looked for, nor while the offer to resume it is open.
   */
  private settled: string | null = null;

  /** The open reference was read again in place: the next pair opened is this window's own review going on (referenceReread). */
  private rereadPending = false;

  /** The draft as opened, compared once for every keep of its review. */
  private readonly draftSuggestions = rememberedDraftSuggestions();

  constructor(private readonly sources: ReviewSources) {}

  /** The keep under way: the next waits for it, so an older review never lands after a newer one. */
  private keeping: Promise<void> = Promise.resolve();

  /** Call after each change: the review is kept once changes pause. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.keeping = this.keeping.then(() => this.keep());
    }, KEEP_DELAY_MS);
  }

  /**
   * Call once a pair is open and compared (`compared`: that comparison, as
   * shown): offers to resume the review kept for it, the first time this
   * pair is seen.
   */
  async pairOpened(compared: WholeComparison | null = null): Promise<void> {
    const { draft, reference } = this.sources.documents;
    this.noteComparison(compared);
    const id = this.openPair();
    const reread = this.rereadPending;
    this.rereadPending = false;
    if (!id || id === this.pair) return;
    // The same files under new handles: the review kept is this window's own, which goes on.
    if (reread && this.settled === this.pair) {
      this.pair = this.settled = id;
      return;
    }
    this.pair = id;
    const kept = await this.sources.galley.keptReview();
    if (this.pair !== id) return;
    if (!kept) {
      this.settled = id;
      return;
    }
    const { decided, total } = kept.snapshot.progress;
    const since = changedSince(kept, draft!, reference!);
    this.sources.layout.banners.show('resume', 'offer', `Resume review: ${decided} of ${total} decided${since ? ` (${since})` : ''}.`, [
      { label: 'Resume', primary: true, run: () => void this.restore(kept, draft!, reference!) },
      {
        label: 'Start fresh',
        run: () => {
          if (this.pair !== id) return;
          this.settled = id;
          void this.sources.galley.keepReview(null);
          this.schedule();
        },
      },
    ]);
  }

  /**
   * Call when the open reference was read again from its file (reloaded
   * after it changed on disk): its handle is new, so the pair looks new to
   * pairOpened, but the review kept for it is the one this window is
   * making. It goes on, with no offer to resume it (whose Start fresh
   * would forget it).
   */
  referenceReread(): void {
    this.rereadPending = true;
  }

  /**
   * The review's comparison of the draft as opened, under no settings, is
   * the comparison the kept review needs (./review-report's
   * acceptedDraft): at 300,000 words the first keep compared the whole of
   * both texts again, 1.3–3 s of the worker while the editor typed on.
   */
  private noteComparison(compared: WholeComparison | null): void {
    const { documents, ignoring, diff } = this.sources;
    if (!compared || !hidesNothing(ignoring.settings) || compared.draft !== documents.draft?.text || compared.reference !== documents.reference?.text) return;
    this.draftSuggestions.know(compared.draft, compared.reference, diff, compared.suggestions);
  }

  /** File ▸ Save Review As…. */
  async saveAs(): Promise<void> {
    const { banners, status } = this.sources.layout;
    const snapshot = await this.snapshot(true);
    if (!snapshot) {
      banners.show('review', 'error', 'Open a draft and its reference first: there is no review to save.');
      return;
    }
    const result = await this.sources.galley.saveReviewAs(snapshot);
    if (result.ok) {
      banners.dismiss('review');
      status.setActivity(`Saved review ${result.name}`);
    } else if (!result.cancelled) {
      banners.show('review', 'error', `Could not save the review: ${result.error}`);
    }
  }

  /**
   * Restores a review of `draft` against `reference` (a kept one, or a
   * `.galley` file just opened): as it was when nothing changed since,
   * else re-anchored by content.
   */
  async restore(stored: StoredReview, draft: OpenedDocument, reference: OpenedDocument): Promise<void> {
    const { documents, times, layout } = this.sources;
    this.pair = this.settled = `${draft.handle}|${reference.handle}`;
    layout.banners.dismiss('resume');
    this.addRules(stored.snapshot.rules);
    const { snapshot, changed } = stored;
    const from = stored.file ? `the review ${stored.file}` : 'the review';
    documents.setReference(reference);
    if (!changed.draft && !changed.reference) {
      documents.setDraft(draft, snapshot.text, decisionsOf(snapshot.decisions));
      times.restore(snapshot.decisions);
      await this.sources.compareAll();
      const { decided, total } = snapshot.progress;
      layout.banners.show('resume', 'info', `Resumed ${from}: ${decided} of ${total} decided.`);
      return;
    }
    const anchored = await this.reanchor(snapshot, draft.text, reference.text);
    documents.setDraft(draft, anchored.text, decisionsOf(anchored.decisions));
    times.restore(anchored.decisions);
    await this.sources.compareAll();
    const which = [changed.draft ? draft.name : null, changed.reference ? reference.name : null].filter(Boolean).join(' and ');
    const found = `${anchored.decisions.length} of ${snapshot.decisions.length} decisions${snapshot.edits.length > 0 ? ` and ${anchored.edits} of ${snapshot.edits.length} of your edits` : ''}`;
    layout.banners.show(
      'resume',
      'warning',
      `${which} changed since ${from} was saved: ${found} were found again by their wording${anchored.decisions.length < snapshot.decisions.length || anchored.edits < snapshot.edits.length ? '; the rest no longer match and were left out' : ''}.`,
    );
  }

  /** The decisions and edits of `snapshot` found again in `draftText` compared with `reference`, as a text and records under the new keys. */
  private async reanchor(snapshot: ReviewSnapshot, draftText: string, reference: string): Promise<{ text: string; decisions: DecisionRecord[]; edits: number }> {
    const suggestions = await this.sources.diff(draftText, reference);
    const keys = placeSuggestions(draftText, reference, suggestions, undecided).map((placed) => placed.item.key);
    const candidates = suggestions.map((suggestion, i) => ({ key: keys[i], draft: draftText.slice(suggestion.from, suggestion.to), reference: suggestion.replacement, suggestion }));
    const { matched } = anchorDecisions(snapshot.decisions, candidates);
    const taken = matched.filter(({ record }) => record.decision === 'accepted').map(({ candidate }) => candidate.suggestion);
    const edited = reapplyEdits(applySuggestions(draftText, withMovePartners(suggestions, taken)), snapshot.edits);
    const decisions = matched.map(({ record, candidate }) => ({ ...record, key: candidate.key }));
    return { text: edited.text, decisions, edits: edited.applied };
  }

  /** The open pair by its documents' handles, or null. */
  private openPair(): string | null {
    const { draft, reference } = this.sources.documents;
    return draft && reference ? `${draft.handle}|${reference.handle}` : null;
  }

  /** Rules the review was made with join the window's (never removing any). */
  private addRules(rules: ReviewSnapshot['rules']): void {
    const { ignoring } = this.sources;
    const merged = rules.reduce((all, rule) => addRule(all, rule), ignoring.settings.rules);
    if (merged.length > ignoring.settings.rules.length) ignoring.set({ ...ignoring.settings, rules: merged });
  }

  /**
   * Keeps the review as it stands, its text named as the recovery copy of
   * it when main holds that (preload/api's KeptReviewSent), else sent.
   */
  private async keep(): Promise<void> {
    if (this.settled === null || this.settled !== this.openPair()) return;
    const { galley, view, recoveryCopyOf } = this.sources;
    try {
      const state = view.state;
      const snapshot = await this.snapshot(false, state);
      const copy = snapshot && recoveryCopyOf(state.doc);
      if (snapshot && copy !== null) {
        const { text: _named, ...rest } = snapshot;
        if (await galley.keepReview({ ...rest, textOfRecovery: copy })) return;
      }
      await galley.keepReview(snapshot);
    } catch {
      // Keeping is a convenience: the next change tries again, and the recovery copy covers a crash.
    }
  }

  /**
   * The review as it stands (in `state`); null without an open pair, or (unless `always`)
   * when nothing has been decided or edited, which is nothing to keep.
   */
  private async snapshot(always: boolean, state: EditorState = this.sources.view.state): Promise<ReviewSnapshot | null> {
    const { documents, times, ignoring, diff } = this.sources;
    const { draft, reference } = documents;
    if (!draft || !reference) return null;
    const text = docText(state.doc);
    const decisions = times.records(state);
    const decidedKeys = state.doc.attrs.accepted.length + state.doc.attrs.rejected.length;
    if (!always && decidedKeys === 0 && text === draft.text) return null;
    const { expected } = await acceptedDraft(draft.text, reference.text, state.doc, diff, this.draftSuggestions);
    const edits = (await ownEdits(expected, text, diff)).map((change) => editRecord(expected, change.from, change.to, change.replacement));
    const total = decidedKeys + reviewState(state).items.size;
    return { text, decisions, edits, rules: ignoring.settings.rules.map(({ draft, reference }) => ({ draft, reference })), progress: { decided: decidedKeys, total } };
  }
}

function decisionsOf(records: readonly DecisionRecord[]): { accepted: string[]; rejected: string[] } {
  return {
    accepted: records.filter((r) => r.decision === 'accepted').map((r) => r.key),
    rejected: records.filter((r) => r.decision === 'rejected').map((r) => r.key),
  };
}

/** "notes.txt changed since", or '' when neither document did. */
function changedSince(stored: StoredReview, draft: OpenedDocument, reference: OpenedDocument): string {
  const which = [stored.changed.draft ? draft.name : null, stored.changed.reference ? reference.name : null].filter(Boolean);
  return which.length > 0 ? `${which.join(' and ')} changed since; decisions will be found again by their wording` : '';
}
