/**
 * The review plugin's key, the metadata its transactions carry, and a typed
 * accessor for its state. Its own module so that the plugin, its views and
 * the commands can share it without importing each other.
 */
import { type EditorState, PluginKey } from 'prosemirror-state';
import type { Suggestion } from '@galley/engine';
import type { CheckSpec } from './recheck';
import { emptyReview, type ReviewState } from './suggestions-state';

export const reviewKey = new PluginKey<ReviewState>('review');

export type ReviewMeta =
  /** A fresh review (a draft or reference was opened and compared). */
  | { type: 'load'; review: ReviewState }
  | { type: 'select'; id: string | null }
  | { type: 'check-start'; token: number; checks: readonly CheckSpec[] }
  | { type: 'check-finish'; token: number; results: readonly (readonly Suggestion[])[] | null };

export function reviewState(state: EditorState): ReviewState {
  return reviewKey.getState(state) ?? emptyReview;
}
