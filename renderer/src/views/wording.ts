/**
 * A suggestion's two wordings as runs of text, the changed words marked:
 * what the card shows as `<del>` in the draft's wording and `<ins>` in the
 * reference's. With the engine's word-level parts, only the words that
 * differ are marked (text between two parts is the same on both sides);
 * without them, each side is changed as a whole.
 */
import type { ItemPart } from '../editor/review-item';

/** A run of wording: the same on both sides, or changed (removed from the draft, added from the reference). */
export interface Run {
  readonly text: string;
  readonly changed: boolean;
}

export interface Wording {
  readonly draft: readonly Run[];
  readonly reference: readonly Run[];
}

export function wordingOf(draftText: string, replacement: string, parts: readonly ItemPart[] | null): Wording {
  if (!parts || parts.length === 0 || !fitsIn(parts, draftText.length)) {
    return { draft: runs([{ text: draftText, changed: true }]), reference: runs([{ text: replacement, changed: true }]) };
  }
  const draft: Run[] = [];
  const reference: Run[] = [];
  let at = 0;
  for (const part of parts) {
    const same = { text: draftText.slice(at, part.from), changed: false };
    draft.push(same, { text: draftText.slice(part.from, part.to), changed: true });
    reference.push(same, { text: part.replacement, changed: true });
    at = part.to;
  }
  const rest = { text: draftText.slice(at), changed: false };
  return { draft: runs([...draft, rest]), reference: runs([...reference, rest]) };
}

/** Parts in order, not overlapping, inside the wording; anything else is shown as a whole change rather than garbled. */
function fitsIn(parts: readonly ItemPart[], length: number): boolean {
  let end = 0;
  for (const part of parts) {
    if (part.from < end || part.to < part.from || part.to > length) return false;
    end = part.to;
  }
  return true;
}

/** Runs without empty ones, neighbours of the same kind joined. */
function runs(list: readonly Run[]): Run[] {
  const joined: Run[] = [];
  for (const run of list) {
    if (run.text === '') continue;
    const last = joined[joined.length - 1];
    if (last && last.changed === run.changed) joined[joined.length - 1] = { text: last.text + run.text, changed: run.changed };
    else joined.push(run);
  }
  return joined;
}
