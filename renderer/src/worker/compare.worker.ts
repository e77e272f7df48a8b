/**
 * The comparison engine in a Web Worker, so that comparing a long draft or
 * re-comparing edited paragraphs never holds up typing. One request at a
 * time, answered in order; a request without a reference is against the
 * one sent before (./protocol).
 */
import { compare } from '@galley/engine';
import type { CompareMessage, CompareResponse } from './protocol';

const scope = self as unknown as { onmessage: ((event: MessageEvent<CompareMessage>) => void) | null; postMessage(message: CompareResponse): void };

/** The reference the last message that carried one sent. */
let reference = '';

scope.onmessage = (event) => {
  const { id, draft, options } = event.data;
  if (event.data.reference !== null) reference = event.data.reference;
  try {
    scope.postMessage({ id, ok: true, suggestions: compare(draft, reference, options) });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
