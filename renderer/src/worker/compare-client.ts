/**
 * Runs comparisons in the worker, one promise per request. If the worker
 * cannot start (or dies), comparisons run on the main thread instead: slower
 * to type through on a long draft, but the review still works. A long
 * comparison can be cancelled: the engine cannot be interrupted inside the
 * worker, so the worker is ended and a fresh one started for the next.
 *
 * The worker is started when a comparison needs it (or ahead of the first:
 * `start`) and ended as soon as it has answered every comparison asked of
 * it, before the page takes the answer in. V8 keeps a worker's heap at its
 * high-water mark, with no idle collection to give it back: a finished
 * compare's garbage (at 300,000 words about 25 MB of heap and 15–22 MB of
 * the engine's typed arrays) lay under the page's take-in of the answer
 * and under the next comparison, and the idle second after which the
 * worker used to be ended never came while someone typed with pauses. The
 * price: each comparison starts a worker (the engine loaded again, about
 * 150 ms on the worker's thread) and sends it both texts whole, a copy of
 * each (./text-patches still spares what a comparison queued behind
 * another shares with it).
 */
import { compare, type CompareOptions, type Suggestion } from '@galley/engine';
import type { CompareMessage, CompareRequest, CompareResponse } from './protocol';
import { HeldTexts } from './text-patches';


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
  /** The running worker; null when none is running (none yet, or it was ended). */
  private worker: Worker | null = null;
  /** Set once a worker could not start or died: comparisons run on the main thread from then on. */
  private broken = false;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  /** The texts the worker holds, which new ones are sent as edits of. */
  private readonly held = new HeldTexts();

  compare(draft: string, reference: string, options: CompareOptions = {}): Promise<Suggestion[]> {
    const request: CompareRequest = { id: this.nextId++, draft, reference, options };
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { request, resolve, reject });
      const worker = this.running();
      if (worker) this.post(worker, request);
      else setTimeout(() => this.runHere(request), 0);
    });
  }

  /** Starts the worker ahead of the first comparison, so that it has loaded the engine by the time the texts come. */
  start(): void {
    this.running();
  }

  /** Ends a worker started ahead (start) when no comparison came for it: it would otherwise hold the engine for the whole session. */
  endIdle(): void {
    if (this.waiting.size === 0) this.end();
  }

  /** Stops every comparison under way; their promises reject with CompareCancelled. */
  cancel(): void {
    this.end();
    // On the main thread a comparison already running cannot be stopped, but its answer now goes nowhere.
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const { reject } of waiting) reject(new CompareCancelled());
  }

  /** Posts `request`, its texts as edits of the ones the worker holds. */
  private post(worker: Worker, request: CompareRequest): void {
    const draft = this.held.patch(request.draft);
    const message: CompareMessage = { id: request.id, options: request.options, draft, reference: this.held.patch(request.reference) };
    worker.postMessage(message);
  }

  private answer(response: CompareResponse): void {
    const waiting = this.waiting.get(response.id);
    if (!waiting) return;
    this.waiting.delete(response.id);
    // Before the answer is taken in, so that the page's peak never adds the finished compare's garbage to its own.
    if (this.waiting.size === 0) this.end();
    if (response.ok) waiting.resolve(response.suggestions);
    else waiting.reject(new Error(response.error));
  }

  /** The worker failed: finish what it had on the main thread. */
  private fallBack(): void {
    this.end();
    this.broken = true;
    for (const { request } of [...this.waiting.values()]) setTimeout(() => this.runHere(request), 0);
  }

  /** The worker to post to, started if none is running; null when comparisons run on the main thread. */
  private running(): Worker | null {
    if (this.worker || this.broken) return this.worker;
    try {
      this.worker = new Worker(new URL('./compare.worker.ts', import.meta.url));
    } catch {
      this.broken = true;
      return null;
    }
    this.worker.onmessage = (event: MessageEvent<CompareResponse>) => this.answer(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fallBack();
    };
    return this.worker;
  }

  /** Ends the worker, if one runs; the next comparison starts another, which holds no texts yet. */
  private end(): void {
    this.worker?.terminate();
    this.worker = null;
    this.held.forget();
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
