/**
 * The key a decision is recorded under: a suggestion's identity by content.
 * Offsets shift with every edit and engine ids are offsets, so a decision
 * keyed by either would come back (or vanish) after unrelated typing. The
 * key is the draft wording, the reference wording and the reference text
 * around it: the reference does not change during a review, so the same
 * slip found again by a later comparison gets the same key, and the same
 * slip elsewhere in the text does not.
 */

/** Reference characters kept on each side; enough to tell repeated phrases apart. */
const CONTEXT_CHARS = 24;

export function decisionKey(draftText: string, replacement: string, reference: string, refFrom: number, refTo: number): string {
  // The hash of draftText, replacement and the context joined by NUL, read
  // in place: a re-check keys every suggestion of the draft again, and
  // joining and slicing the strings first cost as much as the hashing.
  const hash = new KeyHash();
  hash.add(draftText, 0, draftText.length);
  hash.add(SEPARATOR, 0, 1);
  hash.add(replacement, 0, replacement.length);
  hash.add(SEPARATOR, 0, 1);
  const { before, after } = contextBounds(reference, refFrom, refTo);
  hash.add(reference, before, refFrom);
  hash.add(SEPARATOR, 0, 1);
  hash.add(reference, refTo, after);
  return hash.value();
}

/** The reference text around a wording that the key takes in (a review file records it, to find the decision again). */
export function referenceContext(reference: string, refFrom: number, refTo: number): { before: string; after: string } {
  const { before, after } = contextBounds(reference, refFrom, refTo);
  return { before: reference.slice(before, refFrom), after: reference.slice(refTo, after) };
}

/** Where the context a key takes in starts before the wording and ends after it. */
function contextBounds(reference: string, refFrom: number, refTo: number): { before: number; after: number } {
  return { before: Math.max(0, refFrom - CONTEXT_CHARS), after: Math.min(reference.length, refTo + CONTEXT_CHARS) };
}

const SEPARATOR = '\u0000';

/**
 * Two FNV-1a lanes with different offset bases, as base 36: a 64-bit-ish
 * hash keeps keys short in the document and the recovery copy, and a
 * collision within one review is not a practical concern.
 */
class KeyHash {
  private a = 0x811c9dc5;
  private b = 0x050c5d1f;

  add(text: string, from: number, to: number): void {
    let { a, b } = this;
    for (let i = from; i < to; i++) {
      const ch = text.charCodeAt(i);
      a = Math.imul(a ^ ch, 0x01000193);
      b = Math.imul(b ^ ch, 0x01000193) ^ (b >>> 15);
    }
    this.a = a;
    this.b = b;
  }

  value(): string {
    return (this.a >>> 0).toString(36) + '.' + (this.b >>> 0).toString(36);
  }
}
