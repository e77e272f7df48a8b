/**
 * Main's copy of the text a window's recovery copies are made from, kept as
 * lines and changed by the patches the renderer sends (preload/api's
 * RecoveryPatch), so the page sends only the lines that changed since its
 * last copy and never joins, serialises or compares the whole draft.
 *
 * Patches are numbered: one applies only on top of the copy it was made
 * against. Anything else (main took a whole copy in between, a patch was
 * lost) is refused, and the renderer sends the whole text next.
 */
import type { RecoveryPatch } from '../preload/api';

export class RecoveryLines {
  private lines: readonly string[] | null = null;
  /** The number of the patch `lines` came from; null after a whole copy main made itself. */
  private seq: number | null = null;

  /** Applies `patch`; false (nothing changed) when it was not made against the copy held. */
  apply(patch: RecoveryPatch): boolean {
    if (patch.base === null) {
      this.lines = patch.lines;
    } else {
      const lines = this.lines;
      if (lines === null || this.seq !== patch.base || patch.from > patch.to || patch.to > lines.length) return false;
      this.lines = [...lines.slice(0, patch.from), ...patch.lines, ...lines.slice(patch.to)];
    }
    this.seq = patch.seq;
    return true;
  }

  /** Holds `text` as a copy no patch was made against (a restored one): the next patch is refused. */
  reset(text: string | null): void {
    this.lines = text === null ? null : text.split('\n');
    this.seq = null;
  }

  /** The text held, lines joined by "\n"; null before the first copy. */
  get text(): string | null {
    return this.lines === null ? null : this.lines.join('\n');
  }
}
