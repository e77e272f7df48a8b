/**
 * The recovery copy of unsaved work: refreshed while changes keep coming (at
 * most once a second, ./recovery-throttle) and at once when the window loses
 * focus or is closed, offered back at startup after a crash, and restored
 * into the editor on request. Each copy sends main only the lines changed
 * since the last one (./recovery-patch); main decides whether there is
 * unsaved work to keep, so nothing on the typing path reads the whole draft.
 * A copy carries the decisions with their times and wording, so a restored
 * review reports when each was made, as a kept review or `.galley` file does.
 */
import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import type { DecisionRecord, DocumentHandle, GalleyApi, RecoveredReview, RecoveryOffer, RecoveryPatchSent } from '../../../preload/api';
import { sameDecisions, type Decisions } from '../editor/schema';
import { shortcutLabel } from '../views/labels';
import type { DecisionTimes } from './decision-times';
import type { Documents } from './documents';
import type { Layout } from './layout';
import { lineEdits } from './recovery-edits';
import { linePatch, linePatchReplacing } from './recovery-patch';
import { RecoveryThrottle } from './recovery-throttle';

export class Recovery {
  private readonly throttle = new RecoveryThrottle(() => this.keep());
  /**
   * The document main holds as the last copy, and that copy's number (or the
   * handle of the draft as opened, which main holds from reading it); null:
   * send the whole text next.
   */
  private sent: { doc: Node; seq: number | DocumentHandle } | null = null;
  /** The latest copy main said it took, and the document it is the text of; null: none since main last held another. */
  private held: { doc: Node; seq: number } | null = null;
  private seq = 0;
  /** The opened draft last taken as the base of a copy (../documents' `opened`). */
  private opened: Documents['opened'] = null;

  constructor(
    private readonly galley: GalleyApi,
    private readonly view: EditorView,
    private readonly documents: Documents,
    private readonly layout: Layout,
    private readonly times: DecisionTimes,
    private readonly compare: () => Promise<void>,
  ) {
    // Focus moving to another app (or to the close prompt) and the page going away are when work is most at risk.
    const flush = (): void => this.throttle.flush();
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
  }

  /**
   * The number of the copy main holds when it is `doc`'s text, else null.
   * The kept review names its text by it (../reviews) rather than sending
   * the whole draft again.
   */
  copyOf(doc: Node): number | null {
    return this.held?.doc === doc ? this.held.seq : null;
  }

  /** Call after each change: the copy is refreshed now, or as soon as the last refresh is a second old. */
  schedule(): void {
    this.throttle.changed();
  }

  private async keep(): Promise<void> {
    const { saved, draft } = this.documents;
    if (!draft) {
      this.sent = this.held = null;
      await this.galley.keepRecovery(null);
      return;
    }
    const doc = this.view.state.doc;
    if (this.documents.opened !== this.opened) {
      // A draft was opened since the last copy: main holds its text already, so patch that.
      this.opened = this.documents.opened;
      this.sent = this.opened && { doc: this.opened.doc, seq: this.opened.handle };
    }
    const base = this.sent;
    const seq = ++this.seq;
    const decided = !sameDecisions(doc, saved);
    this.sent = { doc, seq };
    const { from, to, lines, replaced } = base ? linePatchReplacing(base.doc, doc) : { ...linePatch(null, doc), replaced: null };
    // One string each crosses to main as one copy (preload/api's RecoveryPatchSent).
    const patch: RecoveryPatchSent = { seq, base: base?.seq ?? null, from, to, lines: null, decided };
    const edits = replaced && lines.length === to - from ? lineEdits(replaced, lines) : null;
    if (edits) patch.edits = JSON.stringify(edits);
    else if (lines.length > 0) patch.lines = lines.join('\n');
    if (!base || typeof base.seq !== 'number' || !sameDecisions(base.doc, doc)) patch.review = JSON.stringify(this.review());
    // null: main could not write the copy (it says why in no banner: the next change tries again, whole).
    const held = await this.galley.keepRecovery(patch).catch(() => null);
    // Main applies copies in the order sent (a refused one changes nothing), whatever order their answers come in.
    if (held === true && (this.held === null || this.held.seq < seq)) this.held = { doc, seq };
    if (held === true || this.sent?.seq !== seq) return;
    this.sent = null;
    // Main holds another copy than this patch was made against: send the whole text now.
    if (held === false) this.throttle.changed();
  }

  /**
   * The decisions in force with their log. The log changes only with them
   * (./decision-times notes each decision as it is made, and a restored
   * log comes with a new document), so a copy whose decisions are those of
   * the copy it patches leaves main's review as it is.
   */
  private review(): RecoveredDecisions {
    const { doc } = this.view.state;
    return { accepted: doc.attrs.accepted, rejected: doc.attrs.rejected, records: this.times.records(this.view.state) };
  }

  /** Offers every copy other windows left behind, each with its draft's name and time, newest first. */
  offerAll(offers: readonly RecoveryOffer[]): void {
    for (const offer of offers) this.offer(offer);
  }

  private offer(offer: RecoveryOffer): void {
    const when = new Date(offer.savedAt).toLocaleString();
    this.layout.banners.show(bannerOf(offer.id), 'offer', `Galley kept unsaved work on “${offer.draftName}” from ${when}. Restore it?`, [
      { label: 'Restore', primary: true, run: () => void this.restore(offer) },
      { label: 'Discard', run: () => void this.galley.discardRecovery(offer.id) },
    ]);
  }

  /** Restores an offered copy in place of the draft, asking first if that has unsaved work (which may be another restored copy). */
  private async restore(offer: RecoveryOffer): Promise<void> {
    if (!(await this.documents.mayReplaceDraft())) {
      this.offer(offer);
      return;
    }
    const restored = await this.galley.restoreRecovery(offer.id);
    if (!restored) {
      this.layout.banners.show(bannerOf(offer.id), 'error', `The recovery copy of “${offer.draftName}” could not be read, or another window took it; nothing was changed.`);
      return;
    }
    this.show(restored);
    await this.compare();
  }

  /** Shows restored work in the editor: the one offered here, or a crashed window's that main restored at startup (Reopen). */
  show({ draft, reference, snapshot }: RecoveredReview): void {
    // Main holds the restored text as this window's copy, not one this page sent.
    this.sent = this.held = null;
    if (reference) this.documents.setReference(reference);
    const decisions = decisionsFrom(snapshot.review);
    this.documents.setDraft(draft, snapshot.text, decisions);
    // Main dropped the opened draft's text when it restored this copy, so a patch against it would be refused.
    this.opened = this.documents.opened;
    this.times.restore(recordsFrom(snapshot.review, decisions));
    if (!draft) {
      this.layout.banners.show('open', 'error', `The draft file could not be opened again. Open it (${shortcutLabel('open-draft')}) to save the restored text over a copy.`);
    }
  }
}

/** Each offered copy has its own banner. */
function bannerOf(id: string): string {
  return `recovery-${id}`;
}

/** What a recovery copy's `review` holds: the decisions in force, and the log of when each was made. */
interface RecoveredDecisions extends Decisions {
  readonly records: readonly DecisionRecord[];
}

/** Decisions from a recovery copy; anything malformed counts as none. */
function decisionsFrom(value: unknown): Decisions {
  const keys = (list: unknown): string[] => (Array.isArray(list) ? list.filter((key): key is string => typeof key === 'string') : []);
  const record = (value ?? {}) as Partial<Record<keyof Decisions, unknown>>;
  return { accepted: keys(record.accepted), rejected: keys(record.rejected) };
}

/**
 * The decision log of a recovery copy, kept only for decisions in force and
 * only where well formed; a decision without one is dated at the restore
 * (copies written before copies carried the log have none).
 */
function recordsFrom(value: unknown, { accepted, rejected }: Decisions): DecisionRecord[] {
  const list = (value as { records?: unknown } | null)?.records;
  if (!Array.isArray(list)) return [];
  const decision = new Map<string, DecisionRecord['decision']>([...accepted.map((key) => [key, 'accepted'] as const), ...rejected.map((key) => [key, 'rejected'] as const)]);
  const texts = ['key', 'at', 'draft', 'reference', 'before', 'after'] as const;
  return list.filter((entry): entry is DecisionRecord => {
    if (typeof entry !== 'object' || entry === null) return false;
    const record = entry as Record<string, unknown>;
    return texts.every((field) => typeof record[field] === 'string') && decision.get(record.key as string) === record.decision && !Number.isNaN(Date.parse(record.at as string));
  });
}
