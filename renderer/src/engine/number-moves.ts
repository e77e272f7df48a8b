/**
 * Moves that change a number. A passage moved elsewhere may come back with
 * a word or two changed (the insertion carries the reference's wording, so
 * accepting the move fixes them too), and one of them may be a number's
 * value: a running head moved to the page's foot with its page number
 * changed, "50" now "30". A changed value must never pass as a mere move,
 * so such a move is a `number`: both halves carry the kind and its high
 * severity, keep their `moveId` and are still accepted together (by kind,
 * `--accept number` takes the whole move, as `--accept moved` does others).
 */

import { changesNumber } from './classify';
import { suggestionOver } from './suggestion';
import type { Suggestion } from './types';

/** `suggestions` with every half of a move that changes a number's value made a high-severity `number`. */
export function flagNumberMoves(draft: string, reference: string, suggestions: Suggestion[], machineRead: boolean): Suggestion[] {
  const removed = new Map<string, string>();
  const added = new Map<string, string>();
  for (const s of suggestions) {
    if (s.moveId === undefined) continue;
    removed.set(s.moveId, (removed.get(s.moveId) ?? '') + ' ' + draft.slice(s.from, s.to));
    added.set(s.moveId, (added.get(s.moveId) ?? '') + ' ' + s.replacement);
  }
  const numbers = new Set([...removed.keys()].filter((id) => changesNumber(removed.get(id)!, added.get(id)!, machineRead)));
  if (numbers.size === 0) return suggestions;
  return suggestions.map((s) => (s.moveId !== undefined && numbers.has(s.moveId) ? suggestionOver(reference, s, 'number', 'high', s.moveId) : s));
}
