/**
 * Range arithmetic over document positions: the stretches an edit changed,
 * and the dirty stretches waiting to be compared again, mapped through
 * later edits and merged where they touch.
 */
import type { Mapping } from 'prosemirror-transform';
import { SortedMapping } from './flat-mapping';

/** A stretch of the document as positions [from, to). */
export interface Range {
  readonly from: number;
  readonly to: number;
}

/** The stretches a transaction's `mapping` changed, as positions in its resulting document. */
export function changedRanges(mapping: Mapping): Range[] {
  // One sorted map's ranges in one pass (its `maps`, one a chunk, would map each range through all those after it).
  if (mapping instanceof SortedMapping) return sortedChanges(mapping.sorted.sorted);
  const ranges: Range[] = [];
  mapping.maps.forEach((stepMap, index) => {
    const rest = mapping.slice(index + 1);
    stepMap.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) });
    });
  });
  return mergeRanges(ranges);
}

/** Sorted ranges (as StepMap takes them) as the stretches they leave, in the resulting document. */
function sortedChanges(sorted: readonly number[]): Range[] {
  const ranges: Range[] = [];
  for (let i = 0, shift = 0; i < sorted.length; i += 3) {
    const from = sorted[i]! + shift;
    ranges.push({ from, to: from + sorted[i + 2]! });
    shift += sorted[i + 2]! - sorted[i + 1]!;
  }
  return mergeRanges(ranges);
}

/** A range through `mapping`, growing to take in text inserted at its edges. */
export function mapRange(range: Range, mapping: Mapping): Range {
  return { from: mapping.map(range.from, -1), to: mapping.map(range.to, 1) };
}

export function mapRanges(ranges: readonly Range[], mapping: Mapping): readonly Range[] {
  return ranges.length === 0 ? ranges : ranges.map((r) => mapRange(r, mapping));
}

/** Ranges sorted and merged where they touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.from <= last.to) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, r.to) };
    else merged.push(r);
  }
  return merged;
}
