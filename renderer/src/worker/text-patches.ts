/**
 * Texts sent to the compare worker once, then as edits. The worker keeps
 * the last few long texts it was sent in numbered slots; the page keeps a
 * mirror of them (`HeldTexts`) and sends each text as the stretch in which
 * it differs from the held text it shares the most with. The worker is
 * ended once it has answered every comparison asked of it
 * (./compare-client), so texts are held only while comparisons queue: a
 * re-check queued behind another sends the typed characters rather than
 * the whole draft, and the reference once. The worker rebuilds each text exactly (`applyPatch`), so every comparison is still
 * of the whole texts and answers as a whole compare does.
 */

/**
 * A text as posted: the text held in slot `base` with [from, to) replaced
 * by `insert` (with `base` null: `insert` itself), kept in slot `slot` (null:
 * used once and not kept).
 */
export interface TextPatch {
  readonly slot: number | null;
  readonly base: number | null;
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/**
 * How many texts the worker keeps: the draft as it is now, the reference,
 * and one more (the draft as opened, which the kept review compares, or
 * the draft before the last edit) — the next re-check's base is then still
 * held whatever was compared in between.
 */
export const HELD_SLOTS = 3;

/** Shorter texts (a few edited lines compared for the kept review) are sent whole and not kept. */
export const KEEP_FROM_LENGTH = 20_000;

/** Common stretches are found a block at a time: comparing two slices is one native compare. */
const BLOCK = 4096;

/** The worker's side: the text `patch` stands for, kept in `slots` when it says so. */
export function applyPatch(slots: string[], patch: TextPatch): string {
  let text = patch.insert;
  if (patch.base !== null) {
    const base = slots[patch.base];
    if (base === undefined) throw new Error(`The compare worker holds no text in slot ${patch.base}.`);
    text = patch.from === patch.to && patch.insert === '' ? base : base.slice(0, patch.from) + patch.insert + base.slice(patch.to);
  }
  if (patch.slot !== null) slots[patch.slot] = text;
  return text;
}

/** The page's mirror of the worker's slots. */
export class HeldTexts {
  private readonly texts: (string | null)[] = new Array<string | null>(HELD_SLOTS).fill(null);
  /** When each slot was last used, for replacing the least recently used. */
  private readonly used: number[] = new Array<number>(HELD_SLOTS).fill(0);
  private clock = 0;

  /** The worker was replaced: it holds nothing. */
  forget(): void {
    this.texts.fill(null);
    this.used.fill(0);
  }

  /** How to post `text` to the worker, which from then on holds what the patch says. */
  patch(text: string): TextPatch {
    if (text.length < KEEP_FROM_LENGTH) return { slot: null, base: null, from: 0, to: 0, insert: text };
    let best: { slot: number; length: number; head: number; tail: number } | null = null;
    for (let slot = 0; slot < HELD_SLOTS; slot++) {
      const held = this.texts[slot];
      if (held === null || held === undefined) continue;
      if (held === text) {
        this.used[slot] = ++this.clock;
        return { slot, base: slot, from: 0, to: 0, insert: '' };
      }
      const head = commonHead(held, text);
      const tail = commonTail(held, text, head);
      if (!best || head + tail > best.head + best.tail) best = { slot, length: held.length, head, tail };
    }
    const slot = this.leastRecentlyUsed();
    this.texts[slot] = text;
    this.used[slot] = ++this.clock;
    // Less than half in common: an edit would be most of the text anyway.
    if (!best || (best.head + best.tail) * 2 < text.length) return { slot, base: null, from: 0, to: 0, insert: text };
    return { slot, base: best.slot, from: best.head, to: best.length - best.tail, insert: text.slice(best.head, text.length - best.tail) };
  }

  private leastRecentlyUsed(): number {
    let oldest = 0;
    for (let slot = 1; slot < HELD_SLOTS; slot++) if (this.used[slot]! < this.used[oldest]!) oldest = slot;
    return oldest;
  }
}

/** How many code units `a` and `b` have in common at their starts. */
export function commonHead(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= shorter && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many code units `a` and `b` have in common at their ends, not reaching into the first `head` of either. */
export function commonTail(a: string, b: string, head: number): number {
  const limit = Math.min(a.length, b.length) - head;
  let n = 0;
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
