/**
 * The recovery copy of unsaved work: refreshed a moment after each change
 * (and withdrawn once nothing is unsaved), offered back at startup after a
 * crash, and restored into the editor on request.
 */
import type { EditorView } from 'prosemirror-view';
import type { GalleyApi, RecoveryOffer } from '../../../preload/api';
import type { Decisions } from '../editor/schema';
import { textFromDoc } from '../editor/text-doc';
import { shortcutLabel } from '../views/labels';
import type { Documents } from './documents';
import type { Layout } from './layout';

/** Unsaved work is copied for recovery this long after the last change. */
const RECOVERY_DELAY_MS = 2000;

export class Recovery {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly galley: GalleyApi,
    private readonly view: EditorView,
    private readonly documents: Documents,
    private readonly layout: Layout,
    private readonly compare: () => Promise<void>,
  ) {}

  /** Call after each change: the copy is refreshed once changes pause. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.keep(), RECOVERY_DELAY_MS);
  }

  private keep(): void {
    this.timer = null;
    const { saved, draft } = this.documents;
    const doc = this.view.state.doc;
    const unchanged = doc.content.eq(saved.content) && doc.attrs.accepted === saved.attrs.accepted && doc.attrs.rejected === saved.attrs.rejected;
    const decisions: Decisions = { accepted: doc.attrs.accepted, rejected: doc.attrs.rejected };
    void this.galley.keepRecovery(unchanged || !draft ? null : { text: textFromDoc(doc), review: decisions });
  }

  offer(offer: RecoveryOffer): void {
    const when = new Date(offer.savedAt).toLocaleString();
    this.layout.banners.show('recovery', 'offer', `Galley kept unsaved work on “${offer.draftName}” from ${when}. Restore it?`, [
      { label: 'Restore', primary: true, run: () => void this.restore(offer.id) },
      { label: 'Discard', run: () => void this.galley.discardRecovery(offer.id) },
    ]);
  }

  private async restore(id: string): Promise<void> {
    const { banners } = this.layout;
    const restored = await this.galley.restoreRecovery(id);
    if (!restored) {
      banners.show('recovery', 'error', 'The recovery copy could not be read; nothing was changed.');
      return;
    }
    const { draft, reference, snapshot } = restored;
    if (reference) this.documents.setReference(reference);
    this.documents.setDraft(draft, snapshot.text, decisionsFrom(snapshot.review));
    if (!draft) {
      banners.show('open', 'error', `The draft file could not be opened again. Open it (${shortcutLabel('open-draft')}) to save the restored text over a copy.`);
    }
    await this.compare();
  }
}

/** Decisions from a recovery copy; anything malformed counts as none. */
function decisionsFrom(value: unknown): Decisions {
  const keys = (list: unknown): string[] => (Array.isArray(list) ? list.filter((key): key is string => typeof key === 'string') : []);
  const record = (value ?? {}) as Partial<Record<keyof Decisions, unknown>>;
  return { accepted: keys(record.accepted), rejected: keys(record.rejected) };
}
