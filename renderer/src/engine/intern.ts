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
  const decomposed = exactTexts.some(isDecomposed);
  if (!foldTypography && !decomposed) return { draft: draftExact, ref: refExact, size: exactTexts.length, draftExact, refExact, exactTexts };
  const folded = new Map<string, number>();
  const foldedOf = Int32Array.from(exactTexts, (text) => {
    const canonical = decomposed ? text.normalize('NFC') : text;
    const key = foldTypography ? foldMarks(canonical) : canonical;
    let id = folded.get(key);
    if (id === undefined) folded.set(key, (id = folded.size));
    return id;
  });
  return { draft: draftExact.map((id) => foldedOf[id]), ref: refExact.map((id) => foldedOf[id]), size: folded.size, draftExact, refExact, exactTexts };
}

/**
 * Whether a token is not in Unicode's composed form (NFC): "café" typed on
 * macOS or copied from a PDF is often "cafe" plus a combining accent. The two
 * forms are one word to a reader, so tokens are told apart by their NFC
 * form, and a pair in which neither text has a decomposed token (nearly
 * every pair) is not normalised at all. Only a token holding a character
 * that decomposed text is made of is checked (normalize on every Cyrillic
 * or Chinese token cost 50 ms per 100,000 distinct words).
 */
function isDecomposed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isDecomposedPart(text.charCodeAt(i))) return text.normalize('NFC') !== text;
  }
  return false;
}

/**
 * Combining diacritical marks (Latin, Greek, Cyrillic accents), Hangul
 * conjoining jamo, and the combining kana voicing marks: what decomposed
 * European, Korean and Japanese text has that composed text does not.
 */
function isDecomposedPart(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1100 && code <= 0x11ff) || code === 0x3099 || code === 0x309a;
}

/** Fewest slots per distinct text: the table is kept at most half full, so a probe ends soon. */
const LOAD = 2;

/**
 * Most tokens are short ASCII words: up to this many characters of codes
 * below 128, with the length, fit in one exact number (7 × 7 + 3 bits < 53),
 * so such a token is told from another by one number held in the slot,
 * without reading the table's copy of its text.
 */
const PACKED_CHARS = 7;

/** The packed key of a token too long or not ASCII. */
const UNPACKED = -1;

/**
 * An open-addressing hash table from token text (read in place in its
 * text) to exact id, ids given in order of first appearance. Also how
 * move-pieces.ts numbers the words of a move's halves.
 */
export class ExactTable {
  readonly texts: string[] = [];
  /** Exact id + 1 per slot, 0 for an empty one; a power of two long. */
  private slots = new Int32Array(1024);
  /** Per slot, its text's hash and packed key (UNPACKED if it has none). */
  private slotHashes = new Int32Array(1024);
  private slotKeys = new Float64Array(1024);
  /** Per exact id, its text's hash and packed key, to fill a grown table. */
  private hashes: number[] = [];
  private keys: number[] = [];

  idsOf(tokens: Tokens): Int32Array {
    const out = new Int32Array(tokens.length);
    const { text, starts, ends } = tokens;
    for (let i = 0; i < tokens.length; i++) out[i] = this.idOf(text, starts[i], ends[i]);
    return out;
  }

  /** The id of text[start, end): a new one if it was never seen. */
  idOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5 | 0; // an int32 from the start, as slotHashes hold it (an empty text is never multiplied)
    let key = end - start <= PACKED_CHARS ? end - start : UNPACKED;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      h = Math.imul(h ^ c, 0x01000193);
      key = c < 128 ? key * 128 + c : UNPACKED;
    }
    if (key < 0) key = UNPACKED;
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const entry = this.slots[s];
      if (entry === 0) return this.add(text.slice(start, end), h, key, s);
      if (this.slotHashes[s] !== h || this.slotKeys[s] !== key) continue;
      // Equal packed keys are equal texts; only unpacked ones are compared.
      if (key !== UNPACKED || sameText(this.texts[entry - 1], text, start, end)) return entry - 1;
    }
  }

  private add(text: string, hash: number, key: number, slot: number): number {
    const id = this.texts.length;
    this.texts.push(text);
    this.hashes.push(hash);
    this.keys.push(key);
    this.put(slot, id);
    if (this.texts.length * LOAD > this.slots.length) this.grow();
    return id;
  }

  private put(slot: number, id: number): void {
    this.slots[slot] = id + 1;
    this.slotHashes[slot] = this.hashes[id];
    this.slotKeys[slot] = this.keys[id];
  }

  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.slotHashes = new Int32Array(size);
    this.slotKeys = new Float64Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.hashes.length; id++) {
      let s = this.hashes[id] & mask;
      while (this.slots[s] !== 0) s = (s + 1) & mask;
      this.put(s, id);
    }
  }
}

function sameText(known: string, text: string, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let k = 0; k < known.length; k++) if (known.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
