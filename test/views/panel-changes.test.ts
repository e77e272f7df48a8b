import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../../renderer/src/editor/review-item';
import { ItemCounts, itemChanges, spliceIds } from '../../renderer/src/views/panel-changes';

const KINDS = ['spelling', 'wording', 'missing'] as const;
const SEVERITIES = ['low', 'medium', 'high'] as const;

function item(id: string, kind = 0, severity = 0): ReviewItem {
  return { id, key: id, kind: KINDS[kind % 3], severity: SEVERITIES[severity % 3], draftText: id, replacement: '', refFrom: 0, refTo: 0, moveId: null, parts: null } as unknown as ReviewItem;
}

const mapOf = (items: readonly ReviewItem[]): Map<string, ReviewItem> => new Map(items.map((i) => [i.id, i]));

describe('what a re-check changed, for the panel', () => {
  it('names only the items that went, came or were replaced, however many are kept', () => {
    const kept = Array.from({ length: 1000 }, (_, n) => item(`k${n}`));
    const replacedBefore = item('r', 0);
    const previous = mapOf([...kept, item('gone'), replacedBefore]);
    const replacedAfter = item('r', 1);
    const next = mapOf([...kept, replacedAfter, item('new')]);
    const { leaving, arriving } = itemChanges(previous, next);
    expect([...leaving].sort()).toEqual(['gone', 'r']);
    expect(arriving).toEqual([replacedAfter, next.get('new')]);
    expect(itemChanges(previous, new Map(previous))).toEqual({ leaving: new Set(), arriving: [] });
  });

  it('puts arriving ids after their predecessors and keeps the rest in order', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const after: Record<string, string | null> = { x: null, b: 'a', y: 'd', z: 'y' };
    expect(spliceIds(ids, new Set(['b', 'c']), [item('x'), item('b'), item('y'), item('z')], (i) => after[i.id])).toEqual(['x', 'a', 'b', 'd', 'y', 'z']);
    // A predecessor not in the list, or a place shared with another item: sorted afresh instead.
    expect(spliceIds(ids, new Set(), [item('x')], () => 'nowhere')).toBeNull();
    expect(spliceIds(ids, new Set(), [item('x')], () => undefined)).toBeNull();
  });

  it('splices the same order a fresh sort gives', () => {
    // Items are numbers standing for document positions; the list is them sorted.
    const positions = fc.uniqueArray(fc.nat(10_000), { maxLength: 60 });
    fc.assert(
      fc.property(positions, positions, (before, after) => {
        const keptAndNew = [...new Set([...before.filter((_, i) => i % 2 === 0), ...after])];
        const ids = [...before].sort((a, b) => a - b).map(String);
        const next = mapOf(keptAndNew.map((p) => item(String(p))));
        const previous = mapOf(before.map((p) => (next.get(String(p)) ?? item(String(p)))));
        const changes = itemChanges(previous, next);
        const arriving = [...changes.arriving].sort((a, b) => Number(a.id) - Number(b.id));
        const sorted = [...next.keys()].map(Number).sort((a, b) => a - b);
        const predecessor = (i: ReviewItem): string | null => {
          const before = sorted.filter((p) => p < Number(i.id));
          return before.length === 0 ? null : String(before.at(-1));
        };
        expect(spliceIds(ids, changes.leaving, arriving, predecessor)).toEqual(sorted.map(String));
      }),
    );
  });

  it('keeps the filters’ counts by applying changes, as counting afresh would', () => {
    const spec = fc.array(fc.tuple(fc.nat(40), fc.nat(2), fc.nat(2)), { maxLength: 40 });
    fc.assert(
      fc.property(spec, spec, (a, b) => {
        const previous = mapOf(a.map(([id, k, s]) => item(String(id), k, s)));
        const next = mapOf(b.map(([id, k, s]) => previous.get(String(id)) ?? item(String(id), k, s)));
        const counts = new ItemCounts();
        counts.reset(previous.values());
        counts.apply(itemChanges(previous, next), previous);
        const fresh = new ItemCounts();
        fresh.reset(next.values());
        for (const kind of ['all', ...KINDS]) for (const severity of ['all', ...SEVERITIES]) expect(counts.count(kind, severity)).toBe(fresh.count(kind, severity));
      }),
    );
  });
});
