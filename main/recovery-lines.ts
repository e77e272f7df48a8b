/**
 * Main's copy of the text a window's recovery copies are made from, kept as
 * lines and changed by the patches the renderer sends (preload/api's
 * RecoveryPatch), so the page sends only the lines that changed since its
 * last copy and never joins, serialises or compares the whole draft.
 *
 * Patches are numbered: one applies only on top of the copy it was made
 * against. Anything else (main took a whole copy in between, a patch was
 * lost) is refused, and the renderer sends the whole text next. The first
 * patch after a draft is opened is made against the draft as main opened
 * it, named by its handle: main read that text itself, so opening a
 * book-length draft sends none of it back.
 */
import type { DocumentHandle, RecoveryPatch } from '../preload/api';
import { editedLines } from './recovery-edits';

export class RecoveryLines {
  private lines: readonly string[] | null = null;
  /** The number of the patch `lines` came from; null after a whole copy main made itself. */
  private seq: number | null = null;
  /** The draft last opened, as the renderer was sent it, until a patch is made against it or a copy is restored. */
  private openedDraft: { readonly handle: DocumentHandle; readonly text: string } | null = null;

  /** Applies `patch`; false (nothing changed) when it was not made against the copy held. */
  apply(patch: RecoveryPatch): boolean {
    const base = this.baseOf(patch);
    if (base === undefined) return false;
    if (patch.base !== null && (patch.from > patch.to || patch.to > base.length)) return false;
    const lines = patch.edits ? editedLines(base, patch.from, patch.to, patch.edits) : patch.lines;
    if (!lines) return false;
    this.lines = patch.base === null ? lines : [...base.slice(0, patch.from), ...lines, ...base.slice(patch.to)];
    this.seq = patch.seq;
    // Only a patch made against the opened draft uses it up: a late patch of the draft before it
    // (sent before the page took the new draft in) must not refuse the new draft's first patch.
    if (typeof patch.base === 'string') this.openedDraft = null;
    return true;
  }

  /** The lines `patch` was made against; undefined when main does not hold them. */
  private baseOf({ base }: RecoveryPatch): readonly string[] | undefined {
    if (base === null) return [];
    if (typeof base === 'string') return this.openedDraft?.handle === base ? this.openedDraft.text.split('\n') : undefined;
    return this.lines !== null && this.seq === base ? this.lines : undefined;
  }

  /** A draft was opened: `text` (as sent to the renderer) is the copy a patch naming `handle` was made against. */
  opened(handle: DocumentHandle, text: string): void {
    this.openedDraft = { handle, text };
  }

  /** Holds `text` as a copy no patch was made against (a restored one): the next patch is refused. */
  reset(text: string | null): void {
    this.lines = text === null ? null : text.split('\n');
    this.seq = null;
    this.openedDraft = null;
  }

  /** The text of the copy the patch numbered `seq` made, when that is the copy held; else null. */
  textOf(seq: number): string | null {
    return this.seq === seq ? this.text : null;
  }

  /** The text held, lines joined by "\n"; null before the first copy. */
  get text(): string | null {
    return this.lines === null ? null : this.lines.join('\n');
  }
}
