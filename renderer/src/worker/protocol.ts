/** Messages between the renderer and the compare worker. */
import type { CompareOptions, Suggestion } from '@galley/engine';

export interface CompareRequest {
  readonly id: number;
  readonly draft: string;
  readonly reference: string;
  readonly options: CompareOptions;
}

/**
 * A request as posted: the reference only when it is not the one the
 * previous message carried (null: the same). The reference does not change
 * during a review, so every re-check after the first sends the draft alone,
 * half the text copied into the worker.
 */
export interface CompareMessage extends Omit<CompareRequest, 'reference'> {
  readonly reference: string | null;
}

export type CompareResponse =
  | { readonly id: number; readonly ok: true; readonly suggestions: Suggestion[] }
  | { readonly id: number; readonly ok: false; readonly error: string };
