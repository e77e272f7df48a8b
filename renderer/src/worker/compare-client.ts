/**
 * Runs comparisons in the worker, one promise per request. If the worker
 * cannot start (or dies), comparisons run on the main thread instead: slower
 * to type through on a long draft, but the review still works. A long
 * comparison can be cancelled: the engine cannot be interrupted inside the
 * worker, so the worker is ended and a fresh one started.
 */
import { compare, type CompareOptions, type Suggestion } from '@galley/engine';
import type { CompareMessage, CompareRequest, CompareResponse } from './protocol';

/** What a cancelled comparison's promise rejects with. */
export class CompareCancelled extends Error {
  constructor() {
    super('The comparison was cancelled.');
    this.name = 'CompareCancelled';
  }
}

interface Waiting {
  readonly request: CompareRequest;
  resolve(suggestions: Suggestion[]): void;
  reject(error: Error): void;
}

export class CompareClient {
  private worker: Worker | null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  /** The reference the worker has (the last one posted to it); null for a fresh worker. */
  private referenceSent: string | null = null;

  constructor() {
    this.worker = this.startWorker();
  }

  /** True while comparisons run in the worker rather than on the main thread. */
  get inWorker(): boolean {
    return this.worker !== null;
  }

  compare(draft: string, reference: string, options: CompareOptions = {}): Promise<Suggestion[]> {
    const request: CompareRequest = { id: this.nextId++, draft, reference, options };
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { request, resolve, reject });
      if (this.worker) this.post(this.worker, request);
      else setTimeout(() => this.runHere(request), 0);
    });
  }

  /** Stops every comparison under way; their promises reject with CompareCancelled. */
  cancel(): void {
    if (this.worker) {
      this.worker.terminate();
      this.worker = this.startWorker();
    }
    // On the main thread a comparison already running cannot be stopped, but its answer now goes nowhere.
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const { reject } of waiting) reject(new CompareCancelled());
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  /** Posts `request`, leaving out the reference when the worker has it already. */
  private post(worker: Worker, request: CompareRequest): void {
    const message: CompareMessage = { ...request, reference: request.reference === this.referenceSent ? null : request.reference };
    this.referenceSent = request.reference;
    worker.postMessage(message);
  }

  private answer(response: CompareResponse): void {
    const waiting = this.waiting.get(response.id);
    if (!waiting) return;
    this.waiting.delete(response.id);
    if (response.ok) waiting.resolve(response.suggestions);
    else waiting.reject(new Error(response.error));
  }

  /** The worker failed: finish what it had on the main thread. */
  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const { request } of [...this.waiting.values()]) setTimeout(() => this.runHere(request), 0);
  }

  private startWorker(): Worker | null {
    this.referenceSent = null;
    let worker: Worker;
    try {
      worker = new Worker(new URL('./compare.worker.ts', import.meta.url));
    } catch {
      return null;
    }
    worker.onmessage = (event: MessageEvent<CompareResponse>) => this.answer(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fallBack();
    };
    return worker;
  }

  private runHere(request: CompareRequest): void {
    if (!this.waiting.has(request.id)) return;
    try {
      this.answer({ id: request.id, ok: true, suggestions: compare(request.draft, request.reference, request.options) });
    } catch (error) {
      this.answer({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
}


