/**
 * The comparison engine in a Web Worker, so that comparing a long draft or
 * re-comparing edited paragraphs never holds up typing. One request at a
 * time, answered in order.
 */
import { compare } from '@galley/engine';
import type { CompareRequest, CompareResponse } from './protocol';

const scope = self as unknown as { onmessage: ((event: MessageEvent<CompareRequest>) => void) | null; postMessage(message: CompareResponse): void };

scope.onmessage = (event) => {
  const { id, draft, reference, options } = event.data;
  try {
    scope.postMessage({ id, ok: true, suggestions: compare(draft, reference, options) });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
