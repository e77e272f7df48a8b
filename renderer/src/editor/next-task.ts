/**
 * Resolves in a task of its own: a long piece of work awaits it between
 * its steps, so the page can paint (and take input) in between rather than
 * freezing for the whole of it. A timer, not a microtask: microtasks run
 * before the page gets its turn.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
