/**
 * One vocabulary for every contender's output: a change replaces the draft's
 * `from..to` by the reference's `refFrom..refTo` (its `replacement`). Galley's
 * suggestions are changes with a kind and severity; the plain diffs report
 * raw changes, built here from their equal/removed/added parts.
 */
import { applySuggestions, type Suggestion } from '@galley/engine';

export type Change = Pick<Suggestion, 'id' | 'from' | 'to' | 'refFrom' | 'refTo' | 'replacement'> &
  Partial<Pick<Suggestion, 'kind' | 'severity' | 'moveId'>>;

/** A diff's output as jsdiff gives it: text kept, removed from the draft, or added from the reference. */
export interface Part {
  readonly value: string;
  readonly added?: boolean;
  readonly removed?: boolean;
}

/**
 * The changes of a diff: each run of removed and added parts between two
 * kept parts is one change (as an editor would see it: one place, one fix).
 */
export function changesFromParts(parts: readonly Part[]): Change[] {
  const changes: Change[] = [];
  let pos = 0;
  let refPos = 0;
  let open: { from: number; refFrom: number; replacement: string } | undefined;
  const close = () => {
    if (open) changes.push({ id: `c${changes.length}`, from: open.from, to: pos, refFrom: open.refFrom, refTo: refPos, replacement: open.replacement });
    open = undefined;
  };
  for (const part of parts) {
    if (!part.added && !part.removed) {
      close();
      pos += part.value.length;
      refPos += part.value.length;
      continue;
    }
    open ??= { from: pos, refFrom: refPos, replacement: '' };
    if (part.removed) pos += part.value.length;
    else {
      open.replacement += part.value;
      refPos += part.value.length;
    }
  }
  close();
  return changes;
}

/** Document order, an insertion before a replacement at the same place (as the engine sorts). */
export function inDraftOrder(changes: readonly Change[]): Change[] {
  return [...changes].sort((a, b) => a.from - b.from || a.to - b.to || a.refFrom - b.refFrom);
}

/**
 * The draft with the changes applied, by the engine's own applySuggestions
 * (accept-all is judged the same way for every contender). It reads only a
 * change's id, span and replacement, which every change has.
 */
export function applyChanges(draft: string, changes: readonly Change[]): string {
  return applySuggestions(draft, changes as readonly Suggestion[]);
}
