/**
 * The comparison engine in a Web Worker, so that comparing a long draft or
 * re-comparing edited paragraphs never holds up typing. One request at a
 * time, answered in order; the texts come as patches on the ones it holds
 * (./text-patches).
 */
import { compare } from '@galley/engine';
import type { CompareMessage, CompareResponse } from './protocol';
import { applyPatch } from './text-patches';

const scope = self as unknown as { onmessage: ((event: MessageEvent<CompareMessage>) => void) | null; postMessage(message: CompareResponse): void };

/** The texts kept for the next requests' patches. */
const held: string[] = [];

scope.onmessage = (event) => {
  const { id, options } = event.data;
  try {
    const draft = applyPatch(held, event.data.draft);
    const reference = applyPatch(held, event.data.reference);
    scope.postMessage({ id, ok: true, suggestions: compare(draft, reference, options) });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
