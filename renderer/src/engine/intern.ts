/**
 * Token identity: each distinct token text (folded when typographic
 * variants count as equal) gets a small integer, shared by both texts, so
 * alignment compares integers instead of strings.
 *
 * Every token is first given the id of its exact text by a hash table over
 * the texts themselves (no string is cut out per token: on a book that is
 * millions of allocations and hashes), and only each distinct text is then
 * cut out once, folded once, and described once (reference-context.ts).
 */

import type { Tokens } from './tokenize';
import { foldMarks } from './typography';

export interface TokenIds {
  readonly draft: Int32Array;
  readonly ref: Int32Array;
  /** One more than the largest id. */
  readonly size: number;
  /** Each token's id by its exact text, never folded: an index into `exactTexts`. */
  readonly draftExact: Int32Array;
  readonly refExact: Int32Array;
  /** The text of each exact id. */
  readonly exactTexts: readonly string[];
}

export function internTokens(draft: Tokens, ref: Tokens, foldTypography: boolean): TokenIds {
  const table = new ExactTable();
  const draftExact = table.idsOf(draft);
  const refExact = table.idsOf(ref);
  const exactTexts = table.texts;
  if (!foldTypography) return { draft: draftExact, ref: refExact, size: exactTexts.length, draftExact, refExact, exactTexts };
  const folded = new Map<string, number>();
  const foldedOf = Int32Array.from(exactTexts, (text) => {
    const key = foldMarks(text);
    let id = folded.get(key);
    if (id === undefined) folded.set(key, (id = folded.size));
    return id;
  });
  return { draft: draftExact.map((id) => foldedOf[id]), ref: refExact.map((id) => foldedOf[id]), size: folded.size, draftExact, refExact, exactTexts };
}

/** Fewest slots per distinct text: the table is kept at most half full, so a probe ends soon. */
const LOAD = 2;

/**
 * An open-addressing hash table from token text (read in place in its
 * text) to exact id, ids given in order of first appearance. Also how
 * move-pieces.ts numbers the words of a move's halves.
 */
export class ExactTable {
  readonly texts: string[] = [];
  /** Exact id + 1 per slot, 0 for an empty one; a power of two long. */
  private slots = new Int32Array(1024);
  private hashes: number[] = [];

  idsOf(tokens: Tokens): Int32Array {
    const out = new Int32Array(tokens.length);
    const { text, starts, ends } = tokens;
    for (let i = 0; i < tokens.length; i++) out[i] = this.idOf(text, starts[i], ends[i]);
    return out;
  }

  /** The id of text[start, end): a new one if it was never seen. */
  idOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const entry = this.slots[s];
      if (entry === 0) return this.add(text.slice(start, end), h, s);
      const id = entry - 1;
      if (this.hashes[id] === h && sameText(this.texts[id], text, start, end)) return id;
    }
  }

  private add(text: string, hash: number, slot: number): number {
    const id = this.texts.length;
    this.texts.push(text);
    this.hashes.push(hash);
    this.slots[slot] = id + 1;
    if (this.texts.length * LOAD > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((h, id) => {
      let s = h & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    });
    this.slots = slots;
  }
}

function sameText(known: string, text: string, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let k = 0; k < known.length; k++) if (known.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
