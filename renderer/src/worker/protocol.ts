/** Messages between the renderer and the compare worker. */
import type { CompareOptions, Suggestion } from '@galley/engine';
import type { TextPatch } from './text-patches';

export interface CompareRequest {
  readonly id: number;
  readonly draft: string;
  readonly reference: string;
  readonly options: CompareOptions;
}

/**
 * A request as posted: each text as a patch on one the worker holds
 * (./text-patches), so a re-check carries the edited stretch rather than
 * the whole draft, and the reference crosses once. The draft's patch is
 * applied first.
 */
export interface CompareMessage extends Omit<CompareRequest, 'draft' | 'reference'> {
  readonly draft: TextPatch;
  readonly reference: TextPatch;
}

export type CompareResponse =
  | { readonly id: number; readonly ok: true; readonly suggestions: Suggestion[] }
  | { readonly id: number; readonly ok: false; readonly error: string };
