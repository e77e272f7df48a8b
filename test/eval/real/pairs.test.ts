import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePairSet } from './fixture';
import { loadPairs, PairError } from './pairs';

const made: string[] = [];
const set = (...args: Parameters<typeof writePairSet>) => {
  const root = writePairSet(...args);
  made.push(root);
  return root;
};
afterEach(() => made.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('loadPairs', () => {
  it('reads every pair, in id order, with its truth where there is one', () => {
    const root = set({
      b: { kind: 'mt', draft: 'x', reference: 'y' },
      a: { kind: 'ocr', draft: 'tbe cat', reference: 'the cat', truth: { errorChars: [[1, 2]], insertAt: [] } },
    });
    const pairs = loadPairs(root);
    expect(pairs.map((p) => p.id)).toEqual(['a', 'b']);
    expect(pairs[0]!.truth).toEqual({ errorChars: [[1, 2]], insertAt: [], exclude: [] });
    expect(pairs[1]!.truth).toBeUndefined();
    expect(loadPairs(root, 'b').map((p) => p.id)).toEqual(['b']);
  });

  it('names the file and the problem', () => {
    const root = set({ a: { kind: 'poetry', draft: 'x', reference: 'y' } });
    expect(() => loadPairs(root)).toThrow(new PairError(`${join(root, 'pairs', 'a', 'meta.json')}: "kind" must be one of ocr, mt, paraphrase, got "poetry"`));
    writeFileSync(join(root, 'pairs', 'a', 'meta.json'), '{"kind": "ocr"');
    expect(() => loadPairs(root)).toThrow(/meta\.json: not valid JSON/);
  });

  it('refuses truth offsets outside the draft', () => {
    const root = set({ a: { kind: 'ocr', draft: 'abc', reference: 'abd', truth: { errorChars: [[2, 9]], insertAt: [] } } });
    expect(() => loadPairs(root)).toThrow(/truth\.json: "errorChars" must be a list of \[start, end\) offsets inside the draft \(0-3\)/);
  });

  it('says when there is no such pair or no pairs folder', () => {
    expect(() => loadPairs(set({ a: { kind: 'mt', draft: 'x', reference: 'y' } }), 'z')).toThrow(/no pair "z"/);
    expect(() => loadPairs('/nonexistent-folder')).toThrow(/no pairs\/ folder/);
  });
});
