import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, commonHead, commonTail, HELD_SLOTS, HeldTexts, KEEP_FROM_LENGTH, type TextPatch } from '../../renderer/src/worker/text-patches';

/** A long text of numbered words, so that every stretch is distinct. */
const long = (words: number, from = 0): string => Array.from({ length: words }, (_, i) => `w${from + i}`).join(' ');

/** Sends `texts` in order through one mirror and one worker-side slot array: each must arrive exactly. */
function sendAll(texts: readonly string[]): TextPatch[] {
  const held = new HeldTexts();
  const slots: string[] = [];
  return texts.map((text) => {
    const patch = held.patch(text);
    expect(applyPatch(slots, patch)).toBe(text);
    return patch;
  });
}

describe('text patches for the compare worker', () => {
  it('sends a long text once, then only the edited stretch', () => {
    const draft = long(10_000);
    const edited = draft.slice(0, 30_000) + 'typed' + draft.slice(30_004);
    const [first, again, edit] = sendAll([draft, draft, edited]);
    expect(first!.insert).toBe(draft);
    expect(again!.insert).toBe('');
    expect(edit!.base).not.toBeNull();
    expect(edit!.insert).toBe('typed');
    expect(edit!.to - edit!.from).toBe(4);
  });

  it('keeps the reference and the draft as opened while the draft is edited and short stretches are compared between', () => {
    const reference = long(10_000, 50_000);
    const opened = long(10_000);
    let draft = opened;
    const texts: string[] = [opened, reference];
    for (let i = 0; i < 6; i++) {
      draft = draft.slice(0, 1000 * i) + `edit${i} ` + draft.slice(1000 * i);
      texts.push(draft, reference, opened, reference, 'a few lines', 'their edit');
    }
    const patches = sendAll(texts);
    // After the first two, nothing long crosses whole.
    expect(patches.slice(2).every((p) => p.insert.length < 100)).toBe(true);
  });

  it('sends short texts whole and keeps nothing of them', () => {
    const [patch] = sendAll(['short']);
    expect(patch).toEqual({ slot: null, base: null, from: 0, to: 0, insert: 'short' });
  });

  it('sends an unrelated long text whole', () => {
    const patches = sendAll([long(10_000), long(10_000, 90_000)]);
    expect(patches[1]!.base).toBeNull();
  });

  it('holds no more than its slots, and a forgotten mirror starts again from whole texts', () => {
    const held = new HeldTexts();
    const patches = Array.from({ length: HELD_SLOTS + 2 }, (_, i) => held.patch(long(5_000, i * 100_000)));
    expect(new Set(patches.map((p) => p.slot)).size).toBe(HELD_SLOTS);
    held.forget();
    expect(held.patch(long(5_000)).base).toBeNull();
  });

  it('finds common heads and tails across its blocks', () => {
    const a = 'x'.repeat(10_000) + 'abc' + 'y'.repeat(9_000);
    const b = 'x'.repeat(10_000) + 'aXc' + 'y'.repeat(9_000);
    expect(commonHead(a, b)).toBe(10_001);
    expect(commonTail(a, b, 10_001)).toBe(9_001);
    // The tail never overlaps the head: 'aa' against 'aaa'.
    expect(commonHead('aa', 'aaa') + commonTail('aa', 'aaa', 2)).toBe(2);
  });

  it('rebuilds every text exactly, whatever the sequence of edits', () => {
    const base = long(KEEP_FROM_LENGTH / 4);
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 50 }), insert: fc.string({ unit: 'binary', maxLength: 20 }) });
    fc.assert(
      fc.property(fc.array(fc.array(edit, { maxLength: 3 }), { minLength: 1, maxLength: 8 }), fc.boolean(), (steps, twoDrafts) => {
        let a = base;
        let b = base + ' other';
        const texts: string[] = [];
        for (const changes of steps) {
          for (const { at, cut, insert } of changes) {
            const from = at % (a.length + 1);
            a = a.slice(0, from) + insert + a.slice(from + cut);
          }
          texts.push(a);
          if (twoDrafts) texts.push(b, a.slice(0, 40));
          b = b.slice(1);
        }
        sendAll(texts);
      }),
      { numRuns: 40 },
    );
  });
});
