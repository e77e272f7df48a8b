/**
 * When each decision was made, by decision key: the client's report and the
 * review file say when a suggestion was accepted or rejected. Decisions are
 * document attributes (../editor/schema); this only watches them change.
 */
import type { Node } from 'prosemirror-model';

export class DecisionTimes {
  private readonly times = new Map<string, string>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Call after every transaction: keys newly decided get the time now, keys undone lose theirs. */
  note(before: Node, after: Node): void {
    if (before.attrs.accepted === after.attrs.accepted && before.attrs.rejected === after.attrs.rejected) return;
    const decided = new Set<string>([...after.attrs.accepted, ...after.attrs.rejected]);
    for (const key of this.times.keys()) if (!decided.has(key)) this.times.delete(key);
    const stamp = this.now().toISOString();
    for (const key of decided) if (!this.times.has(key)) this.times.set(key, stamp);
  }

  get(key: string): string | undefined {
    return this.times.get(key);
  }

  /** Times restored with a review (a recovery copy or review file). */
  restore(entries: Iterable<readonly [string, string]>): void {
    for (const [key, time] of entries) this.times.set(key, time);
  }

  entries(): Array<[string, string]> {
    return [...this.times];
  }
}
