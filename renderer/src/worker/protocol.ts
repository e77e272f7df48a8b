/** Messages between the renderer and the compare worker. */
import type { CompareOptions, Suggestion } from '@galley/engine';

export interface CompareRequest {
  readonly id: number;
  readonly draft: string;
  readonly reference: string;
  readonly options: CompareOptions;
}

export type CompareResponse =
  | { readonly id: number; readonly ok: true; readonly suggestions: Suggestion[] }
  | { readonly id: number; readonly ok: false; readonly error: string };
