/**
 * The review plugin's state, as plain immutable data, with the plugin's key,
 * the metadata its transactions carry and a typed accessor. Open
 * suggestions are `items` (by id) plus one decoration set holding where each
 * one is; decorations are mapped through every transaction (./map-review)
 * and never rebuilt from the whole document after a keystroke.
 *
 * Decisions are document attributes (see ./schema), so this state follows
 * them rather than owning them (./follow-decisions).
 */
import type { Node } from 'prosemirror-model';
import { type EditorState, PluginKey } from 'prosemirror-state';
import { DecorationSet } from 'prosemirror-view';
import type { Suggestion } from '@galley/engine';
import { decorationSet } from './decoration-tree';
import { suggestionDecorations } from './decorations';
import type { Placed, ReviewItem } from './review-item';
import type { Range } from './ranges';
import type { Decisions } from './schema';
import { unmeasured, type ShownRange } from './shown-range';

/** A re-check in flight: the document and its text as sent, and the dirty ranges it covers, mapped through edits made meanwhile. */
export interface PendingCheck {
  readonly token: number;
  readonly doc: Node;
  readonly text: string;
  readonly ranges: readonly Range[];
}

export interface ReviewState {
  /** The reference text, or null when none is open (nothing is compared). */
  readonly reference: string | null;
  /** Open suggestions by id. */
  readonly items: ReadonlyMap<string, ReviewItem>;
  /** Where each open suggestion is: decorations with a SuggestionSpec. */
  readonly open: DecorationSet;
  /** Decided suggestions, unrendered, so an undone decision can restore them. */
  readonly judged: DecorationSet;
  /** Edited stretches waiting to be compared again. */
  readonly dirty: readonly Range[];
  readonly pending: readonly PendingCheck[];
  readonly selected: string | null;
  /** The stretch of the document whose suggestions are drawn (./shown-range). */
  readonly shown: ShownRange;
}

export const emptyReview: ReviewState = {
  reference: null,
  items: new Map(),
  open: DecorationSet.empty,
  judged: DecorationSet.empty,
  dirty: [],
  pending: [],
  selected: null,
  shown: unmeasured,
};

export const reviewKey = new PluginKey<ReviewState>('review');

export type ReviewMeta =
  /** A fresh review (a draft or reference was opened and compared). */
  | { type: 'load'; review: ReviewState }
  | { type: 'select'; id: string | null }
  /** The viewport moved: draw the suggestions in `range`. */
  | { type: 'shown'; range: ShownRange }
  | { type: 'check-start'; token: number; text: string }
  | { type: 'check-finish'; token: number; suggestions: readonly Suggestion[] | null };

export function reviewState(state: EditorState): ReviewState {
  return reviewKey.getState(state) ?? emptyReview;
}

export function decisionsOf(doc: Node): Decisions {
  return { accepted: doc.attrs.accepted, rejected: doc.attrs.rejected };
}

/** The decided keys, as sets (./place leaves rejected ones out and keys accepted ones found again afresh). */
export interface DecidedKeys {
  readonly accepted: ReadonlySet<string>;
  readonly rejected: ReadonlySet<string>;
}

export function decidedKeys(doc: Node): DecidedKeys {
  const { accepted, rejected } = decisionsOf(doc);
  return { accepted: new Set(accepted), rejected: new Set(rejected) };
}

/** A fresh review of the whole document from one comparison's placed items. */
export function reviewFrom(doc: Node, reference: string, placed: readonly Placed[]): ReviewState {
  return {
    ...emptyReview,
    reference,
    items: new Map(placed.map((p) => [p.item.id, p.item])),
    open: decorationSet(doc, placed.flatMap((p) => suggestionDecorations(p))),
  };
}
